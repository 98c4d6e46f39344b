// Strict Content-Security-Policy environments (and `node --disallow-code-generation-from-strings`)
// forbid `eval` and `new Function`. zod compiles fast parsers with `new Function` when it can; the
// library must work, with the same answers, when it cannot. These tests run the BUILT package
// (dist/, brought up to date by the suite's global setup) in a child Node with code generation disabled.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = (file: string): string => fileURLToPath(new URL(`../../dist/${file}`, import.meta.url));
const FLAG = '--disallow-code-generation-from-strings';

function runNode(args: string[], input?: string): string {
  return execFileSync(process.execPath, [FLAG, ...args], { cwd: root, encoding: 'utf8', input, timeout: 30_000 });
}

const script = `
import * as core from ${JSON.stringify(pathToFileURL(dist('index.js')).href)};
import * as fhir from ${JSON.stringify(pathToFileURL(dist('fhir/index.js')).href)};
let blocked = false;
try { new Function('return 1')(); } catch { blocked = true; }
const week = [
  { start: '2026-03-02T09:00:00-05:00', end: '2026-03-02T12:00:00-05:00', service: 'group' },
  { start: '2026-03-04T09:00:00-05:00', end: '2026-03-04T12:00:00-05:00', service: 'group' },
  { start: '2026-03-06T09:00:00-05:00', end: '2026-03-06T12:00:00-05:00', service: 'individual' },
];
const valid = core.validateSchedule(week, { level: 'iop', timeZone: 'America/New_York' });
const invalid = core.validateSchedule([{ start: 'soon', service: 'yoga' }], { level: 'iop', timeZone: 'Mars/Olympus' });
const recommendation = core.recommendLevel({ risk: { withdrawal: 3 } });
const plan = core.planPathway('detox', '2026-03-01');
let policyError = '';
try { core.definePolicy({ id: 'broken' }); } catch (error) { policyError = error.message.split('\\n')[0]; }
const custom = core.extendPolicy(core.POLICIES.general, { id: 'program', requirements: { iop: { adult: { daysPerWeek: { min: { value: 4, sources: ['level-of-care-design'] } } } } } });
const strict = core.validateSchedule(week, { level: 'iop', timeZone: 'America/New_York', policy: custom });
const fromFhir = fhir.sessionsFromFhir({ resourceType: 'Appointment', status: 'booked', start: '2026-03-02T09:00:00-05:00', end: '2026-03-02T10:00:00-05:00' });
process.stdout.write(JSON.stringify({
  blocked,
  valid: { ok: valid.ok, hours: valid.weeks.map((w) => w.hours), days: valid.weeks.map((w) => w.days) },
  invalid: { ok: invalid.ok, codes: invalid.issues.map((i) => i.code), paths: invalid.issues.map((i) => i.path.join('.')) },
  recommendation: { level: recommendation.level, status: recommendation.status },
  plan: plan.phases.map((p) => [p.level, p.start, p.end]).slice(0, 2),
  policyError,
  strict: { ok: strict.ok, codes: strict.issues.map((i) => i.code) },
  fromFhir: fromFhir.sessions.map((s) => s.service),
}));
`;

describe('the built package with code generation from strings disallowed', () => {
  it('has a build to test', () => {
    expect(existsSync(dist('index.js')), 'run `npm run build` first').toBe(true);
  });

  it('validates schedules (valid and invalid input), recommends, plans, checks policies and reads FHIR with the same answers', () => {
    const out = JSON.parse(runNode(['--input-type=module', '-e', script])) as Record<string, unknown>;
    // The flag is really in force in the child: `new Function` throws there.
    expect(out['blocked']).toBe(true);
    // 3 days × 3 h = 9 h on 3 days: the IOP minimums (≥ 9 h, ≥ 3 days) are met.
    expect(out['valid']).toEqual({ ok: true, hours: [9], days: [3] });
    // zod's error paths work without its JIT: a bad time zone, a bad start, a missing end, an unknown service.
    const invalid = out['invalid'] as { ok: boolean; codes: string[]; paths: string[] };
    expect(invalid.ok).toBe(false);
    expect(invalid.codes).toContain('invalid_time_zone');
    // Withdrawal rated 3 → detox in the default placement table; other ratings unknown → provisional.
    expect(out['recommendation']).toEqual({ level: 'detox', status: 'provisional' });
    // Detox's typical stay is 5 days (2026-03-01..05), then PHP from the 6th.
    expect((out['plan'] as unknown[][])[0]).toEqual(['detox', '2026-03-01', '2026-03-05']);
    expect((out['plan'] as unknown[][])[1]?.[0]).toBe('php');
    expect(out['policyError']).toBe('Invalid policy "broken":');
    // The program's own 4-day minimum fails a 3-day week.
    expect((out['strict'] as { ok: boolean; codes: string[] }).codes).toContain('week_days_below_minimum');
    expect(out['fromFhir']).toEqual(['other']);
  });

  it('loads the CommonJS build', () => {
    const out = runNode(['-e', `const c = require(${JSON.stringify(dist('index.cjs'))}); process.stdout.write(c.recommendLevel({ findings: { imminentDanger: true } }).level);`]);
    expect(out).toBe('inpatient');
  });

  it('runs the CLI: plan, and validate-schedule reading JSON from stdin', () => {
    const plan = JSON.parse(runNode([dist('cli.js'), 'plan', '--start', 'detox', '--date', '2026-03-01', '--format', 'json'])) as {
      phases: { level: string }[];
    };
    expect(plan.phases.map((phase) => phase.level)).toEqual(['detox', 'php', 'iop', 'op', 'aftercare']);
    const week = JSON.stringify([
      { start: '2026-03-02T09:00:00-05:00', end: '2026-03-02T12:00:00-05:00', service: 'group' },
      { start: '2026-03-04T09:00:00-05:00', end: '2026-03-04T12:00:00-05:00', service: 'group' },
      { start: '2026-03-06T09:00:00-05:00', end: '2026-03-06T12:00:00-05:00', service: 'group' },
    ]);
    const result = JSON.parse(
      runNode([dist('cli.js'), 'validate-schedule', '-', '--level', 'iop', '--time-zone', 'America/New_York', '--format', 'json'], week),
    ) as { ok: boolean };
    expect(result.ok).toBe(true);
  });
});
