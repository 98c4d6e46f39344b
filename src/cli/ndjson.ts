import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { describeThrown } from '../_lib/describeReceived.js';
import { isRecord } from '../_lib/isRecord.js';
import { invalidInput } from '../issues/invalidInput.js';
import type { Issue } from '../issues/types.js';
import { formatCount } from '../_lib/formatCount.js';
import { LineSplitter, type UnreadableLine } from './lineSplitter.js';
import { readChunks } from './readInput.js';

/** Longest single line read in `--ndjson` mode, in bytes (16 MiB); the rest of a longer line is skipped. */
export const MAX_LINE_BYTES: number = 16 * 1024 * 1024;

/**
 * Input is read at most this much at a time, and the results of that much written with one call, so
 * the output held stays small even when a stream hands over one huge chunk.
 */
const SLICE_BYTES = 1024 * 1024;

/** What a batch handler returns for one line: whether it passed, its issues, and any other fields. */
export interface LineResult {
  readonly ok: boolean;
  readonly issues: readonly Issue[];
  readonly [field: string]: unknown;
}

const failed = (detail: string): LineResult => ({
  ok: false,
  issues: [invalidInput(detail, { path: [] })],
});

/** What a batch read: whether every line passed, and the blank lines it skipped. */
export interface BatchSummary {
  readonly allOk: boolean;
  /** Blank lines (empty or only spaces and tabs) skipped. */
  readonly blankLines: number;
  /** The 1-based number of the first blank line, when there was one. */
  readonly firstBlankLine?: number;
}

// JSON's whitespace within a line: a line of nothing else holds no document.
const BLANK = /^[ \t]*$/;

const UNREADABLE: Record<UnreadableLine, (line: number) => string> = {
  'too long': (line) => `line ${line} is longer than ${formatCount(MAX_LINE_BYTES)} bytes (16 MiB, the most one line may hold); the rest of it was skipped unread.`,
  'not UTF-8': (line) => `line ${line} is not valid UTF-8; save the input as UTF-8.`,
};

/**
 * Reads newline-delimited JSON and writes exactly one JSON result per input line that holds
 * anything, in order, whatever the line holds: memory stays bounded however long the batch or a
 * line. Lines end at `\n`, `\r\n` or a lone `\r` (as Node's readline splits them); a last line
 * without a newline counts. Each result starts with its 1-based `line` number and the line's own
 * `id`, when it has one. A line that fails in any way — not UTF-8, longer than
 * {@link MAX_LINE_BYTES} (the rest of it is skipped unread), not JSON, a handler that throws, an `id`
 * or a result that cannot be written as JSON (then the result leaves the `id` out and says so) —
 * gives an `ok: false` result with an `invalid_input` issue, and the batch goes on. A byte-order mark
 * at the start of a line is ignored. A blank line (a trailing newline doubled by an export, say)
 * holds no document: it gets no result but is counted, so `line` stays the line number of the input.
 *
 * Batches run to millions of lines, so lines are cut from the bytes of each chunk directly (no
 * readline, no promise per line) and the results of one chunk are written with one call.
 *
 * An input that cannot be read (a missing file, a folder) is a usage error, as without `--ndjson`.
 *
 * @param name - The input as messages name it: a file name, or `standard input`.
 * @returns Whether every line passed, and the blank lines skipped.
 */
export async function runNdjson(
  input: Readable,
  name: string,
  output: Writable,
  handle: (value: unknown) => LineResult,
): Promise<BatchSummary> {
  let allOk = true;
  let line = 0;
  let blankLines = 0;
  let firstBlankLine: number | undefined;
  let out = '';

  const lines = new LineSplitter(MAX_LINE_BYTES, {
    text(text) {
      line += 1;
      if (BLANK.test(text)) {
        blankLines += 1;
        firstBlankLine ??= line;
        return;
      }
      const answer = answerLine(text, line, handle);
      allOk &&= answer.ok;
      out += answer.json;
    },
    unreadable(reason) {
      line += 1;
      allOk = false;
      out += `${JSON.stringify({ line, ...failed(UNREADABLE[reason](line)) })}\n`;
    },
  });
  const flush = async (): Promise<void> => {
    if (out.length === 0) return;
    const text = out;
    out = '';
    if (!output.write(text)) await once(output, 'drain');
  };

  for await (const bytes of readChunks(input, name)) {
    for (let at = 0; at < bytes.length; at += SLICE_BYTES) {
      lines.push(bytes.subarray(at, at + SLICE_BYTES));
      await flush();
    }
  }
  lines.end();
  await flush();
  return firstBlankLine === undefined ? { allOk, blankLines } : { allOk, blankLines, firstBlankLine };
}

/**
 * The exit code of a batch (0 every line valid, 1 any line invalid), after telling standard error
 * how many blank lines were skipped, if any.
 */
export function batchExitCode(summary: BatchSummary, stderr: Writable): number {
  if (summary.firstBlankLine !== undefined) {
    const count = summary.blankLines === 1 ? '1 blank line' : `${summary.blankLines} blank lines`;
    stderr.write(`level-of-care: skipped ${count} (the first is line ${summary.firstBlankLine}).\n`);
  }
  return summary.allOk ? 0 : 1;
}

/** Whether a value can be written as JSON (a parsed value can fail only by nesting too deep). */
function writable(value: unknown): boolean {
  try {
    JSON.stringify(value);
    return true;
  } catch {
    return false;
  }
}

/** The result line for one line of text, and whether it passed; never throws. */
function answerLine(text: string, line: number, handle: (value: unknown) => LineResult): { ok: boolean; json: string } {
  let value: unknown;
  let result: LineResult;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, json: `${JSON.stringify({ line, ...failed(`line ${line} is not valid JSON: ${(error as Error).message}`) })}\n` };
  }
  try {
    result = handle(value);
  } catch (thrown) {
    result = failed(`line ${line} could not be checked: ${describeThrown(thrown)}`);
  }
  // The caller's `id` travels with its result, so a batch can be joined back to its input.
  const id: unknown = isRecord(value) ? value['id'] : undefined;
  try {
    return { ok: result.ok, json: `${JSON.stringify(id === undefined ? { line, ...result } : { line, id, ...result })}\n` };
  } catch (thrown) {
    const reason = describeThrown(thrown);
    const idLeftOut = id !== undefined && !writable(id);
    const detail = idLeftOut
      ? `line ${line}: its "id" cannot be written back as JSON (${reason}); this answer leaves out the id and the line's result.`
      : `line ${line}: its result cannot be written as JSON (${reason}).`;
    const answer = id === undefined || idLeftOut ? { line, ...failed(detail) } : { line, id, ...failed(detail) };
    return { ok: false, json: `${JSON.stringify(answer)}\n` };
  }
}
