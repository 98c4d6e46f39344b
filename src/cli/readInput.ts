import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { UsageError } from './errors.js';
import { utf8Text } from './utf8.js';

/** Largest whole-document input the CLI reads (batch jobs should use `--ndjson`). */
export const MAX_INPUT_BYTES: number = 64 * 1024 * 1024;

/** Opens a file, or standard input for `-`. */
export function openInput(file: string, stdin: Readable): Readable {
  if (file === '-') return stdin;
  return createReadStream(file);
}

/**
 * Reads a whole input as UTF-8 text (a byte-order mark at the start is dropped), refusing more than
 * {@link MAX_INPUT_BYTES} and bytes that are not UTF-8.
 */
export async function readText(input: Readable, name: string): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of input) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += buffer.length;
      if (size > MAX_INPUT_BYTES) throw new UsageError(`${name} is larger than ${MAX_INPUT_BYTES} bytes; use --ndjson for batches.`);
      chunks.push(buffer);
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${name}: ${(error as Error).message}`);
  }
  const text = utf8Text(Buffer.concat(chunks));
  if (text === undefined) throw new UsageError(`${name} is not valid UTF-8; save it as UTF-8.`);
  return text;
}

/** Parses JSON text, turning a syntax error into a usage error that names the input. */
export function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`${name} is not valid JSON: ${(error as Error).message}`);
  }
}
