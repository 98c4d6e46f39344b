import type { LevelOfCare } from './types.js';

/**
 * The seven levels of care, most intensive first (`inpatient` … `aftercare`). The index in this array
 * is the intensity order used by {@link compareIntensity}.
 *
 * @example
 * ```ts
 * import { LEVELS } from 'level-of-care';
 *
 * LEVELS.map((level) => level.abbreviation).join(' > ');
 * //=> 'IP > WM > RES > PHP > IOP > OP > AC'
 * ```
 *
 * @category Levels
 */
export const LEVELS: readonly LevelOfCare[] = [
  {
    id: 'inpatient',
    name: 'Medically managed inpatient',
    abbreviation: 'IP',
    twentyFourHour: true,
    livingArrangement: 'Hospital',
    medicalOversight: 'Physician care every day, nursing around the clock',
    typicalServices: ['acute medical care', 'acute psychiatric care', 'medically managed withdrawal'],
    typicalStay: { minDays: 3, maxDays: 7, sources: ['level-of-care-design'] },
    hcpcs: [],
    asamCrosswalk: { thirdEdition: ['4', '4-WM'], fourthEdition: ['4'] },
    sources: ['level-of-care-design'],
  },
  {
    id: 'detox',
    name: 'Withdrawal management',
    abbreviation: 'WM',
    twentyFourHour: true,
    livingArrangement: 'Residential or hospital unit, or home with daily supervision when ambulatory',
    medicalOversight: 'Medical supervision of withdrawal',
    typicalServices: ['medical monitoring', 'withdrawal medication', 'assessment', 'referral to the next level'],
    typicalStay: { minDays: 3, maxDays: 7, sources: ['teds-2004'] },
    hcpcs: [
      { code: 'H0010', label: 'Sub-acute residential withdrawal management' },
      { code: 'H0011', label: 'Acute residential withdrawal management' },
      { code: 'H0012', label: 'Sub-acute withdrawal management, residential program, outpatient' },
      { code: 'H0013', label: 'Acute withdrawal management, residential program, outpatient' },
      { code: 'H0014', label: 'Ambulatory withdrawal management' },
    ],
    asamCrosswalk: { thirdEdition: ['1-WM', '2-WM', '3.2-WM', '3.7-WM', '4-WM'], fourthEdition: ['1.7', '2.7', '3.7', '4'] },
    sources: ['seed-003', 'seed-004'],
  },
  {
    id: 'residential',
    name: 'Residential treatment',
    abbreviation: 'RES',
    twentyFourHour: true,
    livingArrangement: 'Lives at the treatment facility',
    medicalOversight: 'Supervision around the clock; medical staff on call or on site',
    typicalServices: ['individual therapy', 'group therapy', 'family therapy', 'medication management', 'life skills'],
    typicalStay: { minDays: 28, maxDays: 90, sources: ['teds-2004', 'seed-003'] },
    hcpcs: [
      { code: 'H0018', label: 'Short-term residential treatment' },
      { code: 'H0019', label: 'Long-term residential treatment' },
    ],
    asamCrosswalk: { thirdEdition: ['3.1', '3.3', '3.5', '3.7'], fourthEdition: ['3.1', '3.5', '3.7'] },
    sources: ['seed-003', 'seed-004', 'dc-22-a6334', 'dc-22-a6336'],
  },
  {
    id: 'php',
    name: 'Partial hospitalization',
    abbreviation: 'PHP',
    twentyFourHour: false,
    livingArrangement: 'Home or sober living',
    medicalOversight: 'Medical supervision during program hours',
    typicalServices: ['group therapy', 'individual therapy', 'medication management', 'psychoeducation', 'skills'],
    typicalStay: { minDays: 14, maxDays: 60, sources: ['dc-22-a6330'] },
    hcpcs: [
      { code: 'H0035', label: 'Mental-health partial hospitalization, less than 24 hours' },
      { code: 'S0201', label: 'Partial hospitalization, per diem' },
      { code: 'H2036', label: 'Substance-use treatment program, per diem' },
    ],
    asamCrosswalk: { thirdEdition: ['2.5'], fourthEdition: ['2.5', '2.7'] },
    sources: ['seed-000', 'seed-002', 'seed-004', 'cfr-42-410-43'],
  },
  {
    id: 'iop',
    name: 'Intensive outpatient',
    abbreviation: 'IOP',
    twentyFourHour: false,
    livingArrangement: 'Home or sober living',
    medicalOversight: 'Clinical staff during sessions; medical review as needed',
    typicalServices: ['group therapy', 'individual therapy', 'relapse prevention', 'psychoeducation', 'family therapy'],
    typicalStay: { minDays: 56, maxDays: 84, sources: ['seed-000', 'teds-2004', 'dc-22-a6329'] },
    hcpcs: [
      { code: 'H0015', label: 'Substance-use intensive outpatient program (at least 3 hours a day, 3 days a week)' },
      { code: 'S9480', label: 'Intensive outpatient psychiatric services, per diem' },
      { code: 'H2036', label: 'Substance-use treatment program, per diem' },
    ],
    asamCrosswalk: { thirdEdition: ['2.1'], fourthEdition: ['2.1'] },
    sources: ['seed-000', 'seed-002', 'seed-003', 'seed-004', 'samhsa-tip-47-advisory'],
  },
  {
    id: 'op',
    name: 'Outpatient',
    abbreviation: 'OP',
    twentyFourHour: false,
    livingArrangement: 'Home',
    medicalOversight: 'Scheduled clinical visits',
    typicalServices: ['individual therapy', 'group therapy', 'medication management'],
    typicalStay: { minDays: 90, maxDays: 180, sources: ['dc-22-a6331', 'nida-principles'] },
    hcpcs: [],
    asamCrosswalk: { thirdEdition: ['1'], fourthEdition: ['1.0', '1.5', '1.7'] },
    sources: ['seed-000', 'seed-002', 'seed-004', 'il-dhs-sud-levels'],
  },
  {
    id: 'aftercare',
    name: 'Aftercare and continuing care',
    abbreviation: 'AC',
    twentyFourHour: false,
    livingArrangement: 'Home',
    medicalOversight: 'None required; check-ins and peer support',
    typicalServices: ['alumni support', 'support groups', 'ongoing therapy', 'peer support'],
    typicalStay: { minDays: 365, sources: ['seed-004'] },
    hcpcs: [],
    asamCrosswalk: { thirdEdition: [], fourthEdition: [] },
    sources: ['seed-002', 'seed-004'],
  },
];
