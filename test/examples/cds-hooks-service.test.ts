import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEVEL_CODE_SYSTEM } from 'level-of-care/fhir';
import { POLICIES } from 'level-of-care';
import { HCPCS_SYSTEM } from 'level-of-care/fhir';
import {
  createCdsServer,
  DISCHARGE_SERVICE_ID,
  ERROR_CODE_SYSTEM,
  FeedbackLog,
  SCHEDULE_PREFETCH,
  SCHEDULE_SERVICE_ID,
} from '../../examples/cds-hooks-service/server.js';
import { fhirProblems } from '../fhir/fhirValidator.js';

// The example imports `level-of-care` by name, so these tests run against the built package (dist/).

const started: Server[] = [];

async function start(options: Parameters<typeof createCdsServer>[0] = {}): Promise<string> {
  const server = createCdsServer(options);
  started.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

let base: string;

beforeAll(async () => {
  base = await start({ timeZone: 'America/New_York' });
});

afterAll(async () => {
  for (const server of started) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

/** A response body parsed as JSON; the assertions below read it structurally. */
const bodyOf = (response: Response): Promise<any> => response.json();

const SERVICE_URL = `/cds-services/${SCHEDULE_SERVICE_ID}`;

/** An Appointment 09:00–12:00 (3 h) New York winter time (UTC−5) on `date`. */
const appointment = (id: string, date: string, status = 'proposed', hours: [string, string] = ['09:00', '12:00']) => ({
  resourceType: 'Appointment',
  id,
  status,
  serviceType: [{ text: 'Group therapy' }],
  start: `${date}T${hours[0]}:00-05:00`,
  end: `${date}T${hours[1]}:00-05:00`,
  participant: [{ actor: { reference: 'Patient/p-1001' }, status: 'accepted' }],
});

const bundle = (resources: readonly unknown[], type = 'collection') => ({
  resourceType: 'Bundle',
  type,
  entry: resources.map((resource) => ({ resource })),
});

const episodeOfCare = (code: string) => ({
  resourceType: 'EpisodeOfCare',
  id: 'eoc-1',
  status: 'active',
  type: [{ coding: [{ system: LEVEL_CODE_SYSTEM, code }] }],
  patient: { reference: 'Patient/p-1001' },
});

/** A hook call; the `booked` prefetch is an empty search unless given (`undefined` leaves the key out). */
const hookRequest = (appointments: readonly unknown[], prefetch: Record<string, unknown> | undefined) => ({
  hook: 'appointment-book',
  hookInstance: 'd1577c69-dfbe-44ad-ba6d-3e05e953b2ea',
  fhirServer: 'https://ehr.example.org/fhir',
  context: { userId: 'Practitioner/pr-7', patientId: 'p-1001', appointments: bundle(appointments) },
  ...(prefetch === undefined ? {} : { prefetch: { booked: bundle([], 'searchset'), ...prefetch } }),
});

async function call(body: unknown, url = base, headers: Record<string, string> = { 'content-type': 'application/json' }, path = SERVICE_URL): Promise<Response> {
  return fetch(`${url}${path}`, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
}

interface Card {
  uuid: string;
  summary: string;
  indicator: string;
  detail?: string;
  source: { label: string };
}

/**
 * The cards of a 200 answer, each checked for what CDS Hooks and a clinician need: a unique `uuid`,
 * a summary under 140 characters never cut mid-word, and no internal path such as `sessions[0]`.
 */
async function cardsOf(body: unknown, url = base, path = SERVICE_URL): Promise<Omit<Card, 'uuid'>[]> {
  const response = await call(body, url, undefined, path);
  expect(response.status).toBe(200);
  const json = (await bodyOf(response)) as { cards: Card[] };
  expect(Object.keys(json)).toEqual(['cards']);
  const uuids = json.cards.map((card) => card.uuid);
  for (const uuid of uuids) expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(new Set(uuids).size).toBe(uuids.length);
  for (const card of json.cards) {
    expect(card.summary.length).toBeLessThan(140);
    if (card.summary.endsWith('…')) expect(card.summary.at(-2)).toMatch(/[\w)"]/);
    expect(`${card.summary}\n${card.detail ?? ''}`).not.toMatch(/sessions\[|entry\[|weeks\.`/);
  }
  return json.cards.map(({ uuid: _uuid, ...card }) => card);
}

/** A 4xx answer: an OperationOutcome (valid R4) with one error issue carrying the stable code. */
async function refusalOf(response: Response, status: number, code: string): Promise<string> {
  expect(response.status).toBe(status);
  const outcome = await bodyOf(response);
  expect(fhirProblems(outcome)).toEqual([]);
  expect(outcome).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', details: { coding: [{ system: ERROR_CODE_SYSTEM, code }] } }] });
  return outcome.issue[0].diagnostics as string;
}

const levelOfCare = (code: string) => bundle([episodeOfCare(code)], 'searchset');

describe('GET /cds-services (discovery)', () => {
  it('describes the appointment-book and encounter-discharge services with title, version and prefetch templates', async () => {
    const response = await fetch(`${base}/cds-services`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const discovery = await bodyOf(response);
    expect(discovery.services.map((service: { hook: string; id: string }) => [service.hook, service.id])).toEqual([
      ['appointment-book', 'level-of-care-schedule'],
      ['encounter-discharge', 'level-of-care-discharge'],
    ]);
    for (const service of discovery.services) {
      expect(service).toMatchObject({ title: expect.any(String), version: expect.any(String), description: expect.any(String) });
    }
    expect(discovery.services[0].prefetch).toEqual({
      levelOfCare: 'EpisodeOfCare?patient={{context.patientId}}&status=active',
      booked: 'Appointment?patient={{context.patientId}}&status=booked,arrived,checked-in,fulfilled',
    });
    expect(discovery.services[0].prefetch).toEqual(SCHEDULE_PREFETCH);
    expect(discovery.services[1].prefetch).toEqual({
      encounter: 'Encounter/{{context.encounterId}}',
      levelOfCare: 'EpisodeOfCare?patient={{context.patientId}}&status=active',
    });
  });
});

describe('POST /cds-services/level-of-care-schedule', () => {
  it('answers one info card when Mon/Wed/Fri 09:00–12:00 (3 × 3 h = 9 h on 3 days) meets IOP', async () => {
    const cards = await cardsOf(
      hookRequest(
        [appointment('a1', '2026-03-02'), appointment('a2', '2026-03-04'), appointment('a3', '2026-03-06')],
        { levelOfCare: levelOfCare('iop') },
      ),
    );
    expect(cards).toEqual([
      {
        summary: 'Schedule meets Intensive outpatient (IOP) requirements: week of 2026-03-02, 9 h on 3 days.',
        indicator: 'info',
        detail: expect.stringContaining('- week of 2026-03-02: 9 h on 3 days, 3 sessions'),
        source: { label: 'level-of-care schedule check' },
      },
    ]);
  });

  it('counts booked appointments of the same week with the proposed one: Mon + Wed booked, Fri proposed = 9 h on 3 days', async () => {
    const booked = bundle(
      [
        appointment('b1', '2026-03-02', 'fulfilled'),
        appointment('b2', '2026-03-04', 'booked'),
        // A lone booking two weeks later is another week: it must not raise a card now.
        appointment('b3', '2026-03-16', 'booked'),
        { resourceType: 'Patient', id: 'p-1001' },
      ],
      'searchset',
    );
    const cards = await cardsOf(hookRequest([appointment('a3', '2026-03-06')], { levelOfCare: levelOfCare('iop'), booked }));
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({ indicator: 'info', summary: 'Schedule meets Intensive outpatient (IOP) requirements: week of 2026-03-02, 9 h on 3 days.' });
  });

  it('counts a proposed appointment that is also in the booked search once', async () => {
    const booked = bundle([appointment('a1', '2026-03-02', 'booked'), appointment('a2', '2026-03-04', 'booked')], 'searchset');
    const cards = await cardsOf(
      hookRequest([appointment('a1', '2026-03-02'), appointment('a2', '2026-03-04'), appointment('a3', '2026-03-06')], {
        levelOfCare: levelOfCare('iop'),
        booked,
      }),
    );
    expect(cards.map((card) => card.indicator)).toEqual(['info']);
  });

  it('answers critical cards when 2 days × 3 h = 6 h fails both IOP minimums (6 < 9 h, 2 < 3 days)', async () => {
    const cards = await cardsOf(
      hookRequest([appointment('a1', '2026-03-02'), appointment('a2', '2026-03-04')], { levelOfCare: levelOfCare('iop') }),
    );
    expect(cards.map((card) => card.indicator)).toEqual(['critical', 'critical']);
    expect(cards[1]?.summary).toBe('Week of 2026-03-02 has 2 service days of iop; the policy requires at least 3.');
    for (const card of cards) {
      expect(card.summary.length).toBeLessThan(140);
      expect(card.source.label).toBe('level-of-care schedule check');
    }
  });

  it('flags a proposed appointment that overlaps a booked one (10:00–13:00 against 09:00–12:00: 120 minutes)', async () => {
    const booked = bundle([appointment('b1', '2026-03-02', 'booked')], 'searchset');
    const cards = await cardsOf(
      hookRequest([appointment('a1', '2026-03-02', 'proposed', ['10:00', '13:00'])], { levelOfCare: levelOfCare('iop'), booked }),
    );
    expect(cards[0]?.indicator).toBe('critical');
    expect(cards.map((card) => card.summary)).toContain('Session "a1" (2026-03-02 10:00) overlaps session "b1" (2026-03-02 09:00) by 120 minutes.');
  });

  it('reads the level from a ServiceRequest code too', async () => {
    const serviceRequest = {
      resourceType: 'ServiceRequest',
      status: 'active',
      intent: 'order',
      code: { coding: [{ system: LEVEL_CODE_SYSTEM, code: 'php' }] },
      subject: { reference: 'Patient/p-1001' },
    };
    // PHP needs at least 20 h and 5 days: 3 × 3 h = 9 h on 3 days fails both.
    const cards = await cardsOf(
      hookRequest([appointment('a1', '2026-03-02'), appointment('a2', '2026-03-04'), appointment('a3', '2026-03-06')], {
        levelOfCare: serviceRequest,
      }),
    );
    expect(cards.map((card) => card.indicator)).toEqual(['critical', 'critical']);
    expect(cards[0]?.summary).toMatch(/php/);
  });

  it('answers one warning card when there is no level: none recorded (null), unknown, or coded in another system', async () => {
    const otherSystem = { ...episodeOfCare('iop'), type: [{ coding: [{ system: 'http://snomed.info/sct', code: 'iop' }] }] };
    for (const prefetch of [{ levelOfCare: null }, { levelOfCare: levelOfCare('spa') }, { levelOfCare: otherSystem }]) {
      const cards = await cardsOf(hookRequest([appointment('a1', '2026-03-02')], prefetch));
      expect(cards).toHaveLength(1);
      expect(cards[0]).toMatchObject({ indicator: 'warning', summary: expect.stringMatching(/^Level of care unknown/) });
    }
  });

  it('reads the level from a HCPCS program code on the episode (H0015 names intensive outpatient)', async () => {
    const episode = { ...episodeOfCare('iop'), type: [{ coding: [{ system: HCPCS_SYSTEM, code: 'H0015' }] }] };
    const cards = await cardsOf(hookRequest([appointment('a1', '2026-03-02')], { levelOfCare: episode }));
    expect(cards.map((card) => card.summary)).toContain('Week of 2026-03-02 has 1 service day of iop; the policy requires at least 3.');
  });

  it('adds a warning card for a proposed resource that is not an Appointment, and does not count it', async () => {
    const cards = await cardsOf(
      hookRequest(
        [appointment('a1', '2026-03-02'), appointment('a2', '2026-03-04'), appointment('a3', '2026-03-06'), { resourceType: 'Patient', id: 'p-1001' }],
        { levelOfCare: levelOfCare('iop') },
      ),
    );
    expect(cards.map((card) => [card.indicator, card.summary])).toEqual([
      ['warning', 'Patient "p-1001" is not an Appointment: it was not counted.'],
      ['info', 'Schedule meets Intensive outpatient (IOP) requirements: week of 2026-03-02, 9 h on 3 days.'],
    ]);
  });

  it('does not count an Encounter proposed with the appointments: Mon + Wed = 6 h still fails IOP, with a card naming the Encounter', async () => {
    const encounter = {
      resourceType: 'Encounter',
      id: 'enc-9',
      status: 'planned',
      period: { start: '2026-03-06T09:00:00-05:00', end: '2026-03-06T12:00:00-05:00' },
    };
    const cards = await cardsOf(hookRequest([appointment('a1', '2026-03-02'), appointment('a2', '2026-03-04'), encounter], { levelOfCare: levelOfCare('iop') }));
    expect(cards.map((card) => card.indicator)).toEqual(['critical', 'critical', 'warning']);
    expect(cards[2]?.summary).toBe('Encounter "enc-9" is not an Appointment: it was not counted.');
    expect(cards[0]?.summary).toContain('6 h');
  });

  it('uses the configured policy and time zone', async () => {
    // Under hcpcs-h0015 a service day needs ≥ 3 h: three days of 09:00–11:30 (2.5 h) have none.
    const url = await start({ timeZone: 'America/New_York', policy: POLICIES.h0015 });
    const cards = await cardsOf(
      hookRequest(
        ['2026-03-02', '2026-03-04', '2026-03-06'].map((date, i) => appointment(`a${i}`, date, 'proposed', ['09:00', '11:30'])),
        { levelOfCare: levelOfCare('iop') },
      ),
      url,
    );
    expect(cards).toHaveLength(4);
    expect(cards.every((card) => card.indicator === 'critical')).toBe(true);

    // 20:00–23:00 in Los Angeles is the next day in New York; counted in Los Angeles, Mon/Wed/Fri is 3 days.
    const west = await start({ timeZone: 'America/Los_Angeles' });
    const evening = ['2026-03-02', '2026-03-04', '2026-03-06'].map((date, i) => ({
      ...appointment(`e${i}`, date),
      start: `${date}T20:00:00-08:00`,
      end: `${date}T23:00:00-08:00`,
    }));
    const westCards = await cardsOf(hookRequest(evening, { levelOfCare: levelOfCare('iop') }), west);
    expect(westCards.map((card) => card.summary)).toEqual([
      'Schedule meets Intensive outpatient (IOP) requirements: week of 2026-03-02, 9 h on 3 days.',
    ]);
  });

  it('refuses to start with an unknown time zone', () => {
    expect(() => createCdsServer({ timeZone: 'Mars/Olympus_Mons' })).toThrow(RangeError);
  });
});

describe('malformed requests and refusals', () => {
  const valid = hookRequest([appointment('a1', '2026-03-02')], { levelOfCare: levelOfCare('iop') });

  it.each([
    ['a body that is not an object', []],
    ['another hook', { ...valid, hook: 'patient-view' }],
    ['no hookInstance', { ...valid, hookInstance: undefined }],
    ['no context', { ...valid, context: undefined }],
    ['no patientId', { ...valid, context: { ...valid.context, patientId: '' } }],
    ['appointments that are not a Bundle', { ...valid, context: { ...valid.context, appointments: [appointment('a1', '2026-03-02')] } }],
    ['a prefetch that is not an object', { ...valid, prefetch: 'levelOfCare' }],
  ])('answers 400 with an OperationOutcome for %s', async (_name, body) => {
    await refusalOf(await call(body), 400, 'invalid_cds_request');
  });

  it('answers 400 for malformed JSON', async () => {
    await refusalOf(await call('{"hook": "appointment-book",'), 400, 'invalid_json');
  });

  it('answers 413 for a body over 1 MiB and 415 for a body that is not JSON', async () => {
    await refusalOf(await call(' '.repeat(1024 * 1024 + 1)), 413, 'payload_too_large');
    await refusalOf(await call(JSON.stringify(valid), base, { 'content-type': 'application/x-www-form-urlencoded' }), 415, 'unsupported_media_type');
  });

  it('answers 405 with Allow for the wrong method on each route, and 404 elsewhere', async () => {
    const get = await fetch(`${base}${SERVICE_URL}`);
    expect(get.headers.get('allow')).toBe('POST');
    await refusalOf(get, 405, 'method_not_allowed');
    const post = await fetch(`${base}/cds-services`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET');
    await refusalOf(await fetch(`${base}/cds-services/another-service`), 404, 'not_found');
    expect((await fetch(`${base}/cds-services`, { method: 'OPTIONS' })).status).toBe(405);
  });

  it('answers CORS preflight and adds CORS headers when an origin is allowed', async () => {
    const url = await start({ allowOrigin: '*' });
    const preflight = await fetch(`${url}${SERVICE_URL}`, { method: 'OPTIONS' });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('Content-Type, Authorization');
    const discovery = await fetch(`${url}/cds-services`);
    expect(discovery.headers.get('access-control-allow-origin')).toBe('*');
    expect((await fetch(`${base}/cds-services`)).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('never answers 5xx for odd context and prefetch values', async () => {
    const odd: unknown[] = [
      { ...valid, context: { ...valid.context, appointments: { resourceType: 'Bundle', entry: 'none' } } },
      { ...valid, context: { ...valid.context, appointments: { resourceType: 'Bundle', entry: [null, 1, { resource: { resourceType: 'Appointment' } }] } } },
      { ...valid, prefetch: { levelOfCare: { resourceType: 'Bundle', entry: [{ resource: { resourceType: 'EpisodeOfCare', type: 'iop' } }] }, booked: 'yes' } },
      { ...valid, prefetch: { levelOfCare: levelOfCare('iop'), booked: { resourceType: 'Bundle', entry: [{ resource: { resourceType: 'Appointment', status: 'booked', start: 1, end: [] } }] } } },
      { ...valid, prefetch: { levelOfCare: { resourceType: 'EpisodeOfCare', type: [{ coding: [{ system: LEVEL_CODE_SYSTEM, code: '__proto__' }] }] } } },
    ];
    for (const body of odd) {
      const response = await call(body);
      expect(response.status).toBe(200);
      const json = await bodyOf(response);
      expect(Array.isArray(json.cards)).toBe(true);
    }
  });
});

describe('work limits: what one hook call may carry and cause', () => {
  const proposed = (count: number) => Array.from({ length: count }, (_, index) => appointment(`a${index}`, '2026-03-02'));

  it('takes 1,000 proposed appointments and refuses 1,001 with 422, naming maxSessions, before asking for any data', async () => {
    const cards = await cardsOf(hookRequest(proposed(1_000), { levelOfCare: levelOfCare('iop') }));
    expect(cards.length).toBeGreaterThan(0);
    // No prefetch at all: the count is refused before the missing data would be a 412.
    const message = await refusalOf(await call(hookRequest(proposed(1_001), undefined)), 422, 'too_many_sessions');
    expect(message).toBe('context.appointments: 1,001 appointments, more than this server takes in one request (at most 1,000, maxSessions).');
  });

  it('counts proposed and booked appointments together: 600 + 401 = 1,001 is refused, pointing at both', async () => {
    const booked = bundle(Array.from({ length: 401 }, (_, index) => appointment(`b${index}`, '2026-03-09', 'booked')), 'searchset');
    const response = await call(hookRequest(proposed(600), { levelOfCare: levelOfCare('iop'), booked }));
    expect(response.status).toBe(422);
    const outcome = await bodyOf(response);
    expect(fhirProblems(outcome)).toEqual([]);
    expect(outcome.issue[0]).toMatchObject({
      code: 'too-costly',
      details: { coding: [{ system: ERROR_CODE_SYSTEM, code: 'too_many_sessions' }] },
      diagnostics: 'context.appointments and prefetch.booked: 1,001 appointments, more than this server takes in one request (at most 1,000, maxSessions).',
      expression: ['context.appointments', 'prefetch.booked'],
    });
  });

  it('refuses a booked search of 125,000 entries (arrays once spread into arguments, through a prefetch) with 422, never 500', async () => {
    const booked = { resourceType: 'Bundle', type: 'searchset', entry: new Array(125_000).fill(0) };
    const message = await refusalOf(await call(hookRequest(proposed(1), { levelOfCare: levelOfCare('iop'), booked })), 422, 'too_many_sessions');
    expect(message).toBe('prefetch.booked: 125,000 resources, more than this server takes in one request (at most 1,000, maxSessions).');
  });

  it('takes 100 episodes of care and refuses 101, on both services', async () => {
    const episodes = (count: number) => bundle(Array.from({ length: count }, () => episodeOfCare('iop')), 'searchset');
    expect((await call(hookRequest(proposed(1), { levelOfCare: episodes(100) }))).status).toBe(200);
    const message = 'prefetch.levelOfCare: 101 resources, more than this server takes in one request (at most 100, maxListEntries).';
    expect(await refusalOf(await call(hookRequest(proposed(1), { levelOfCare: episodes(101) })), 422, 'too_many_entries')).toBe(message);
    const discharge = {
      hook: 'encounter-discharge',
      hookInstance: '0b6ab1b2-6e8a-4bd4-9f3e-2f7f3b0d2a11',
      context: { patientId: 'p-1001', encounterId: 'enc-1' },
      prefetch: { encounter: { resourceType: 'Encounter', id: 'enc-1', period: { end: '2026-03-20' } }, levelOfCare: episodes(101) },
    };
    const response = await call(discharge, base, undefined, `/cds-services/${DISCHARGE_SERVICE_ID}`);
    expect(await refusalOf(response, 422, 'too_many_entries')).toBe(message);
  });

  it('applies the limits to data read from a trusted FHIR server as to prefetched data', async () => {
    const ehr = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/fhir+json' }).end(JSON.stringify(bundle(Array.from({ length: 101 }, () => episodeOfCare('iop')), 'searchset')));
    });
    started.push(ehr);
    await new Promise<void>((resolve) => ehr.listen(0, '127.0.0.1', resolve));
    const fhirServer = `http://127.0.0.1:${(ehr.address() as AddressInfo).port}/fhir`;
    const url = await start({ trustedFhirServers: [fhirServer] });
    const request = { ...hookRequest(proposed(1), undefined), fhirServer, fhirAuthorization: { access_token: 't' } };
    await refusalOf(await call(request, url), 422, 'too_many_entries');
  });

  it('refuses with 422 an answer larger than maxResponseBytes, and takes its limits from the options', async () => {
    const url = await start({ limits: { maxResponseBytes: 1_000, maxSessions: 5 } });
    // Two days of 2 h in one week: two critical cards of several hundred bytes each.
    const short = ['2026-03-02', '2026-03-04'].map((date, index) => appointment(`a${index}`, date, 'proposed', ['09:00', '11:00']));
    const message = await refusalOf(await call(hookRequest(short, { levelOfCare: levelOfCare('iop') }), url), 422, 'response_too_large');
    expect(message).toMatch(/^The answer would be [\d,]+ bytes, more than this server sends \(at most 1,000, maxResponseBytes\)/);
    expect(await refusalOf(await call(hookRequest(proposed(6), { levelOfCare: levelOfCare('iop') }), url), 422, 'too_many_sessions')).toContain('(at most 5, maxSessions)');
  });

  it('refuses feedback of more than 100 entries, and an entry over 4,096 characters of JSON, with 422', async () => {
    const feedbackUrl = `/cds-services/${SCHEDULE_SERVICE_ID}/feedback`;
    const entry = { card: 'c1', outcome: 'accepted', outcomeTimestamp: '2026-03-02T10:00:00Z' };
    expect((await call({ feedback: new Array(100).fill(entry) }, base, undefined, feedbackUrl)).status).toBe(200);
    // 101 entries, and 125,000 zeros (a list once spread into push arguments).
    for (const list of [new Array(101).fill(entry), new Array(125_000).fill(0)]) {
      const message = await refusalOf(await call({ feedback: list }, base, undefined, feedbackUrl), 422, 'too_many_entries');
      expect(message).toBe(`feedback: ${list.length.toLocaleString('en-US')} entries, more than this server takes in one request (at most 100, maxListEntries).`);
    }
    const long = { ...entry, outcome: 'overridden', overrideReason: { userComment: 'x'.repeat(5_000) } };
    expect(await refusalOf(await call({ feedback: [entry, long] }, base, undefined, feedbackUrl), 422, 'feedback_entry_too_large')).toMatch(
      /^feedback\[1\]: 5,\d{3} characters of JSON, more than this server keeps for one entry \(at most 4,096\)\.$/,
    );
  });

  it('keeps a feedback log bounded, without spreading a long list into arguments', () => {
    const log = new FeedbackLog(3);
    const entry = { serviceId: SCHEDULE_SERVICE_ID, card: 'c', outcome: 'accepted' as const, outcomeTimestamp: '2026-03-02T10:00:00Z' };
    const many = Array.from({ length: 200_000 }, (_, index) => ({ ...entry, card: `c${index}` }));
    expect(() => log.record(many)).not.toThrow();
    expect(log.entries().map((kept) => kept.card)).toEqual(['c199997', 'c199998', 'c199999']);
  });

  it('keeps answering ordinary hook calls while four clients send oversized ones without pause', async () => {
    const attacks = [
      JSON.stringify(hookRequest(proposed(1_001), { levelOfCare: levelOfCare('iop') })),
      JSON.stringify(hookRequest(proposed(1), { levelOfCare: levelOfCare('iop'), booked: { resourceType: 'Bundle', entry: new Array(125_000).fill(0) } })),
    ];
    const refused: number[] = [];
    let stop = false;
    const attacker = async (offset: number): Promise<void> => {
      for (let sent = offset; !stop; sent++) {
        const response = await call(attacks[sent % attacks.length]);
        refused.push(response.status);
        expect((await bodyOf(response)).resourceType).toBe('OperationOutcome');
      }
    };
    const attackers = [0, 1, 2, 3].map(attacker);
    const answers: number[] = [];
    try {
      for (let index = 0; index < 100; index++) {
        const response = await call(hookRequest(proposed(1), { levelOfCare: levelOfCare('iop') }));
        answers.push(response.status);
        expect((await bodyOf(response)).cards.length).toBeGreaterThan(0);
      }
    } finally {
      stop = true;
      await Promise.all(attackers);
    }
    expect(answers).toEqual(new Array(100).fill(200));
    expect(refused.length).toBeGreaterThanOrEqual(4);
    expect(new Set(refused)).toEqual(new Set([422]));
  }, 60_000);
});

describe('required data: prefetched, fetched from a trusted FHIR server, or 412', () => {
  const twoDays = [appointment('a1', '2026-03-02'), appointment('a2', '2026-03-04')];

  /** A FHIR server on 127.0.0.1 that answers each search from `routes` and records what it was asked. */
  async function fhirServer(routes: Record<string, { status: number; body: unknown }>): Promise<{ url: string; seen: { path: string; authorization?: string }[] }> {
    const seen: { path: string; authorization?: string }[] = [];
    const server = createServer((request, response) => {
      const path = decodeURIComponent(request.url ?? '');
      seen.push({ path, ...(request.headers.authorization === undefined ? {} : { authorization: request.headers.authorization }) });
      const route = Object.entries(routes).find(([prefix]) => path.startsWith(prefix))?.[1] ?? { status: 404, body: {} };
      response.writeHead(route.status, { 'content-type': 'application/fhir+json' }).end(JSON.stringify(route.body));
    });
    started.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/fhir`, seen };
  }

  it('answers 412 with an OperationOutcome when the level is neither prefetched nor fetchable', async () => {
    for (const prefetch of [undefined, { booked: bundle([], 'searchset') }]) {
      const message = await refusalOf(await call(hookRequest(twoDays, prefetch)), 412, 'prefetch_unavailable');
      expect(message).toContain('"levelOfCare"');
    }
  });

  it('answers 412 when the booked appointments are missing, or came back as an OperationOutcome (the EHR could not prefetch them)', async () => {
    const withoutBooked = { ...hookRequest(twoDays, { levelOfCare: levelOfCare('iop') }), prefetch: { levelOfCare: levelOfCare('iop') } };
    expect(await refusalOf(await call(withoutBooked), 412, 'prefetch_unavailable')).toContain('"booked"');
    const failed = { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'exception' }] };
    await refusalOf(await call(hookRequest(twoDays, { levelOfCare: levelOfCare('iop'), booked: failed })), 412, 'prefetch_unavailable');
  });

  it('queries a trusted FHIR server with the request’s bearer token for what was not prefetched', async () => {
    const ehr = await fhirServer({
      '/fhir/EpisodeOfCare?patient=p-1001&status=active': { status: 200, body: levelOfCare('iop') },
      '/fhir/Appointment?patient=p-1001': { status: 200, body: bundle([appointment('b3', '2026-03-06', 'booked')], 'searchset') },
    });
    const url = await start({ trustedFhirServers: [ehr.url] });
    const request = { ...hookRequest(twoDays, undefined), fhirServer: ehr.url, fhirAuthorization: { access_token: 'token-1', token_type: 'Bearer', scope: 'patient/*.read', subject: 'cds' } };
    const cards = await cardsOf(request, url);
    // Mon and Wed proposed, Fri booked on the EHR: 9 h on 3 days.
    expect(cards.map((card) => card.summary)).toEqual(['Schedule meets Intensive outpatient (IOP) requirements: week of 2026-03-02, 9 h on 3 days.']);
    expect(ehr.seen.map((request) => request.authorization)).toEqual(['Bearer token-1', 'Bearer token-1']);
  });

  it('never queries a FHIR server it does not trust, and answers 412 when a trusted one fails', async () => {
    const ehr = await fhirServer({ '/fhir/EpisodeOfCare': { status: 500, body: {} } });
    const untrusted = { ...hookRequest(twoDays, undefined), fhirServer: ehr.url, fhirAuthorization: { access_token: 't' } };
    await refusalOf(await call(untrusted), 412, 'prefetch_unavailable');
    expect(ehr.seen).toEqual([]);
    const url = await start({ trustedFhirServers: [`${ehr.url}/`] });
    expect(await refusalOf(await call(untrusted, url), 412, 'prefetch_unavailable')).toContain('answered 500');
  });
});

describe('POST /cds-services/{id}/feedback', () => {
  const feedbackUrl = `/cds-services/${SCHEDULE_SERVICE_ID}/feedback`;

  it('records accepted and overridden cards, keeping only the latest entries', async () => {
    const feedback = new FeedbackLog(2);
    const url = await start({ feedback });
    const at = '2026-03-02T10:00:00Z';
    const send = (body: unknown) => call(body, url, undefined, feedbackUrl);
    expect((await send({ feedback: [{ card: 'c1', outcome: 'accepted', outcomeTimestamp: at, acceptedSuggestions: [{ id: 's1' }] }] })).status).toBe(200);
    const overridden = { card: 'c2', outcome: 'overridden', outcomeTimestamp: at, overrideReason: { userComment: 'Patient travels that week' } };
    expect((await send({ feedback: [overridden, { card: 'c3', outcome: 'accepted', outcomeTimestamp: at }] })).status).toBe(200);
    expect(feedback.entries()).toEqual([
      { serviceId: SCHEDULE_SERVICE_ID, card: 'c2', outcome: 'overridden', outcomeTimestamp: at, overrideReason: { userComment: 'Patient travels that week' } },
      { serviceId: SCHEDULE_SERVICE_ID, card: 'c3', outcome: 'accepted', outcomeTimestamp: at },
    ]);
  });

  it.each([
    ['no feedback list', {}],
    ['a card without a uuid', { feedback: [{ outcome: 'accepted', outcomeTimestamp: '2026-03-02T10:00:00Z' }] }],
    ['an unknown outcome', { feedback: [{ card: 'c1', outcome: 'maybe', outcomeTimestamp: '2026-03-02T10:00:00Z' }] }],
    ['no timestamp', { feedback: [{ card: 'c1', outcome: 'accepted' }] }],
  ])('answers 400 with an OperationOutcome for %s', async (_name, body) => {
    await refusalOf(await call(body, base, undefined, feedbackUrl), 400, 'invalid_feedback');
  });

  it('answers 404 for the feedback of a service that does not exist', async () => {
    await refusalOf(await call({ feedback: [] }, base, undefined, '/cds-services/nothing/feedback'), 404, 'not_found');
  });
});

describe('POST /cds-services/level-of-care-discharge (encounter-discharge)', () => {
  const DISCHARGE_URL = `/cds-services/${DISCHARGE_SERVICE_ID}`;

  const encounter = (end: string | undefined, type: unknown[] = []) => ({
    resourceType: 'Encounter',
    id: 'enc-1',
    status: end === undefined ? 'in-progress' : 'finished',
    class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'IMP' },
    period: { start: '2026-03-01T09:00:00-05:00', ...(end === undefined ? {} : { end }) },
    type,
  });

  const discharge = (prefetch: Record<string, unknown> | undefined) => ({
    hook: 'encounter-discharge',
    hookInstance: '0b6ab1b2-6e8a-4bd4-9f3e-2f7f3b0d2a11',
    context: { userId: 'Practitioner/pr-7', patientId: 'p-1001', encounterId: 'enc-1' },
    ...(prefetch === undefined ? {} : { prefetch }),
  });

  it('after residential care, gives the follow-up dates (from the day after discharge, by 7 and by 30 days) and the step down to PHP', async () => {
    // Discharged Friday 2026-03-20 at 10:00 New York time: follow-up counts from 2026-03-21.
    const cards = await cardsOf(discharge({ encounter: encounter('2026-03-20T10:00:00-04:00'), levelOfCare: levelOfCare('residential') }), base, DISCHARGE_URL);
    expect(cards.map((card) => [card.indicator, card.summary])).toEqual([
      ['warning', 'Book follow-up after RES discharge: a visit from 2026-03-21, by 2026-03-27 (7 days) and by 2026-04-19 (30 days).'],
      ['info', 'Discharge from Residential treatment (RES) on 2026-03-20: the next step down is Partial hospitalization (PHP).'],
    ]);
    expect(cards[0]?.detail).toContain('A visit on the discharge date (2026-03-20) does not count');
    expect(cards[1]?.source.label).toBe('level-of-care discharge planning');
  });

  it('after intensive outpatient care, gives the step down to outpatient and no follow-up dates (not high-intensity care)', async () => {
    const cards = await cardsOf(discharge({ encounter: encounter('2026-03-20T16:00:00-04:00'), levelOfCare: levelOfCare('iop') }), base, DISCHARGE_URL);
    expect(cards.map((card) => card.summary)).toEqual(['Discharge from Intensive outpatient (IOP) on 2026-03-20: the next step down is Outpatient (OP).']);
  });

  it('reads the level from the encounter’s HCPCS program code when no episode is recorded, and says when aftercare is the last step', async () => {
    const coded = encounter('2026-03-20T16:00:00-04:00', [{ coding: [{ system: HCPCS_SYSTEM, code: 'S9480' }] }]);
    const cards = await cardsOf(discharge({ encounter: coded, levelOfCare: null }), base, DISCHARGE_URL);
    expect(cards[0]?.summary).toContain('Discharge from Intensive outpatient (IOP)');
    const last = await cardsOf(discharge({ encounter: encounter('2026-03-20'), levelOfCare: levelOfCare('aftercare') }), base, DISCHARGE_URL);
    expect(last.map((card) => card.summary)).toEqual([
      'Discharge from Aftercare and continuing care (AC) on 2026-03-20: it is the last step of the pathway, with no level below it.',
    ]);
  });

  it('takes today, in the program’s time zone, as the discharge date of an encounter that has not ended', async () => {
    // 2026-03-21T02:00Z is still 2026-03-20 in New York (UTC−4).
    const url = await start({ now: () => new Date('2026-03-21T02:00:00Z') });
    const cards = await cardsOf(discharge({ encounter: encounter(undefined), levelOfCare: levelOfCare('detox') }), url, DISCHARGE_URL);
    expect(cards[0]?.summary).toBe('Book follow-up after WM discharge: a visit from 2026-03-21, by 2026-03-27 (7 days) and by 2026-04-19 (30 days).');
  });

  it.each(['2026-03', '2026', '2026-03-20T10:00', '2026-02-30', 'soon'])(
    'reads a period.end of %j, which names no single day, as no end: the discharge date is today in the program’s zone',
    async (end) => {
      // 2026-03-21T02:00Z is still 2026-03-20 in New York (UTC−4); `new Date('2026-03')` would have given 2026-02-28.
      const url = await start({ now: () => new Date('2026-03-21T02:00:00Z') });
      const cards = await cardsOf(discharge({ encounter: encounter(end), levelOfCare: levelOfCare('iop') }), url, DISCHARGE_URL);
      expect(cards.map((card) => card.summary)).toEqual(['Discharge from Intensive outpatient (IOP) on 2026-03-20: the next step down is Outpatient (OP).']);
    },
  );

  it('reads an instant in UTC as the day it falls on in the program’s zone: 2026-03-21T02:00:00Z is 2026-03-20 in New York', async () => {
    const cards = await cardsOf(discharge({ encounter: encounter('2026-03-21T02:00:00Z'), levelOfCare: levelOfCare('iop') }), base, DISCHARGE_URL);
    expect(cards[0]?.summary).toContain('on 2026-03-20:');
  });

  it('answers one warning card when no level is recorded, 400 without an encounter id, and 412 when the encounter is not prefetched', async () => {
    const cards = await cardsOf(discharge({ encounter: encounter('2026-03-20T10:00:00-04:00'), levelOfCare: null }), base, DISCHARGE_URL);
    expect(cards).toMatchObject([{ indicator: 'warning', summary: expect.stringMatching(/^Level of care unknown/) }]);
    const noId = { ...discharge({}), context: { patientId: 'p-1001' } };
    await refusalOf(await call(noId, base, undefined, DISCHARGE_URL), 400, 'invalid_cds_request');
    await refusalOf(await call(discharge({ levelOfCare: levelOfCare('iop') }), base, undefined, DISCHARGE_URL), 412, 'prefetch_unavailable');
  });
});
