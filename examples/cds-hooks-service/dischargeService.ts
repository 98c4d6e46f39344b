// `encounter-discharge`: when a patient is discharged from a level of care, the next step down and,
// after high-intensity care, the dates by which the follow-up the HEDIS FUI measure counts is due.
import { FOLLOW_UP_LEVELS, FOLLOW_UP_WINDOWS, getLevel, nextStepDown, type LevelId } from 'level-of-care';
import { LEVEL_CODE_SYSTEM, type CdsCard } from 'level-of-care/fhir';
import { HttpError, isObject } from '../_shared/http.js';
import { levelFrom, levelLabel } from './levelOfCare.js';
import { requiredData, type DataRequest, type DataSettings } from './requiredData.js';

/** The id of the discharge service; its URL is `/cds-services/level-of-care-discharge`. */
export const DISCHARGE_SERVICE_ID = 'level-of-care-discharge';

/** The prefetch templates of the discharge service: the encounter ending, and the patient's active episodes of care. */
export const DISCHARGE_PREFETCH: Readonly<Record<'encounter' | 'levelOfCare', string>> = {
  encounter: 'Encounter/{{context.encounterId}}',
  levelOfCare: 'EpisodeOfCare?patient={{context.patientId}}&status=active',
};

/** What the discharge service needs to answer. */
export interface DischargeSettings extends DataSettings {
  readonly timeZone: string;
  /** The moment of the call, for an encounter that has no end yet (the discharge happens now). */
  readonly now: () => Date;
}

const CARD_SOURCE = { label: 'level-of-care discharge planning' };

/** Reads `context.encounterId`; 400 when it is missing. */
function dischargedEncounterId(context: Readonly<Record<string, unknown>>): string {
  const id = context['encounterId'];
  if (typeof id !== 'string' || id === '') throw new HttpError(400, 'invalid_cds_request', 'context.encounterId must be the id of the encounter being discharged.');
  return id;
}

/** The local calendar date of an instant in `timeZone`, `YYYY-MM-DD`. */
function localDate(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** `date` plus `days` calendar days. */
function addDays(date: string, days: number): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

// The two forms of `Period.end` that name one day: a date, and an instant with seconds and an offset.
// A partial date (`2026-03`, `2026`) or a time without an offset names no single day in the program.
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Whether a `YYYY-MM-DD` date is a day of the calendar (not `2026-02-30`, which `Date` would roll over). */
function isCalendarDate(date: string): boolean {
  const at = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === date;
}

/**
 * The discharge date: the encounter's `period.end` when it is a date, the local date of it when it is
 * an instant, or today when it has not ended yet. Any other end (a partial date, a time without an
 * offset, a day the calendar does not have) is read as no end: today.
 */
function dischargeDateOf(encounter: unknown, settings: DischargeSettings): string {
  const period = isObject(encounter) && isObject(encounter['period']) ? encounter['period'] : {};
  const end = typeof period['end'] === 'string' ? period['end'] : '';
  if (DATE.test(end) && isCalendarDate(end)) return end;
  const at = INSTANT.test(end) && isCalendarDate(end.slice(0, 10)) ? new Date(end) : settings.now();
  return localDate(Number.isNaN(at.getTime()) ? settings.now() : at, settings.timeZone);
}

function stepDownCard(level: LevelId, encounterId: string, dischargeDate: string): CdsCard {
  const next = nextStepDown(level);
  if (next === undefined) {
    return {
      summary: `Discharge from ${levelLabel(level)} on ${dischargeDate}: it is the last step of the pathway, with no level below it.`,
      indicator: 'info',
      detail: `Encounter \`${encounterId}\` ends the patient's ${levelLabel(level)}. Continuing care goes on outside the pathway's levels.`,
      source: { ...CARD_SOURCE },
    };
  }
  return {
    summary: `Discharge from ${levelLabel(level)} on ${dischargeDate}: the next step down is ${levelLabel(next)}.`,
    indicator: 'info',
    detail: [
      `Encounter \`${encounterId}\` ends the patient's ${levelLabel(level)}. The usual next step down is ${levelLabel(next)}.`,
      '',
      'Step down after a reassessment that confirms the patient is ready; the assessment, not the calendar, decides the level.',
    ].join('\n'),
    source: { ...CARD_SOURCE },
  };
}

function followUpCard(level: LevelId, dischargeDate: string): CdsCard {
  const first = addDays(dischargeDate, 1);
  const within7 = addDays(dischargeDate, FOLLOW_UP_WINDOWS.within7Days.days);
  const within30 = addDays(dischargeDate, FOLLOW_UP_WINDOWS.within30Days.days);
  return {
    summary: `Book follow-up after ${getLevel(level)?.abbreviation ?? level} discharge: a visit from ${first}, by ${within7} (7 days) and by ${within30} (30 days).`,
    indicator: 'warning',
    detail: [
      `Follow-up after high-intensity care is measured within 7 and within 30 days of discharge (HEDIS FUI).`,
      `A visit on the discharge date (${dischargeDate}) does not count; outpatient visits, telehealth and pharmacotherapy do.`,
      '',
      `- within 7 days: from ${first} to ${within7}`,
      `- within 30 days: from ${first} to ${within30}`,
    ].join('\n'),
    source: { ...CARD_SOURCE },
  };
}

const unknownLevelCard = (): CdsCard => ({
  summary: 'Level of care unknown: no step-down or follow-up dates could be given for this discharge.',
  indicator: 'warning',
  detail: `Record the level as a \`type\` coding in \`${LEVEL_CODE_SYSTEM}\` on the patient's active EpisodeOfCare, or code the encounter with a HCPCS program code that names one level (such as H0015).`,
  source: { ...CARD_SOURCE },
});

/** The cards for one `encounter-discharge` call: the step down and, after high-intensity care, the follow-up dates. */
export async function dischargeCards(request: DataRequest, settings: DischargeSettings): Promise<CdsCard[]> {
  const encounterId = dischargedEncounterId(request.context);
  const encounter = await requiredData(request, 'encounter', DISCHARGE_PREFETCH.encounter, settings, 'maxListEntries');
  const episode = await requiredData(request, 'levelOfCare', DISCHARGE_PREFETCH.levelOfCare, settings, 'maxListEntries');
  const level = levelFrom(episode) ?? levelFrom(encounter);
  if (level === undefined) return [unknownLevelCard()];
  const dischargeDate = dischargeDateOf(encounter, settings);
  const cards = [stepDownCard(level, encounterId, dischargeDate)];
  if (FOLLOW_UP_LEVELS.includes(level)) cards.unshift(followUpCard(level, dischargeDate));
  return cards;
}
