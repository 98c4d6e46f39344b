// A CDS Hooks service (specification 2.0) on plain `node:http`, with two services:
// - `appointment-book`: checks that the proposed appointments, with those already booked in the same
//   weeks, meet the weekly hours and days of the patient's level of care;
// - `encounter-discharge`: the next step down and the follow-up dates after a discharge.
// Run it with `npm run example:cds-hooks`.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getPolicy, POLICIES, type Policy } from 'level-of-care';
import { LEVEL_CODE_SYSTEM, type CdsCard } from 'level-of-care/fhir';
import {
  HttpError,
  createLoggedServer,
  isObject,
  logToConsole,
  pathnameOf,
  readJsonBody,
  sendError,
  sendJson,
  serveUntilStopped,
  type RequestLogEntry,
} from '../_shared/http.js';
import { limitsWith, type RequestLimits } from '../_shared/limits.js';
import { RequestQueue } from '../_shared/requestQueue.js';
import { isTimeZone, policyIds, portFromEnvironment } from '../_shared/settings.js';
import { DISCHARGE_PREFETCH, DISCHARGE_SERVICE_ID, dischargeCards } from './dischargeService.js';
import { FeedbackLog, readFeedback } from './feedback.js';
import type { DataRequest } from './requiredData.js';
import { SCHEDULE_PREFETCH, SCHEDULE_SERVICE_ID, scheduleCards } from './scheduleService.js';

export { DISCHARGE_PREFETCH, DISCHARGE_SERVICE_ID } from './dischargeService.js';
export { FeedbackLog, type FeedbackEntry } from './feedback.js';
export { SCHEDULE_PREFETCH, SCHEDULE_SERVICE_ID } from './scheduleService.js';

/**
 * The code system of this service's stable error codes (`invalid_cds_request`, `prefetch_unavailable`,
 * …). Every error is an `OperationOutcome`, as CDS Hooks 3.0 recommends.
 */
export const ERROR_CODE_SYSTEM = 'https://github.com/level-of-care/level-of-care/examples/cds-hooks-service/error';

/** The version of the services' behaviour, in discovery (CDS Hooks 3.0 adds it; 2.0 clients ignore it). */
export const SERVICE_VERSION = '2.0.0';

/** One entry of the discovery response. */
export interface CdsServiceDescription {
  readonly hook: string;
  readonly id: string;
  readonly title: string;
  readonly version: string;
  readonly description: string;
  readonly prefetch: Readonly<Record<string, string>>;
  readonly usageRequirements: string;
}

const LEVEL_REQUIREMENT = `The patient’s level of care must be recorded as an active EpisodeOfCare (or a ServiceRequest) coded with a level id (iop, php, …) in the code system ${LEVEL_CODE_SYSTEM}.`;

/** The discovery response, `GET /cds-services`. */
export const DISCOVERY: { readonly services: readonly CdsServiceDescription[] } = {
  services: [
    {
      hook: 'appointment-book',
      id: SCHEDULE_SERVICE_ID,
      title: 'Level-of-care schedule check',
      version: SERVICE_VERSION,
      description:
        'Checks that the proposed appointments, together with those already booked in the same weeks, meet the weekly hours, service days and session rules of the patient’s level of care.',
      prefetch: SCHEDULE_PREFETCH,
      usageRequirements: LEVEL_REQUIREMENT,
    },
    {
      hook: 'encounter-discharge',
      id: DISCHARGE_SERVICE_ID,
      title: 'Level-of-care step-down and follow-up',
      version: SERVICE_VERSION,
      description:
        'On discharge from a level of care, gives the next step down and, after inpatient, withdrawal-management or residential care, the dates by which follow-up is due (7 and 30 days).',
      prefetch: DISCHARGE_PREFETCH,
      usageRequirements: `${LEVEL_REQUIREMENT} A HCPCS program code on the encounter that names one level (such as H0015) also serves.`,
    },
  ],
};

/** Options of {@link createCdsServer}. */
export interface CdsServerOptions {
  /** IANA time zone of the program; days and weeks are counted in it. Default `America/New_York`. */
  readonly timeZone?: string;
  /** The policy the schedule is checked under; default `POLICIES.general`. */
  readonly policy?: Policy;
  /**
   * FHIR base URLs the service may query for data the EHR did not prefetch, with the bearer token of
   * the request's `fhirAuthorization`. Default none: data that is not prefetched gives 412.
   */
  readonly trustedFhirServers?: readonly string[];
  /** Where accept/override feedback is kept; default a new in-memory log of the latest 1000 entries. */
  readonly feedback?: FeedbackLog;
  /** When set, CORS headers allow this origin (e.g. `*` for the CDS Hooks sandbox). Default: no CORS. */
  readonly allowOrigin?: string;
  /**
   * What one request may carry and cause (`REQUEST_LIMITS` in `examples/_shared/limits.ts`: a 1 MiB
   * body, 1,000 appointments, 100 resources in any other prefetch and 100 feedback entries, a 4 MiB
   * answer); give the ones to change.
   */
  readonly limits?: Partial<RequestLimits>;
  /** Called once per request with method, path, status and duration (never a body or a header). */
  readonly log?: (entry: RequestLogEntry) => void;
  /** The clock, for a discharge whose encounter has not ended yet; default the system clock. */
  readonly now?: () => Date;
}

interface Settings {
  readonly timeZone: string;
  readonly policy: Policy;
  readonly trustedFhirServers: readonly string[];
  readonly feedback: FeedbackLog;
  readonly allowOrigin?: string;
  readonly limits: RequestLimits;
  readonly queue: RequestQueue;
  readonly now: () => Date;
}

const badRequest = (message: string): HttpError => new HttpError(400, 'invalid_cds_request', message);

/** Checks the CDS Hooks request shape (hook, hookInstance, context, prefetch); 400 when it is wrong. */
function readHookRequest(body: unknown, hook: string): DataRequest {
  if (!isObject(body)) throw badRequest('Expected a CDS Hooks request object { hook, hookInstance, context, prefetch? }.');
  if (body['hook'] !== hook) {
    throw badRequest(`This service answers the ${hook} hook; received hook ${JSON.stringify(String(body['hook']).slice(0, 60))}.`);
  }
  if (typeof body['hookInstance'] !== 'string' || body['hookInstance'] === '') {
    throw badRequest('hookInstance must be the string id of this hook call.');
  }
  const context = body['context'];
  if (!isObject(context)) throw badRequest('context must be an object with patientId and the hook’s context fields.');
  if (typeof context['patientId'] !== 'string' || context['patientId'] === '') {
    throw badRequest('context.patientId must be the id of the patient.');
  }
  const prefetch = body['prefetch'];
  if (prefetch !== undefined && prefetch !== null && !isObject(prefetch)) {
    throw badRequest('prefetch must be an object keyed by the prefetch template names.');
  }
  const authorization = body['fhirAuthorization'];
  const token = isObject(authorization) && typeof authorization['access_token'] === 'string' ? authorization['access_token'] : undefined;
  return {
    context,
    prefetch: isObject(prefetch) ? prefetch : undefined,
    fhirServer: typeof body['fhirServer'] === 'string' ? body['fhirServer'] : undefined,
    accessToken: token,
  };
}

/** Each card with a `uuid`, which the EHR sends back in feedback. */
const withUuids = (cards: readonly CdsCard[]): (CdsCard & { readonly uuid: string })[] => cards.map((card) => ({ uuid: randomUUID(), ...card }));

function corsHeaders(allowOrigin: string | undefined): Record<string, string> {
  if (allowOrigin === undefined) return {};
  return {
    'Access-Control-Allow-Origin': allowOrigin,
    'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
    'Access-Control-Allow-Headers': 'Content-Type, Authorization',
  };
}

const DISCOVERY_PATH = '/cds-services';
const SERVICES: Readonly<Record<string, (request: DataRequest, settings: Settings) => Promise<CdsCard[]>>> = {
  [SCHEDULE_SERVICE_ID]: scheduleCards,
  [DISCHARGE_SERVICE_ID]: dischargeCards,
};
const HOOKS: Readonly<Record<string, string>> = Object.fromEntries(DISCOVERY.services.map((service) => [service.id, service.hook]));

/** What a path names: discovery, a service call, or a service's feedback endpoint. */
function routeOf(path: string | undefined): { readonly kind: 'discovery' } | { readonly kind: 'service' | 'feedback'; readonly id: string } | undefined {
  if (path === DISCOVERY_PATH) return { kind: 'discovery' };
  const match = /^\/cds-services\/([^/]+)(\/feedback)?$/.exec(path ?? '');
  const id = match?.[1];
  if (id === undefined || !Object.hasOwn(SERVICES, id)) return undefined;
  return { kind: match?.[2] === undefined ? 'service' : 'feedback', id };
}

async function handle(request: IncomingMessage, response: ServerResponse, settings: Settings): Promise<void> {
  const cors = corsHeaders(settings.allowOrigin);
  try {
    const route = routeOf(pathnameOf(request.url));
    if (route === undefined) throw new HttpError(404, 'not_found', `No such route; discovery is GET ${DISCOVERY_PATH}.`);
    const allowed = route.kind === 'discovery' ? 'GET' : 'POST';
    if (request.method === 'OPTIONS' && settings.allowOrigin !== undefined) {
      response.writeHead(204, { ...cors, 'Content-Length': '0' }).end();
      return;
    }
    if (request.method !== allowed) {
      throw new HttpError(405, 'method_not_allowed', `${pathnameOf(request.url)} accepts ${allowed} only.`, { headers: { Allow: allowed } });
    }
    if (route.kind === 'discovery') {
      sendJson(response, 200, DISCOVERY, { headers: cors });
      return;
    }
    const body = await readJsonBody(request, settings.limits.maxBodyBytes, settings.queue);
    if (route.kind === 'feedback') {
      settings.feedback.record(readFeedback(body, route.id, settings.limits));
      sendJson(response, 200, {}, { headers: cors });
      return;
    }
    const hookRequest = readHookRequest(body, HOOKS[route.id] ?? '');
    const cards = await (SERVICES[route.id] as (request: DataRequest, settings: Settings) => Promise<CdsCard[]>)(hookRequest, settings);
    sendJson(response, 200, { cards: withUuids(cards) }, { headers: cors, maxBytes: settings.limits.maxResponseBytes });
  } catch (error) {
    // A refusal is answered with its status; anything else is a bug, answered 500 with no internals.
    sendError(response, error, { codeSystem: ERROR_CODE_SYSTEM, headers: cors });
  }
}

/**
 * Creates the CDS Hooks service (not listening yet): `GET /cds-services` (discovery), `POST
 * /cds-services/level-of-care-schedule` (`appointment-book`), `POST
 * /cds-services/level-of-care-discharge` (`encounter-discharge`), and `POST /cds-services/{id}/feedback`.
 *
 * @param options - Program time zone, policy, trusted FHIR servers, feedback log, CORS origin, request limits, request log and clock.
 * @returns A `node:http` server; call `listen` on it.
 * @throws RangeError when `options.timeZone` is not an IANA time zone.
 */
export function createCdsServer(options: CdsServerOptions = {}): Server {
  // A wrong zone is a deployment mistake: refuse to start rather than answer every call with it.
  if (options.timeZone !== undefined && !isTimeZone(options.timeZone)) {
    throw new RangeError(`createCdsServer: unknown IANA time zone ${JSON.stringify(options.timeZone)}.`);
  }
  const settings: Settings = {
    timeZone: options.timeZone ?? 'America/New_York',
    policy: options.policy ?? POLICIES.general,
    trustedFhirServers: options.trustedFhirServers ?? [],
    feedback: options.feedback ?? new FeedbackLog(),
    limits: limitsWith(options.limits),
    queue: new RequestQueue(),
    now: options.now ?? (() => new Date()),
    ...(options.allowOrigin === undefined ? {} : { allowOrigin: options.allowOrigin }),
  };
  return createLoggedServer((request, response) => handle(request, response, settings), options.log);
}

function main(): void {
  const port = portFromEnvironment(3001);
  if (port === undefined) return;
  const policy = getPolicy(process.env['POLICY'] ?? 'general');
  if (policy === undefined) {
    console.error(`POLICY must be one of ${policyIds()}; received ${JSON.stringify(process.env['POLICY'])}.`);
    process.exitCode = 2;
    return;
  }
  const timeZone = process.env['TIME_ZONE'] ?? 'America/New_York';
  const trusted = (process.env['TRUSTED_FHIR_SERVERS'] ?? '').split(',').map((url) => url.trim()).filter((url) => url !== '');
  let server: Server;
  try {
    server = createCdsServer({
      timeZone,
      policy,
      trustedFhirServers: trusted,
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
    (actual) => `CDS Hooks services on http://127.0.0.1:${actual}${DISCOVERY_PATH} (${timeZone}, policy ${policy.id}); Ctrl+C to stop`,
  );
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
