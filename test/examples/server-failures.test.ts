import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LEVEL_CODE_SYSTEM } from 'level-of-care/fhir';
import { createApiServer, ERROR_CODE_SYSTEM as API_ERRORS } from '../../examples/http-api/server.js';
import { createCdsServer, ERROR_CODE_SYSTEM as CDS_ERRORS, SCHEDULE_SERVICE_ID } from '../../examples/cds-hooks-service/server.js';
import { fhirProblems } from '../fhir/fhirValidator.js';

// Library calls that throw stand for any bug in a handler: the servers must answer 500 with an
// OperationOutcome that gives nothing away, and keep answering every other request.
vi.mock('level-of-care', async (importOriginal) => {
  const actual = await importOriginal<typeof import('level-of-care')>();
  return {
    ...actual,
    recommendLevel: () => {
      throw new RangeError('Maximum call stack size exceeded');
    },
    planPathway: () => {
      // Not even an Error.
      throw 'a string thrown from deep inside';
    },
  };
});
vi.mock('level-of-care/fhir', async (importOriginal) => {
  const actual = await importOriginal<typeof import('level-of-care/fhir')>();
  return {
    ...actual,
    sessionsFromFhir: () => {
      throw new TypeError("Cannot read properties of undefined (reading 'entry')");
    },
  };
});

const servers: Server[] = [];
let api: string;
let cds: string;

async function listen(server: Server): Promise<string> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  api = await listen(createApiServer());
  cds = await listen(createCdsServer());
});

afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

const post = (url: string, body: unknown, accept = 'application/json'): Promise<Response> =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept }, body: JSON.stringify(body) });

/** A 500 whose OperationOutcome (valid R4) says only that the request could not be processed. */
async function internalError(response: Response, codeSystem: string): Promise<void> {
  expect(response.status).toBe(500);
  const text = await response.text();
  expect(text).not.toMatch(/Maximum|string thrown|Cannot read|at .*\.(ts|js)/);
  const outcome = JSON.parse(text);
  expect(fhirProblems(outcome)).toEqual([]);
  expect(outcome).toEqual({
    resourceType: 'OperationOutcome',
    issue: [
      {
        severity: 'error',
        code: 'exception',
        details: { coding: [{ system: codeSystem, code: 'internal_error' }], text: 'The request could not be processed.' },
        diagnostics: 'The request could not be processed.',
      },
    ],
  });
}

describe('a handler that throws', () => {
  it('is answered 500 with an OperationOutcome by the HTTP example, for an Error and for a thrown string, in JSON and in FHIR', async () => {
    await internalError(await post(`${api}/recommend`, { risk: { relapse: 2 } }), API_ERRORS);
    await internalError(await post(`${api}/plan`, { start: 'iop', startDate: '2026-03-02' }), API_ERRORS);
    const fhir = await post(`${api}/plan`, { start: 'iop', startDate: '2026-03-02' }, 'application/fhir+json');
    expect(fhir.headers.get('content-type')).toBe('application/fhir+json; charset=utf-8');
    await internalError(fhir, API_ERRORS);
  });

  it('leaves the HTTP example answering every other request', async () => {
    const week = ['2026-03-02', '2026-03-04', '2026-03-06'].map((date) => ({
      start: `${date}T09:00:00-05:00`,
      end: `${date}T12:00:00-05:00`,
      service: 'group',
    }));
    const failing = Array.from({ length: 20 }, () => post(`${api}/recommend`, {}));
    const working = Array.from({ length: 20 }, () => post(`${api}/schedule/validate`, { sessions: week, level: 'iop', timeZone: 'America/New_York' }));
    const answers = await Promise.all([...failing, ...working]);
    expect(answers.map((response) => response.status)).toEqual([...new Array(20).fill(500), ...new Array(20).fill(200)]);
    expect(((await answers[20]?.json()) as { ok: boolean }).ok).toBe(true);
  });

  it('is answered 500 with an OperationOutcome by the CDS Hooks service, which keeps answering discovery and other hooks', async () => {
    const episode = {
      resourceType: 'EpisodeOfCare',
      status: 'active',
      type: [{ coding: [{ system: LEVEL_CODE_SYSTEM, code: 'iop' }] }],
    };
    const hook = {
      hook: 'appointment-book',
      hookInstance: 'd1577c69-dfbe-44ad-ba6d-3e05e953b2ea',
      context: { patientId: 'p-1001', appointments: { resourceType: 'Bundle', type: 'collection', entry: [] } },
      prefetch: { levelOfCare: episode, booked: { resourceType: 'Bundle', type: 'searchset', entry: [] } },
    };
    await internalError(await post(`${cds}/cds-services/${SCHEDULE_SERVICE_ID}`, hook), CDS_ERRORS);
    expect((await fetch(`${cds}/cds-services`)).status).toBe(200);
    const discharge = {
      hook: 'encounter-discharge',
      hookInstance: '0b6ab1b2-6e8a-4bd4-9f3e-2f7f3b0d2a11',
      context: { patientId: 'p-1001', encounterId: 'enc-1' },
      prefetch: { encounter: { resourceType: 'Encounter', id: 'enc-1', period: { end: '2026-03-20' } }, levelOfCare: episode },
    };
    const response = await post(`${cds}/cds-services/level-of-care-discharge`, discharge);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { cards: unknown[] }).cards).toHaveLength(1);
  });
});
