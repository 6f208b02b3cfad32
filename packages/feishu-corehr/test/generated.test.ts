import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { existingGenerated, generate } from '../scripts/generate.js';

describe('generated files never drift from the manifest', () => {
  it('src/generated is what `pnpm generate` makes from scripts/manifest/pre-hires.json', async () => {
    const files = await generate();
    expect(files.size).toBeGreaterThan(10);
    expect(existingGenerated().sort(), 'src/generated holds files the generator no longer makes').toEqual(
      [...files.keys()].sort(),
    );
    for (const [path, content] of files)
      expect(
        readFileSync(new URL(`../${path}`, import.meta.url), 'utf8'),
        `${path} is out of date: run pnpm generate`,
      ).toBe(content);
  });
});
