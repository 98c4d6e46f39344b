/** The text `level-of-care --help` prints. */
export const USAGE = `Usage: level-of-care <command> [options]

Commands
  validate-schedule <file|->   Check sessions against a level's weekly requirements.
      --level <id>               inpatient | detox | residential | php | iop | op | aftercare
      --time-zone <iana>         Time zone of the program, e.g. America/New_York
      --policy <id>              general (default) | medicare-2024 | hcpcs-h0015
      --population <p>           adult (default) | adolescent
      --week-starts-on <0-6>     First day of the week (0 = Sunday, default 1 = Monday)
    Input: an array of sessions, an object { sessions, level?, timeZone?, policy?, population? },
    or a FHIR R4 Bundle/Appointment/Encounter.
  recommend <file|->           Recommend a level of care for an assessment (JSON).
      --available <ids>          Comma-separated levels the program can place in
      --policy <id>              Policy with the placement table
  plan                         Plan a step-down pathway with dates.
      --start <id>               Level to start at
      --date <YYYY-MM-DD>        First day of the first phase
      --through <id>             Last level of the plan (inclusive)
      --available <ids>          Comma-separated levels the program can deliver

Options for every command
  --format text|json|fhir      Output format (default text). fhir: OperationOutcome, or CarePlan for plan.
  --ndjson                     validate-schedule and recommend: read one JSON object per line and write
                               one JSON result per line, in order. For validate-schedule each line is
                               { id?, sessions, level?, timeZone?, policy? }; for recommend
                               { id?, assessment } or an assessment. Flags give the defaults.
  -h, --help                   Show this help.

Exit codes: 0 valid (recommend and plan: a result was produced), 1 invalid, 2 usage error or
unreadable input.`;
