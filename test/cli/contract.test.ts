// One exit-code contract for every command: 0 valid, 1 invalid data, 2 usage error or unreadable
// input (a setting given as a flag is usage, the same setting inside the input is data), errors on
// stderr; and the parts of the command line a batch job or a newcomer meets first: --help with
// examples, --version, the two forms of a recommend line, the trace left out unless asked for, and
// blank NDJSON lines.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES, recommendLevel } from '../../src/index.js';
import { cli, iopAssessment, iopWeek } from './helpers.js';

const NY = ['--time-zone', 'America/New_York'];
const lines = (stdout: string): Record<string, unknown>[] =>
  stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);

const assessment = iopAssessment;

describe('the exit-code contract of every command', () => {
  const json = (value: unknown): string => JSON.stringify(value);
  it.each([
    { name: 'validate-schedule, a 9 h 3-day IOP week', args: ['validate-schedule', '-', '--level', 'iop', ...NY], stdin: json(iopWeek), expected: 0 },
    { name: 'validate-schedule, a 6 h 2-day IOP week', args: ['validate-schedule', '-', '--level', 'iop', ...NY], stdin: json(iopWeek.slice(0, 2)), expected: 1 },
    { name: 'validate-schedule, a level inside the input that is not a level', args: ['validate-schedule', '-', ...NY], stdin: json({ sessions: iopWeek, level: 'iop-plus' }), expected: 1 },
    { name: 'validate-schedule, a policy inside the input that is unknown', args: ['validate-schedule', '-', '--level', 'iop', ...NY], stdin: json({ sessions: iopWeek, policy: 'medicaid' }), expected: 1 },
    { name: 'validate-schedule, a time zone inside the input that is unknown', args: ['validate-schedule', '-', '--level', 'iop'], stdin: json({ sessions: iopWeek, timeZone: 'Mars/Base' }), expected: 1 },
    { name: 'validate-schedule, an unknown time zone as a flag', args: ['validate-schedule', '-', '--level', 'iop', '--time-zone', 'Mars/Base'], stdin: json(iopWeek), expected: 2 },
    { name: 'validate-schedule, an unknown policy as a flag', args: ['validate-schedule', '-', '--level', 'iop', ...NY, '--policy', 'medicaid'], stdin: json(iopWeek), expected: 2 },
    { name: 'validate-schedule, an unknown level as a flag', args: ['validate-schedule', '-', '--level', 'iop-plus', ...NY], stdin: json(iopWeek), expected: 2 },
    { name: 'validate-schedule, no level anywhere', args: ['validate-schedule', '-', ...NY], stdin: json(iopWeek), expected: 2 },
    { name: 'validate-schedule, input that is not JSON', args: ['validate-schedule', '-', '--level', 'iop', ...NY], stdin: '[{', expected: 2 },
    { name: 'validate-schedule --ndjson, every line valid', args: ['validate-schedule', '-', '--ndjson', '--level', 'iop', ...NY], stdin: `${json({ sessions: iopWeek })}\n`, expected: 0 },
    { name: 'validate-schedule --ndjson, a line invalid', args: ['validate-schedule', '-', '--ndjson', '--level', 'iop', ...NY], stdin: `${json({ sessions: iopWeek })}\n{\n`, expected: 1 },
    { name: 'validate-schedule --ndjson, an unknown time zone as a flag', args: ['validate-schedule', '-', '--ndjson', '--level', 'iop', '--time-zone', 'EDT'], stdin: '', expected: 2 },
    { name: 'recommend, a provisional result', args: ['recommend', '-'], stdin: '{}', expected: 0 },
    { name: 'recommend, a rating off the scale', args: ['recommend', '-'], stdin: json({ risk: { relapse: 9 } }), expected: 1 },
    { name: 'recommend, an unknown level in --available', args: ['recommend', '-', '--available', 'iop,spa'], stdin: '{}', expected: 2 },
    { name: 'recommend, input that is not JSON', args: ['recommend', '-'], stdin: 'risk: 2', expected: 2 },
    { name: 'recommend --ndjson, every line valid', args: ['recommend', '-', '--ndjson'], stdin: `${json(assessment)}\n`, expected: 0 },
    { name: 'recommend --ndjson, a line invalid', args: ['recommend', '-', '--ndjson'], stdin: `${json(assessment)}\n${json({ risk: { relapse: 9 } })}\n`, expected: 1 },
    { name: 'plan, a plan', args: ['plan', '--start', 'iop', '--date', '2026-03-02'], stdin: '', expected: 0 },
    { name: 'plan, a date that does not exist', args: ['plan', '--start', 'iop', '--date', '2026-02-30'], stdin: '', expected: 2 },
    { name: 'plan, a month and day that do not exist', args: ['plan', '--start', 'detox', '--date', '2026-13-45'], stdin: '', expected: 2 },
    { name: 'recommend, --available that names no level', args: ['recommend', '-', '--available', ','], stdin: '{}', expected: 2 },
    { name: 'plan, no --date', args: ['plan', '--start', 'iop'], stdin: '', expected: 2 },
    { name: 'plan --ndjson', args: ['plan', '--start', 'iop', '--date', '2026-03-02', '--ndjson'], stdin: '', expected: 2 },
    { name: '--trace on a command other than recommend', args: ['validate-schedule', '-', '--level', 'iop', ...NY, '--trace'], stdin: json(iopWeek), expected: 2 },
  ])('$name: exit $expected', async ({ args, stdin, expected }) => {
    const { code, stdout, stderr } = await cli(args, stdin);
    expect(code).toBe(expected);
    if (expected === 2) {
      // A usage error is one line on stderr and nothing on stdout.
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^level-of-care: [^\n]+\n$/);
    } else {
      expect(stderr).toBe('');
      expect(stdout).not.toBe('');
    }
  });

  it('reports a setting inside the input that is not valid at its path, with what was received', async () => {
    const { stdout } = await cli(['validate-schedule', '-', ...NY, '--format', 'json'], JSON.stringify({ sessions: iopWeek, level: 'iop-plus' }));
    expect(JSON.parse(stdout)).toEqual({
      ok: false,
      weeks: [],
      issues: [
        {
          code: 'invalid_input',
          severity: 'error',
          message: 'Invalid input: level: expected one of inpatient, detox, residential, php, iop, op, aftercare, received "iop-plus".',
          path: ['level'],
        },
      ],
    });
  });
});

describe('level-of-care --help and --version', () => {
  it('shows examples, says --format is ignored with --ndjson, and states the exit codes', async () => {
    const { code, stdout } = await cli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Examples\n  level-of-care validate-schedule week.json --level iop --time-zone America/New_York');
    expect(stdout).toContain('Ignored with --ndjson, whose output is always JSON lines.');
    expect(stdout).toMatch(/Exit codes\n {2}0 {2}valid[^\n]*\n {2}1 {2}invalid data/);
    expect(stdout).toContain('--trace');
  });

  it('prints the version of package.json', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    const { code, stdout } = await cli(['--version']);
    expect(code).toBe(0);
    expect(stdout).toBe(`level-of-care ${version}\n`);
  });
});

describe('level-of-care recommend', () => {
  it('reads a batch line that is an assessment with an id beside its fields, like { id, assessment }', async () => {
    const input = [JSON.stringify({ id: 'p1', ...assessment }), JSON.stringify({ id: 'p2', assessment })].join('\n');
    const { code, stdout } = await cli(['recommend', '-', '--ndjson'], input);
    const [flat, nested] = lines(stdout);
    expect(code).toBe(0);
    expect(flat).toMatchObject({ line: 1, id: 'p1', ok: true, level: 'iop', status: 'recommended', issues: [] });
    expect({ ...nested, line: 1, id: 'p1' }).toEqual(flat);
  });

  it('reads a whole document that is an assessment with an id the same way', async () => {
    const { code, stdout } = await cli(['recommend', '-', '--format', 'json'], JSON.stringify({ id: 'p1', ...assessment }));
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ level: 'iop', status: 'recommended', issues: [] });
  });

  it('leaves the trace out of JSON results unless --trace asks for it', async () => {
    const batch = await cli(['recommend', '-', '--ndjson'], JSON.stringify(assessment));
    expect(lines(batch.stdout)[0]).not.toHaveProperty('trace');
    const document = await cli(['recommend', '-', '--format', 'json'], JSON.stringify(assessment));
    expect(JSON.parse(document.stdout)).not.toHaveProperty('trace');

    const traced = await cli(['recommend', '-', '--ndjson', '--trace'], JSON.stringify(assessment));
    const [result] = lines(traced.stdout);
    // Every rule of the catalog, in catalog order, as recommendLevel gives it.
    expect(result?.['trace']).toEqual(JSON.parse(JSON.stringify(recommendLevel(assessment).trace)));
    expect((result?.['trace'] as unknown[]).length).toBe(RULES.length);
  });

  it('lists every rule and its answer in text output with --trace', async () => {
    const { stdout } = await cli(['recommend', '-', '--trace'], JSON.stringify(assessment));
    expect(stdout).toContain('Trace (every rule, in catalog order):');
    expect(stdout).toContain('  placement-relapse: true (minimum iop)');
    expect(stdout.split('\n').filter((line) => /^ {2}[a-z0-9-]+: (true|false|unknown)/.test(line))).toHaveLength(RULES.length);
  });
});

describe('blank lines in --ndjson input', () => {
  it('skips empty and whitespace-only lines without a result or a failure, counts them in "line" and on stderr', async () => {
    const input = ['', JSON.stringify(assessment), '   ', '\t', JSON.stringify({ id: 'last', ...assessment }), ''].join('\n');
    const { code, stdout, stderr } = await cli(['recommend', '-', '--ndjson'], input);
    expect(code).toBe(0);
    expect(lines(stdout).map((result) => [result['line'], result['id'], result['ok']])).toEqual([
      [2, undefined, true],
      [5, 'last', true],
    ]);
    // The empty text after the last newline is not a line.
    expect(stderr).toBe('level-of-care: skipped 3 blank lines (the first is line 1).\n');
  });

  it('says nothing on stderr when there is no blank line', async () => {
    const { stderr } = await cli(['recommend', '-', '--ndjson'], `${JSON.stringify(assessment)}\n`);
    expect(stderr).toBe('');
  });
});
