import { afterEach, describe, expect, it, vi } from 'vitest';
import { MessageAssembler, partPosition } from '../src/ws/assembler.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (value: Uint8Array | undefined) => (value === undefined ? undefined : new TextDecoder().decode(value));

function assembler(options: { timeoutMs?: number; maxBytes?: number } = {}) {
  const dropped: string[] = [];
  const joiner = new MessageAssembler({
    timeoutMs: options.timeoutMs ?? 1_000,
    maxBytes: options.maxBytes ?? 1_000,
    onDrop: (messageId, why) => dropped.push(`${messageId}: ${why}`),
  });
  const add = (id: string, sum: string | undefined, seq: string | undefined, part: string) =>
    text(joiner.add(partPosition(id, sum, seq), bytes(part)));
  return { joiner, dropped, add };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('joining split messages', () => {
  it('passes a message that is not split through (sum 1, or no usable sum)', () => {
    const { add, joiner } = assembler();
    expect(add('a', '1', '0', '{"x":1}')).toBe('{"x":1}');
    expect(add('b', undefined, undefined, 'whole')).toBe('whole');
    expect(add('c', 'nonsense', '0', 'whole')).toBe('whole');
    expect(joiner.pending).toBe(0);
  });

  it('joins the parts in seq order, whatever order they arrive in', () => {
    const { add, joiner } = assembler();
    expect(add('m', '3', '2', 'ghi')).toBeUndefined();
    expect(add('m', '3', '0', 'abc')).toBeUndefined();
    expect(joiner.pending).toBe(1);
    expect(add('m', '3', '1', 'def')).toBe('abcdefghi');
    expect(joiner.pending).toBe(0);
    expect(joiner.bytes).toBe(0);
  });

  it('keeps messages apart by message_id', () => {
    const { add } = assembler();
    add('one', '2', '0', 'a');
    add('two', '2', '1', 'Y');
    expect(add('one', '2', '1', 'b')).toBe('ab');
    expect(add('two', '2', '0', 'X')).toBe('XY');
  });

  it('drops a part whose seq is out of range, and a message whose parts disagree on sum', () => {
    const { add, dropped, joiner } = assembler();
    expect(add('m', '2', '2', 'x')).toBeUndefined();
    expect(add('m', '2', '-1', 'x')).toBeUndefined();
    add('n', '2', '0', 'a');
    expect(add('n', '3', '1', 'b')).toBeUndefined();
    expect(dropped).toEqual([
      'm: part 2 of 2 is out of range',
      'm: part -1 of 2 is out of range',
      'n: parts disagree on how many there are (2, 3)',
    ]);
    expect(joiner.pending).toBe(1); // the new "n" with sum 3
  });

  it('drops a message still incomplete after the timeout, and frees what it held', () => {
    vi.useFakeTimers();
    const { add, dropped, joiner } = assembler({ timeoutMs: 1_000 });
    add('slow', '2', '0', 'x'.repeat(100));
    // A sum of a billion allocates nothing: parts are kept by seq.
    add('huge', '1000000000', '5', 'y');
    expect(joiner.bytes).toBe(101);
    vi.advanceTimersByTime(999);
    expect(dropped).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(dropped).toEqual(['slow: incomplete after 1000 ms', 'huge: incomplete after 1000 ms']);
    expect(joiner.pending).toBe(0);
    expect(joiner.bytes).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('never holds more than maxBytes: a message too large is dropped, then the oldest ones', () => {
    const { add, dropped, joiner } = assembler({ maxBytes: 100 });
    add('big', '3', '0', 'x'.repeat(60));
    expect(add('big', '3', '1', 'x'.repeat(60))).toBeUndefined();
    expect(dropped).toEqual(['big: larger than 100 bytes']);
    add('old', '2', '0', 'x'.repeat(40));
    add('mid', '2', '0', 'x'.repeat(40));
    add('new', '2', '0', 'x'.repeat(40));
    expect(dropped.slice(1)).toEqual(['old: too many bytes held in incomplete messages']);
    expect(joiner.bytes).toBe(80);
    expect(add('mid', '2', '1', 'y')).toBe(`${'x'.repeat(40)}y`);
  });

  it('clear() forgets everything and stops the timer', () => {
    vi.useFakeTimers();
    const { add, joiner } = assembler();
    add('m', '2', '0', 'a');
    joiner.clear();
    expect(joiner.pending).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});
