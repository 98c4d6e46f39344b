// The quickstart: what the library knows about levels of care and the policies that govern them.
// Run it with `npm run demo` (it builds the package and imports it by name, as a user would).
import { LEVELS, POLICIES, SOURCES, isVerified, requirementsFor, type HoursBound } from 'level-of-care';

const bound = (b: HoursBound | undefined, lower: boolean): string =>
  b === undefined ? '' : `${lower ? (b.inclusive ? '≥' : '>') : b.inclusive ? '≤' : '<'} ${b.value} h`;

console.log('Levels of care, most intensive first\n');
for (const level of LEVELS) {
  const stay = level.typicalStay;
  const days = stay.maxDays === undefined ? `${stay.minDays}+ days` : `${stay.minDays}–${stay.maxDays} days`;
  const codes = level.hcpcs.map((code) => code.code).join(', ') || '—';
  console.log(
    `  ${level.abbreviation.padEnd(4)} ${level.name.padEnd(32)} ${level.twentyFourHour ? '24-hour' : 'day    '}  typical ${days.padEnd(13)} HCPCS ${codes}`,
  );
}

console.log('\nWeekly hours by policy (adult / adolescent)\n');
for (const policy of [POLICIES.general, POLICIES.medicare2024, POLICIES.h0015]) {
  console.log(`  ${policy.title} [${policy.id}]`);
  for (const level of ['residential', 'php', 'iop', 'op'] as const) {
    const rows = (['adult', 'adolescent'] as const).map((population) => {
      const req = requirementsFor(policy, level, population);
      const hours = [bound(req.hoursPerWeek?.min, true), bound(req.hoursPerWeek?.max, false)].filter(Boolean).join(' and ');
      const days = req.daysPerWeek === undefined ? '' : `${req.daysPerWeek.min?.value ?? 0}–${req.daysPerWeek.max?.value ?? 7} days`;
      const perDay = req.minHoursPerServiceDay === undefined ? '' : `days of ≥ ${req.minHoursPerServiceDay.value} h`;
      return [hours, days, perDay].filter(Boolean).join(', ') || 'not stated';
    });
    console.log(`    ${level.padEnd(12)} ${rows[0]}  /  ${rows[1]}`);
  }
}

const recert = POLICIES.medicare2024.recertification.php;
if (recert !== undefined) {
  const flag = isVerified(recert.everyDays) ? '' : ' (unverified)';
  console.log(`\nMedicare partial hospitalization: recertify every ${recert.everyDays.value} days${flag}.`);
}
console.log(`Sources cited: ${Object.keys(SOURCES).length}.`);
