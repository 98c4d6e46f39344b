import { describe, expect, it } from 'vitest';
import { POLICIES, validateEpisodes } from '../../src/index.js';

const medicare = { policy: POLICIES.medicare2024 };
const codes = (episodes: Parameters<typeof validateEpisodes>[0], options = medicare) =>
  validateEpisodes(episodes, options).issues.map((issue) => issue.code);

describe('validateEpisodes: an IOP date within 7 days before a PHP episode (Medicare returns the IOP claim)', () => {
  it('warns when the IOP episode ends 3 days before the PHP episode starts', () => {
    const result = validateEpisodes(
      [
        { level: 'iop', start: '2026-03-02', end: '2026-03-13' },
        { level: 'php', start: '2026-03-16', end: '2026-04-10' },
      ],
      medicare,
    );
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([
      {
        code: 'medicare_iop_php_overlap',
        severity: 'warning',
        message:
          'Episode 1 (iop, 2026-03-02 to 2026-03-13) has a date within 7 days before episode 2 (php, 2026-03-16 to 2026-04-10) starts; Medicare returns an intensive outpatient claim with a date in that window.',
        path: ['episodes', 0],
        ruleId: 'medicare-2024/iopBeforePhpDays',
        sources: ['nahri-condition-code-92'],
        expected: 7,
        received: 3,
      },
    ]);
  });

  it('warns at exactly 7 days before and not at 8', () => {
    expect(codes([{ level: 'iop', start: '2026-03-01', end: '2026-03-09' }, { level: 'php', start: '2026-03-16' }])).toEqual(['medicare_iop_php_overlap']);
    expect(codes([{ level: 'iop', start: '2026-03-01', end: '2026-03-08' }, { level: 'php', start: '2026-03-16' }])).toEqual([]);
  });

  it('warns for a same-day step-up, whatever the order of the input', () => {
    const episodes = [
      { level: 'php', start: '2026-03-16', end: '2026-04-10' },
      { level: 'iop', start: '2026-03-02', end: '2026-03-16' },
    ] as const;
    expect(validateEpisodes(episodes, medicare).issues.map((issue) => [issue.code, issue.path, issue.received])).toEqual([
      ['medicare_iop_php_overlap', ['episodes', 1], 1],
    ]);
  });

  it('says nothing of IOP after PHP (a step-down) or under a policy without the window', () => {
    expect(codes([{ level: 'php', start: '2026-03-02', end: '2026-03-13' }, { level: 'iop', start: '2026-03-16' }])).toEqual([]);
    expect(codes([{ level: 'iop', start: '2026-03-02', end: '2026-03-13' }, { level: 'php', start: '2026-03-16' }], { policy: POLICIES.general })).toEqual([]);
  });
});
