import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { createIssue } from '../issues/createIssue.js';
import type { Issue } from '../issues/types.js';

/** Longest single line read in `--ndjson` mode. */
export const MAX_LINE_CHARS: number = 16 * 1024 * 1024;

/** What a batch handler returns for one line: whether it passed, its issues, and any other fields. */
export interface LineResult {
  readonly ok: boolean;
  readonly issues: readonly Issue[];
  readonly [field: string]: unknown;
}

const failed = (detail: string): LineResult => ({
  ok: false,
  issues: [createIssue('invalid_input', { detail }, { path: [] })],
});

/**
 * Reads newline-delimited JSON and writes one JSON result per input line, in order, holding one line
 * at a time and waiting for the output to drain: memory stays constant however long the batch.
 * Each result starts with its 1-based `line` number. A line that cannot be parsed gives an
 * `ok: false` result and the batch goes on.
 *
 * @returns Whether every line passed.
 */
export async function runNdjson(
  input: Readable,
  output: Writable,
  handle: (value: unknown) => LineResult,
): Promise<boolean> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let allOk = true;
  let line = 0;
  for await (const text of lines) {
    line += 1;
    const result =
      text.length > MAX_LINE_CHARS
        ? failed(`line ${line} is longer than ${MAX_LINE_CHARS} characters.`)
        : handleLine(text, line, handle);
    allOk &&= result.ok;
    if (!output.write(`${JSON.stringify({ line, ...result })}\n`)) await once(output, 'drain');
  }
  return allOk;
}

function handleLine(text: string, line: number, handle: (value: unknown) => LineResult): LineResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return failed(`line ${line} is not valid JSON: ${(error as Error).message}`);
  }
  return handle(value);
}
