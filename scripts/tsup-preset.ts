import { readFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

/**
 * The build every @hr package shares: ESM + CJS + declarations for each entry point its
 * package.json exports (the "source" condition names the TypeScript file).
 */
export function packageBuild(packageDir: URL): Options | Options[] {
  const manifest = JSON.parse(readFileSync(new URL('package.json', packageDir), 'utf8')) as {
    exports: Record<string, unknown>;
  };
  const entry = Object.values(manifest.exports)
    .filter(
      (target): target is { source: string } => typeof target === 'object' && target !== null && 'source' in target,
    )
    .map((target) => target.source.replace(/^\.\//, ''));
  return defineConfig({
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    splitting: true,
    treeshake: true,
  }) as Options;
}
