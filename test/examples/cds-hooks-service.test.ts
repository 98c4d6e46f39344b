import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEVEL_CODE_SYSTEM } from 'level-of-care/fhir';
import { POLICIES } from 'level-of-care';
import { createCdsServer, PREFETCH, SERVICE_ID } from '../../examples/cds-hooks-service/server.js';

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

const SERVICE_URL = `/cds-services/${SERVICE_ID}`;

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

const hookRequest = (appointments: readonly unknown[], prefetch: Record<string, unknown> | undefined) => ({
  hook: 'appointment-book',
  hookInstance: 'd1577c69-dfbe-44ad-ba6d-3e05e953b2ea',
  fhirServer: 'https://ehr.example.org/fhir',
  context: { userId: 'Practitioner/pr-7', patientId: 'p-1001', appointments: bundle(appointments) },
  ...(prefetch === undefined ? {} : { prefetch }),
});

async function call(body: unknown, url = base, headers: Record<string, string> = { 'content-type': 'application/json' }): Promise<Response> {
  return fetch(`${url}${SERVICE_URL}`, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
}

async function cardsOf(body: unknown, url = base): Promise<{ summary: string; indicator: string; detail?: string; source: { label: string } }[]> {
  const response = await call(body, url);
  expect(response.status).toBe(200);
  const json = await bodyOf(response);
  expect(Object.keys(json)).toEqual(['cards']);
  return json.cards;
}

const levelOfCare = (code: string) => bundle([episodeOfCare(code)], 'searchset');

describe('GET /cds-services (discovery)', () => {
  it('describes one appointment-book service with its prefetch templates', async () => {
    const response = await fetch(`${base}/cds-services`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const discovery = await bodyOf(response);
    expect(discovery.services).toHaveLength(1);
    expect(discovery.services[0]).toMatchObject({
      hook: 'appointment-book',
      id: 'level-of-care-schedule',
      title: expect.any(String),
      description: expect.any(String),
      prefetch: {
        levelOfCare: 'EpisodeOfCare?patient={{context.patientId}}&status=active',
        booked: 'Appointment?patient={{context.patientId}}&status=booked,arrived,checked-in,fulfilled',
      },
    });
    expect(discovery.services[0].prefetch).toEqual(PREFETCH);
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

  it('answers one warning card when the level is missing, unknown or coded in another system', async () => {
    const otherSystem = { ...episodeOfCare('iop'), type: [{ coding: [{ system: 'http://snomed.info/sct', code: 'iop' }] }] };
    for (const prefetch of [undefined, {}, { levelOfCare: null }, { levelOfCare: levelOfCare('spa') }, { levelOfCare: otherSystem }]) {
      const cards = await cardsOf(hookRequest([appointment('a1', '2026-03-02')], prefetch));
      expect(cards).toHaveLength(1);
      expect(cards[0]).toMatchObject({ indicator: 'warning', summary: expect.stringMatching(/^Level of care unknown/) });
    }
  });

  it('adds a warning card for a proposed resource that is not a session', async () => {
    const cards = await cardsOf(
      hookRequest(
        [appointment('a1', '2026-03-02'), appointment('a2', '2026-03-04'), appointment('a3', '2026-03-06'), { resourceType: 'Patient', id: 'p-1001' }],
        { levelOfCare: levelOfCare('iop') },
      ),
    );
    expect(cards.map((card) => card.indicator)).toEqual(['warning', 'info']);
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
  ])('answers 400 with a JSON error for %s', async (_name, body) => {
    const response = await call(body);
    expect(response.status).toBe(400);
    const json = await bodyOf(response);
    expect(json.error).toMatchObject({ status: 400, code: 'invalid_cds_request', message: expect.any(String) });
  });

  it('answers 400 for malformed JSON', async () => {
    const response = await call('{"hook": "appointment-book",');
    expect(response.status).toBe(400);
    expect((await bodyOf(response)).error.code).toBe('invalid_json');
  });

  it('answers 413 for a body over 1 MiB and 415 for a body that is not JSON', async () => {
    expect((await call(' '.repeat(1024 * 1024 + 1))).status).toBe(413);
    expect((await call(JSON.stringify(valid), base, { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(415);
  });

  it('answers 405 with Allow for the wrong method on each route, and 404 elsewhere', async () => {
    const get = await fetch(`${base}${SERVICE_URL}`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    const post = await fetch(`${base}/cds-services`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET');
    expect((await fetch(`${base}/cds-services/another-service`)).status).toBe(404);
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
