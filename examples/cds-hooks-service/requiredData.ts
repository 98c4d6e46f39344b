// The data a service needs, CDS Hooks 2.0 style: the prefetched value when the EHR sent one (null
// means "there is none"), else a query to the EHR's FHIR server with the bearer token it sent, and
// when neither is possible, 412 Precondition Failed. A CDS client that failed to prefetch a key may
// send an OperationOutcome in its place: that counts as not prefetched.
import { HttpError, isObject } from '../_shared/http.js';
import { checkCount, resourceCount, type RequestLimits } from '../_shared/limits.js';

/** How long a query to the EHR's FHIR server may take: CDS services answer within about a second. */
const FHIR_QUERY_TIMEOUT_MS = 5_000;

/** The parts of a hook request that say how to get data. */
export interface DataRequest {
  readonly context: Readonly<Record<string, unknown>>;
  readonly prefetch: Readonly<Record<string, unknown>> | undefined;
  readonly fhirServer: string | undefined;
  readonly accessToken: string | undefined;
}

/** What every service needs to get data: the FHIR servers it may query and the request limits. */
export interface DataSettings {
  readonly trustedFhirServers: readonly string[];
  readonly limits: RequestLimits;
}

/** Where the service may query: the EHR's FHIR base URL, when it is one of the trusted ones, and the token. */
function fhirAccess(request: DataRequest, trustedFhirServers: readonly string[]): { readonly base: string; readonly token: string } | undefined {
  const base = request.fhirServer?.replace(/\/+$/, '');
  if (base === undefined || request.accessToken === undefined) return undefined;
  // The base URL comes from the caller: querying any URL it names would let it aim the service at
  // internal hosts, so only the deployment's own FHIR servers are queried.
  const trusted = trustedFhirServers.some((server) => server.replace(/\/+$/, '') === base);
  return trusted ? { base, token: request.accessToken } : undefined;
}

/** A prefetch template with its `{{context.x}}` tokens filled from the context. */
function fill(template: string, context: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{\{context\.(\w+)\}\}/g, (_token, name: string) => encodeURIComponent(String(context[name] ?? '')));
}

const isOperationOutcome = (value: unknown): boolean => isObject(value) && value['resourceType'] === 'OperationOutcome';

/**
 * The value of one prefetch key: prefetched, or read from the FHIR server; throws a 412 `HttpError`
 * when it is neither prefetched nor fetchable, and a 422 one when it holds more resources than
 * `limit` allows.
 */
export async function requiredData(
  request: DataRequest,
  key: string,
  template: string,
  settings: DataSettings,
  limit: 'maxSessions' | 'maxListEntries',
): Promise<unknown> {
  const data = await prefetchedOrFetched(request, key, template, settings.trustedFhirServers);
  checkCount(resourceCount(data), [`prefetch.${key}`], 'resources', limit, settings.limits);
  return data;
}

async function prefetchedOrFetched(request: DataRequest, key: string, template: string, trustedFhirServers: readonly string[]): Promise<unknown> {
  const prefetched = request.prefetch?.[key];
  if (prefetched !== undefined && !isOperationOutcome(prefetched)) return prefetched;
  const access = fhirAccess(request, trustedFhirServers);
  const unavailable = (why: string): HttpError =>
    new HttpError(412, 'prefetch_unavailable', `The service needs the prefetch "${key}" (${template}): ${why}.`);
  if (access === undefined) throw unavailable('it was not prefetched, and no trusted fhirServer with fhirAuthorization was sent to query');
  let response: Response;
  try {
    response = await fetch(`${access.base}/${fill(template, request.context)}`, {
      headers: { Accept: 'application/fhir+json', Authorization: `Bearer ${access.token}` },
      signal: AbortSignal.timeout(FHIR_QUERY_TIMEOUT_MS),
    });
  } catch {
    throw unavailable('the FHIR server could not be reached');
  }
  // A read of a resource that does not exist is "no data", as a null prefetch value is.
  if (response.status === 404 && !template.includes('?')) return null;
  if (!response.ok) throw unavailable(`the FHIR server answered ${response.status}`);
  try {
    return (await response.json()) as unknown;
  } catch {
    throw unavailable('the FHIR server did not answer with JSON');
  }
}
