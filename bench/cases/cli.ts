import { spawn } from 'node:child_process';
import { createWriteStream, openSync, closeSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { generateAssessments } from '../lib/assessments.js';
import { median } from '../lib/harness.js';
import { patientWeeks } from '../lib/sessions.js';

const CLI_TARGET_RSS_MB = 200;
const CLI_TARGET_GROWTH = 12;

interface CliRun {
  readonly lines: number;
  readonly seconds: number;
  readonly peakRssMb: number;
  readonly results: number;
  readonly failed: number;
  readonly bytesOut: number;
}

export interface CliFigures {
  readonly sizes: readonly { readonly lines: number; readonly bytes: number; readonly sessions: number; readonly dstWeeks: number }[];
  readonly runs: readonly CliRun[];
  readonly small: { readonly lines: number; readonly seconds: number; readonly peakRssMb: number; readonly linesPerSecond: number };
  readonly large: { readonly lines: number; readonly seconds: number; readonly peakRssMb: number; readonly linesPerSecond: number };
  readonly growth: number;
  readonly targets: { readonly rss: string; readonly growth: string };
  readonly pass: { readonly rss: boolean; readonly growth: boolean };
}

/** Writes NDJSON, one JSON document per line, a megabyte at a time; returns the size of the file. */
async function writeNdjson(path: string, documents: Iterable<unknown>): Promise<number> {
  const out = createWriteStream(path);
  let chunk = '';
  for (const document of documents) {
    chunk += `${JSON.stringify(document)}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
  return statSync(path).size;
}

/** Writes `lines` patient-weeks as NDJSON, one `{ id, timeZone, sessions }` document per line. */
async function writeInput(path: string, lines: number, seed: number): Promise<{ bytes: number; sessions: number; dstWeeks: number }> {
  let sessions = 0;
  let dstWeeks = 0;
  const documents = function* () {
    for (const week of patientWeeks(lines, 10, seed)) {
      sessions += week.sessions.length;
      if (week.dstWeek) dstWeeks++;
      yield { id: week.id, timeZone: week.timeZone, sessions: week.sessions };
    }
  };
  const bytes = await writeNdjson(path, documents());
  return { bytes, sessions, dstWeeks };
}

/** Writes `count` fully known assessments as NDJSON, one `{ id, assessment }` document per line. */
function writeAssessments(path: string, count: number, seed: number): Promise<number> {
  return writeNdjson(
    path,
    generateAssessments(count, seed).map((assessment, i) => ({ id: `a${i}`, assessment })),
  );
}

/**
 * Runs the built CLI under GNU time with the file on standard input, counting the JSON lines it
 * writes (one per input line, in order) as they stream out.
 */
async function runCli(cli: string, args: readonly string[], input: string, lines: number): Promise<CliRun> {
  const fd = openSync(input, 'r');
  const started = process.hrtime.bigint();
  const child = spawn('/usr/bin/time', ['-v', process.execPath, cli, ...args], {
    stdio: [fd, 'pipe', 'pipe'],
  });
  const { stdout, stderr: errors } = child;
  if (stdout === null || errors === null) throw new Error('no pipes to the CLI');
  let results = 0;
  let failed = 0;
  let bytesOut = 0;
  let stderr = '';
  let tail = '';
  stdout.setEncoding('utf8');
  stdout.on('data', (data: string) => {
    bytesOut += Buffer.byteLength(data);
    const text = tail + data;
    let from = 0;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', from)) {
      results++;
      // Results start with `{"line":N,...,"ok":…`; a failed line carries `"ok":false`.
      if (text.startsWith('"ok":false', text.indexOf('"ok":', from))) failed++;
      from = at + 1;
    }
    tail = text.slice(from);
  });
  errors.setEncoding('utf8');
  errors.on('data', (data: string) => {
    stderr += data;
  });
  const [code] = (await once(child, 'close')) as [number | null];
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  closeSync(fd);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  if (rss === null) throw new Error(`no peak RSS from GNU time:\n${stderr.slice(-2000)}`);
  if (code !== 0 && code !== 1) throw new Error(`the CLI exited with ${code}:\n${stderr.slice(-2000)}`);
  if (results !== lines) throw new Error(`the CLI wrote ${results} results for ${lines} lines`);
  return { lines, seconds, peakRssMb: Number(rss[1]) / 1024, results, failed, bytesOut };
}

export async function cliCase(options: {
  cli: string;
  dir: string;
  small: number;
  large: number;
  rounds: number;
  seed: number;
  log: (line: string) => void;
}): Promise<CliFigures> {
  const { log } = options;
  const sizes = [];
  const files: Record<number, string> = {};
  for (const lines of [options.small, options.large]) {
    const started = performance.now();
    const path = join(options.dir, `weeks-${lines}.ndjson`);
    const written = await writeInput(path, lines, options.seed);
    files[lines] = path;
    sizes.push({ lines, ...written });
    log(`  wrote ${lines} lines (${written.sessions} sessions, ${written.dstWeeks} DST weeks, ${(written.bytes / 1e6).toFixed(0)} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const runs: CliRun[] = [];
  for (let round = 0; round < options.rounds; round++) {
    const order = round % 2 === 0 ? [options.small, options.large] : [options.large, options.small];
    for (const lines of order) {
      const run = await runCli(options.cli, ['validate-schedule', '-', '--ndjson', '--level', 'iop'], files[lines] as string, lines);
      runs.push(run);
      log(`  round ${round + 1}/${options.rounds}: ${lines} lines in ${run.seconds.toFixed(1)} s, peak RSS ${run.peakRssMb.toFixed(0)} MB, ${run.failed} lines not ok`);
    }
  }
  const summary = (lines: number) => {
    const mine = runs.filter((run) => run.lines === lines);
    const seconds = median(mine.map((run) => run.seconds));
    return { lines, seconds, peakRssMb: Math.max(...mine.map((run) => run.peakRssMb)), linesPerSecond: lines / seconds };
  };
  const small = summary(options.small);
  const large = summary(options.large);
  const growth = large.seconds / small.seconds;
  return {
    sizes,
    runs,
    small,
    large,
    growth,
    targets: { rss: `≤ ${CLI_TARGET_RSS_MB} MB at ${options.large} lines`, growth: `≤ ${CLI_TARGET_GROWTH}× for ${options.large / options.small}× the input` },
    pass: { rss: large.peakRssMb <= CLI_TARGET_RSS_MB, growth: growth <= CLI_TARGET_GROWTH },
  };
}

export interface RecommendCliFigures {
  readonly lines: number;
  readonly inputBytes: number;
  readonly runs: readonly CliRun[];
  readonly seconds: number;
  readonly linesPerSecond: number;
  readonly peakRssMb: number;
  readonly bytesPerLine: number;
}

/**
 * `level-of-care recommend - --ndjson` on fully known assessments, one `{ id, assessment }` per
 * line (the form every version of the command reads, so `BENCH_DIST` can time an older build on the
 * same file), under GNU time.
 */
export async function recommendCliCase(options: {
  cli: string;
  dir: string;
  lines: number;
  rounds: number;
  seed: number;
  log: (line: string) => void;
}): Promise<RecommendCliFigures> {
  const path = join(options.dir, `assessments-${options.lines}.ndjson`);
  const bytes = await writeAssessments(path, options.lines, options.seed);
  options.log(`  wrote ${options.lines} assessments (${(bytes / 1e6).toFixed(0)} MB)`);
  const runs: CliRun[] = [];
  for (let round = 0; round < options.rounds; round++) {
    const run = await runCli(options.cli, ['recommend', '-', '--ndjson'], path, options.lines);
    runs.push(run);
    options.log(`  round ${round + 1}/${options.rounds}: ${options.lines} lines in ${run.seconds.toFixed(1)} s, peak RSS ${run.peakRssMb.toFixed(0)} MB, ${(run.bytesOut / 1e6).toFixed(0)} MB written`);
  }
  const seconds = median(runs.map((run) => run.seconds));
  return {
    lines: options.lines,
    inputBytes: bytes,
    runs,
    seconds,
    linesPerSecond: options.lines / seconds,
    peakRssMb: Math.max(...runs.map((run) => run.peakRssMb)),
    bytesPerLine: median(runs.map((run) => run.bytesOut)) / options.lines,
  };
}
