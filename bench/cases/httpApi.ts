// The HTTP example (examples/http-api) under attack: the latency of ordinary requests, sent one after
// another by one client, with nobody else on the server and while four other clients send one kind
// of hostile request each without pause. The server runs in a process of its own (it imports the
// package by name, so it runs this checkout's dist/), the clients here; each client has its own
// connection. The p99 target holds against a 95-byte stay from 0001 to 9999 (the amplifying request)
// and a 600 kB body of 125,000-element arrays; reported besides are the costliest requests the
// server's limits let through or read before refusing (1,000 sessions that are each wrong; a 1 MiB
// body of empty objects).
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { Agent, request as httpRequest } from 'node:http';
import { fileURLToPath } from 'node:url';
import { generateAssessments } from '../lib/assessments.js';
import { patientWeeks } from '../lib/sessions.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The p99 a normal request must keep while the amplifying requests are sent. */
const P99_TARGET_MS = 100;

interface Attack {
  readonly name: string;
  readonly path: string;
  readonly body: Buffer;
  /** Whether the p99 target applies (the amplifying requests) or the figure is reported only. */
  readonly targeted: boolean;
}

interface HttpScenario {
  readonly name: string;
  readonly attackBytes: number | undefined;
  readonly normalRequests: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  /** Hostile requests answered while the normal ones ran, by status. */
  readonly attackStatuses: Readonly<Record<string, number>>;
  readonly target: string;
  readonly pass: boolean | undefined;
}

export interface HttpApiFigures {
  readonly scenarios: readonly HttpScenario[];
}

const zeros = (count: number): number[] => new Array<number>(count).fill(0);
const json = (value: unknown): Buffer => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value));

const ATTACKS: readonly Attack[] = [
  {
    name: 'stay 0001-01-01 to 9999-12-31 (the amplifying request)',
    path: '/schedule/validate',
    body: json('{"sessions":[],"level":"iop","timeZone":"UTC","stay":{"start":"0001-01-01","end":"9999-12-31"}}'),
    targeted: true,
  },
  {
    name: '125,000-zero arrays (arrays once spread into arguments)',
    path: '/plan',
    body: json({ start: 'iop', startDate: '2026-03-02', availableLevels: zeros(125_000), padding: zeros(175_000) }),
    targeted: true,
  },
  {
    name: '1,000 sessions, each {} (most work let through)',
    path: '/schedule/validate',
    body: json({ sessions: new Array(1_000).fill({}), level: 'iop', timeZone: 'UTC' }),
    targeted: false,
  },
  {
    name: '1 MiB of {} (costliest body to read)',
    path: '/schedule/validate',
    body: json(`{"level":"iop","timeZone":"UTC","sessions":[${new Array(349_500).fill('{}').join(',')}]}`),
    targeted: false,
  },
];

/**
 * The ordinary requests, in turn: a patient-week of sessions to validate, an assessment to place, and
 * a step-down plan; the weeks and assessments are the seeded ones of the library benchmarks.
 */
function normalRequests(count: number, seed: number): { readonly path: string; readonly body: Buffer }[] {
  const weeks = [...patientWeeks(count, 1, seed)];
  const assessments = generateAssessments(count, seed);
  return Array.from({ length: count }, (_, index) => {
    if (index % 3 === 0) {
      const week = weeks[index] as (typeof weeks)[number];
      return { path: '/schedule/validate', body: json({ sessions: week.sessions, level: 'iop', timeZone: week.timeZone }) };
    }
    if (index % 3 === 1) return { path: '/recommend', body: json(assessments[index]) };
    return { path: '/plan', body: json({ start: 'iop', startDate: '2026-03-02', through: 'op' }) };
  });
}

function post(port: number, agent: Agent, path: string, body: Buffer): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host: '127.0.0.1', port, path, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': body.length } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks) }));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** Starts the example server in a process of its own on a free port of 127.0.0.1. */
async function startServer(): Promise<{ readonly child: ChildProcess; readonly port: number }> {
  const code = [
    "const { createApiServer } = await import('./examples/http-api/server.ts');",
    'const server = createApiServer();',
    "server.listen(0, '127.0.0.1', () => console.log(server.address().port));",
  ].join('\n');
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  const [data] = (await once(child.stdout as NodeJS.ReadableStream, 'data')) as [Buffer];
  const port = Number(data.toString().trim());
  if (!Number.isInteger(port) || port <= 0) throw new Error(`the example server printed ${JSON.stringify(data.toString())}`);
  return { child, port };
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}

/** Sends the `normal` requests one after another while `attackers` clients send `attack` without pause. */
async function scenario(port: number, normal: readonly { readonly path: string; readonly body: Buffer }[], attack: Attack | undefined, attackers: number): Promise<HttpScenario> {
  const normalAgent = new Agent({ keepAlive: true, maxSockets: 1 });
  const statuses: Record<string, number> = {};
  let stop = false;
  const attackLoop = async (): Promise<void> => {
    if (attack === undefined) return;
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    while (!stop) {
      const { status } = await post(port, agent, attack.path, attack.body);
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
    agent.destroy();
  };
  const loops = Array.from({ length: attack === undefined ? 0 : attackers }, attackLoop);
  // Let the attack reach full speed before the first measured request.
  if (attack !== undefined) await new Promise((resolve) => setTimeout(resolve, 200));
  const latencies: number[] = [];
  try {
    for (const { path, body } of normal) {
      const started = performance.now();
      const { status } = await post(port, normalAgent, path, body);
      latencies.push(performance.now() - started);
      if (status !== 200) throw new Error(`${path} answered ${status} during "${attack?.name ?? 'no attack'}"`);
    }
  } finally {
    stop = true;
    await Promise.all(loops);
    normalAgent.destroy();
  }
  const sorted = [...latencies].sort((a, b) => a - b);
  const p99Ms = percentile(sorted, 0.99);
  const targeted = attack === undefined || attack.targeted;
  return {
    name: attack === undefined ? 'no attack' : `${attackers} clients sending ${attack.name}`,
    attackBytes: attack?.body.length,
    normalRequests: normal.length,
    p50Ms: percentile(sorted, 0.5),
    p99Ms,
    maxMs: sorted.at(-1) ?? Number.NaN,
    attackStatuses: statuses,
    target: targeted ? `p99 < ${P99_TARGET_MS} ms` : 'reported',
    pass: targeted ? p99Ms < P99_TARGET_MS : undefined,
  };
}

export async function httpApiCase(options: {
  requests: number;
  attackers: number;
  seed: number;
  log: (line: string) => void;
}): Promise<HttpApiFigures> {
  const normal = normalRequests(options.requests, options.seed);
  const { child, port } = await startServer();
  try {
    // Warm the server up (its first requests compile the library's schemas).
    await scenario(port, normal.slice(0, 300), undefined, 0);
    const scenarios: HttpScenario[] = [];
    for (const attack of [undefined, ...ATTACKS]) {
      const result = await scenario(port, normal, attack, options.attackers);
      options.log(`  ${result.name}: p50 ${result.p50Ms.toFixed(1)} ms, p99 ${result.p99Ms.toFixed(1)} ms (${JSON.stringify(result.attackStatuses)})`);
      scenarios.push(result);
    }
    return { scenarios };
  } finally {
    child.kill();
  }
}
