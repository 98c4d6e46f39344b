import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, iopAssessment, iopWeek } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'level-of-care-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, content: unknown): string => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

const shortWeek = iopWeek.slice(0, 2);

describe('level-of-care --help', () => {
  it('prints the usage and exits 0', async () => {
    const { code, stdout } = await cli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: level-of-care <command>');
    expect(stdout).toContain('validate-schedule');
  });

  it('prints the usage on stderr, not stdout, and exits 2 without a command', async () => {
    const { code, stdout, stderr } = await cli([]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Usage: level-of-care <command>');
  });
});

describe('level-of-care validate-schedule', () => {
  it('exits 0 for a 9-hour, 3-day IOP week and prints the week', async () => {
    const { code, stdout } = await cli(['validate-schedule', file('ok.json', iopWeek), '--level', 'iop', '--time-zone', 'America/New_York']);
    expect(code).toBe(0);
    expect(stdout).toContain('PASSED');
    expect(stdout).toContain('week of 2026-03-02: 9 h on 3 days, 3 sessions');
  });

  it('exits 1 for a 6-hour, 2-day IOP week and lists both issues', async () => {
    const { code, stdout } = await cli(['validate-schedule', file('short.json', shortWeek), '--level', 'iop', '--time-zone', 'America/New_York']);
    expect(code).toBe(1);
    expect(stdout).toContain('FAILED');
    expect(stdout).toContain('week_hours_below_minimum');
    expect(stdout).toContain('week_days_below_minimum');
  });

  it('reads standard input and settings from the document, and prints JSON', async () => {
    const document = { sessions: shortWeek, level: 'op', timeZone: 'America/New_York' };
    const { code, stdout } = await cli(['validate-schedule', '-', '--format', 'json'], JSON.stringify(document));
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ ok: true, weeks: [{ weekStart: '2026-03-02', hours: 6, days: 2 }] });
  });

  it('prints an OperationOutcome with --format fhir', async () => {
    const { stdout } = await cli(['validate-schedule', file('f.json', shortWeek), '--level', 'iop', '--time-zone', 'America/New_York', '--format', 'fhir']);
    const outcome = JSON.parse(stdout) as { resourceType: string; issue: { code: string }[] };
    expect(outcome.resourceType).toBe('OperationOutcome');
    expect(outcome.issue.map((issue) => issue.code)).toEqual(['business-rule', 'business-rule']);
  });

  it('reads a FHIR Bundle', async () => {
    const bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: iopWeek.map((session, index) => ({
        resource: { resourceType: 'Appointment', id: `a${index}`, status: 'booked', start: session.start, end: session.end },
      })),
    };
    const { code } = await cli(['validate-schedule', file('bundle.json', bundle), '--level', 'iop', '--time-zone', 'America/New_York']);
    expect(code).toBe(0);
  });

  it('gives a FHIR Bundle an OperationOutcome whose expressions point inside the Bundle (a skipped Patient), and none for the short week', async () => {
    // Mon 2 and Wed 4 March, 3 h each: 6 h on 2 days is under the IOP 9 h and 3 days.
    const bundle = {
      resourceType: 'Bundle',
      type: 'searchset',
      entry: [
        { resource: { resourceType: 'Patient', id: 'p1' } },
        ...shortWeek.map((session, index) => ({
          resource: { resourceType: 'Appointment', id: `a${index}`, status: 'booked', start: session.start, end: session.end },
        })),
      ],
    };
    const { code, stdout } = await cli(['validate-schedule', file('b2.json', bundle), '--level', 'iop', '--time-zone', 'America/New_York', '--format', 'fhir']);
    expect(code).toBe(1);
    const outcome = JSON.parse(stdout) as { issue: { severity: string; expression?: string[] }[] };
    expect(outcome.issue.map((issue) => [issue.severity, issue.expression])).toEqual([
      ['warning', ['Bundle.entry[0].resource']],
      ['error', undefined],
      ['error', undefined],
    ]);
  });

  it('writes "Schedule check: FAILED" with one colon when a setting in the document is invalid', async () => {
    const { code, stdout } = await cli(['validate-schedule', '-', '--time-zone', 'UTC'], JSON.stringify({ sessions: [], level: 'xx' }));
    expect(code).toBe(1);
    expect(stdout.split('\n')[0]).toBe('Schedule check: FAILED');
  });

  it('applies --policy: 19.5 h is IOP under medicare-2024 (Mon–Fri 3.9 h)', async () => {
    // 5 days × 234 minutes = 1170 minutes = 19.5 h: at least 9 and fewer than 20.
    const days = ['02', '03', '04', '05', '06'].map((day) => ({
      start: `2026-03-${day}T09:00:00-05:00`,
      end: `2026-03-${day}T12:54:00-05:00`,
      service: 'group',
    }));
    const { code, stdout } = await cli(['validate-schedule', file('medicare.json', days), '--level', 'iop', '--time-zone', 'America/New_York', '--policy', 'medicare-2024']);
    expect(stdout).toContain('19.5 h');
    expect(code).toBe(0);
  });

  it('exits 2 with one line on stderr for usage errors and unreadable input', async () => {
    const cases: string[][] = [
      ['validate-schedule', file('x.json', iopWeek), '--time-zone', 'UTC'],
      ['validate-schedule', file('y.json', iopWeek), '--level', 'iop-plus', '--time-zone', 'UTC'],
      ['validate-schedule', join(dir, 'missing.json'), '--level', 'iop', '--time-zone', 'UTC'],
      ['validate-schedule', file('bad.json', '{nope'), '--level', 'iop', '--time-zone', 'UTC'],
      ['validate-schedule', file('z.json', iopWeek), '--level', 'iop', '--time-zone', 'UTC', '--policy', 'medicaid'],
      ['validate-schedule', '--level', 'iop'],
      ['frobnicate'],
      ['plan', '--start', 'detox'],
      ['validate-schedule', '--bogus'],
    ];
    for (const args of cases) {
      const { code, stderr } = await cli(args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(stderr).toMatch(/^level-of-care: /);
      expect(stderr).not.toMatch(/\bat .*:\d+:\d+/);
    }
  });

  it.each([
    ['recommend', []],
    ['recommend', ['--ndjson']],
    ['validate-schedule', ['--ndjson', '--level', 'iop', '--time-zone', 'UTC']],
  ])('reports a missing file and a folder to %s %j as "cannot read", exit 2, as without --ndjson', async (command, flags) => {
    for (const [path, reason] of [
      [join(dir, 'nope.json'), 'ENOENT'],
      [dir, 'EISDIR'],
    ] as const) {
      const { code, stdout, stderr } = await cli([command, path, ...flags]);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.startsWith(`level-of-care: cannot read ${path}: ${reason}`), stderr).toBe(true);
      expect(stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('refuses an unknown time zone given as a flag as a usage error: exit 2, one line on stderr', async () => {
    const { code, stdout, stderr } = await cli(['validate-schedule', file('tz.json', iopWeek), '--level', 'iop', '--time-zone', 'Mars/Base']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('level-of-care: --time-zone must be an IANA time zone such as America/New_York, not "Mars/Base".\n');
  });

  it('checks a schedule in a zone that is a fixed offset (--time-zone EST), with a warning, and exits 0', async () => {
    const july = [{ start: '2026-07-06T00:30:00-04:00', end: '2026-07-06T02:00:00-04:00', service: 'group' }];
    const { code, stdout, stderr } = await cli(['validate-schedule', file('est.json', july), '--level', 'aftercare', '--time-zone', 'EST']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('warning time_zone_not_a_place at options.timeZone: "EST" is a fixed offset (UTC-05:00)');
  });

  it('reports an unknown time zone inside the document as invalid data: exit 1, invalid_time_zone on stdout', async () => {
    const { code, stdout } = await cli(['validate-schedule', file('tz-doc.json', { sessions: iopWeek, level: 'iop', timeZone: 'Mars/Base' })]);
    expect(code).toBe(1);
    expect(stdout).toContain('invalid_time_zone');
  });
});

describe('level-of-care validate-schedule --ndjson', () => {
  it('writes one result per line, in order, keeps malformed lines, skips the blank one and exits 1 when any fails', async () => {
    const lines = [
      JSON.stringify({ id: 'p1', sessions: iopWeek }),
      '{not json',
      JSON.stringify({ id: 'p3', sessions: shortWeek }),
      JSON.stringify({ id: 'p4', sessions: shortWeek, level: 'op' }),
      '',
      JSON.stringify({ id: 'p6', sessions: iopWeek, level: 'iop', timeZone: 'Europe/London' }),
    ].join('\n');
    const { code, stdout, stderr } = await cli(['validate-schedule', '-', '--ndjson', '--level', 'iop', '--time-zone', 'America/New_York'], `${lines}\n`);
    const results = stdout.trim().split('\n').map((line) => JSON.parse(line) as { line: number; id?: string; ok: boolean });
    // Line 5 is blank: no result, but line 6 keeps its own number.
    expect(results.map((result) => [result.line, result.id, result.ok])).toEqual([
      [1, 'p1', true],
      [2, undefined, false],
      [3, 'p3', false],
      [4, 'p4', true],
      [6, 'p6', true],
    ]);
    expect(stderr).toBe('level-of-care: skipped 1 blank line (the first is line 5).\n');
    expect(code).toBe(1);
  });

  it('exits 0 when every line passes, and accepts lines without defaults when they carry their own', async () => {
    const line = JSON.stringify({ sessions: iopWeek, level: 'iop', timeZone: 'America/New_York' });
    const { code, stdout } = await cli(['validate-schedule', '-', '--ndjson'], `${line}\n${line}\n`);
    expect(stdout.trim().split('\n')).toHaveLength(2);
    expect(code).toBe(0);
  });

  it('fails a line that has no level and no default', async () => {
    const { stdout } = await cli(['validate-schedule', '-', '--ndjson', '--time-zone', 'UTC'], `${JSON.stringify({ sessions: iopWeek })}\n`);
    expect(JSON.parse(stdout)).toMatchObject({ line: 1, ok: false, issues: [{ code: 'invalid_input' }] });
  });
});

describe('level-of-care recommend', () => {
  const assessment = iopAssessment;

  it('prints the level and its explanation, and exits 0', async () => {
    const { code, stdout } = await cli(['recommend', file('a.json', assessment)]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Recommended level: iop — recommended/);
  });

  it('prints JSON with the explanation', async () => {
    const { stdout } = await cli(['recommend', file('a2.json', { assessment }), '--format', 'json']);
    const result = JSON.parse(stdout) as { level: string; explanation: string };
    expect(result.level).toBe('iop');
    expect(result.explanation.length).toBeGreaterThan(20);
  });

  it('prints an OperationOutcome whose first issue is the explanation', async () => {
    const { stdout } = await cli(['recommend', file('a3.json', assessment), '--format', 'fhir']);
    const outcome = JSON.parse(stdout) as { issue: { severity: string; diagnostics: string }[] };
    expect(outcome.issue[0]?.severity).toBe('information');
  });

  it('places higher when the indicated level is not available (--available)', async () => {
    const { stdout } = await cli(['recommend', file('a4.json', assessment), '--available', 'php,op', '--format', 'json']);
    expect(JSON.parse(stdout)).toMatchObject({ level: 'php', indicatedLevel: 'iop', availabilityGap: true });
  });

  it('gives a provisional result, exit 0, for an empty assessment', async () => {
    const { code, stdout } = await cli(['recommend', '-', '--format', 'json'], '{}');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ status: 'provisional' });
  });

  it('exits 1 when the assessment has invalid fields', async () => {
    const { code } = await cli(['recommend', '-'], JSON.stringify({ risk: { withdrawal: 9 } }));
    expect(code).toBe(1);
  });

  it('handles a batch with --ndjson', async () => {
    const { stdout } = await cli(['recommend', '-', '--ndjson'], `${JSON.stringify({ id: 'x', assessment })}\n[]\n`);
    const results = stdout.trim().split('\n').map((line) => JSON.parse(line) as { id?: string; level: string });
    expect(results[0]).toMatchObject({ line: 1, id: 'x', level: 'iop' });
    expect(results).toHaveLength(2);
  });
});

describe('level-of-care plan', () => {
  it('plans detox → php → iop → op → aftercare from a start date', async () => {
    const { code, stdout } = await cli(['plan', '--start', 'detox', '--date', '2026-03-01', '--format', 'json']);
    expect(code).toBe(0);
    const plan = JSON.parse(stdout) as { phases: { level: string; start: string; end: string }[] };
    expect(plan.phases.map((phase) => phase.level)).toEqual(['detox', 'php', 'iop', 'op', 'aftercare']);
    // Detox typical stay 5 days: 1–5 March; PHP starts the day after.
    expect(plan.phases[0]).toMatchObject({ start: '2026-03-01', end: '2026-03-05' });
    expect(plan.phases[1]?.start).toBe('2026-03-06');
  });

  it('prints a CarePlan with --format fhir and a table by default', async () => {
    const fhir = await cli(['plan', '--start', 'iop', '--date', '2026-03-01', '--through', 'op', '--format', 'fhir']);
    expect(JSON.parse(fhir.stdout)).toMatchObject({ resourceType: 'CarePlan', activity: [{}, {}] });
    const text = await cli(['plan', '--start', 'iop', '--date', '2026-03-01']);
    expect(text.stdout).toContain('Intensive outpatient');
  });

  it('shows the plan\'s notes in text and as CarePlan notes, so a level skipped for availability is not lost', async () => {
    const args = ['plan', '--start', 'php', '--date', '2026-03-02', '--available', 'php,op,aftercare'];
    const note = 'A level the program cannot offer is passed over: iop is not among the available levels, so php steps down to op.';
    expect((await cli(args)).stdout).toContain(`Notes:\n  - ${note}`);
    expect(JSON.parse((await cli([...args, '--format', 'fhir'])).stdout).note).toEqual([{ text: note }]);
  });

  it.each(['2026-02-30', '2026-13-45', '2026-3-2', 'tomorrow'])('refuses --date %s, not a calendar day, as a usage error (exit 2), like an unknown --time-zone', async (date) => {
    const { code, stdout, stderr } = await cli(['plan', '--start', 'iop', '--date', date]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`level-of-care: --date must be a calendar date YYYY-MM-DD such as 2026-03-02, not "${date}".\n`);
  });

  it.each([',', '', ' , '])('refuses --available %j, which names no level, as a usage error (exit 2)', async (available) => {
    const { code, stderr } = await cli(['plan', '--start', 'iop', '--date', '2026-03-02', '--available', available]);
    expect(code).toBe(2);
    expect(stderr).toBe(`level-of-care: --available must name at least one level, such as php,iop; "${available}" names none.\n`);
  });
});
