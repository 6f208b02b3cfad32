import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { type Measured, ratio, round } from './runner.js';

/** What one workload found: a line for the summary, a detail table, notes and the raw numbers. */
export interface WorkloadResult {
  id: number;
  title: string;
  /** What the headline number is, e.g. "SDK time / raw undici time". */
  measure: string;
  /** The headline number, formatted. */
  result: string;
  /** The target, formatted, e.g. "≤ 1.15". */
  target: string;
  met: boolean;
  columns: string[];
  rows: (string | number)[][];
  notes: string[];
  /** Raw numbers for latest.json. */
  data: Record<string, unknown>;
}

/** Where and how the numbers were taken. */
export interface Machine {
  date: string;
  node: string;
  cpu: string;
  cores: number;
  platform: string;
  packages: string;
}

export function describeMachine(): Machine {
  const list = cpus();
  return {
    date: new Date().toISOString(),
    node: process.version,
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    platform: `${process.platform}-${process.arch}`,
    packages: 'built dist (ESM), as installed by users',
  };
}

function table(columns: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(columns), line(columns.map(() => '---')), ...rows.map(line)].join('\n');
}

/**
 * The detail table of a per-call workload (`calls` sequential calls per run): each contender's median,
 * its time and client CPU per call, and its time over `floor` (the raw-undici median, ms).
 */
export function perCallTable(
  measured: readonly Measured[],
  calls: number,
  floor: number,
): Pick<WorkloadResult, 'columns' | 'rows'> {
  return {
    columns: ['contender', `median for ${calls} calls (ms)`, 'µs per call', 'client CPU µs per call', '/ raw undici'],
    rows: measured.map((m) => [
      m.name,
      Math.round(m.median),
      round((m.median * 1000) / calls, 0),
      round((m.cpuMedian * 1000) / calls, 0),
      `${ratio(m.median, floor)}×`,
    ]),
  };
}

/** The summary table (quoted in the README). */
export function summaryTable(results: WorkloadResult[]): string {
  return table(
    ['#', 'workload', 'measure', 'result', 'target', 'met'],
    results.map((r) => [r.id, r.title, r.measure, r.result, r.target, r.met ? 'yes' : '**no**']),
  );
}

/** The whole report: machine line, summary table, then each workload's table and notes. */
export function markdown(machine: Machine, results: WorkloadResult[], totalSeconds: number): string {
  const header = [
    '# Benchmark results',
    '',
    `${machine.date.slice(0, 10)} · Node ${machine.node} · ${machine.cpu} · ${machine.cores} cores · ${machine.platform} · ${machine.packages} · whole run ${Math.round(totalSeconds)} s`,
    '',
    summaryTable(results),
  ];
  const sections = results.flatMap((r) => [
    '',
    `## ${r.id}. ${r.title}`,
    '',
    table(r.columns, r.rows),
    ...(r.notes.length ? ['', ...r.notes.map((n) => `- ${n}`)] : []),
  ]);
  return [...header, ...sections, ''].join('\n');
}

/** Writes `results/latest.json` and `results/latest.md`; returns the markdown. */
export function writeResults(machine: Machine, results: WorkloadResult[], totalSeconds: number): string {
  const dir = new URL('../results/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  writeFileSync(new URL('latest.json', dir), JSON.stringify({ machine, totalSeconds, results }, null, 2) + '\n');
  const md = markdown(machine, results, totalSeconds);
  writeFileSync(new URL('latest.md', dir), md);
  return md;
}
