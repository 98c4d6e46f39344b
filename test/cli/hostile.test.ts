// A batch is one run over thousands of patients' data: a single hostile or broken line must not cost
// the others their answers. Every line that holds anything gets exactly one answer, in order, with its
// own line number — a line whose `id` nests 5,000 deep, a line far over the length limit (its rest is
// skipped, and memory stays within the limit), a line that is not UTF-8. A byte-order mark, as
// Windows tools write it, is no reason to refuse valid JSON; bytes that are not UTF-8 are refused
// instead of being silently replaced.
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { MAX_LINE_BYTES, runNdjson } from '../../src/cli/ndjson.js';
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

/** `bytes` bytes of `byte`, handed over 64 KiB at a time as a file stream would, from one buffer. */
function* repeated(byte: number, bytes: number): Generator<Buffer> {
  const chunk = Buffer.alloc(64 * 1024, byte);
  for (let left = bytes; left > 0; left -= chunk.length) yield left >= chunk.length ? chunk : chunk.subarray(0, left);
}

describe('a line whose id nests 5,000 deep', () => {
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
    await runNdjson(Readable.from([Buffer.from('{"id":"a","fail":true}\n{"id":"b"}\n')]), 'standard input', out, handle);
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

describe('a line over the 16 MiB limit', () => {
  const tooLong = (line: number): Answer => ({
    line,
    ok: false,
    issues: [
      {
        code: 'invalid_input',
        severity: 'error',
        message: `Invalid input: line ${line} is longer than 16,777,216 bytes (16 MiB, the most one line may hold); the rest of it was skipped unread.`,
        path: [],
      } as Answer['issues'][number],
    ],
  });

  it('is 16 MiB in bytes', () => {
    expect(MAX_LINE_BYTES).toBe(16 * 1024 * 1024);
  });

  it('answers a 40 MiB line with one error, then the next line as usual', async () => {
    const input = function* (): Generator<Buffer> {
      yield* repeated(0x61, 40 * 1024 * 1024);
      yield Buffer.from(`\n${valid('next')}\n`);
    };
    const { code, stdout } = await cli(NDJSON, input());
    const [first, second, ...rest] = answers(stdout);
    expect(first).toEqual(tooLong(1));
    expect(second).toMatchObject({ line: 2, id: 'next', ok: true, issues: [] });
    expect(rest).toEqual([]);
    expect(code).toBe(1);
  });

  it('answers a 40 MiB line handed over as one chunk the same way', async () => {
    const { stdout } = await cli(NDJSON, [Buffer.concat([Buffer.alloc(40 * 1024 * 1024, 0x61), Buffer.from(`\n${valid('next')}`)])]);
    expect(answers(stdout)).toMatchObject([tooLong(1), { line: 2, id: 'next', ok: true }]);
  });

  it('keeps counting lines after it: a CRLF split from it, a blank line, then a valid line is line 3', async () => {
    const input = function* (): Generator<Buffer> {
      yield* repeated(0x61, MAX_LINE_BYTES + 1);
      yield Buffer.from('\r');
      yield Buffer.from(`\n\r\n${valid('third')}`);
    };
    const { stdout, stderr } = await cli(NDJSON, input());
    expect(answers(stdout)).toMatchObject([tooLong(1), { line: 3, id: 'third', ok: true }]);
    expect(stderr).toBe('level-of-care: skipped 1 blank line (the first is line 2).\n');
  });

  it('reads a line of exactly 16 MiB, and refuses one byte more', async () => {
    // A JSON string of 16 MiB with its quotes: a document, though not a schedule.
    const exactly = `"${'a'.repeat(MAX_LINE_BYTES - 2)}"`;
    const { stdout } = await cli(NDJSON, [`${valid('first')}\n${exactly}\n${exactly} \n`]);
    const [first, second, third] = answers(stdout);
    expect(first).toMatchObject({ line: 1, id: 'first', ok: true });
    expect(second).toMatchObject({ line: 2, ok: false, issues: [{ code: 'invalid_input', path: ['sessions'] }] });
    expect(third).toEqual(tooLong(3));
  });

  it('answers 100 MiB of NUL bytes without a line break with one error, holding no more than the limit', async () => {
    const before = process.memoryUsage();
    let peak = 0;
    const input = function* (): Generator<Buffer> {
      let chunks = 0;
      for (const chunk of repeated(0, 100 * 1024 * 1024)) {
        if (++chunks % 64 === 0) {
          const now = process.memoryUsage();
          peak = Math.max(peak, now.heapUsed + now.arrayBuffers - before.heapUsed - before.arrayBuffers);
        }
        yield chunk;
      }
    };
    const { code, stdout } = await cli(NDJSON, input());
    expect(answers(stdout)).toEqual([tooLong(1)]);
    expect(code).toBe(1);
    // The part of the line kept (16 MiB at most, in a buffer grown by doubling: about 32 MiB with the
    // smaller buffers not yet collected); holding the line as text until its end would take the 100 MiB.
    expect(peak).toBeLessThan(64 * 1024 * 1024);
  });
});

describe('a byte-order mark before valid JSON', () => {
  const BOM = '\uFEFF';

  it('is ignored at the start of NDJSON input, even split across chunks', async () => {
    const bytes = Buffer.from(`${BOM}${valid('a')}\n${valid('b')}\n`);
    for (const chunks of [[bytes], [bytes.subarray(0, 1), bytes.subarray(1, 2), bytes.subarray(2)]]) {
      const { code, stdout } = await cli(NDJSON, chunks);
      expect(answers(stdout)).toMatchObject([
        { line: 1, id: 'a', ok: true },
        { line: 2, id: 'b', ok: true },
      ]);
      expect(code).toBe(0);
    }
  });

  it('is ignored at the start of each line, as where NDJSON files that have one are concatenated', async () => {
    const { code, stdout } = await cli(NDJSON, `${BOM}${valid('a')}\n${BOM}${valid('b')}\n`);
    expect(answers(stdout)).toMatchObject([
      { line: 1, id: 'a', ok: true },
      { line: 2, id: 'b', ok: true },
    ]);
    expect(code).toBe(0);
  });

  it('is a character like any other elsewhere: inside a line, or a second one at its start', async () => {
    const { stdout } = await cli(NDJSON, `{"id":"a"${BOM},"sessions":[]}\n${BOM}${BOM}${valid('b')}\n{"id":"${BOM}c","sessions":${JSON.stringify([session])}}\n`);
    const [first, second, third] = answers(stdout);
    expect(first?.issues[0]?.message).toMatch(/^Invalid input: line 1 is not valid JSON/);
    expect(second?.issues[0]?.message).toMatch(/^Invalid input: line 2 is not valid JSON/);
    expect(third).toMatchObject({ line: 3, id: `${BOM}c`, ok: true });
  });

  it('is ignored at the start of a whole document', async () => {
    const { code, stdout, stderr } = await cli(['validate-schedule', '-', '--level', 'aftercare', '--time-zone', 'UTC', '--format', 'json'], `${BOM}${JSON.stringify([session])}`);
    expect(stderr).toBe('');
    expect(JSON.parse(stdout)).toMatchObject({ ok: true, issues: [] });
    expect(code).toBe(0);
  });
});

describe('bytes that are not UTF-8', () => {
  const lines = (...parts: (string | number[])[]): Buffer => Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part))));

  it.each([
    ['a stray 0xFF byte', [0xff]],
    ['Latin-1 é (0xE9)', [0xe9]],
    ['a cut-off three-byte character', [0xe2, 0x82]],
    ['an overlong encoding of "/"', [0xc0, 0xaf]],
    ['an encoded UTF-16 surrogate', [0xed, 0xa0, 0x80]],
  ])('answer a line holding %s with invalid_input and leave the lines around it alone', async (_, bad) => {
    const input = lines(`${valid('a')}\n{"id":"`, bad, `","sessions":[]}\n${valid('c')}\n`);
    const { code, stdout } = await cli(NDJSON, [input]);
    expect(answers(stdout)).toEqual([
      expect.objectContaining({ line: 1, id: 'a', ok: true }),
      {
        line: 2,
        ok: false,
        issues: [{ code: 'invalid_input', severity: 'error', message: 'Invalid input: line 2 is not valid UTF-8; save the input as UTF-8.', path: [] }],
      },
      expect.objectContaining({ line: 3, id: 'c', ok: true }),
    ]);
    expect(code).toBe(1);
  });

  it('answers a line that is not UTF-8 the same way when it spans chunks', async () => {
    const input = lines(`${valid('a')}\n{"id":"`, [0xe2, 0x82], `"}\r\n${valid('c')}`);
    const chunks = Array.from({ length: Math.ceil(input.length / 5) }, (_, i) => input.subarray(i * 5, i * 5 + 5));
    const { stdout } = await cli(NDJSON, chunks);
    expect(answers(stdout).map(({ line, ok, id }) => ({ line, ok, id }))).toEqual([
      { line: 1, ok: true, id: 'a' },
      { line: 2, ok: false, id: undefined },
      { line: 3, ok: true, id: 'c' },
    ]);
  });

  it('answers a last line cut short in the middle of a character', async () => {
    const { stdout } = await cli(NDJSON, [lines(`${valid('a')}\n[`, [0xe2, 0x82])]);
    expect(answers(stdout).map(({ line, ok }) => ({ line, ok }))).toEqual([
      { line: 1, ok: true },
      { line: 2, ok: false },
    ]);
  });

  it('accepts a genuine U+FFFD character, encoded as UTF-8', async () => {
    const { code, stdout } = await cli(NDJSON, [Buffer.from(`${valid('\uFFFD')}\n`)]);
    expect(answers(stdout)).toMatchObject([{ line: 1, id: '\uFFFD', ok: true }]);
    expect(code).toBe(0);
  });

  it('refuses a whole document that is not UTF-8 with exit code 2 and one line on standard error', async () => {
    const document = lines('[{"start":"2026-03-02T09:00:00Z","end":"2026-03-02T12:00:00Z","service":"gr', [0xfc], 'up"}]');
    const { code, stdout, stderr } = await cli(['validate-schedule', '-', '--level', 'aftercare', '--time-zone', 'UTC'], [document]);
    expect(stderr).toBe('level-of-care: standard input is not valid UTF-8; save it as UTF-8.\n');
    expect(stdout).toBe('');
    expect(code).toBe(2);
  });

  it('reads a whole document holding a genuine U+FFFD', async () => {
    const { code, stdout } = await cli(['recommend', '-', '--format', 'json'], [Buffer.from(JSON.stringify({ id: '\uFFFD', ...iopAssessment }))]);
    expect(JSON.parse(stdout)).toMatchObject({ level: 'iop' });
    expect(code).toBe(0);
  });
});
