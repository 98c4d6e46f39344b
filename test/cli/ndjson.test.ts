import { createInterface } from 'node:readline';
import { PassThrough, Readable, Writable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runNdjson } from '../../src/cli/ndjson.js';

// runNdjson cuts lines out of each chunk itself (a batch has a million lines). It must cut them
// exactly where Node's readline does — `\n`, `\r\n`, a lone `\r`, a break split across chunks, a
// last line without a newline — whatever the chunk boundaries, and write one result per line that
// holds anything, numbered by its line in the input (blank lines count but get no result). Unlike
// readline, it drops a byte-order mark at the start of a line and refuses a line that is not UTF-8
// (readline would read U+FFFD in its place).

async function linesSeenBy(chunks: readonly Buffer[]): Promise<{ lines: string[]; output: string[]; blankLines: number }> {
  const lines: string[] = [];
  const out = new PassThrough();
  const written: string[] = [];
  out.on('data', (chunk: Buffer) => written.push(chunk.toString('utf8')));
  // The handler records the parsed text; lines that are not JSON are recorded by their result.
  const { blankLines } = await runNdjson(Readable.from(chunks), 'standard input', out, (value) => {
    lines.push(JSON.stringify(value));
    return { ok: true, issues: [] };
  });
  out.end();
  return { lines, output: written.join('').split('\n').filter((line) => line.length > 0), blankLines };
}

const withoutBom = (text: string): string => (text.startsWith('\uFEFF') ? text.slice(1) : text);
const isBlank = (text: string): boolean => /^[ \t]*$/.test(withoutBom(text));

async function readlineLines(chunks: readonly Buffer[]): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of createInterface({ input: Readable.from(chunks), crlfDelay: Infinity })) lines.push(line);
  return lines;
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
// Bytes that are not UTF-8: a stray byte, and the start of a three-byte character cut short by an
// "x" (readline drops a cut-short character at the very end of its input, where this reader refuses it).
const NOT_UTF8 = [Buffer.from([0xff]), Buffer.from([0xe2, 0x82, 0x78])];
const piece = fc.constantFrom(
  ...['{"a":1}', '[2]', '"é"', '{"b":"😀"}', '', 'x', '\n', '\r', '\r\n', '\n\r', ' ', '\r\r', '\n\n'].map((text) => Buffer.from(text)),
  BOM,
  ...NOT_UTF8,
);

describe('runNdjson line splitting', () => {
  it('cuts lines where readline cuts them, for any text and any chunking', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 14 }), fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 40 }), async (pieces, sizes) => {
        const bytes = Buffer.concat(pieces);
        const chunks: Buffer[] = [];
        for (let at = 0, i = 0; at < bytes.length; i += 1) {
          const size = sizes[i % sizes.length] ?? 1;
          chunks.push(bytes.subarray(at, at + size));
          at += size;
        }
        const expected = await readlineLines(chunks);
        const { output, blankLines } = await linesSeenBy(chunks);
        // One result per line that is not blank, numbered by its line; the JSON lines come back
        // parsed, the others fail.
        const kept = expected.map((text, i) => ({ text, line: i + 1 })).filter(({ text }) => !isBlank(text));
        expect(output.map((line) => (JSON.parse(line) as { line: number }).line)).toEqual(kept.map(({ line }) => line));
        expect(blankLines).toBe(expected.length - kept.length);
        kept.forEach(({ text }, i) => {
          const result = JSON.parse(output[i] ?? '{}') as { ok: boolean };
          // This test's input holds no genuine U+FFFD: readline's stands for bytes that are not UTF-8.
          let json = !text.includes('\uFFFD');
          try {
            JSON.parse(withoutBom(text));
          } catch {
            json = false;
          }
          expect(result.ok).toBe(json);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('reads a last line without a newline, and ignores nothing after a final newline', async () => {
    expect((await linesSeenBy([Buffer.from('{"a":1}\n{"a":2}')])).lines).toEqual(['{"a":1}', '{"a":2}']);
    expect((await linesSeenBy([Buffer.from('{"a":1}\n')])).lines).toEqual(['{"a":1}']);
  });

  it('keeps a character whose bytes are split across chunks', async () => {
    const bytes = Buffer.from('{"name":"é😀"}\n');
    const chunks = [bytes.subarray(0, 10), bytes.subarray(10, 12), bytes.subarray(12)];
    expect((await linesSeenBy(chunks)).lines).toEqual(['{"name":"é😀"}']);
  });

  it('treats \\r\\n split across two chunks as one line break, even with an empty chunk between', async () => {
    expect((await linesSeenBy([Buffer.from('{"a":1}\r'), Buffer.from('\n{"a":2}\n')])).output).toHaveLength(2);
    expect((await linesSeenBy([Buffer.from('{"a":1}\r'), Buffer.alloc(0), Buffer.from('\n{"a":2}\n')])).output).toHaveLength(2);
  });

  it('waits for a slow reader of its output, writing every result in order', async () => {
    const written: string[] = [];
    const slow = new Writable({
      highWaterMark: 1,
      write(chunk: Buffer, _encoding, done) {
        written.push(chunk.toString('utf8'));
        setImmediate(done);
      },
    });
    const input = Array.from({ length: 3 }, (_, chunk) => Buffer.from(Array.from({ length: 1000 }, (_, i) => `{"id":${chunk * 1000 + i}}\n`).join('')));
    await runNdjson(Readable.from(input), 'standard input', slow, () => ({ ok: true, issues: [] }));
    const ids = written.join('').split('\n').filter((line) => line !== '').map((line) => (JSON.parse(line) as { id: number }).id);
    expect(ids).toEqual(Array.from({ length: 3000 }, (_, i) => i));
  });
});
