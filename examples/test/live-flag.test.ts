import { describe, expect, it } from 'vitest';
import { liveFlagSet, mayWrite } from '../shared/live.js';

describe('the live flag', () => {
  it('is --live on the command line or HR_LIVE=1, nothing else', () => {
    expect(liveFlagSet(['node', 'run-all.ts', 'moka', '--live'], {})).toBe(true);
    expect(liveFlagSet(['node', 'run-all.ts'], { HR_LIVE: '1' })).toBe(true);
    for (const value of ['0', 'true', 'yes', ''])
      expect(liveFlagSet(['node', 'run-all.ts'], { HR_LIVE: value })).toBe(false);
    expect(liveFlagSet(['node', 'run-all.ts', 'moka', '--live=false'], {})).toBe(false);
  });

  it('lets examples write to sandboxes always, to real accounts only with the flag', () => {
    const saved = process.env['HR_LIVE'];
    delete process.env['HR_LIVE'];
    try {
      expect(mayWrite({ real: false })).toBe(true);
      expect(mayWrite({ real: true })).toBe(process.argv.includes('--live'));
      process.env['HR_LIVE'] = '1';
      expect(mayWrite({ real: true })).toBe(true);
    } finally {
      if (saved === undefined) delete process.env['HR_LIVE'];
      else process.env['HR_LIVE'] = saved;
    }
  });
});
