import { readdirSync, readFileSync } from 'node:fs';

const MODELS_DIR = new URL('../../src/models/', import.meta.url);

/**
 * Where each hand-written model, type and enumeration constant lives, read from `src/models`: export
 * name → module relative to `src` (`models/job`). The generator imports them from there, so their
 * location is stated only by the files themselves. A model `X` is found by its `XSchema`.
 */
export function handWrittenExports(): ReadonlyMap<string, string> {
  const found = new Map<string, string>();
  for (const file of readdirSync(MODELS_DIR).filter((f) => f.endsWith('.ts'))) {
    const module = `models/${file.replace(/\.ts$/, '')}`;
    const source = readFileSync(new URL(file, MODELS_DIR), 'utf8');
    for (const [, name] of source.matchAll(/^export (?:const|function|interface|type) (\w+)/gm)) {
      found.set(name!, module);
      if (name!.endsWith('Schema')) found.set(name!.slice(0, -'Schema'.length), module);
    }
  }
  return found;
}
