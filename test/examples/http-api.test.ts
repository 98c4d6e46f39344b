import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiServer, ERROR_CODE_SYSTEM } from '../../examples/http-api/server.js';
import type { RequestLogEntry } from '../../examples/_shared/http.js';
import { fhirProblems } from '../fhir/fhirValidator.js';

// The example imports `level-of-care` by name, so these tests run against the built package (dist/).

let server: Server;
let base: string;
const logged: RequestLogEntry[] = [];

beforeAll(async () => {
  server = createApiServer({ log: (entry) => logged.push(entry) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** A response body parsed as JSON; the assertions below read it structurally. */
const bodyOf = (response: Response): Promise<any> => response.json();

const JSON_TYPE = { 'content-type': 'application/json' };
const FHIR_ACCEPT = { ...JSON_TYPE, accept: 'application/fhir+json' };

async function post(path: string, body: unknown, headers: Record<string, string> = JSON_TYPE): Promise<Response> {
  return fetch(`${base}${path}`, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
}

/**
 * A refusal: `status`, and an OperationOutcome (valid R4) with one error issue carrying the stable
 * `code`; returns its `diagnostics`.
 */
async function refusalOf(response: Response, status: number, code: string): Promise<string> {
  expect(response.status).toBe(status);
  const outcome = await bodyOf(response);
  expect(fhirProblems(outcome)).toEqual([]);
  expect(outcome).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', details: { coding: [{ system: ERROR_CODE_SYSTEM, code }] } }] });
  expect(outcome.issue).toHaveLength(1);
  return outcome.issue[0].diagnostics as string;
}

/** A 09:00–12:00 group session (3 h) on each date, in New York winter time (UTC−5). */
const threeHourSessions = (dates: readonly string[]) =>
  dates.map((date, index) => ({
    id: `s${index + 1}`,
    start: `${date}T09:00:00-05:00`,
    end: `${date}T12:00:00-05:00`,
    service: 'group',
  }));

const MON_WED_FRI = ['2026-03-02', '2026-03-04', '2026-03-06'];

const fullAssessment = {
  risk: { withdrawal: 0, biomedical: 0, psychiatric: 1, readiness: 1, relapse: 2, environment: 1 },
  findings: {
    imminentDanger: false,
    needsMedicallyManagedWithdrawal: false,
    unstableMedicalCondition: false,
    eatingDisorderNeedsMealSupport: false,
    motivatedForTreatment: true,
    stableSubstanceFreeHome: true,
    canAttendDaysPerWeek: 4,
  },
};

describe('POST /schedule/validate', () => {
  it('accepts Mon/Wed/Fri 09:00–12:00 in New York for IOP: 3 days × 3 h = 9 h = 540 min, at least 9 h on 3 days', async () => {
    const response = await post('/schedule/validate', {
      sessions: threeHourSessions(MON_WED_FRI),
      level: 'iop',
      timeZone: 'America/New_York',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const result = await bodyOf(response);
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([]);
    expect(result.weeks).toEqual([
      {
        weekStart: '2026-03-02',
        minutes: 540,
        hours: 9,
        days: 3,
        serviceDates: MON_WED_FRI,
        byService: { group: 540 },
        sessions: 3,
        partial: false,
      },
    ]);
  });

  it('fails 2 days × 3 h = 6 h for IOP on both weekly minimums (6 < 9 h, 2 < 3 days)', async () => {
    const response = await post('/schedule/validate', {
      sessions: threeHourSessions(MON_WED_FRI.slice(0, 2)),
      level: 'iop',
      timeZone: 'America/New_York',
    });
    expect(response.status).toBe(200);
    const result = await bodyOf(response);
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue: { code: string }) => issue.code)).toEqual(['week_hours_below_minimum', 'week_days_below_minimum']);
    expect(result.weeks[0]).toMatchObject({ minutes: 360, hours: 6, days: 2 });
  });

  it('maps the policy id through getPolicy: under hcpcs-h0015, 3 days of 2.5 h (< 3 h) are not service days', async () => {
    const sessions = MON_WED_FRI.map((date) => ({ start: `${date}T09:00:00-05:00`, end: `${date}T11:30:00-05:00`, service: 'group' }));
    const response = await post('/schedule/validate', { sessions, level: 'iop', timeZone: 'America/New_York', policy: 'hcpcs-h0015' });
    const result = await bodyOf(response);
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue: { code: string }) => issue.code)).toEqual([
      'week_days_below_minimum',
      'day_hours_below_minimum',
      'day_hours_below_minimum',
      'day_hours_below_minimum',
    ]);
  });

  it('passes population, weekStartsOn and stay through to the validator', async () => {
    // Adolescent IOP needs at least 6 h: 2 days × 3 h = 6 h meets it, but 2 < 3 days still fails.
    const response = await post('/schedule/validate', {
      sessions: threeHourSessions(MON_WED_FRI.slice(0, 2)),
      level: 'iop',
      timeZone: 'America/New_York',
      population: 'adolescent',
      weekStartsOn: 0,
      stay: { start: '2026-03-01', end: '2026-03-07' },
    });
    const result = await bodyOf(response);
    expect(result.issues.map((issue: { code: string }) => issue.code)).toEqual(['week_days_below_minimum']);
    expect(result.weeks[0].weekStart).toBe('2026-03-01');
  });

  it('answers 400 for an unknown policy id, naming the known ones', async () => {
    const response = await post('/schedule/validate', { sessions: [], level: 'iop', timeZone: 'UTC', policy: 'medicaid-1999' });
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await refusalOf(response, 400, 'unknown_policy')).toBe('Unknown policy "medicaid-1999"; use one of general, medicare-2024, hcpcs-h0015.');
  });

  it('reports a bad level as the library’s invalid_input issue (200, ok false), not as an HTTP error', async () => {
    const response = await post('/schedule/validate', { sessions: [], level: 'spa', timeZone: 'America/New_York' });
    expect(response.status).toBe(200);
    const result = await bodyOf(response);
    expect(result.ok).toBe(false);
    expect(result.issues[0]).toMatchObject({ code: 'invalid_input', path: ['options', 'level'] });
  });

  it('answers an OperationOutcome as application/fhir+json when the client accepts FHIR', async () => {
    const response = await post(
      '/schedule/validate',
      { sessions: threeHourSessions(MON_WED_FRI.slice(0, 2)), level: 'iop', timeZone: 'America/New_York' },
      FHIR_ACCEPT,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/fhir+json; charset=utf-8');
    const outcome = await bodyOf(response);
    expect(outcome.resourceType).toBe('OperationOutcome');
    expect(outcome.issue.map((issue: { severity: string; code: string; expression: string[] }) => [issue.severity, issue.code, issue.expression])).toEqual([
      ['error', 'business-rule', ['weeks.`2026-03-02`']],
      ['error', 'business-rule', ['weeks.`2026-03-02`']],
    ]);
  });

  it('answers a valid schedule in FHIR with the single information issue FHIR requires', async () => {
    const response = await post(
      '/schedule/validate',
      { sessions: threeHourSessions(MON_WED_FRI), level: 'iop', timeZone: 'America/New_York' },
      { ...JSON_TYPE, accept: 'application/json;q=0.5, application/fhir+json' },
    );
    expect(await bodyOf(response)).toEqual({
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'information', code: 'informational', diagnostics: 'No issues found.' }],
    });
  });

  it('keeps JSON when the client prefers application/json over FHIR', async () => {
    const response = await post(
      '/schedule/validate',
      { sessions: threeHourSessions(MON_WED_FRI), level: 'iop', timeZone: 'America/New_York' },
      { ...JSON_TYPE, accept: 'application/json, application/fhir+json;q=0.9' },
    );
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect((await bodyOf(response)).ok).toBe(true);
  });
});

describe('POST /recommend', () => {
  it('recommends IOP when the highest rating is relapse 2 (placement minimum iop) and explains why', async () => {
    const response = await post('/recommend', fullAssessment);
    expect(response.status).toBe(200);
    const result = await bodyOf(response);
    expect(result).toMatchObject({
      level: 'iop',
      status: 'recommended',
      indicatedLevel: 'iop',
      availabilityGap: false,
      drivers: [{ dimension: 'relapse', rating: 2, minimumLevel: 'iop' }],
      missing: [],
    });
    expect(typeof result.explanation).toBe('string');
    expect(result.explanation).toMatch(/^Recommended level: Intensive outpatient/);
  });

  it('takes { assessment, availableLevels, policy }: without IOP, the next more intensive available level (php) is chosen', async () => {
    const response = await post('/recommend', { assessment: fullAssessment, availableLevels: ['php', 'op'], policy: 'general' });
    const result = await bodyOf(response);
    expect(result).toMatchObject({ level: 'php', indicatedLevel: 'iop', availabilityGap: true });
  });

  it('gives a provisional answer with the missing fields when most of the assessment is unknown', async () => {
    const result = await bodyOf(await post('/recommend', { risk: { relapse: 2 } }));
    expect(result.status).toBe('provisional');
    expect(result.missing).toContain('risk.withdrawal');
    expect(result.provisionalRange).toEqual({ least: 'iop', most: 'inpatient' });
  });

  it('answers 400 for a policy that is not an id string in the wrapped form', async () => {
    const response = await post('/recommend', { assessment: fullAssessment, policy: 42 });
    expect(await refusalOf(response, 400, 'unknown_policy')).toBe('policy must be a policy id: one of general, medicare-2024, hcpcs-h0015.');
  });

  it('answers the recommendation’s issues as an OperationOutcome for a FHIR client', async () => {
    const response = await post('/recommend', fullAssessment, FHIR_ACCEPT);
    expect(response.headers.get('content-type')).toBe('application/fhir+json; charset=utf-8');
    expect((await bodyOf(response)).resourceType).toBe('OperationOutcome');
  });
});

describe('POST /plan', () => {
  const body = { start: 'iop', startDate: '2026-03-02', through: 'op', lengthOfStayDays: { iop: 56, op: 90 } };

  it('plans IOP then OP: 2026-03-02 + 55 days = 2026-04-26 (30 days in March, 26 in April), then 90 days to 2026-07-25', async () => {
    const response = await post('/plan', body);
    expect(response.status).toBe(200);
    expect(await bodyOf(response)).toEqual({
      ok: true,
      phases: [
        { level: 'iop', start: '2026-03-02', end: '2026-04-26', expectedDays: 56 },
        { level: 'op', start: '2026-04-27', end: '2026-07-25', expectedDays: 90 },
      ],
      notes: [],
      issues: [],
    });
  });

  it('answers a CarePlan for a FHIR client, one activity per phase', async () => {
    const response = await post('/plan', body, FHIR_ACCEPT);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/fhir+json; charset=utf-8');
    const carePlan = await bodyOf(response);
    expect(carePlan.resourceType).toBe('CarePlan');
    expect(carePlan.period).toEqual({ start: '2026-03-02', end: '2026-07-25' });
    expect(carePlan.activity.map((activity: { detail: { code: { coding: { code: string }[] } } }) => activity.detail.code.coding[0]?.code)).toEqual([
      'iop',
      'op',
    ]);
  });

  it('reports a bad start as invalid_input (200, ok false) in JSON and as 422 with an OperationOutcome in FHIR', async () => {
    const json = await post('/plan', { start: 'rehab', startDate: '2026-03-02' });
    expect(json.status).toBe(200);
    const result = await bodyOf(json);
    expect(result.ok).toBe(false);
    expect(result.issues[0]).toMatchObject({ code: 'invalid_input', path: ['start'] });

    const fhir = await post('/plan', { start: 'rehab', startDate: '2026-03-02' }, FHIR_ACCEPT);
    expect(fhir.status).toBe(422);
    const outcome = await bodyOf(fhir);
    expect(outcome.resourceType).toBe('OperationOutcome');
    expect(outcome.issue[0]).toMatchObject({ severity: 'error', code: 'invalid', expression: ['start'] });
  });
});

describe('refusals', () => {
  it('answers 400 with a clear JSON message for malformed JSON', async () => {
    const response = await post('/schedule/validate', '{"sessions": [');
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await refusalOf(response, 400, 'invalid_json')).toMatch(/^The request body is not valid JSON/);
  });

  it('answers 400 for an empty body and for a body that is not an object', async () => {
    await refusalOf(await post('/plan', ''), 400, 'empty_body');
    await refusalOf(await post('/plan', []), 400, 'invalid_body');
  });

  it('answers 400 for bytes that are not UTF-8', async () => {
    const response = await fetch(`${base}/recommend`, { method: 'POST', headers: JSON_TYPE, body: new Uint8Array([0x7b, 0xff, 0x7d]) });
    await refusalOf(response, 400, 'invalid_encoding');
  });

  it('accepts a body of exactly 1 MiB = 1,048,576 bytes and refuses one byte more with 413', async () => {
    const json = JSON.stringify({ sessions: threeHourSessions(MON_WED_FRI), level: 'iop', timeZone: 'America/New_York' });
    const exact = json.padEnd(1024 * 1024, ' ');
    expect((await post('/schedule/validate', exact)).status).toBe(200);
    const over = await post('/schedule/validate', `${exact} `);
    expect(await refusalOf(over, 413, 'payload_too_large')).toBe('The request body is larger than this server takes (at most 1,048,576 bytes, maxBodyBytes).');
  });

  it('refuses an oversized body sent without a Content-Length (chunked) with 413', async () => {
    const chunk = new TextEncoder().encode(' '.repeat(64 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        // 20 × 64 KiB = 1.25 MiB, more than the limit.
        if (sent++ < 20) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await fetch(`${base}/schedule/validate`, { method: 'POST', headers: JSON_TYPE, body, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(413);
  });

  it('answers 415 for a body that is not JSON by its Content-Type, or not UTF-8, or compressed', async () => {
    const text = await post('/recommend', JSON.stringify(fullAssessment), { 'content-type': 'text/plain' });
    await refusalOf(text, 415, 'unsupported_media_type');
    const latin1 = await post('/recommend', JSON.stringify(fullAssessment), { 'content-type': 'application/json; charset=latin1' });
    expect(latin1.status).toBe(415);
    const gzip = await post('/recommend', JSON.stringify(fullAssessment), { ...JSON_TYPE, 'content-encoding': 'gzip' });
    expect(gzip.status).toBe(415);
  });

  it('accepts application/fhir+json as a request body type', async () => {
    const response = await post('/recommend', fullAssessment, { 'content-type': 'application/fhir+json' });
    expect(response.status).toBe(200);
  });

  it('answers 405 with Allow: POST for another method on a known path', async () => {
    const response = await fetch(`${base}/schedule/validate`);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    await refusalOf(response, 405, 'method_not_allowed');
  });

  it('answers 404 for an unknown path, whatever the method', async () => {
    await refusalOf(await post('/validate', {}), 404, 'not_found');
    expect((await fetch(`${base}/`)).status).toBe(404);
  });

  it('routes on the path only, ignoring a query string', async () => {
    const response = await fetch(`${base}/plan?debug=1`, { method: 'POST', headers: JSON_TYPE, body: JSON.stringify({ start: 'op', startDate: '2026-03-02', through: 'op' }) });
    expect(response.status).toBe(200);
  });

  it('answers refusals as an OperationOutcome, as application/fhir+json to a FHIR client', async () => {
    const response = await post('/schedule/validate', '{', FHIR_ACCEPT);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/fhir+json; charset=utf-8');
    const message = expect.stringMatching(/^The request body is not valid JSON/);
    expect(await bodyOf(response)).toEqual({
      resourceType: 'OperationOutcome',
      issue: [
        {
          severity: 'error',
          code: 'invalid',
          details: { coding: [{ system: ERROR_CODE_SYSTEM, code: 'invalid_json' }], text: message },
          diagnostics: message,
        },
      ],
    });
  });
});

describe('work limits: what one request may carry and cause', () => {
  /** The amplifying body: 95 bytes asking for every week from 0001-01-01 to 9999-12-31. */
  const STAY_ATTACK = '{"sessions":[],"level":"iop","timeZone":"UTC","stay":{"start":"0001-01-01","end":"9999-12-31"}}';
  const zeros = (count: number): number[] => new Array<number>(count).fill(0);

  it('refuses the 95-byte stay from 0001-01-01 to 9999-12-31 with 422, naming maxSpanDays, before any week is built', async () => {
    expect(STAY_ATTACK).toHaveLength(95);
    const response = await post('/schedule/validate', STAY_ATTACK);
    // 0001-01-01 to 9999-12-31 is 3,652,058 days (9,999 years × 365 + 2,424 leap days − 1).
    expect(await refusalOf(response, 422, 'span_too_long')).toBe(
      'stay.end: the stay from 0001-01-01 to 9999-12-31 spans 3,652,058 days, more than this server takes in one request (at most 731, maxSpanDays).',
    );
  });

  it('points the OperationOutcome at stay.end with the R4 issue type too-costly, for JSON and FHIR clients alike', async () => {
    const outcome = await bodyOf(await post('/schedule/validate', STAY_ATTACK));
    expect(outcome.issue[0]).toMatchObject({ severity: 'error', code: 'too-costly', expression: ['stay.end'] });
    const fhir = await post('/schedule/validate', STAY_ATTACK, FHIR_ACCEPT);
    expect(fhir.headers.get('content-type')).toBe('application/fhir+json; charset=utf-8');
    expect(await bodyOf(fhir)).toEqual(outcome);
  });

  it('takes a stay of 731 days (2026-01-01 to 2028-01-02: 365 + 365 + 1) and refuses 732', async () => {
    const stay = (end: string) => ({ sessions: threeHourSessions(MON_WED_FRI), level: 'iop', timeZone: 'America/New_York', stay: { start: '2026-01-01', end } });
    const within = await post('/schedule/validate', stay('2028-01-02'));
    expect(within.status).toBe(200);
    // Every week of the stay is reported: Monday 2025-12-29 to Monday 2027-12-27 is 728 days, 104
    // weeks apart, so 105 weeks.
    const result = await bodyOf(within);
    expect(result.weeks).toHaveLength(105);
    expect(result.weeks[0].weekStart).toBe('2025-12-29');
    expect(await refusalOf(await post('/schedule/validate', stay('2028-01-03')), 422, 'span_too_long')).toContain('spans 732 days');
  });

  it('counts a stay without an end through its last session: 2024-01-01 to a session on 2026-03-02 is 791 days', async () => {
    // 366 (2024) + 365 (2025) + 31 (January) + 28 (February) + 1 = 791 days.
    const body = { sessions: threeHourSessions(['2026-03-02']), level: 'iop', timeZone: 'America/New_York', stay: { start: '2024-01-01' } };
    const response = await post('/schedule/validate', body);
    expect(await refusalOf(response, 422, 'span_too_long')).toBe(
      'stay: the stay from 2024-01-01 runs 791 days to its last session, more than this server takes in one request (at most 731, maxSpanDays).',
    );
  });

  it('leaves a stay whose dates it cannot read to the library, which reports them as invalid_input', async () => {
    const response = await post('/schedule/validate', { sessions: [], level: 'iop', timeZone: 'UTC', stay: { start: '2026-02-30', end: 'soon' } });
    expect(response.status).toBe(200);
    const result = await bodyOf(response);
    expect(result.issues[0]).toMatchObject({ code: 'invalid_input', path: ['options', 'stay', 'start'] });
  });

  it('takes 1,000 sessions and refuses 1,001 with 422, naming maxSessions', async () => {
    const sessions = (count: number) => Array.from({ length: count }, (_, index) => threeHourSessions(MON_WED_FRI)[index % 3]);
    expect((await post('/schedule/validate', { sessions: sessions(1_000), level: 'iop', timeZone: 'America/New_York' })).status).toBe(200);
    const response = await post('/schedule/validate', { sessions: sessions(1_001), level: 'iop', timeZone: 'America/New_York' });
    expect(await refusalOf(response, 422, 'too_many_sessions')).toBe(
      'sessions: 1,001 entries, more than this server takes in one request (at most 1,000, maxSessions).',
    );
  });

  it('takes 100 available levels and refuses 101, on /recommend and on /plan', async () => {
    const levels = (count: number) => Array.from({ length: count }, (_, index) => ['php', 'iop', 'op'][index % 3]);
    expect((await post('/recommend', { assessment: fullAssessment, availableLevels: levels(100) })).status).toBe(200);
    expect((await post('/plan', { start: 'iop', startDate: '2026-03-02', availableLevels: levels(100) })).status).toBe(200);
    const message = 'availableLevels: 101 entries, more than this server takes in one request (at most 100, maxListEntries).';
    expect(await refusalOf(await post('/recommend', { assessment: fullAssessment, availableLevels: levels(101) }), 422, 'too_many_entries')).toBe(message);
    expect(await refusalOf(await post('/plan', { start: 'iop', startDate: '2026-03-02', availableLevels: levels(101) }), 422, 'too_many_entries')).toBe(message);
  });

  it('answers the 600 kB bodies of 125,000-element arrays (arrays once spread into arguments) with 422 on every route, never 500', async () => {
    const bodies: [string, Record<string, unknown>][] = [
      ['/plan', { start: 'iop', startDate: '2026-03-02', availableLevels: zeros(125_000), lengthOfStayDays: { iop: 56 } }],
      ['/recommend', { assessment: fullAssessment, availableLevels: zeros(125_000) }],
      ['/schedule/validate', { sessions: zeros(125_000), level: 'iop', timeZone: 'UTC' }],
    ];
    for (const [path, body] of bodies) {
      // Pad each body past 600 kB (the attack's size) with a field the routes do not read.
      const text = JSON.stringify({ ...body, padding: zeros(200_000) });
      expect(text.length).toBeGreaterThan(600_000);
      const code = path === '/schedule/validate' ? 'too_many_sessions' : 'too_many_entries';
      expect(await refusalOf(await post(path, text), 422, code)).toMatch(/^(availableLevels|sessions): 125,000 entries, more than/);
    }
  });

  it('answers a bare assessment with an availableLevels key as the assessment it is (the list is not read)', async () => {
    const response = await post('/recommend', { ...fullAssessment, availableLevels: zeros(125_000) });
    expect(response.status).toBe(200);
    expect((await bodyOf(response)).level).toBe('iop');
  });

  it('refuses with 422 an answer larger than maxResponseBytes instead of sending it, and takes its limits from the options', async () => {
    const small = createApiServer({ limits: { maxResponseBytes: 2_000, maxSessions: 20 } });
    await new Promise<void>((resolve) => small.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(small.address() as AddressInfo).port}/schedule/validate`;
      const send = (sessions: unknown[]) =>
        fetch(url, { method: 'POST', headers: JSON_TYPE, body: JSON.stringify({ sessions, level: 'iop', timeZone: 'UTC' }) });
      // Ten sessions that are empty objects: two invalid_input issues each, far more than 2,000 bytes.
      expect(await refusalOf(await send(new Array(10).fill({})), 422, 'response_too_large')).toMatch(
        /^The answer would be [\d,]+ bytes, more than this server sends \(at most 2,000, maxResponseBytes\)/,
      );
      expect((await send(threeHourSessions(MON_WED_FRI))).status).toBe(200);
      expect(await refusalOf(await send(new Array(21).fill({})), 422, 'too_many_sessions')).toContain('(at most 20, maxSessions)');
    } finally {
      small.closeAllConnections();
      await new Promise<void>((resolve) => small.close(() => resolve()));
    }
  });

  it('keeps answering everyone else while four clients send the amplifying requests without pause', async () => {
    const attacks: [string, string][] = [
      ['/schedule/validate', STAY_ATTACK],
      ['/plan', JSON.stringify({ start: 'iop', startDate: '2026-03-02', availableLevels: zeros(125_000), padding: zeros(175_000) })],
    ];
    const refused: { status: number; outcome: any }[] = [];
    let stop = false;
    const attacker = async (offset: number): Promise<void> => {
      for (let sent = offset; !stop; sent++) {
        const [path, body] = attacks[sent % attacks.length] as [string, string];
        const response = await post(path, body);
        refused.push({ status: response.status, outcome: await bodyOf(response) });
      }
    };
    const attackers = [0, 1, 2, 3].map(attacker);

    const answers: number[] = [];
    try {
      for (let index = 0; index < 200; index++) {
        if (index % 2 === 0) {
          const response = await post('/schedule/validate', { sessions: threeHourSessions(MON_WED_FRI), level: 'iop', timeZone: 'America/New_York' });
          answers.push(response.status);
          expect((await bodyOf(response)).ok).toBe(true);
        } else {
          const response = await post('/recommend', fullAssessment);
          answers.push(response.status);
          expect((await bodyOf(response)).level).toBe('iop');
        }
      }
    } finally {
      stop = true;
      await Promise.all(attackers);
    }

    expect(answers).toEqual(new Array(200).fill(200));
    expect(refused.length).toBeGreaterThanOrEqual(4);
    for (const { status, outcome } of refused) {
      expect(status).toBe(422);
      expect(outcome.resourceType).toBe('OperationOutcome');
      expect(['span_too_long', 'too_many_entries']).toContain(outcome.issue[0].details.coding[0].code);
    }
  }, 60_000);
});

describe('robustness', () => {
  const odd: readonly string[] = [
    'null',
    '42',
    '"text"',
    'true',
    '[]',
    '{}',
    '{"__proto__": {"polluted": true}, "sessions": {"__proto__": 1}}',
    '{"sessions": "many", "level": ["iop"], "timeZone": 5, "stay": [], "weekStartsOn": "monday"}',
    '{"sessions": [null, 1, {"start": {}, "end": [], "service": {}}], "level": "iop", "timeZone": "Nowhere/Else"}',
    '{"assessment": null, "availableLevels": "all"}',
    '{"risk": {"withdrawal": 9, "relapse": "high"}, "findings": {"canAttendDaysPerWeek": -1}}',
    '{"start": "detox", "startDate": "2026-02-30", "lengthOfStayDays": {"__proto__": 3, "iop": -5}}',
    `{"sessions": [{"start": ${'['.repeat(20_000)}${']'.repeat(20_000)}}], "level": "iop", "timeZone": "UTC"}`,
  ];

  it('never answers 5xx and keeps serving for odd bodies on every route', async () => {
    for (const path of ['/schedule/validate', '/recommend', '/plan']) {
      for (const body of odd) {
        const response = await post(path, body);
        expect(response.status, `${path} ${body.slice(0, 40)}`).toBeLessThan(500);
        await response.arrayBuffer();
      }
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect((await post('/plan', { start: 'op', startDate: '2026-03-02', through: 'op' })).status).toBe(200);
  });

  it('logs method, path, status and duration of each request, never the body', () => {
    expect(logged.length).toBeGreaterThan(0);
    for (const entry of logged) {
      expect(Object.keys(entry).sort()).toEqual(['method', 'milliseconds', 'path', 'status']);
      expect(entry.path.startsWith('/')).toBe(true);
    }
    expect(logged).toContainEqual(expect.objectContaining({ method: 'POST', path: '/schedule/validate', status: 413 }));
  });
});
