// NDJSON batches come from Windows exports (CRLF), old Mac tools (CR), pipes that split a line break
// across chunks, and files without a final newline: every line must come out once, in order, and a
// whole-document input over 64 MiB is refused with a usage error, not read into memory.
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES } from '../../src/cli/readInput.js';
import { cli } from './helpers.js';

const session = { start: '2026-03-02T09:00:00Z', end: '2026-03-02T12:00:00Z', service: 'group' };
const line = (id: string): string => JSON.stringify({ id, sessions: [session] });
const ids = (stdout: string): unknown[] => stdout.trim().split('\n').map((text) => (JSON.parse(text) as { id: unknown; line: number }).id);
const NDJSON = ['validate-schedule', '-', '--ndjson', '--level', 'aftercare', '--time-zone', 'UTC'];

describe('NDJSON line breaks', () => {
  it('reads CRLF, lone CR and a last line without a newline as three lines', async () => {
    const { code, stdout } = await cli(NDJSON, [`${line('a')}\r\n${line('b')}\r${line('c')}`]);
    expect(code).toBe(0);
    expect(ids(stdout)).toEqual(['a', 'b', 'c']);
  });

  it('keeps a CRLF split across two chunks as one line break (no empty line between)', async () => {
    const { stdout } = await cli(NDJSON, [`${line('a')}\r`, `\n${line('b')}\n`]);
    expect(ids(stdout)).toEqual(['a', 'b']);
  });

  it('decodes a multi-byte character split across Buffer chunks', async () => {
    const bytes = Buffer.from(`${JSON.stringify({ id: 'é', sessions: [session] })}\n`);
    const cut = bytes.indexOf(0xc3) + 1;
    const { stdout } = await cli(NDJSON, [bytes.subarray(0, cut), bytes.subarray(cut)]);
    expect(ids(stdout)).toEqual(['é']);
  });
});

describe('whole-document input size', () => {
  it('refuses standard input over 64 MiB with exit code 2', async () => {
    const mebibyte = Buffer.alloc(1024 * 1024, 0x20);
    const chunks = function* (): Generator<Buffer> {
      for (let i = 0; i <= MAX_INPUT_BYTES / mebibyte.length; i += 1) yield mebibyte;
    };
    const { code, stdout, stderr } = await cli(['validate-schedule', '-', '--level', 'iop', '--time-zone', 'UTC'], chunks());
    expect(MAX_INPUT_BYTES).toBe(64 * 1024 * 1024);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('standard input is larger than 67,108,864 bytes (64 MiB)');
  });
});

describe('text and FHIR output details', () => {
  it('writes "1 day, 1 session" in the singular', async () => {
    const { stdout } = await cli(['validate-schedule', '-', '--level', 'aftercare', '--time-zone', 'UTC'], [JSON.stringify([session])]);
    expect(stdout).toContain('week of 2026-03-02: 3 h on 1 day, 1 session');
  });

  it('puts the input issues after the explanation in the FHIR output of recommend', async () => {
    const { stdout } = await cli(['recommend', '-', '--format', 'fhir'], [JSON.stringify({ risk: { withdrawal: 9 } })]);
    const outcome = JSON.parse(stdout) as { issue: { severity: string; code: string }[] };
    expect(outcome.issue.map((issue) => [issue.severity, issue.code])).toEqual([
      ['information', 'informational'],
      ['error', 'invalid'],
    ]);
  });
});
