import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { describeThrown } from '../_lib/describeReceived.js';
import { isRecord } from '../_lib/isRecord.js';
import { invalidInput } from '../issues/invalidInput.js';
import type { Issue } from '../issues/types.js';

/** Longest single line read in `--ndjson` mode. */
const MAX_LINE_CHARS: number = 16 * 1024 * 1024;

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

const LF = 10;
const CR = 13;

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

/**
 * Reads newline-delimited JSON and writes one JSON result per input line, in order, holding one
 * chunk of input at a time and waiting for the output to drain: memory stays constant however long
 * the batch. Lines end at `\n`, `\r\n` or a lone `\r` (as Node's readline splits them); a last line
 * without a newline counts. Each result starts with its 1-based `line` number and the line's own
 * `id`, when it has one. A line that fails in any way — not JSON, a handler that throws, an `id` or
 * a result that cannot be written as JSON (then the result leaves the `id` out and says so) — gives
 * an `ok: false` result with an `invalid_input` issue, and the batch goes on. A blank line (a
 * trailing newline doubled by an export, say) holds no document: it gets no result but is counted,
 * so `line` stays the line number of the input file.
 *
 * Batches run to millions of lines, so lines are cut from each chunk directly (no readline, no
 * promise per line) and the results of one chunk are written with one call.
 *
 * @returns Whether every line passed, and the blank lines skipped.
 */
export async function runNdjson(
  input: Readable,
  output: Writable,
  handle: (value: unknown) => LineResult,
): Promise<BatchSummary> {
  const decoder = new StringDecoder('utf8');
  let allOk = true;
  let line = 0;
  let blankLines = 0;
  let firstBlankLine: number | undefined;
  let pending = '';
  // A chunk that ended in `\r`: a `\n` at the start of the next one belongs to the same line break.
  let afterReturn = false;

  const emit = (text: string): string => {
    line += 1;
    if (BLANK.test(text)) {
      blankLines += 1;
      firstBlankLine ??= line;
      return '';
    }
    if (text.length > MAX_LINE_CHARS) {
      allOk = false;
      return `${JSON.stringify({ line, ...failed(`line ${line} is longer than ${MAX_LINE_CHARS} characters.`) })}\n`;
    }
    const answer = answerLine(text, line, handle);
    allOk &&= answer.ok;
    return answer.json;
  };

  const take = async (text: string): Promise<void> => {
    let out = '';
    let from = 0;
    if (afterReturn && text.charCodeAt(0) === LF) from = 1;
    afterReturn = false;
    try {
      // Native searches for the next `\n` and the next `\r` (rare in practice) instead of a loop over
      // every character.
      let nextLf = text.indexOf('\n', from);
      let nextCr = text.indexOf('\r', from);
      while (nextLf !== -1 || nextCr !== -1) {
        const at = nextCr === -1 || (nextLf !== -1 && nextLf < nextCr) ? nextLf : nextCr;
        const code = at === nextLf ? LF : CR;
        out += emit(pending + text.slice(from, at));
        pending = '';
        let end = at;
        if (code === CR) {
          if (at + 1 < text.length) {
            if (text.charCodeAt(at + 1) === LF) end = at + 1;
          } else {
            afterReturn = true;
          }
        }
        from = end + 1;
        if (nextLf !== -1 && nextLf < from) nextLf = text.indexOf('\n', from);
        if (nextCr !== -1 && nextCr < from) nextCr = text.indexOf('\r', from);
      }
      pending += text.slice(from);
    } finally {
      // Results already made are written even if a handler throws, as they were line by line.
      if (out.length > 0 && !output.write(out)) await once(output, 'drain');
    }
  };

  for await (const chunk of input) {
    await take(typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer));
  }
  await take(decoder.end());
  if (pending.length > 0) {
    const last = emit(pending);
    pending = '';
    if (last.length > 0 && !output.write(last)) await once(output, 'drain');
  }
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
