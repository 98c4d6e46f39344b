import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiServer } from '../../examples/http-api/server.js';
import type { RequestLogEntry } from '../../examples/_shared/http.js';

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
    expect(response.status).toBe(400);
    expect(await bodyOf(response)).toEqual({
      error: {
        status: 400,
        code: 'unknown_policy',
        message: 'Unknown policy "medicaid-1999"; use one of general, medicare-2024, hcpcs-h0015.',
      },
    });
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
    expect(response.status).toBe(400);
    expect((await bodyOf(response)).error.message).toBe('policy must be a policy id: one of general, medicare-2024, hcpcs-h0015.');
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
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = await bodyOf(response);
    expect(body.error.code).toBe('invalid_json');
    expect(body.error.message).toMatch(/^The request body is not valid JSON/);
  });

  it('answers 400 for an empty body and for a body that is not an object', async () => {
    expect((await bodyOf(await post('/plan', ''))).error.code).toBe('empty_body');
    const array = await post('/plan', []);
    expect(array.status).toBe(400);
    expect((await bodyOf(array)).error.code).toBe('invalid_body');
  });

  it('answers 400 for bytes that are not UTF-8', async () => {
    const response = await fetch(`${base}/recommend`, { method: 'POST', headers: JSON_TYPE, body: new Uint8Array([0x7b, 0xff, 0x7d]) });
    expect(response.status).toBe(400);
    expect((await bodyOf(response)).error.code).toBe('invalid_encoding');
  });

  it('accepts a body of exactly 1 MiB = 1,048,576 bytes and refuses one byte more with 413', async () => {
    const json = JSON.stringify({ sessions: threeHourSessions(MON_WED_FRI), level: 'iop', timeZone: 'America/New_York' });
    const exact = json.padEnd(1024 * 1024, ' ');
    expect((await post('/schedule/validate', exact)).status).toBe(200);
    const over = await post('/schedule/validate', `${exact} `);
    expect(over.status).toBe(413);
    expect((await bodyOf(over)).error.code).toBe('payload_too_large');
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
    expect(text.status).toBe(415);
    expect((await bodyOf(text)).error.code).toBe('unsupported_media_type');
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
    expect((await bodyOf(response)).error.code).toBe('method_not_allowed');
  });

  it('answers 404 for an unknown path, whatever the method', async () => {
    const response = await post('/validate', {});
    expect(response.status).toBe(404);
    expect((await bodyOf(response)).error.code).toBe('not_found');
    expect((await fetch(`${base}/`)).status).toBe(404);
  });

  it('routes on the path only, ignoring a query string', async () => {
    const response = await fetch(`${base}/plan?debug=1`, { method: 'POST', headers: JSON_TYPE, body: JSON.stringify({ start: 'op', startDate: '2026-03-02', through: 'op' }) });
    expect(response.status).toBe(200);
  });

  it('answers refusals as an OperationOutcome to a FHIR client', async () => {
    const response = await post('/schedule/validate', '{', FHIR_ACCEPT);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/fhir+json; charset=utf-8');
    expect(await bodyOf(response)).toEqual({
      resourceType: 'OperationOutcome',
      issue: [
        {
          severity: 'error',
          code: 'invalid',
          details: { text: 'invalid_json' },
          diagnostics: expect.stringMatching(/^The request body is not valid JSON/),
        },
      ],
    });
  });
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
