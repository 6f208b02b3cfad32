// After `changeset version`, writes each package's version into its src/version.ts (the User-Agent
// reads it from there; a test in each package checks the two agree).
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../packages/', import.meta.url).pathname;
for (const dir of readdirSync(root)) {
  const manifest = join(root, dir, 'package.json');
  const versionFile = join(root, dir, 'src', 'version.ts');
  if (!existsSync(manifest) || !existsSync(versionFile)) continue;
  const { version } = JSON.parse(readFileSync(manifest, 'utf8'));
  const source = readFileSync(versionFile, 'utf8');
  const updated = source.replace(/(VERSION(?:: string)? = )'[^']*'/, `$1'${version}'`);
  if (updated !== source) {
    writeFileSync(versionFile, updated);
    console.log(`${dir}: ${version}`);
  }
}
