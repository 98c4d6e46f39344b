// Fatal, so bytes that are not UTF-8 are refused rather than turned into U+FFFD (a genuine U+FFFD in
// the input is still read); a byte-order mark at the start is dropped, as the HTTP example does.
const decoder = new TextDecoder('utf-8', { fatal: true });

/** The text of UTF-8 bytes, without a byte-order mark at the start; `undefined` when they are not UTF-8. */
export function utf8Text(bytes: Uint8Array): string | undefined {
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}
