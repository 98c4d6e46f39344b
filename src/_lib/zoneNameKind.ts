// Time-zone names that are not places. A program keeps the clocks of the place it is in, daylight
// saving included; a name that is a fixed offset ("Etc/GMT+5", "EST") never changes its clocks, and
// an abbreviation ("PST", "IST", "CET") is read by each runtime its own way (ICU reads "IST" as
// Asia/Kolkata and "BST" as Asia/Dhaka, others refuse them). The names come from the IANA tz
// database files `etcetera` and `backward` (the zones named by abbreviations) and from the
// three-letter compatibility ids that ICU, and so Node and the browsers, accept.
//
// UTC itself is not listed: systems that store instants in UTC name it on purpose, and nobody takes
// it for the clock on a clinic's wall. (A program's days are still those of its place: UTC is right
// only for a program that keeps UTC.)

/** Names that always keep one offset from UTC, in capitals. */
const FIXED_OFFSET_NAMES: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'EST',
  'MST',
  'HST',
  'GMT',
  'GMT0',
  'GMT+0',
  'GMT-0',
  'GREENWICH',
  'ETC/GMT',
  'ETC/GMT0',
  'ETC/GMT+0',
  'ETC/GMT-0',
  'ETC/GREENWICH',
]);

/** `Etc/GMT+5` (which is UTC−5), and the `SystemV/EST5` style of fixed zones some runtimes keep. */
const FIXED_OFFSET_PATTERN = /^(?:ETC\/GMT[+-]\d{1,2}|SYSTEMV\/[A-Z]{3}\d{1,2})$/;

/** Names that are abbreviations of a zone with its own rules, in capitals. */
const ABBREVIATION_NAMES: ReadonlySet<string> = /* @__PURE__ */ new Set([
  // tz database zones named by POSIX-style rules.
  'EST5EDT',
  'CST6CDT',
  'MST7MDT',
  'PST8PDT',
  'CET',
  'EET',
  'MET',
  'WET',
  // ICU's three-letter compatibility ids.
  'ACT',
  'AET',
  'AGT',
  'ART',
  'AST',
  'BET',
  'BST',
  'CAT',
  'CNT',
  'CST',
  'CTT',
  'EAT',
  'ECT',
  'IET',
  'IST',
  'JST',
  'MIT',
  'NET',
  'NST',
  'PLT',
  'PNT',
  'PRT',
  'PST',
  'SST',
  'VST',
]);

/** `SystemV/EST5EDT` and the like: the SystemV names with rules. */
const ABBREVIATION_PATTERN = /^SYSTEMV\/[A-Z]{3}\d{1,2}[A-Z]{3}$/;

/**
 * Whether a time-zone name is a fixed offset, an abbreviation, or neither (a place, or UTC).
 * Runtimes accept names in any case, so the comparison ignores it.
 */
export function zoneNameKind(timeZone: string): 'fixed-offset' | 'abbreviation' | undefined {
  const name = timeZone.toUpperCase();
  if (FIXED_OFFSET_NAMES.has(name) || FIXED_OFFSET_PATTERN.test(name)) return 'fixed-offset';
  if (ABBREVIATION_NAMES.has(name) || ABBREVIATION_PATTERN.test(name)) return 'abbreviation';
  return undefined;
}
