import { utf8Text } from './utf8.js';

const LF = 0x0a;
const CR = 0x0d;
const NO_BYTES: Buffer = Buffer.alloc(0);

/** Why a line has no text: it was longer than the limit (the rest of it was skipped), or not UTF-8. */
export type UnreadableLine = 'too long' | 'not UTF-8';

/** What a {@link LineSplitter} hands on, one call per line, in order. */
export interface LineSink {
  /** The text of a line, without its line break or a byte-order mark at its start. */
  text(text: string): void;
  /** A line that has no text to read. */
  unreadable(reason: UnreadableLine): void;
}

/**
 * Cuts a stream of bytes into lines where Node's readline does — at `\n`, `\r\n` or a lone `\r`, a
 * break split across chunks counted once, a last line without a break kept — and decodes each line on
 * its own, so bytes that are not UTF-8 spoil only their line (no UTF-8 character holds the bytes of
 * `\n` or `\r`, so lines can be cut before decoding). A line is held until it ends, but never more
 * than `maxBytes` of it: past that, the rest of the line is skipped up to its break and the line is
 * reported as too long, so memory stays within the limit however long a line (or `/dev/zero`) is.
 */
export class LineSplitter {
  readonly #maxBytes: number;
  readonly #sink: LineSink;
  /** The start of the current line, from earlier chunks: `#pending[0, #pendingLength)`. */
  #pending: Buffer = NO_BYTES;
  #pendingLength = 0;
  /** The current line is over the limit: its bytes are dropped until its break. */
  #skipping = false;
  /** The last chunk ended in `\r`: a `\n` at the start of the next one ends no other line. */
  #afterReturn = false;

  constructor(maxBytes: number, sink: LineSink) {
    this.#maxBytes = maxBytes;
    this.#sink = sink;
  }

  /** Reads the next chunk of input, handing on every line that ends in it. */
  push(chunk: Buffer): void {
    if (chunk.length === 0) return;
    let from = this.#afterReturn && chunk[0] === LF ? 1 : 0;
    this.#afterReturn = false;
    // Native searches for the next `\n` and the next `\r` (rare in practice) instead of a loop over
    // every byte.
    let nextLf = chunk.indexOf(LF, from);
    let nextCr = chunk.indexOf(CR, from);
    while (nextLf !== -1 || nextCr !== -1) {
      const at = nextCr === -1 || (nextLf !== -1 && nextLf < nextCr) ? nextLf : nextCr;
      this.#endLine(chunk, from, at);
      from = at + 1;
      if (at === nextCr) {
        if (from === chunk.length) this.#afterReturn = true;
        else if (chunk[from] === LF) from += 1;
      }
      if (nextLf !== -1 && nextLf < from) nextLf = chunk.indexOf(LF, from);
      if (nextCr !== -1 && nextCr < from) nextCr = chunk.indexOf(CR, from);
    }
    this.#keep(chunk, from, chunk.length);
  }

  /** Ends the input, handing on a last line that had no line break. */
  end(): void {
    if (this.#skipping || this.#pendingLength > 0) this.#endLine(NO_BYTES, 0, 0);
  }

  /** The current line ends with `chunk[from, to)`. */
  #endLine(chunk: Buffer, from: number, to: number): void {
    if (this.#skipping || this.#pendingLength + (to - from) > this.#maxBytes) {
      this.#skipping = false;
      this.#pendingLength = 0;
      this.#sink.unreadable('too long');
      return;
    }
    let bytes = chunk.subarray(from, to);
    if (this.#pendingLength > 0) {
      this.#keep(chunk, from, to);
      bytes = this.#pending.subarray(0, this.#pendingLength);
      this.#pendingLength = 0;
    }
    const text = utf8Text(bytes);
    if (text === undefined) this.#sink.unreadable('not UTF-8');
    else this.#sink.text(text);
  }

  /** Keeps `chunk[from, to)` as part of the current line, or starts skipping it once past the limit. */
  #keep(chunk: Buffer, from: number, to: number): void {
    if (this.#skipping || from === to) return;
    const length = this.#pendingLength + (to - from);
    if (length > this.#maxBytes) {
      this.#skipping = true;
      this.#pendingLength = 0;
      return;
    }
    if (length > this.#pending.length) {
      const larger = Buffer.allocUnsafe(Math.min(this.#maxBytes, Math.max(length, 2 * this.#pending.length, 4096)));
      this.#pending.copy(larger, 0, 0, this.#pendingLength);
      this.#pending = larger;
    }
    chunk.copy(this.#pending, this.#pendingLength, from, to);
    this.#pendingLength = length;
  }
}
