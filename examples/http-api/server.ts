// A small JSON API over `level-of-care` on plain `node:http`: schedule validation, a level-of-care
// recommendation, and a step-down plan. Run it with `npm run example:http-api` (port 3000, or PORT).
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  explainRecommendation,
  getPolicy,
  planPathway,
  recommendLevel,
  validateSchedule,
  type Assessment,
  type LevelId,
  type PlanPathwayOptions,
  type Policy,
  type RecommendLevelOptions,
  type ValidateScheduleOptions,
} from 'level-of-care';
import { planToCarePlan, toOperationOutcome } from 'level-of-care/fhir';
import {
  HttpError,
  createLoggedServer,
  logToConsole,
  serveUntilStopped,
  isObject,
  pathnameOf,
  prefersFhirJson,
  readJsonBody,
  sendError,
  sendJson,
  type RequestLogEntry,
} from '../_shared/http.js';
import { checkListLength, checkStaySpan, limitsWith, type RequestLimits } from '../_shared/limits.js';
import { RequestQueue } from '../_shared/requestQueue.js';
import { policyIds, portFromEnvironment } from '../_shared/settings.js';

/** The code system of this server's stable error codes (`invalid_json`, `too_many_sessions`, …). */
export const ERROR_CODE_SYSTEM = 'https://github.com/level-of-care/level-of-care/examples/http-api/error';

/** Options of {@link createApiServer}. */
export interface ApiServerOptions {
  /**
   * What one request may carry and cause (`REQUEST_LIMITS` in `examples/_shared/limits.ts`: a 1 MiB
   * body, 1,000 sessions, 100 list entries, a stay of 731 days, a 4 MiB answer); give the ones to change.
   */
  readonly limits?: Partial<RequestLimits>;
  /** Called once per request with method, path, status and duration (never a body or a header). */
  readonly log?: (entry: RequestLogEntry) => void;
}

/** What a route handler answers: a status and a body, as FHIR (`application/fhir+json`) or plain JSON. */
interface Reply {
  readonly status: number;
  readonly body: unknown;
  readonly fhir: boolean;
}

type Handler = (body: unknown, fhir: boolean, limits: RequestLimits) => Reply;

const FHIR_JSON = 'application/fhir+json';


/** Reads `policy` (a policy id) from a request body: `undefined` when absent, 400 when unknown. */
function policyFrom(value: unknown): Policy | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new HttpError(400, 'unknown_policy', `policy must be a policy id: one of ${policyIds()}.`);
  const policy = getPolicy(value);
  if (policy === undefined) {
    throw new HttpError(400, 'unknown_policy', `Unknown policy ${JSON.stringify(value.slice(0, 60))}; use one of ${policyIds()}.`);
  }
  return policy;
}

function requireObject(body: unknown, shape: string): Record<string, unknown> {
  if (!isObject(body)) throw new HttpError(400, 'invalid_body', `Expected a JSON object ${shape}.`);
  return body;
}

/** Copies `key` into the options only when the client sent it (the options are exact optional types). */
const optional = (key: string, value: unknown): Record<string, unknown> => (value === undefined ? {} : { [key]: value });

// The library checks every value it is given and reports bad ones as `invalid_input` issues with a
// path, so the handlers pass the client's values through (fixed keys only) instead of re-checking
// them here; the casts only tell the compiler that the library does the checking. What the handlers
// do check is how much work a request asks for: the lists it carries and the stay it spans (422).

/** `POST /schedule/validate`: `{ sessions, level, timeZone, policy?, population?, stay?, weekStartsOn? }`. */
const validate: Handler = (body, fhir, limits) => {
  const input = requireObject(body, '{ sessions, level, timeZone, policy?, population?, stay?, weekStartsOn? }');
  checkListLength(input['sessions'], 'sessions', 'maxSessions', limits);
  checkStaySpan(input['stay'], input['sessions'], limits);
  const policy = policyFrom(input['policy']);
  const options = {
    level: input['level'],
    timeZone: input['timeZone'],
    ...optional('policy', policy),
    ...optional('population', input['population']),
    ...optional('stay', input['stay']),
    ...optional('weekStartsOn', input['weekStartsOn']),
  } as ValidateScheduleOptions;
  const result = validateSchedule(input['sessions'], options);
  return fhir ? { status: 200, body: toOperationOutcome(result.issues), fhir } : { status: 200, body: result, fhir };
};

/** `POST /recommend`: an assessment, or `{ assessment, availableLevels?, policy? }`. */
const recommend: Handler = (body, fhir, limits) => {
  const input = requireObject(body, '(an assessment, or { assessment, availableLevels?, policy? })');
  const wrapped = Object.hasOwn(input, 'assessment');
  if (wrapped) checkListLength(input['availableLevels'], 'availableLevels', 'maxListEntries', limits);
  const assessment = (wrapped ? input['assessment'] : input) as Assessment;
  const options = wrapped
    ? ({ ...optional('availableLevels', input['availableLevels']), ...optional('policy', policyFrom(input['policy'])) } as RecommendLevelOptions)
    : {};
  const result = recommendLevel(assessment, options);
  if (fhir) return { status: 200, body: toOperationOutcome(result.issues), fhir };
  return { status: 200, body: { ...result, explanation: explainRecommendation(result) }, fhir };
};

/** `POST /plan`: `{ start, startDate, through?, availableLevels?, lengthOfStayDays?, assessment?, policy? }`. */
const plan: Handler = (body, fhir, limits) => {
  const input = requireObject(body, '{ start, startDate, through?, availableLevels?, lengthOfStayDays?, assessment?, policy? }');
  checkListLength(input['availableLevels'], 'availableLevels', 'maxListEntries', limits);
  const options = {
    ...optional('through', input['through']),
    ...optional('availableLevels', input['availableLevels']),
    ...optional('lengthOfStayDays', input['lengthOfStayDays']),
    ...optional('assessment', input['assessment']),
    ...optional('policy', policyFrom(input['policy'])),
  } as PlanPathwayOptions;
  const result = planPathway(input['start'] as LevelId, input['startDate'] as string, options);
  if (!fhir) return { status: 200, body: result, fhir };
  // A CarePlan without phases would read as an empty plan, so a plan that could not be made is
  // answered, as FHIR servers do, with its OperationOutcome and 422 Unprocessable Content.
  return result.ok
    ? { status: 200, body: planToCarePlan(result), fhir }
    : { status: 422, body: toOperationOutcome(result.issues), fhir };
};

const ROUTES: ReadonlyMap<string, Handler> = new Map([
  ['/schedule/validate', validate],
  ['/recommend', recommend],
  ['/plan', plan],
]);

async function handle(request: IncomingMessage, response: ServerResponse, limits: RequestLimits, queue: RequestQueue): Promise<void> {
  const fhir = prefersFhirJson(request.headers.accept);
  try {
    const path = pathnameOf(request.url);
    const handler = path === undefined ? undefined : ROUTES.get(path);
    if (handler === undefined) throw new HttpError(404, 'not_found', `No such route; use POST ${[...ROUTES.keys()].join(', ')}.`);
    if (request.method !== 'POST') {
      throw new HttpError(405, 'method_not_allowed', `${path} accepts POST only.`, { headers: { Allow: 'POST' } });
    }
    const body = await readJsonBody(request, limits.maxBodyBytes, queue);
    const reply = handler(body, fhir, limits);
    sendJson(response, reply.status, reply.body, { ...(reply.fhir ? { mediaType: FHIR_JSON } : {}), maxBytes: limits.maxResponseBytes });
  } catch (error) {
    // A refusal is answered with its status; anything else is a bug, answered 500 with no internals.
    sendError(response, error, { codeSystem: ERROR_CODE_SYSTEM, ...(fhir ? { mediaType: FHIR_JSON } : {}) });
  }
}

/**
 * Creates the API server (not listening yet): `POST /schedule/validate`, `POST /recommend` and
 * `POST /plan`, JSON in and JSON out, or FHIR (`OperationOutcome`, `CarePlan`) when the client sends
 * `Accept: application/fhir+json`. Every refusal is an `OperationOutcome`.
 *
 * @param options - Request limits and request log.
 * @returns A `node:http` server; call `listen` on it.
 */
export function createApiServer(options: ApiServerOptions = {}): Server {
  const limits = limitsWith(options.limits);
  const queue = new RequestQueue();
  return createLoggedServer((request, response) => handle(request, response, limits, queue), options.log);
}

function main(): void {
  const port = portFromEnvironment(3000);
  if (port === undefined) return;
  serveUntilStopped(
    createApiServer({ log: logToConsole }),
    port,
    (actual) => `level-of-care API listening on http://127.0.0.1:${actual}\nPOST /schedule/validate, /recommend, /plan (Ctrl+C to stop)`,
  );
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
