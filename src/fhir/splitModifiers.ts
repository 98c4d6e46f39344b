// A CPT or HCPCS code followed by one or more two-character modifiers, each after a `-`, `:` or space:
// `90834-95`, `H0004:GT`, `H0004 HF GT`.
const withModifiers = /^([A-Z0-9]{5})((?:[-: ][A-Z0-9]{2})+)$/;

/**
 * A billing code (trimmed, in capitals) without its modifiers, and the modifiers. A code whose tail is
 * not a run of two-character modifiers (`H0015 ABC`) is returned whole, with none.
 */
export function splitModifiers(code: string): { readonly base: string; readonly modifiers: readonly string[] } {
  const upper = code.trim().toUpperCase();
  const match = withModifiers.exec(upper);
  if (match === null) return { base: upper, modifiers: [] };
  return { base: match[1] ?? upper, modifiers: (match[2] ?? '').split(/[-: ]/).filter((part) => part !== '') };
}
