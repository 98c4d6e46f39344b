// The quickstart: one person's journey through the library — a recommendation with its reasons, a
// dated step-down plan, a schedule check of a failing and a passing intensive outpatient week, and
// the same kind of check under Medicare's dated, in-person-only rules with its recertification dates.
// Run it with `npm run demo` (it builds the package when it is stale and imports it by name, as a user would).
import {
  LEVELS,
  POLICIES,
  certificationSchedule,
  expandWeeklyTemplate,
  explainRecommendation,
  formatIssues,
  getLevel,
  planPathway,
  policyFor,
  recommendLevel,
  requirementsFor,
  validateSchedule,
  type Assessment,
  type HoursBound,
  type Session,
} from 'level-of-care';
import { toOperationOutcome } from 'level-of-care/fhir';

const heading = (text: string): void => console.log(`\n${text}\n${'─'.repeat(text.length)}`);
const bound = (b: HoursBound | undefined, lower: boolean): string =>
  b === undefined ? '' : `${lower ? (b.inclusive ? '≥' : '>') : b.inclusive ? '≤' : '<'} ${b.value} h`;

heading('1. Levels of care, most intensive first');
for (const level of LEVELS) {
  const { minDays, maxDays } = level.typicalStay;
  const stay = maxDays === undefined ? `${minDays}+ days` : `${minDays}–${maxDays} days`;
  const weekly = requirementsFor(POLICIES.general, level.id).hoursPerWeek;
  const hours = [bound(weekly?.min, true), bound(weekly?.max, false)].filter(Boolean).join(', ');
  const { thirdEdition, fourthEdition } = level.asamCrosswalk;
  const crosswalk = `${thirdEdition.join(', ') || '—'} / ${fourthEdition.join(', ') || '—'}`;
  console.log(
    `  ${level.abbreviation.padEnd(4)} ${level.name.padEnd(31)} ${level.twentyFourHour ? '24-hour' : 'day    '} ` +
      `typical ${stay.padEnd(12)} ${hours.padEnd(16)} ASAM¹ ${crosswalk}`,
  );
}
console.log(
  '  ¹ ASAM level numbers, 3rd / 4th edition, for identification only. ASAM® is a registered trademark of the\n' +
    '    American Society of Addiction Medicine; this library is not affiliated with or endorsed by it.',
);

heading('2. A recommendation with its reasons');
// Finished residential care, lives in a stable home, works full time, still has cravings.
const assessment: Assessment = {
  risk: { withdrawal: 0, biomedical: 0, psychiatric: 1, readiness: 1, relapse: 2, environment: 1 },
  findings: {
    imminentDanger: false,
    needsMedicallyManagedWithdrawal: false,
    unstableMedicalCondition: false,
    eatingDisorderNeedsMealSupport: false,
    motivatedForTreatment: true,
    stableSubstanceFreeHome: true,
    supportSystem: true,
    canAttendDaysPerWeek: 3,
    recentlyCompletedLevel: 'residential',
  },
};
const recommendation = recommendLevel(assessment);
console.log(`  Level: ${getLevel(recommendation.level)?.name} (${recommendation.status})`);
console.log(`  ${explainRecommendation(recommendation)}`);

const partial = recommendLevel({ risk: { relapse: 3 } });
console.log(
  `\n  With only a relapse rating of 3 known: ${partial.level} (${partial.status}), ` +
    `could range from ${partial.provisionalRange?.least} to ${partial.provisionalRange?.most}; ` +
    `${partial.missing.length} answers missing.`,
);

heading('3. A step-down plan from withdrawal management');
const plan = planPathway('detox', '2026-03-02');
for (const phase of plan.phases) {
  console.log(`  ${(getLevel(phase.level)?.name ?? phase.level).padEnd(31)} ${phase.start} → ${phase.end}  ${phase.expectedDays} days`);
}

heading('4. Schedule checks for intensive outpatient (America/New_York)');
const timeZone = 'America/New_York';
// Week of 2 March: Monday and Wednesday, 3 hours each — 6 h on 2 days.
const failing: Session[] = [
  { id: 'mon', start: '2026-03-02T09:00:00-05:00', end: '2026-03-02T12:00:00-05:00', service: 'group' },
  { id: 'wed', start: '2026-03-04T09:00:00-05:00', end: '2026-03-04T12:00:00-05:00', service: 'group' },
  { id: 'fri', start: '2026-03-06T09:00:00-05:00', end: '2026-03-06T12:00:00-05:00', service: 'group', status: 'cancelled' },
];
const failed = validateSchedule(failing, { level: 'iop', timeZone });
console.log(`  Week of 2 March (Friday cancelled): ${failed.ok ? 'passes' : 'fails'}`);
console.log(formatIssues(failed.issues).replace(/^/gm, '    '));

// The same program as a weekly template, Mon/Wed/Fri 09:00–12:00, across the 8 March clock change.
const template = expandWeeklyTemplate(
  [1, 3, 5].map((dayOfWeek) => ({ dayOfWeek: dayOfWeek as 1 | 3 | 5, start: '09:00', end: '12:00', service: 'group' as const })),
  { from: '2026-03-02', to: '2026-03-15', timeZone },
);
const passed = validateSchedule(template.sessions, { level: 'iop', timeZone });
console.log(`\n  Mon/Wed/Fri 09:00–12:00 for two weeks (clocks change on 8 March): ${passed.ok ? 'passes' : 'fails'}`);
for (const week of passed.weeks) console.log(`    week of ${week.weekStart}: ${week.hours} h on ${week.days} days`);
console.log(`    ${formatIssues(passed.issues)}`);

heading('5. The same failing week for an EHR, as a FHIR OperationOutcome');
console.log(
  toOperationOutcome(failed.issues)
    .issue.map((issue) => `  ${issue.severity} ${issue.code} at ${issue.expression?.join(', ')}: ${issue.diagnostics}`)
    .join('\n'),
);

heading('6. Medicare: the rules in force on the date of service');
// Medicare's intensive outpatient benefit began on 2024-01-01: a 2023 week is outside the policy.
const threeDays = (dates: readonly string[]): Session[] =>
  dates.map((date) => ({ start: `${date}T09:00:00-05:00`, end: `${date}T12:00:00-05:00`, service: 'group' }));
for (const date of ['2023-03-06', '2024-03-04']) {
  console.log(`  Policy for Medicare on ${date}: ${policyFor('medicare', date)?.id ?? 'none (no IOP benefit yet)'}`);
}
const before = validateSchedule(threeDays(['2023-03-06', '2023-03-08', '2023-03-10']), {
  level: 'iop',
  timeZone,
  policy: POLICIES.medicare2024,
});
console.log(formatIssues(before.issues).replace(/^/gm, '    '));

// A 20-hour partial hospitalization week with its Wednesday by video: Medicare counts 16 hours.
const phpWeek: Session[] = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'].map((date) => ({
  start: `${date}T09:00:00-05:00`,
  end: `${date}T13:00:00-05:00`,
  service: 'group',
  modality: date === '2026-03-04' ? 'telehealth' : 'in-person',
}));
for (const policy of [POLICIES.general, POLICIES.medicare2024]) {
  const result = validateSchedule(phpWeek, { level: 'php', timeZone, policy });
  console.log(`\n  PHP week with one video day under ${policy.id}: ${result.weeks[0]?.hours} h, ${result.ok ? 'passes' : 'fails'}`);
  if (result.issues.length > 0) console.log(formatIssues(result.issues).replace(/^/gm, '    '));
}

// Recertification dates to put on the calendar (PHP day counts are unverified).
for (const level of ['iop', 'php'] as const) {
  const { dates } = certificationSchedule({ level, start: '2026-03-02', end: '2026-07-31' }, { policy: POLICIES.medicare2024 });
  const listed = dates.map((due) => `${due.date}${due.verified ? '' : ' (unverified)'}`).join(', ');
  console.log(`\n  ${level.toUpperCase()} from 2026-03-02, recertify by: ${listed}`);
}
