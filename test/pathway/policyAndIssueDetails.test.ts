// Details mutation testing found unpinned: a custom policy's placement table must shape the step-down
// target (a program that sends relapse risk 3 to residential gets residential), and transition issues
// carry their rule ids and expected values for the UI.
import { describe, expect, it } from 'vitest';
import { POLICIES, extendPolicy, nextStepDown, validateTransition } from '../../src/index.js';

// Relapse risk 3 calls for php in the default table; this program's table calls for residential.
const program = extendPolicy(POLICIES.general, {
  id: 'program',
  placement: {
    minimumLevel: { ...POLICIES.general.placement.minimumLevel, relapse: ['op', 'op', 'iop', 'residential', 'residential'] },
    sources: ['level-of-care-design'],
  },
});
const assessment = { risk: { relapse: 3 as const } };

describe('nextStepDown with a custom placement table', () => {
  it('steps detox down to residential under the program’s table, to php under the default one', () => {
    expect(nextStepDown('detox', { assessment })).toBe('php');
    expect(nextStepDown('detox', { assessment, policy: program })).toBe('residential');
  });
});

describe('validateTransition issue details', () => {
  it('gives the skip warning its rule id and the numbers: detox → op skips php and iop (2 > 1 allowed)', () => {
    const [issue] = validateTransition('detox', 'op').issues;
    expect(issue).toMatchObject({ code: 'transition_skips_levels', ruleId: 'pathway/skips-levels', expected: 1, received: 2 });
  });

  it('gives the step-up note its rule id', () => {
    expect(validateTransition('iop', 'php').issues[0]).toMatchObject({ code: 'transition_step_up', ruleId: 'pathway/step-up' });
  });
});
