import type { RuleProperties } from 'json-rules-engine';

// The library's default placement, written the way a developer would write it for
// json-rules-engine: the rules are data (facts, conditions, events), and a short reducer picks the
// level from the events. It covers what decides the level for a fully known assessment when every
// level is available: the placement table (the highest minimum wins), the findings that set a floor,
// the contraindications, and the rule that withdrawal management is skipped when moving up unless it
// is indicated. Withdrawal that can be managed at home sets the level to withdrawal management but,
// as its setting is not 24-hour care, rules out no part-day program. The benchmark checks that it
// agrees with `recommendLevel` on every input.

export const LEVEL_ORDER = ['inpatient', 'detox', 'residential', 'php', 'iop', 'op', 'aftercare'] as const;
export type Level = (typeof LEVEL_ORDER)[number];

/** The default placement table: the minimum level of each rating from 2 up (0 and 1 are the baseline). */
const TABLE: Record<string, Record<number, Level>> = {
  withdrawal: { 2: 'detox', 3: 'detox', 4: 'inpatient' },
  biomedical: { 2: 'iop', 3: 'residential', 4: 'inpatient' },
  psychiatric: { 2: 'iop', 3: 'php', 4: 'inpatient' },
  readiness: { 2: 'iop', 3: 'iop', 4: 'iop' },
  relapse: { 2: 'iop', 3: 'php', 4: 'residential' },
  environment: { 2: 'iop', 3: 'iop', 4: 'residential' },
};

const PART_DAY: Level[] = ['php', 'iop', 'op', 'aftercare'];

const minimum = (name: string, conditions: RuleProperties['conditions'], level: Level): RuleProperties => ({
  name,
  conditions,
  event: { type: 'minimum-level', params: { level } },
});
const exclude = (name: string, conditions: RuleProperties['conditions'], levels: Level[]): RuleProperties => ({
  name,
  conditions,
  event: { type: 'contraindication', params: { levels } },
});

export const PLACEMENT_RULES: RuleProperties[] = [
  // Every assessed person gets active treatment: at least outpatient care.
  minimum('assessed-person-gets-treatment', { all: [] }, 'op'),
  // One rule per cell of the placement table.
  ...Object.entries(TABLE).flatMap(([dimension, row]) =>
    Object.entries(row).map(([rating, level]) =>
      minimum(`placement-${dimension}-${rating}`, { all: [{ fact: dimension, operator: 'equal', value: Number(rating) }] }, level),
    ),
  ),
  minimum('withdrawal-management-first', { all: [{ fact: 'needsMedicallyManagedWithdrawal', operator: 'equal', value: true }] }, 'detox'),
  exclude('imminent-danger-needs-inpatient', { all: [{ fact: 'imminentDanger', operator: 'equal', value: true }] }, [
    'detox',
    'residential',
    'php',
    'iop',
    'op',
    'aftercare',
  ]),
  exclude('unstable-medical-condition-first', { all: [{ fact: 'unstableMedicalCondition', operator: 'equal', value: true }] }, [
    'detox',
    'residential',
    'php',
    'iop',
    'op',
    'aftercare',
  ]),
  exclude('eating-disorder-needs-meal-support', { all: [{ fact: 'eatingDisorderNeedsMealSupport', operator: 'equal', value: true }] }, [
    'iop',
    'op',
    'aftercare',
  ]),
  exclude('schedule-not-feasible', { all: [{ fact: 'canAttendDaysPerWeek', operator: 'lessThan', value: 3 }] }, ['php', 'iop']),
  // A rating whose minimum is a 24-hour level rules out every part-day level; withdrawal goes by the
  // setting of its withdrawal management instead.
  exclude(
    'needs-round-the-clock-care',
    {
      any: [
        { fact: 'biomedical', operator: 'greaterThanInclusive', value: 3 },
        { fact: 'psychiatric', operator: 'greaterThanInclusive', value: 4 },
        { fact: 'relapse', operator: 'greaterThanInclusive', value: 4 },
        { fact: 'environment', operator: 'greaterThanInclusive', value: 4 },
      ],
    },
    PART_DAY,
  ),
  {
    name: 'withdrawal-management-indicated',
    conditions: {
      any: [
        { fact: 'withdrawal', operator: 'greaterThanInclusive', value: 2 },
        { fact: 'needsMedicallyManagedWithdrawal', operator: 'equal', value: true },
      ],
    },
    event: { type: 'withdrawal-management' },
  },
];

/** Picks the level from the events: the highest minimum, moved up past excluded levels. */
export function levelFromEvents(events: readonly { type: string; params?: Record<string, unknown> }[]): Level {
  let floor = LEVEL_ORDER.length - 1;
  const excluded = new Set<string>();
  let withdrawalManagement = false;
  for (const event of events) {
    if (event.type === 'minimum-level') floor = Math.min(floor, LEVEL_ORDER.indexOf(event.params?.['level'] as Level));
    else if (event.type === 'contraindication') for (const level of event.params?.['levels'] as Level[]) excluded.add(level);
    else if (event.type === 'withdrawal-management') withdrawalManagement = true;
  }
  for (let rank = floor; rank >= 0; rank--) {
    const level = LEVEL_ORDER[rank] as Level;
    if (level === 'detox' && rank !== floor && !withdrawalManagement) continue;
    if (!excluded.has(level)) return level;
  }
  return 'inpatient';
}
