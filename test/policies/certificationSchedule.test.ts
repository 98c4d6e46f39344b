import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { POLICIES, certificationSchedule, extendPolicy, type CertifiedEpisode } from '../../src/index.js';

const medicare = { policy: POLICIES.medicare2024 };
const dates = (episode: CertifiedEpisode, options: Parameters<typeof certificationSchedule>[1] = medicare) =>
  certificationSchedule(episode, options).dates.map((due) => due.date);

describe('certificationSchedule under Medicare', () => {
  it('recertifies intensive outpatient every other calendar month, clamped to the month end across a leap day', () => {
    // From 2027-12-31: February 2028 has 29 days, April 30, June 30, August 31.
    expect(dates({ level: 'iop', start: '2027-12-31', end: '2028-08-31' })).toEqual(['2028-02-29', '2028-04-30', '2028-06-30', '2028-08-31']);
    // Counted from the start each time, so a short month does not pull later dates back.
    expect(dates({ level: 'iop', start: '2024-01-31', end: '2024-07-31' })).toEqual(['2024-03-31', '2024-05-31', '2024-07-31']);
    expect(dates({ level: 'iop', start: '2024-02-29', end: '2025-02-28' })).toEqual([
      '2024-04-29',
      '2024-06-29',
      '2024-08-29',
      '2024-10-29',
      '2024-12-29',
      '2025-02-28',
    ]);
  });

  it('lists no date outside the dates of service the policy governs: a stay that began before 2024-01-01 is refused at its start, and dates stop at the policy\'s last day', () => {
    const before = certificationSchedule({ level: 'iop', start: '2023-12-31', end: '2024-08-31' }, medicare);
    expect(before).toEqual({
      ok: false,
      dates: [],
      truncated: false,
      issues: [
        {
          code: 'invalid_input',
          severity: 'error',
          message: 'Invalid input: episode.start: 2023-12-31 is outside the dates of service medicare-2024 governs (from 2024-01-01).',
          path: ['episode', 'start'],
        },
      ],
    });
    // A version of the policy that ends on 2024-06-30: 2024-03-01 and 2024-05-01 are due, 2024-07-01 is not.
    const ended = extendPolicy(POLICIES.medicare2024, { id: 'medicare-ended', effective: { to: '2024-06-30' } });
    expect(dates({ level: 'iop', start: '2024-01-01', end: '2024-12-31' }, { policy: ended })).toEqual(['2024-03-01', '2024-05-01']);
  });

  it('needs a policy: recertification is a payer\'s rule', () => {
    const result = certificationSchedule({ level: 'iop', start: '2024-01-01' }, {} as never);
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([['invalid_input', ['options', 'policy']]]);
  });

  it('is not a fixed 60 days: 2024-01-01 is due 2024-03-01, 60 days would give 2024-03-01 only in a leap year', () => {
    expect(dates({ level: 'iop', start: '2024-01-01', end: '2024-03-31' })).toEqual(['2024-03-01']);
    expect(dates({ level: 'iop', start: '2025-01-01', end: '2025-03-31' })).toEqual(['2025-03-01']);
  });

  it('recertifies partial hospitalization by day 18 and then every 30 days, across a month end and a leap day (unverified)', () => {
    // 2024-02-20 is day 1; day 18 is 2024-03-08 (February 2024 has 29 days); then 2024-04-07 and 2024-05-07.
    const result = certificationSchedule({ level: 'php', start: '2024-02-20', end: '2024-05-31' }, medicare);
    expect(result.dates).toEqual([
      { date: '2024-03-08', recertification: 1, dayOfEpisode: 18, verified: false, sources: ['cfr-42-424-24'] },
      { date: '2024-04-07', recertification: 2, dayOfEpisode: 48, verified: false, sources: ['cfr-42-424-24'] },
      { date: '2024-05-07', recertification: 3, dayOfEpisode: 78, verified: false, sources: ['cfr-42-424-24'] },
    ]);
    expect(result).toMatchObject({ ok: true, issues: [], truncated: false });
  });

  it('lists a date that falls on the last day of the episode, and none after it', () => {
    expect(dates({ level: 'php', start: '2024-01-01', end: '2024-01-18' })).toEqual(['2024-01-18']);
    expect(dates({ level: 'php', start: '2024-01-01', end: '2024-01-17' })).toEqual([]);
  });

  it('bounds an open episode by limit (24 by default) and says the list was cut', () => {
    const open = certificationSchedule({ level: 'iop', start: '2024-01-15' }, medicare);
    expect(open.dates).toHaveLength(24);
    expect(open.dates.at(-1)?.date).toBe('2028-01-15');
    expect(open.truncated).toBe(true);
    const few = certificationSchedule({ level: 'iop', start: '2024-01-15' }, { ...medicare, limit: 2 });
    expect([few.dates.map((due) => due.date), few.truncated]).toEqual([['2024-03-15', '2024-05-15'], true]);
  });

  it('bounds an open episode by through, inclusive', () => {
    const result = certificationSchedule({ level: 'iop', start: '2024-01-15' }, { ...medicare, through: '2024-07-15' });
    expect([result.dates.map((due) => due.date), result.truncated]).toEqual([['2024-03-15', '2024-05-15', '2024-07-15'], false]);
  });

  it('gives no dates for a level or policy without recertification', () => {
    expect(certificationSchedule({ level: 'op', start: '2024-01-01' }, medicare)).toEqual({ ok: true, issues: [], dates: [], truncated: false });
    expect(dates({ level: 'iop', start: '2024-01-01' }, { policy: POLICIES.general })).toEqual([]);
  });
});

describe('certificationSchedule with a policy in days', () => {
  it('counts 60 days from the start when a payer says 60 days instead of every other month', () => {
    const policy = extendPolicy(POLICIES.medicare2024, {
      id: 'payer-60-days',
      recertification: { iop: { every: { value: 60, unit: 'days', sources: ['payer-manual'] } } },
    });
    const result = certificationSchedule({ level: 'iop', start: '2024-01-01', end: '2024-05-31' }, { policy });
    expect(result.dates.map((due) => [due.date, due.dayOfEpisode, due.verified])).toEqual([
      ['2024-03-01', 61, true],
      ['2024-04-30', 121, true],
    ]);
  });
});

describe('certificationSchedule on bad input', () => {
  it('reports an unknown level, a date not on the calendar and an end before the start, never throwing', () => {
    const bad = certificationSchedule({ level: 'iopp', start: '2024-02-30' } as unknown as CertifiedEpisode, medicare);
    expect(bad.ok).toBe(false);
    expect(bad.dates).toEqual([]);
    expect(bad.issues.map((issue) => issue.path)).toEqual([
      ['episode', 'level'],
      ['episode', 'start'],
    ]);
    const reversed = certificationSchedule({ level: 'iop', start: '2024-03-01', end: '2024-02-01' }, medicare);
    expect(reversed.issues).toEqual([
      expect.objectContaining({ code: 'invalid_input', path: ['episode', 'end'], message: expect.stringContaining('2024-02-01 is before episode.start 2024-03-01') }),
    ]);
  });

  it('reports bad options and a broken policy as invalid_input', () => {
    const options = { ...medicare, limit: 0, through: 'soon' };
    const result = certificationSchedule({ level: 'iop', start: '2024-01-01' }, options);
    expect(result.issues.map((issue) => issue.path)).toEqual([
      ['options', 'through'],
      ['options', 'limit'],
    ]);
    const broken = certificationSchedule({ level: 'iop', start: '2024-01-01' }, { policy: { id: 'x' } as never });
    expect(broken.ok).toBe(false);
    expect(broken.issues.every((issue) => issue.code === 'invalid_input')).toBe(true);
    const nothing = certificationSchedule(null as never, null as never);
    expect(nothing.ok).toBe(false);
    expect(nothing.dates).toEqual([]);
    expect(nothing.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['invalid_input', ['episode']],
      ['invalid_input', ['options']],
    ]);
  });

  it('does not change the episode or the options', () => {
    const episode = { level: 'iop', start: '2024-01-01' } as const;
    const options = { policy: POLICIES.medicare2024, limit: 3 };
    const before = JSON.stringify([episode, options]);
    certificationSchedule(episode, options);
    expect(JSON.stringify([episode, options])).toBe(before);
  });
});

describe('certificationSchedule properties', () => {
  // Days medicare-2024 governs: from 2024-01-01.
  const day = fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10));

  it('lists ascending dates inside the episode, never more than the limit', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 900 }), fc.constantFrom('iop', 'php'), fc.integer({ min: 1, max: 40 }), (start, length, level, limit) => {
        const end = new Date(Date.parse(`${start}T00:00:00Z`) + length * 86_400_000).toISOString().slice(0, 10);
        const result = certificationSchedule({ level, start, end }, { ...medicare, limit });
        expect(result.dates.length).toBeLessThanOrEqual(limit);
        const listed = result.dates.map((due) => due.date);
        expect([...listed].sort()).toEqual(listed);
        for (const date of listed) {
          expect(date > start).toBe(true);
          expect(date <= end).toBe(true);
        }
      }),
    );
  });

  it('puts each IOP date n × 2 calendar months after the start, on the same day or the month’s last day', () => {
    // A plain reference in UTC: the target month's day, clamped to its length.
    const reference = (start: string, months: number): string => {
      const [year = 0, month = 0, day = 0] = start.split('-').map(Number);
      const first = new Date(Date.UTC(year, month - 1 + months, 1));
      const length = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
      return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(day, length))).toISOString().slice(0, 10);
    };
    fc.assert(
      fc.property(day, (start) => {
        const listed = certificationSchedule({ level: 'iop', start }, { ...medicare, limit: 6 }).dates.map((due) => due.date);
        expect(listed).toEqual([1, 2, 3, 4, 5, 6].map((n) => reference(start, 2 * n)));
      }),
    );
  });
});
