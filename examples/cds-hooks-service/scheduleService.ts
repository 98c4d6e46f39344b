// `appointment-book`: checks the proposed appointments, with those already booked in the same weeks,
// against the weekly hours, service days and session rules of the patient's level of care.
import { summarizeSchedule, validateSchedule, type Issue, type LevelId, type Policy, type Session, type Week } from 'level-of-care';
import { LEVEL_CODE_SYSTEM, sessionsFromFhir, toCdsCards, type CdsCard } from 'level-of-care/fhir';
import { HttpError, isObject } from '../_shared/http.js';
import { checkCount, resourceCount } from '../_shared/limits.js';
import { levelFrom, levelLabel } from './levelOfCare.js';
import { requiredData, type DataRequest, type DataSettings } from './requiredData.js';

/** The id of the schedule service; its URL is `/cds-services/level-of-care-schedule`. */
export const SCHEDULE_SERVICE_ID = 'level-of-care-schedule';

/**
 * The prefetch templates of the schedule service: the patient's active episodes of care (the level is
 * a `type` coding in `LEVEL_CODE_SYSTEM`) and the appointments already booked, attended or fulfilled,
 * so that a week is checked as a whole.
 */
export const SCHEDULE_PREFETCH: Readonly<Record<'levelOfCare' | 'booked', string>> = {
  levelOfCare: 'EpisodeOfCare?patient={{context.patientId}}&status=active',
  booked: 'Appointment?patient={{context.patientId}}&status=booked,arrived,checked-in,fulfilled',
};

/** What the schedule service needs to answer. */
export interface ScheduleSettings extends DataSettings {
  readonly timeZone: string;
  readonly policy: Policy;
}

const CARD_SOURCE = { label: 'level-of-care schedule check' };

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
const clip = (text: string): string => (text.length > 40 ? `${text.slice(0, 40)}…` : text);
const shortId = (id: unknown): string => (typeof id === 'string' && id !== '' ? `"${clip(id)}"` : 'without an id');

/** Reads `context.appointments`; 400 when it is not a Bundle. */
function proposedAppointments(context: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const appointments = context['appointments'];
  if (!isObject(appointments) || appointments['resourceType'] !== 'Bundle') {
    throw new HttpError(400, 'invalid_cds_request', 'context.appointments must be a FHIR Bundle of the proposed Appointment resources.');
  }
  return appointments;
}

const unknownLevelCard = (): CdsCard => ({
  summary: 'Level of care unknown: the proposed schedule was not checked against level requirements.',
  indicator: 'warning',
  detail: [
    'No active EpisodeOfCare or ServiceRequest with a level of care was found for this patient.',
    '',
    `Record the level as a \`type\` coding in \`${LEVEL_CODE_SYSTEM}\` (code \`iop\`, \`php\`, …) so that the schedule can be checked.`,
  ].join('\n'),
  source: { ...CARD_SOURCE },
});

/** The card for a proposed resource that is not an Appointment: the hook proposes Appointments, so it is not counted. */
const notAnAppointmentCard = (resourceType: string, id: unknown): CdsCard => ({
  summary: `${clip(resourceType)} ${shortId(id)} is not an Appointment: it was not counted.`,
  indicator: 'warning',
  detail: `The appointment-book hook proposes Appointment resources; the ${clip(resourceType)} ${shortId(id)} in \`context.appointments\` was left out of the check.`,
  source: { ...CARD_SOURCE },
});

function meetsRequirementsCard(level: LevelId, weeks: readonly Week[], policy: Policy): CdsCard {
  const name = levelLabel(level);
  const [first] = weeks;
  const summary =
    weeks.length === 1 && first !== undefined
      ? `Schedule meets ${name} requirements: week of ${first.weekStart}, ${first.hours} h on ${plural(first.days, 'day')}.`
      : `Schedule meets ${name} requirements in each of the ${weeks.length} weeks checked.`;
  return {
    summary,
    indicator: 'info',
    detail: [
      `Checked under the policy “${policy.title}”, with the appointments already booked in the same weeks:`,
      '',
      ...weeks.map((week) => `- week of ${week.weekStart}: ${week.hours} h on ${plural(week.days, 'day')}, ${plural(week.sessions, 'session')}`),
    ].join('\n'),
    source: { ...CARD_SOURCE },
  };
}

/** The resource type of Bundle entry `index`, when it has one. */
function entryResource(bundle: Record<string, unknown>, index: number): Record<string, unknown> | undefined {
  const entries = Array.isArray(bundle['entry']) ? bundle['entry'] : [];
  const entry: unknown = entries[index];
  const resource = isObject(entry) ? entry['resource'] : undefined;
  return isObject(resource) ? resource : undefined;
}

const entryIndexOf = (path: readonly (string | number)[]): number | undefined => (path[0] === 'entry' && typeof path[1] === 'number' ? path[1] : undefined);

/**
 * The cards for one `appointment-book` call. Booked appointments count only in the weeks of the
 * proposed ones, so an unrelated week (past or future) never raises a card while booking this one.
 */
export async function scheduleCards(request: DataRequest, settings: ScheduleSettings): Promise<CdsCard[]> {
  const appointments = proposedAppointments(request.context);
  const proposedCount = resourceCount(appointments);
  checkCount(proposedCount, ['context.appointments'], 'appointments', 'maxSessions', settings.limits);
  const level = levelFrom(await requiredData(request, 'levelOfCare', SCHEDULE_PREFETCH.levelOfCare, settings, 'maxListEntries'));
  if (level === undefined) return [unknownLevelCard()];
  const booked = await requiredData(request, 'booked', SCHEDULE_PREFETCH.booked, settings, 'maxSessions');
  // Proposed and booked appointments are read and checked together: the limit is on both at once.
  checkCount(proposedCount + resourceCount(booked), ['context.appointments', 'prefetch.booked'], 'appointments', 'maxSessions', settings.limits);

  // Only Appointments are proposed appointments: any other resource gets a warning card of its own
  // and counts for nothing (a Patient or Encounter in the Bundle would otherwise be skipped or counted).
  const proposed = sessionsFromFhir(appointments);
  const isAppointmentEntry = (index: number | undefined): boolean =>
    index === undefined || entryResource(appointments, index)?.['resourceType'] === 'Appointment';
  const entryOf = (session: Session): number | undefined => {
    const match = /^Bundle\.entry\[(\d+)\]\.resource$/.exec(session.source ?? '');
    return match === null ? undefined : Number(match[1]);
  };
  const proposedSessions = proposed.sessions.filter((session) => isAppointmentEntry(entryOf(session)));
  const notAppointments: CdsCard[] = [];
  const entries = Array.isArray(appointments['entry']) ? appointments['entry'] : [];
  entries.forEach((_entry: unknown, index) => {
    const resource = entryResource(appointments, index);
    if (resource !== undefined && resource['resourceType'] !== 'Appointment') {
      notAppointments.push(notAnAppointmentCard(String(resource['resourceType']), resource['id']));
    }
  });
  const readIssues = proposed.issues.filter((issue) => isAppointmentEntry(entryIndexOf(issue.path)));

  const { timeZone, policy } = settings;
  const bookedSessions: readonly Session[] = booked === null ? [] : sessionsFromFhir(booked).sessions;
  const weekOf = (session: Session): string | undefined => summarizeSchedule([session], { timeZone })[0]?.weekStart;
  const proposedWeeks = new Set(summarizeSchedule(proposedSessions, { timeZone }).map((week) => week.weekStart));
  const proposedIds = new Set(proposedSessions.map((session) => session.id).filter((id) => id !== undefined));
  const sameWeeks = bookedSessions.filter((session) => {
    if (session.id !== undefined && proposedIds.has(session.id)) return false;
    const week = weekOf(session);
    return week !== undefined && proposedWeeks.has(week);
  });

  const result = validateSchedule([...sameWeeks, ...proposedSessions], { level, timeZone, policy });
  // Skipped resources among the proposed appointments are worth a card; those in the booked search
  // (included Patients, OperationOutcomes) are not.
  const issues: Issue[] = [...readIssues, ...result.issues];
  const cards = [...notAppointments, ...toCdsCards({ issues }, { source: CARD_SOURCE })];
  cards.sort((a, b) => rank[a.indicator] - rank[b.indicator]);
  if (result.ok) cards.push(meetsRequirementsCard(level, result.weeks, policy));
  return cards;
}

const rank: Readonly<Record<CdsCard['indicator'], number>> = { critical: 0, warning: 1, info: 2 };
