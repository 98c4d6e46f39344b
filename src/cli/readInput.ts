import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { formatCount } from '../_lib/formatCount.js';
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
 * The bytes of an input, chunk by chunk (a chunk handed over as a string is encoded as UTF-8). An
 * error while reading (a missing file, a folder) is a usage error that names the input.
 */
export async function* readChunks(input: Readable, name: string): AsyncGenerator<Buffer, void, undefined> {
  try {
    for await (const chunk of input) yield typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
  } catch (error) {
    throw new UsageError(`cannot read ${name}: ${(error as Error).message}`);
  }
}

/**
 * Reads a whole input as UTF-8 text (a byte-order mark at the start is dropped), refusing more than
 * {@link MAX_INPUT_BYTES} and bytes that are not UTF-8.
 */
export async function readText(input: Readable, name: string): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const buffer of readChunks(input, name)) {
    size += buffer.length;
    if (size > MAX_INPUT_BYTES) throw new UsageError(`${name} is larger than ${formatCount(MAX_INPUT_BYTES)} bytes (64 MiB); use --ndjson for batches.`);
    chunks.push(buffer);
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
