// A batch is one run over thousands of patients' data: a single hostile or broken line must not cost
// the others their answers. Every line that holds anything gets exactly one answer, in order, with its
// own line number — even a line whose `id` nests 5,000 deep.
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runNdjson } from '../../src/cli/ndjson.js';
import { cli, iopAssessment } from './helpers.js';

const session = { start: '2026-03-02T09:00:00Z', end: '2026-03-02T12:00:00Z', service: 'group' };
/** A line that passes: one 3-hour aftercare session. */
const valid = (id: string): string => JSON.stringify({ id, sessions: [session] });
const NDJSON = ['validate-schedule', '-', '--ndjson', '--level', 'aftercare', '--time-zone', 'UTC'];

interface Answer {
  line: number;
  id?: unknown;
  ok: boolean;
  issues: { code: string; message: string; path: unknown[] }[];
  [field: string]: unknown;
}
const answers = (stdout: string): Answer[] =>
  stdout
    .split('\n')
    .filter((text) => text !== '')
    .map((text) => JSON.parse(text) as Answer);

const deepArray = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const deepObject = (depth: number): string => `${'{"id":'.repeat(depth)}1${'}'.repeat(depth)}`;

describe('a line whose id nests 5,000 deep (attack 3)', () => {
  it.each([
    ['an array', deepArray(5000)],
    ['an object', deepObject(5000)],
  ])('answers it, as %s, with invalid_input and no id, then answers the next line as usual', async (_, id) => {
    const { code, stdout, stderr } = await cli(NDJSON, `{"id":${id},"sessions":[]}\n${valid('next')}\n`);
    const [first, second, ...rest] = answers(stdout);
    expect(rest).toEqual([]);
    expect(first).toEqual({
      line: 1,
      ok: false,
      issues: [
        {
          code: 'invalid_input',
          severity: 'error',
          message: `Invalid input: line 1: its "id" cannot be written back as JSON (Maximum call stack size exceeded); this answer leaves out the id and the line's result.`,
          path: [],
        },
      ],
    });
    expect(second).toMatchObject({ line: 2, id: 'next', ok: true, issues: [] });
    expect(code).toBe(1);
    expect(stderr).toBe('');
  });

  it('answers recommend the same way', async () => {
    const { code, stdout } = await cli(['recommend', '-', '--ndjson'], `{"id":${deepArray(5000)}}\n${JSON.stringify({ id: 'next', assessment: iopAssessment })}\n`);
    const [first, second, ...rest] = answers(stdout);
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ line: 1, ok: false, issues: [{ code: 'invalid_input', path: [] }] });
    expect(first).not.toHaveProperty('id');
    expect(second).toMatchObject({ line: 2, id: 'next', ok: true, level: 'iop' });
    expect(code).toBe(1);
  });

  it('answers a line whose settings nest 5,000 deep with the setting at fault', async () => {
    const { stdout } = await cli(NDJSON, `{"id":"deep","level":${deepArray(5000)},"sessions":[]}\n${valid('next')}\n`);
    const [first, second] = answers(stdout);
    expect(first).toMatchObject({ line: 1, id: 'deep', ok: false, issues: [{ code: 'invalid_input', path: ['level'] }] });
    expect(first?.issues[0]?.message).toContain('received an array');
    expect(second).toMatchObject({ line: 2, id: 'next', ok: true });
  });
});

describe('a handler that fails on a line', () => {
  async function run(handle: (value: unknown) => { ok: boolean; issues: [] }): Promise<Answer[]> {
    const out = new PassThrough();
    const written: Buffer[] = [];
    out.on('data', (chunk: Buffer) => written.push(chunk));
    await runNdjson(Readable.from([Buffer.from('{"id":"a","fail":true}\n{"id":"b"}\n')]), out, handle);
    return answers(Buffer.concat(written).toString());
  }

  it('answers a line whose check throws with invalid_input, keeping its id, and goes on', async () => {
    const [first, second] = await run((value) => {
      if ((value as { fail?: boolean }).fail === true) throw new RangeError('Maximum call stack size exceeded');
      return { ok: true, issues: [] };
    });
    expect(first).toMatchObject({ line: 1, id: 'a', ok: false, issues: [{ code: 'invalid_input', message: 'Invalid input: line 1 could not be checked: Maximum call stack size exceeded', path: [] }] });
    expect(second).toEqual({ line: 2, id: 'b', ok: true, issues: [] });
  });

  it('answers a line whose result cannot be written as JSON with invalid_input, keeping its id, and goes on', async () => {
    const [first, second] = await run((value) => {
      const result: { ok: boolean; issues: []; self?: unknown } = { ok: true, issues: [] };
      if ((value as { fail?: boolean }).fail === true) result.self = result;
      return result;
    });
    expect(first).toMatchObject({ line: 1, id: 'a', ok: false, issues: [{ code: 'invalid_input', path: [] }] });
    expect(first?.issues[0]?.message).toMatch(/^Invalid input: line 1: its result cannot be written as JSON \(Converting circular structure to JSON/);
    expect(second).toEqual({ line: 2, id: 'b', ok: true, issues: [] });
  });
});
