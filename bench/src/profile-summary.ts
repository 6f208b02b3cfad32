// `pnpm --filter @hr/bench profile:summary <file.cpuprofile> [top] [units]`: the functions a V8 CPU profile spent
// its time in, by self time and by inclusive time (each sample counted once per function on its stack),
// as shares of the profile's busy time (idle and GC are shown apart), and in µs per unit of work when
// `units` (how many calls or records the profiled loop did) is given.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topArg = '30', unitsArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: profile:summary <file.cpuprofile> [top] [units]');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

const label = (node: ProfileNode): string => {
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url ? `${basename(url.replace(/\?.*$/, ''))}:${lineNumber + 1}` : '';
  return `${functionName || '(anonymous)'}${where ? ` ${where}` : ''}`;
};

const self = new Map<string, number>();
const inclusive = new Map<string, number>();
let total = 0;
let idle = 0;
let gc = 0;
profile.samples.forEach((id, i) => {
  const micros = profile.timeDeltas[i] ?? 0;
  const node = byId.get(id)!;
  const name = node.callFrame.functionName;
  if (name === '(idle)' || name === '(program)') {
    idle += micros;
    return;
  }
  if (name === '(garbage collector)') gc += micros;
  total += micros;
  const own = label(node);
  self.set(own, (self.get(own) ?? 0) + micros);
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const key = label(byId.get(at)!);
    if (seen.has(key)) continue;
    seen.add(key);
    inclusive.set(key, (inclusive.get(key) ?? 0) + micros);
  }
});

const top = Number(topArg);
const units = unitsArg === undefined ? undefined : Number(unitsArg);
const pct = (micros: number) =>
  `${((micros / total) * 100).toFixed(1).padStart(5)} %` +
  (units ? ` ${(micros / units).toFixed(2).padStart(8)} µs/unit` : '');
const print = (title: string, map: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [key, micros] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(micros)}  ${key}`);
};
console.log(
  `busy ${(total / 1000).toFixed(0)} ms (garbage collection ${pct(gc).trim()} of it), idle or program ${(idle / 1000).toFixed(0)} ms`,
);
print('self time', self);
print('inclusive time', inclusive);
