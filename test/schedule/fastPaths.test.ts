import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { POLICIES, SessionSchema, validateSchedule } from '../../src/index.js';
import { safeParseMini } from '../../src/_lib/miniZod.js';
import { issuesFromZod } from '../../src/issues/zodIssues.js';
import { readValidOptions, validateOptionsSchema } from '../../src/schedule/readOptions.js';

// validateSchedule reads sessions and options by hand and leaves anything unusual to zod/mini
// schemas, so that a page importing it does not carry all of zod. These tests hold the shortcuts to
// the public SessionSchema and to the options schema: same acceptance, same issues.

const odd = fc.constantFrom<unknown>(undefined, null, 'x', '', 5, -1, 1.5, 7, true, [], {}, Number.NaN, new Date(Number.NaN), new Date(0));
const instant = fc.oneof(
  fc.constantFrom<unknown>('2026-03-02T09:00:00-05:00', '2026-03-02T09:00', '2026-02-30T09:00:00Z', '2026-03-02', '2026-03-02T12:00:00.5Z', new Date(Date.UTC(2026, 2, 2, 15))),
  odd,
);
const optionalKeys = { requiredKeys: [] as never[] };
const sessionLike = fc.oneof(
  odd,
  fc.record(
    {
      id: fc.oneof(fc.string({ maxLength: 50 }), odd),
      start: instant,
      end: instant,
      service: fc.oneof(fc.constantFrom<unknown>('group', 'individual', 'yoga'), odd),
      status: fc.oneof(fc.constantFrom<unknown>('scheduled', 'attended', 'cancelled', 'no-show', 'done'), odd),
      modality: fc.oneof(fc.constantFrom<unknown>('in-person', 'telehealth', 'video'), odd),
      note: fc.string(),
    },
    optionalKeys,
  ),
);

describe('the session reader', () => {
  it('turns down a session with the issues SessionSchema gives, at the session path', () => {
    fc.assert(
      fc.property(sessionLike, (session) => {
        const publicSchema = safeParseMini(SessionSchema, session);
        const shapeIssues = validateSchedule([session], { level: 'iop', timeZone: 'America/New_York' }).issues.filter(
          (issue) => issue.code === 'invalid_input',
        );
        if (!publicSchema.success) expect(shapeIssues).toEqual(issuesFromZod(publicSchema.error, ['sessions', 0]));
        else expect(shapeIssues).toEqual([]);
      }),
      { numRuns: 3_000 },
    );
  });
});

const optionsLike = fc.oneof(
  odd,
  fc.record(
    {
      level: fc.oneof(fc.constantFrom<unknown>('iop', 'php', 'op', 'IOP'), odd),
      timeZone: fc.oneof(fc.constantFrom<unknown>('America/New_York', 'Europe/London', 'Nowhere/Zone'), odd),
      weekStartsOn: fc.oneof(fc.integer({ min: -1, max: 7 }), odd),
      countStatuses: fc.oneof(fc.array(fc.constantFrom<unknown>('scheduled', 'attended', 'cancelled', 'no-show', 'done'), { maxLength: 3 }), odd),
      population: fc.oneof(fc.constantFrom<unknown>('adult', 'adolescent', 'child'), odd),
      policy: fc.oneof(fc.constantFrom<unknown>(POLICIES.general, POLICIES.h0015, { id: 'x' }, 'general'), odd),
      stay: fc.oneof(
        fc.record({ start: fc.oneof(fc.constantFrom<unknown>('2026-03-02', '2026-03-04T10:00:00Z', '2026-13-01'), odd), end: fc.oneof(fc.constantFrom<unknown>('2026-03-20', '2026-02-01'), odd) }, optionalKeys),
        odd,
      ),
      extra: fc.string(),
    },
    optionalKeys,
  ),
);

describe('the options shortcut', () => {
  it('reads by hand only options the schema accepts, with the same values', () => {
    fc.assert(
      fc.property(optionsLike, (options) => {
        const fast = readValidOptions(options);
        if (fast === undefined) return;
        const parsed = safeParseMini(validateOptionsSchema(), options);
        expect(parsed.success).toBe(true);
        expect(fast).toEqual(parsed.data);
      }),
      { numRuns: 3_000 },
    );
  });

  it('reads everyday options by hand', () => {
    expect(readValidOptions({ level: 'iop', timeZone: 'America/New_York' })).toBeDefined();
    expect(readValidOptions({ level: 'php', timeZone: 'Europe/London', policy: POLICIES.h0015, weekStartsOn: 0, countStatuses: ['attended'], stay: { start: '2026-03-02' } })).toBeDefined();
  });
});
