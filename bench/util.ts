// Small helpers for the benchmarks (never used by the test suite): timing, medians,
// peak memory, and steps run in child processes so that each one's peak RSS is its own.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Runs `fn` `runs` times after one warm-up and returns the median wall time in ms. */
export function time(fn: () => void, runs = 5): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

/** Milliseconds of one call, timed `fn` over `calls` calls. */
export function perCall(fn: (i: number) => unknown, calls = 1000): number {
  const t = performance.now();
  for (let i = 0; i < calls; i++) fn(i);
  return (performance.now() - t) / calls;
}

/** A stopwatch: each call returns the ms since the previous one (or since it was made). */
export function laps(): () => number {
  let t = performance.now();
  return () => {
    const now = performance.now();
    const ms = now - t;
    t = now;
    return ms;
  };
}

export const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms >= 0.1 ? ms.toFixed(2) : ms.toFixed(4));

/** Peak resident set size of this process so far, in MiB (Linux: VmHWM). */
export function peakRssMiB(): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return m ? Number(m[1]) / 1024 : process.resourceUsage().maxRSS / 1024;
}

export type StepResult = Record<string, number | string | boolean>;

/** A step's output line: the child prints one JSON object, the last line of its stdout. */
export function report(result: StepResult): void {
  process.stdout.write(`${JSON.stringify({ ...result, peakRssMiB: peakRssMiB() })}\n`);
}

const TSX_IMPORT = ['--import', 'tsx'];

/** Runs `bench/steps/<step>.ts` in a fresh Node process and returns what it reported. */
export function runStep(step: string, args: Array<string | number>, opts: { timeoutMs?: number; env?: Record<string, string> } = {}): StepResult {
  const out = execFileSync(process.execPath, [...TSX_IMPORT, join(import.meta.dirname, 'steps', `${step}.ts`), ...args.map(String)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 24,
    timeout: opts.timeoutMs ?? 30 * 60_000,
    env: { ...process.env, ...opts.env },
  });
  return JSON.parse(out.trim().split('\n').pop()!) as StepResult;
}

/** Runs a Python script with Debian's python3 (networkx, igraph) and returns its JSON. */
export function runPython(script: string, args: Array<string | number>, opts: { timeoutMs?: number } = {}): StepResult {
  const out = execFileSync('/usr/bin/python3', [join(import.meta.dirname, 'python', script), ...args.map(String)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 24,
    timeout: opts.timeoutMs ?? 30 * 60_000,
  });
  return JSON.parse(out.trim().split('\n').pop()!) as StepResult;
}

/** Runs `measure` `runs` times and takes the median of every numeric field. */
export function medianOf(runs: number, measure: () => StepResult): StepResult {
  const samples = Array.from({ length: runs }, measure);
  const out: StepResult = { ...samples[0] };
  for (const [key, value] of Object.entries(samples[0]!)) if (typeof value === 'number') out[key] = median(samples.map((s) => s[key] as number));
  return out;
}

/** `faktograf synth --seed 1` of n entities and 5n relations into `dir`, unless it is there already. */
export function ensureSynthKb(dir: string, n: number, log: (line: string) => void): void {
  if (existsSync(join(dir, 'ontology.yaml'))) return;
  log(`synth ${n} entities, ${5 * n} relations`);
  execFileSync(
    process.execPath,
    [
      join(import.meta.dirname, '..', 'bin', 'faktograf.js'),
      'synth',
      '--entities',
      String(n),
      '--relations',
      String(5 * n),
      '--seed',
      '1',
      '--out',
      dir,
      '--force',
    ],
    { stdio: 'inherit' },
  );
}
