import { expect, test } from 'vitest';
import { peakInWindow } from '../src/testing.js';

test('peakInWindow counts the busiest window, whatever its start', () => {
  expect(peakInWindow([], 1000)).toBe(0);
  expect(peakInWindow([0, 999, 1000, 1999], 1000)).toBe(2);
  expect(peakInWindow([0, 500, 900, 1400, 1450, 1600], 1000)).toBe(4);
  expect(peakInWindow([30, 10, 20], 15)).toBe(2);
});
