// A CDS Hooks service (specification 2.0) on plain `node:http`: on `appointment-book`, it checks that
// the proposed appointments, with those already booked in the same weeks, meet the weekly hours and
// days of the patient's level of care. Run it with `npm run example:cds-hooks`.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  getLevel,
  getPolicy,
  LEVEL_IDS,
  POLICIES,
  summarizeSchedule,
  validateSchedule,
  type Issue,
  type LevelId,
  type Policy,
  type Session,
  type Week,
} from 'level-of-care';
import { LEVEL_CODE_SYSTEM, sessionsFromFhir, toCdsCards, type CdsCard, type CdsResponse } from 'level-of-care/fhir';
import {
  DEFAULT_MAX_BODY_BYTES,
  errorBody,
  HttpError,
  createLoggedServer,
  isObject,
  logToConsole,
  pathnameOf,
  readJsonBody,
  sendJson,
  serveUntilStopped,
  type RequestLogEntry,
} from '../_shared/http.js';

/** The id of the one service; its URL is `/cds-services/level-of-care-schedule`. */
export const SERVICE_ID = 'level-of-care-schedule';

/**
 * The prefetch templates the EHR fills before calling: the patient's active episodes of care (the
 * level is a `type` coding in `LEVEL_CODE_SYSTEM`) and the appointments already booked, attended or
 * fulfilled, so that a week is checked as a whole.
 */
export const PREFETCH: Readonly<Record<'levelOfCare' | 'booked', string>> = {
  levelOfCare: 'EpisodeOfCare?patient={{context.patientId}}&status=active',
  booked: 'Appointment?patient={{context.patientId}}&status=booked,arrived,checked-in,fulfilled',
};

/** One entry of the discovery response. */
export interface CdsServiceDescription {
  readonly hook: string;
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly prefetch: Readonly<Record<string, string>>;
  readonly usageRequirements: string;
}

/** The discovery response, `GET /cds-services`. */
export const DISCOVERY: { readonly services: readonly CdsServiceDescription[] } = {
  services: [
    {
      hook: 'appointment-book',
      id: SERVICE_ID,
      title: 'Level-of-care schedule check',
      description:
        'Checks that the proposed appointments, together with those already booked in the same weeks, meet the weekly hours, service days and session rules of the patient’s level of care.',
      prefetch: PREFETCH,
      usageRequirements: `The patient’s level of care must be recorded as an active EpisodeOfCare (or a ServiceRequest) coded with a level id (iop, php, …) in the code system ${LEVEL_CODE_SYSTEM}.`,
    },
  ],
};

/** Options of {@link createCdsServer}. */
export interface CdsServerOptions {
  /** IANA time zone of the program; days and weeks are counted in it. Default `America/New_York`. */
  readonly timeZone?: string;
  /** The policy the schedule is checked under; default `POLICIES.general`. */
  readonly policy?: Policy;
  /** When set, CORS headers allow this origin (e.g. `*` for the CDS Hooks sandbox). Default: no CORS. */
  readonly allowOrigin?: string;
  /** Largest request body accepted, in bytes; default 1 MiB. */
  readonly maxBodyBytes?: number;
  /** Called once per request with method, path, status and duration (never a body or a header). */
  readonly log?: (entry: RequestLogEntry) => void;
}

const CARD_SOURCE = { label: 'level-of-care schedule check' };

/** The parts of a CDS Hooks request this service reads, after checking their shape. */
interface HookRequest {
  readonly appointments: Record<string, unknown>;
  readonly levelOfCare: unknown;
  readonly booked: unknown;
}

const badRequest = (message: string): HttpError => new HttpError(400, 'invalid_cds_request', message);

/** Checks the CDS Hooks request shape (hook, hookInstance, context, prefetch); 400 when it is wrong. */
function readHookRequest(body: unknown): HookRequest {
  if (!isObject(body)) throw badRequest('Expected a CDS Hooks request object { hook, hookInstance, context, prefetch? }.');
  if (body['hook'] !== 'appointment-book') {
    throw badRequest(`This service answers the appointment-book hook; received hook ${JSON.stringify(String(body['hook']).slice(0, 60))}.`);
  }
  if (typeof body['hookInstance'] !== 'string' || body['hookInstance'] === '') {
    throw badRequest('hookInstance must be the string id of this hook call.');
  }
  const context = body['context'];
  if (!isObject(context)) throw badRequest('context must be an object with patientId and appointments.');
  if (typeof context['patientId'] !== 'string' || context['patientId'] === '') {
    throw badRequest('context.patientId must be the id of the patient.');
  }
  const appointments = context['appointments'];
  if (!isObject(appointments) || appointments['resourceType'] !== 'Bundle') {
    throw badRequest('context.appointments must be a FHIR Bundle of the proposed Appointment resources.');
  }
  const prefetch = body['prefetch'];
  if (prefetch !== undefined && prefetch !== null && !isObject(prefetch)) {
    throw badRequest('prefetch must be an object keyed by the prefetch template names.');
  }
  // A key the EHR could not fill is absent or null (CDS Hooks 2.0); both mean "not provided".
  return {
    appointments,
    levelOfCare: isObject(prefetch) ? prefetch['levelOfCare'] : undefined,
    booked: isObject(prefetch) ? prefetch['booked'] : undefined,
  };
}

const isLevelId = (code: unknown): code is LevelId => typeof code === 'string' && (LEVEL_IDS as readonly string[]).includes(code);

/** The level coded in `LEVEL_CODE_SYSTEM` on one concept (`{ coding: [...] }`). */
function levelInConcept(concept: unknown): LevelId | undefined {
  const codings = isObject(concept) && Array.isArray(concept['coding']) ? concept['coding'] : [];
  for (const coding of codings) {
    if (isObject(coding) && coding['system'] === LEVEL_CODE_SYSTEM && isLevelId(coding['code'])) return coding['code'];
  }
  return undefined;
}

/**
 * The level on an EpisodeOfCare (`type`) or a ServiceRequest (`code`, or `category`; R4 gives a
 * ServiceRequest no `type`, but a `type` is read too for systems that put it there).
 */
function levelOfResource(resource: unknown): LevelId | undefined {
  if (!isObject(resource)) return undefined;
  const kind = resource['resourceType'];
  if (kind !== 'EpisodeOfCare' && kind !== 'ServiceRequest') return undefined;
  for (const field of ['type', 'code', 'category']) {
    const value = resource[field];
    for (const concept of Array.isArray(value) ? value : [value]) {
      const level = levelInConcept(concept);
      if (level !== undefined) return level;
    }
  }
  return undefined;
}

/** The patient's level from the `levelOfCare` prefetch: a resource, or a search Bundle (first match). */
function levelFrom(prefetched: unknown): LevelId | undefined {
  if (isObject(prefetched) && prefetched['resourceType'] === 'Bundle') {
    const entries = Array.isArray(prefetched['entry']) ? prefetched['entry'] : [];
    for (const entry of entries) {
      const level = levelOfResource(isObject(entry) ? entry['resource'] : undefined);
      if (level !== undefined) return level;
    }
    return undefined;
  }
  return levelOfResource(prefetched);
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

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

function meetsRequirementsCard(level: LevelId, weeks: readonly Week[], policy: Policy): CdsCard {
  const info = getLevel(level);
  const name = info === undefined ? level : `${info.name} (${info.abbreviation})`;
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

/**
 * The cards for one `appointment-book` call. Booked appointments count only in the weeks of the
 * proposed ones, so an unrelated week (past or future) never raises a card while booking this one.
 */
function cardsFor(request: HookRequest, settings: { readonly timeZone: string; readonly policy: Policy }): CdsResponse {
  const level = levelFrom(request.levelOfCare);
  if (level === undefined) return { cards: [unknownLevelCard()] };

  const proposed = sessionsFromFhir(request.appointments);
  const booked: readonly Session[] = request.booked === undefined || request.booked === null ? [] : sessionsFromFhir(request.booked).sessions;
  const { timeZone, policy } = settings;
  const weekOf = (session: Session): string | undefined => summarizeSchedule([session], { timeZone })[0]?.weekStart;
  const proposedWeeks = new Set(summarizeSchedule(proposed.sessions, { timeZone }).map((week) => week.weekStart));
  const proposedIds = new Set(proposed.sessions.map((session) => session.id).filter((id) => id !== undefined));
  const sameWeeks = booked.filter((session) => {
    if (session.id !== undefined && proposedIds.has(session.id)) return false;
    const week = weekOf(session);
    return week !== undefined && proposedWeeks.has(week);
  });

  const result = validateSchedule([...sameWeeks, ...proposed.sessions], { level, timeZone, policy });
  // Skipped resources among the proposed appointments are worth a card; those in the booked
  // search (included Patients, OperationOutcomes) are not.
  const issues: Issue[] = [...proposed.issues, ...result.issues];
  const cards = toCdsCards({ issues }, { source: CARD_SOURCE });
  if (result.ok) cards.push(meetsRequirementsCard(level, result.weeks, policy));
  return { cards };
}

function corsHeaders(allowOrigin: string | undefined): Record<string, string> {
  if (allowOrigin === undefined) return {};
  return {
    'Access-Control-Allow-Origin': allowOrigin,
    'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
    'Access-Control-Allow-Headers': 'Content-Type, Authorization',
  };
}

const DISCOVERY_PATH = '/cds-services';
const SERVICE_PATH = `${DISCOVERY_PATH}/${SERVICE_ID}`;

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  settings: { readonly timeZone: string; readonly policy: Policy; readonly allowOrigin?: string; readonly maxBodyBytes: number },
): Promise<void> {
  const cors = corsHeaders(settings.allowOrigin);
  try {
    const path = pathnameOf(request.url);
    const allowed = path === DISCOVERY_PATH ? 'GET' : path === SERVICE_PATH ? 'POST' : undefined;
    if (allowed === undefined) throw new HttpError(404, 'not_found', `No such route; discovery is GET ${DISCOVERY_PATH}.`);
    if (request.method === 'OPTIONS' && settings.allowOrigin !== undefined) {
      response.writeHead(204, { ...cors, 'Content-Length': '0' }).end();
      return;
    }
    if (request.method !== allowed) {
      throw new HttpError(405, 'method_not_allowed', `${path} accepts ${allowed} only.`, { Allow: allowed });
    }
    if (allowed === 'GET') {
      sendJson(response, 200, DISCOVERY, { headers: cors });
      return;
    }
    const hookRequest = readHookRequest(await readJsonBody(request, settings.maxBodyBytes));
    sendJson(response, 200, cardsFor(hookRequest, settings), { headers: cors });
  } catch (error) {
    // Anything but a refusal is a bug; the EHR gets a generic 500 and no internals.
    const refusal = error instanceof HttpError ? error : new HttpError(500, 'internal_error', 'The request could not be processed.');
    if (response.headersSent) response.destroy();
    else sendJson(response, refusal.status, errorBody(refusal), { headers: { ...cors, ...refusal.headers }, close: refusal.status === 413 });
  }
}

/**
 * Creates the CDS Hooks service (not listening yet): `GET /cds-services` (discovery) and
 * `POST /cds-services/level-of-care-schedule` (the `appointment-book` hook).
 *
 * @param options - Program time zone, policy, CORS origin, body limit and request log.
 * @returns A `node:http` server; call `listen` on it.
 * @throws RangeError when `options.timeZone` is not an IANA time zone.
 */
export function createCdsServer(options: CdsServerOptions = {}): Server {
  if (options.timeZone !== undefined) {
    // A wrong zone is a deployment mistake: refuse to start rather than answer every call with it.
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: options.timeZone });
    } catch {
      throw new RangeError(`createCdsServer: unknown IANA time zone ${JSON.stringify(options.timeZone)}.`);
    }
  }
  const settings = {
    timeZone: options.timeZone ?? 'America/New_York',
    policy: options.policy ?? POLICIES.general,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    ...(options.allowOrigin === undefined ? {} : { allowOrigin: options.allowOrigin }),
  };
  return createLoggedServer((request, response) => handle(request, response, settings), options.log);
}

function main(): void {
  const port = Number(process.env['PORT'] ?? 3001);
  const policyId = process.env['POLICY'] ?? 'general';
  const policy = getPolicy(policyId);
  if (!Number.isInteger(port) || port < 0 || port > 65_535 || policy === undefined) {
    console.error('Set PORT to a whole number from 0 to 65535 and POLICY to general, medicare-2024 or hcpcs-h0015.');
    process.exitCode = 2;
    return;
  }
  const timeZone = process.env['TIME_ZONE'] ?? 'America/New_York';
  let server: Server;
  try {
    server = createCdsServer({
      timeZone,
      policy,
      ...(process.env['ALLOW_ORIGIN'] === undefined ? {} : { allowOrigin: process.env['ALLOW_ORIGIN'] }),
      log: logToConsole,
    });
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
    return;
  }
  serveUntilStopped(
    server,
    port,
    (actual) => `CDS Hooks service on http://127.0.0.1:${actual}${DISCOVERY_PATH} (${timeZone}, policy ${policy.id}); Ctrl+C to stop`,
  );
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
