import { describe, expect, it } from 'vitest';
import { LEVEL_IDS, compareIntensity, nextStepDown, type Assessment } from '../../src/index.js';

// Biomedical risk 3 sets a minimum of residential care in the default placement table.
const needsResidential: Assessment = { risk: { biomedical: 3 } };
// Psychiatric risk 4 sets a minimum of inpatient care: more intensive than residential.
const needsInpatient: Assessment = { risk: { psychiatric: 4 } };
// Every rating low: outpatient is indicated.
const lowRisk: Assessment = {
  risk: { withdrawal: 0, biomedical: 0, psychiatric: 1, readiness: 1, relapse: 1, environment: 0 },
};

describe('nextStepDown', () => {
  it('follows the pathway: detox → php, residential → php → iop → op → aftercare', () => {
    expect(nextStepDown('detox')).toBe('php');
    expect(nextStepDown('residential')).toBe('php');
    expect(nextStepDown('php')).toBe('iop');
    expect(nextStepDown('iop')).toBe('op');
    expect(nextStepDown('op')).toBe('aftercare');
  });

  it('returns undefined after aftercare', () => {
    expect(nextStepDown('aftercare')).toBeUndefined();
  });

  it('steps inpatient down to php, or to residential when the assessment indicates it', () => {
    expect(nextStepDown('inpatient')).toBe('php');
    expect(nextStepDown('inpatient', { assessment: needsResidential })).toBe('residential');
  });

  it('steps detox down to residential when the assessment indicates residential or more', () => {
    expect(nextStepDown('detox', { assessment: needsResidential })).toBe('residential');
    expect(nextStepDown('detox', { assessment: needsInpatient })).toBe('residential');
  });

  it('steps detox down to php when the assessment indicates less than residential', () => {
    expect(nextStepDown('detox', { assessment: lowRisk })).toBe('php');
  });

  it('steps residential withdrawal management (withdrawal 3) down to php: once withdrawal is managed, nothing else calls for 24-hour care, so not residential', () => {
    expect(nextStepDown('detox', { assessment: { risk: { withdrawal: 3 } } })).toBe('php');
    expect(nextStepDown('detox', { assessment: { risk: { withdrawal: 3, biomedical: 3 } } })).toBe('residential');
  });

  it('keeps a person in the program that ran alongside ambulatory withdrawal management (withdrawal 2, relapse 2 → iop)', () => {
    expect(nextStepDown('detox', { assessment: { risk: { withdrawal: 2, relapse: 2 } } })).toBe('iop');
    // The program is never replaced by a lower one for lack of it: kept, to arrange by referral.
    expect(nextStepDown('detox', { assessment: { risk: { withdrawal: 2, relapse: 2 } }, availableLevels: ['detox', 'op'] })).toBe('iop');
  });

  it('uses the assessment only where the pathway branches', () => {
    expect(nextStepDown('php', { assessment: needsResidential })).toBe('iop');
  });

  it('passes over levels that are not available', () => {
    expect(nextStepDown('php', { availableLevels: ['php', 'op', 'aftercare'] })).toBe('op');
    expect(nextStepDown('detox', { availableLevels: ['detox', 'iop'] })).toBe('iop');
  });

  it('never passes over the residential level the assessment indicates: it is kept for referral', () => {
    expect(nextStepDown('detox', { assessment: needsResidential, availableLevels: ['detox', 'php', 'iop'] })).toBe('residential');
  });

  it('passes over an unavailable level more intensive than the one indicated (detox, iop indicated, no php → iop)', () => {
    // Biomedical risk 2 sets a minimum of iop: php is more than needed, so it may be passed over.
    const needsIop: Assessment = { risk: { biomedical: 2 } };
    expect(nextStepDown('detox', { assessment: needsIop, availableLevels: ['detox', 'iop', 'op', 'aftercare'] })).toBe('iop');
  });

  it('returns undefined when no lower level is available', () => {
    expect(nextStepDown('op', { availableLevels: ['op'] })).toBeUndefined();
  });

  it('ignores availableLevels entries that are not level ids', () => {
    expect(nextStepDown('php', { availableLevels: ['IOP', 'op'] as never })).toBe('op');
  });

  it('reads an invalid assessment field as unknown, without throwing', () => {
    expect(nextStepDown('detox', { assessment: { risk: { biomedical: 'high' } } as never })).toBe('php');
    expect(nextStepDown('detox', { assessment: 'x' as never })).toBe('php');
  });

  it('returns undefined for a current level that is not a level id, without throwing', () => {
    expect(nextStepDown('intensive' as never)).toBeUndefined();
    expect(nextStepDown(undefined as never)).toBeUndefined();
  });

  it('always returns a less intensive level', () => {
    for (const current of LEVEL_IDS) {
      const next = nextStepDown(current);
      if (next !== undefined) expect(compareIntensity(current, next)).toBeGreaterThan(0);
    }
  });

  it('does not mutate the options', () => {
    const options = { assessment: { risk: { biomedical: 3 as const } }, availableLevels: ['php', 'iop'] as ('php' | 'iop')[] };
    const copy = structuredClone(options);
    nextStepDown('detox', options);
    expect(options).toEqual(copy);
  });
});
