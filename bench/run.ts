// `npm run bench`: builds the package when it is stale, then measures the built dist/ side by side with the least
// work possible and with what a developer would use instead. Prints a table with every figure and
// its target and writes bench/results.json. Options: --only=schedule,recommend,cli,recommend-cli,http-api,bundle and
// --quick (a tenth of the inputs, for trying changes; its figures are not the reported ones).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BundleSize, measureBundles } from './bundle.js';
import { type CliFigures, type RecommendCliFigures, cliCase, recommendCliCase } from './cases/cli.js';
import { type HttpApiFigures, httpApiCase } from './cases/httpApi.js';
import { type RecommendFigures, recommendCase } from './cases/recommend.js';
import { type ScheduleFigures, scheduleCase } from './cases/schedule.js';
import { cliPath, distDir } from './lib/library.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
const wanted = (name: string): boolean => only === undefined || only.includes(name);
const scale = quick ? 10 : 1;
const SEED = 20_260_302;

const started = performance.now();
const log = (line: string): void => {
  process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);
};

interface Results {
  schedule?: ScheduleFigures;
  recommend?: RecommendFigures;
  cli?: CliFigures;
  recommendCli?: RecommendCliFigures;
  httpApi?: HttpApiFigures;
  bundles?: BundleSize[];
}
const results: Results = {};

if (wanted('schedule')) {
  log('validateSchedule against the floor (parse timestamps, sum minutes per UTC week)');
  results.schedule = await scheduleCase({ patients: 10_000 / scale, weeksEach: 10, rounds: 5, seed: SEED, log });
}
if (wanted('recommend')) {
  log('recommendLevel against the same placement rules in json-rules-engine');
  results.recommend = await recommendCase({ count: 100_000 / scale, rounds: 3, seed: SEED, log });
}
if (wanted('cli')) {
  log('level-of-care validate-schedule --ndjson (dist/cli.js) under GNU time');
  const dir = mkdtempSync(join(tmpdir(), 'level-of-care-bench-'));
  try {
    results.cli = await cliCase({ cli: cliPath, dir, small: 100_000 / scale, large: 1_000_000 / scale, rounds: 3, seed: SEED, log });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
if (wanted('recommend-cli')) {
  log('level-of-care recommend --ndjson (dist/cli.js) under GNU time');
  const dir = mkdtempSync(join(tmpdir(), 'level-of-care-bench-'));
  try {
    results.recommendCli = await recommendCliCase({ cli: cliPath, dir, lines: 100_000 / scale, rounds: 3, seed: SEED, log });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
if (wanted('http-api')) {
  log('examples/http-api: latency of ordinary requests, alone and while 4 clients send hostile ones');
  results.httpApi = await httpApiCase({ requests: 1_000 / scale, attackers: 4, seed: SEED, log });
}
if (wanted('bundle') && process.env['BENCH_DIST'] === undefined) {
  log('bundle sizes of dist/ (esbuild, minified, gzipped, dependencies included)');
  results.bundles = await measureBundles(root);
}

// ---------------------------------------------------------------------------------------------
// The table.

const rows: [string, string, string, string][] = [];
const mark = (pass: boolean | undefined): string => (pass === undefined ? '' : pass ? 'met' : 'MISSED');
const n = (value: number, digits = 0): string => value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

const s = results.schedule;
if (s !== undefined) {
  for (const g of s.granularities) {
    const calls = g.calls === 1 ? 'one call' : `${n(g.calls)} calls`;
    rows.push([`validateSchedule, ${g.description}`, `${n(g.librarySessionsPerSecond)} sessions/s (${calls} of ${n(g.sessionsPerCall)} sessions in ${n(g.libraryMs / 1000, 2)} s)`, '', '']);
    rows.push(['  floor loop', `${n(g.floorSessionsPerSecond)} sessions/s (${n(g.floorMs / 1000, 2)} s)`, '', '']);
    rows.push(['  time vs floor', `${n(g.ratio, 2)}× (median of per-round ratios ${n(g.ratioOfRounds, 2)}×)`, g.target, mark(g.pass)]);
  }
  const f = s.fixedCost;
  rows.push([
    'validateSchedule, cost of a call',
    `${n(f.libraryMicrosPerCall, 2)} µs + ${n(f.libraryMicrosPerSession, 2)} µs a session (floor loop ${n(f.floorMicrosPerCall, 2)} µs + ${n(f.floorMicrosPerSession, 2)} µs)`,
    f.target,
    mark(f.pass),
  ]);
}
const r = results.recommend;
for (const scenario of r?.scenarios ?? []) {
  rows.push([`recommendLevel, ${scenario.name}`, `${n(scenario.libraryMicrosPerCall, 2)} µs/assessment (${n(scenario.assessments)} in ${n(scenario.libraryMs / 1000, 2)} s)`, '', '']);
  rows.push(['  json-rules-engine', `${n(scenario.engineMicrosPerCall, 1)} µs/assessment (${scenario.rules} rules, ${n(scenario.engineMs / 1000, 1)} s)`, '', '']);
  rows.push(['  speed-up', `${n(scenario.speedup, 1)}× (median of per-round ratios ${n(scenario.speedupOfRounds, 1)}×)`, scenario.target, mark(scenario.pass)]);
}
const c = results.cli;
if (c !== undefined) {
  rows.push([`CLI --ndjson ${n(c.small.lines)} lines`, `${n(c.small.seconds, 1)} s (${n(c.small.linesPerSecond)} lines/s), peak RSS ${n(c.small.peakRssMb)} MB`, '', '']);
  rows.push([`CLI --ndjson ${n(c.large.lines)} lines`, `${n(c.large.seconds, 1)} s (${n(c.large.linesPerSecond)} lines/s), peak RSS ${n(c.large.peakRssMb)} MB`, c.targets.rss, mark(c.pass.rss)]);
  rows.push(['  time growth', `${n(c.growth, 2)}× for ${n(c.large.lines / c.small.lines)}× the lines`, c.targets.growth, mark(c.pass.growth)]);
}
const rc = results.recommendCli;
if (rc !== undefined) {
  rows.push([
    `CLI recommend --ndjson ${n(rc.lines)} lines`,
    `${n(rc.seconds, 1)} s (${n(rc.linesPerSecond)} lines/s), ${n(rc.bytesPerLine)} bytes a result, peak RSS ${n(rc.peakRssMb)} MB`,
    '',
    '',
  ]);
}
for (const scenario of results.httpApi?.scenarios ?? []) {
  const attacks = Object.entries(scenario.attackStatuses).map(([status, count]) => `${n(count)} × ${status}`).join(', ');
  rows.push([
    `HTTP example, ${scenario.name}`,
    `p50 ${n(scenario.p50Ms, 1)} ms, p99 ${n(scenario.p99Ms, 1)} ms, max ${n(scenario.maxMs, 1)} ms (${n(scenario.normalRequests)} requests${attacks === '' ? '' : `; hostile answered ${attacks}`})`,
    scenario.target,
    mark(scenario.pass),
  ]);
}
for (const bundle of results.bundles ?? []) {
  rows.push([
    `bundle: ${bundle.name}`,
    `${n(bundle.gzipBytes / 1000, 1)} kB gzipped (${n(bundle.minifiedBytes / 1000, 1)} kB minified)`,
    bundle.maxKb === undefined ? 'reported' : `≤ ${bundle.maxKb} kB`,
    mark(bundle.withinBudget),
  ]);
}

const header: [string, string, string, string] = ['case', 'figure (median)', 'target', ''];
const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]?.length ?? 0)));
const line = (cells: readonly string[]): string => `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
const seconds = (performance.now() - started) / 1000;
const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} CPUs, Node ${process.version}, load average ${loadavg().map((value) => value.toFixed(1)).join(' ')}`;
process.stdout.write(
  [
    '',
    `level-of-care benchmarks${quick ? ' (--quick: a tenth of the inputs)' : ''} of ${distDir}: ${machine}`,
    '',
    line(header),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.map(line),
    '',
    `${n(seconds)} s in all. Medians of interleaved runs in one process; raw samples in bench/results.json.`,
    '',
  ].join('\n'),
);

writeFileSync(
  join(root, 'bench', 'results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), dist: distDir, quick, machine, seconds, ...results }, null, 2)}\n`,
);
