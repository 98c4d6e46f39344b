// Prints, as JSON, schedule results that involve DST changes and offsets far from UTC, and the dates
// of plans, episode gaps and templates across days some zones skipped. The time-zone
// test runs this script in child processes with different `TZ` values and compares the output: a
// change of `TZ` inside a running worker thread does not reach `Date`, a fresh process does.
import {
  POLICIES,
  billableDays,
  certificationSchedule,
  expandWeeklyTemplate,
  planPathway,
  validateEpisodes,
  validateSchedule,
  type Session,
} from '../../src/index.js';

const sessions: Session[] = [
  { start: '2026-03-08T01:00:00-05:00', end: '2026-03-08T04:00:00-04:00', service: 'group' },
  { start: '2026-03-01T20:00:00Z', end: '2026-03-01T23:30:00Z', service: 'individual' },
  { start: '2026-10-25T00:30:00+01:00', end: '2026-10-25T01:30:00+00:00', service: 'family' },
  { start: new Date('2026-04-04T14:30:00Z'), end: new Date('2026-04-04T16:30:00Z'), service: 'skills' },
];
const zones = ['America/New_York', 'Europe/London', 'Australia/Sydney', 'Asia/Kolkata', 'UTC'];

const results = zones.map((timeZone) => ({
  validated: validateSchedule(sessions, { level: 'iop', timeZone, stay: { start: '2026-02-26', end: '2026-11-02' } }),
  billed: billableDays(sessions, { level: 'iop', timeZone }),
  template: expandWeeklyTemplate([{ dayOfWeek: 0, start: '01:30', end: '02:30', service: 'group' }], {
    from: '2026-03-01',
    to: '2026-11-07',
    timeZone,
  }),
}));

// Calendar dates across days some zones skipped: Pacific/Kiritimati has no 1994-12-31 and Pacific/Apia
// no 2011-12-30 (date arithmetic through local time, as date-fns does even with tz('UTC'), loses them).
const calendar = ['1994-12-29', '2011-12-28'].map((startDate) => ({
  plan: planPathway('detox', startDate, { through: 'php', lengthOfStayDays: { detox: 2, php: 3 } }),
  episodes: validateEpisodes([
    { level: 'detox', start: startDate, end: planPathway('detox', startDate, { through: 'detox', lengthOfStayDays: { detox: 2 } }).phases[0]?.end },
    { level: 'op', start: planPathway('detox', startDate, { through: 'php', lengthOfStayDays: { detox: 4, php: 1 } }).phases[1]?.start },
  ]),
  template: expandWeeklyTemplate([0, 1, 2, 3, 4, 5, 6].map((dayOfWeek) => ({ dayOfWeek: dayOfWeek as 0, start: '09:00', end: '10:00', service: 'group' as const })), {
    from: startDate,
    to: planPathway('detox', startDate, { through: 'detox', lengthOfStayDays: { detox: 5 } }).phases[0]?.end ?? startDate,
    timeZone: 'UTC',
  }),
  // Calendar months land on the skipped days too: 1994-10-31 and 2011-10-30 plus two months.
  recertification: certificationSchedule({ level: 'iop', start: `${startDate.slice(0, 5)}10-${startDate.slice(8)}` }, { policy: POLICIES.medicare2024, limit: 2 }),
}));

// The local hour of 2026-01-01T00:00Z proves which TZ the process really ran under.
process.stdout.write(JSON.stringify({ localHour: new Date(Date.UTC(2026, 0, 1)).getHours(), results, calendar }));
