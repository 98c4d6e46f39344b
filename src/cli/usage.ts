/** The text `level-of-care --help` prints (and, with no arguments, writes to standard error). */
export const USAGE = `Usage: level-of-care <command> [options]

Commands
  validate-schedule <file|->   Check sessions against a level's weekly requirements.
      --level <id>               inpatient | detox | residential | php | iop | op | aftercare
      --time-zone <iana>         The program's time zone, a place name such as America/New_York
      --policy <id>              general (default) | medicare-2024 | hcpcs-h0015
      --population <p>           adult (default) | adolescent
      --week-starts-on <0-6>     First day of the week (0 = Sunday, default 1 = Monday)
    Input: an array of sessions, an object { sessions, level?, timeZone?, policy?, population? },
    or a FHIR R4 Bundle/Appointment/Encounter. Settings in the input override the flags.
  recommend <file|->           Recommend a level of care for an assessment (JSON).
      --available <ids>          Comma-separated levels the program can place in
      --policy <id>              Policy with the placement table
      --trace                    Include the trace (every rule and what it answered) in JSON
                                 and text output; left out by default
    Input: an assessment, { id?, ...assessment } or { id?, assessment }.
  plan                         Plan a step-down pathway with dates (reads no input).
      --start <id>               Level to start at
      --date <YYYY-MM-DD>        First day of the first phase
      --through <id>             Last level of the plan (inclusive)
      --available <ids>          Comma-separated levels the program can deliver
      --policy <id>              Policy with the typical length of stay at each level

Options
  --format text|json|fhir      Output format (default text). fhir: OperationOutcome, or CarePlan for
                               plan. Ignored with --ndjson, whose output is always JSON lines.
  --ndjson                     validate-schedule and recommend: read one JSON document per line (as
                               above) and write one JSON result per line, in order, each with its
                               1-based "line" and the input's "id". Flags give the defaults. A line
                               that cannot be read (not UTF-8, over 16 MiB, not JSON) gets an
                               "ok": false result and the batch goes on. Blank lines are skipped (they
                               still count in "line"; their number is reported on standard error).
  -h, --help                   Show this help.
  --version                    Show the version.

Examples
  level-of-care validate-schedule week.json --level iop --time-zone America/New_York
  level-of-care validate-schedule bundle.json --level php --time-zone America/Chicago --format fhir
  cat weeks.ndjson | level-of-care validate-schedule - --ndjson --level iop --time-zone America/New_York
  echo '{"risk":{"relapse":2}}' | level-of-care recommend -
  level-of-care recommend assessments.ndjson --ndjson --available php,iop,op
  level-of-care plan --start detox --date 2026-03-02 --format json

Exit codes
  0  valid (recommend and plan: a result was produced, provisional included; --ndjson: every line valid)
  1  invalid data (--ndjson: any line)
  2  usage error (an unknown command or flag, a flag the command does not take, a level, policy,
     time zone or date given as a flag that is not valid, an --available that names no level) or
     input that cannot be read, is not UTF-8 or cannot be parsed as JSON; the message is one line
     on standard error
  A closed output pipe (as with | head) ends the command quietly with 141, as SIGPIPE would.`;
