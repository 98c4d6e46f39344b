import type { Policy } from './types.js';

type SharedDefaults = Pick<
  Policy,
  'typicalStayDays' | 'lengthOfStayReviewFactor' | 'maxGapDays' | 'placement' | 'stepDown'
>;

/**
 * Defaults every built-in policy shares: typical stays, the continuity gap, the placement table and
 * step-down thresholds. Payer policies differ in their schedule requirements, not in these.
 */
export const SHARED_DEFAULTS: SharedDefaults = {
  typicalStayDays: {
    inpatient: { value: 7, sources: ['level-of-care-design'], verified: false },
    detox: { value: 5, sources: ['teds-2004'] },
    residential: { value: 30, sources: ['teds-2004', 'seed-003'] },
    php: { value: 30, sources: ['dc-22-a6330'] },
    iop: { value: 56, sources: ['seed-000', 'dc-22-a6329'] },
    op: { value: 90, sources: ['nida-principles', 'dc-22-a6331'] },
    aftercare: { value: 365, sources: ['seed-004', 'level-of-care-design'] },
  },
  lengthOfStayReviewFactor: { value: 2, sources: ['level-of-care-design'], verified: false },
  maxGapDays: { value: 7, sources: ['hedis-fui'] },
  placement: {
    // Ratings are never averaged: each dimension names a floor and the highest floor wins. Each row's
    // reason is in PLACEMENT_RATIONALE. Readiness never sets more than intensive outpatient care;
    // relapse and environment never reach inpatient care or withdrawal management.
    minimumLevel: {
      withdrawal: ['op', 'op', 'detox', 'detox', 'inpatient'],
      biomedical: ['op', 'op', 'iop', 'residential', 'inpatient'],
      psychiatric: ['op', 'op', 'iop', 'php', 'inpatient'],
      readiness: ['op', 'op', 'iop', 'iop', 'iop'],
      relapse: ['op', 'op', 'iop', 'php', 'residential'],
      environment: ['op', 'op', 'iop', 'iop', 'residential'],
    },
    // Withdrawal that can be managed at home is managed at home, alongside the program the other
    // needs call for; only severe withdrawal needs a 24-hour setting.
    withdrawalManagement: {
      ambulatoryThrough: 2,
      forFinding: 'ambulatory',
      sources: ['level-of-care-design', 'criteria-2023-state-summaries'],
    },
    sources: ['level-of-care-design'],
  },
  stepDown: {
    minAttendanceRate: { value: 0.8, sources: ['level-of-care-design'], verified: false },
    minDaysAtLevel: {
      detox: { value: 3, sources: ['teds-2004'] },
      residential: { value: 14, sources: ['level-of-care-design'], verified: false },
      php: { value: 14, sources: ['level-of-care-design'], verified: false },
      iop: { value: 28, sources: ['level-of-care-design'], verified: false },
      op: { value: 60, sources: ['level-of-care-design'], verified: false },
    },
    minDaysAbstinent: {
      iop: { value: 30, sources: ['level-of-care-design'], verified: false },
    },
  },
};
