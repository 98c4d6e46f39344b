/**
 * How much weight a source carries: a regulation or official code descriptor (`primary`), a state
 * rule, advisory or vendor page (`secondary`), one of the consumer pages the project started from
 * (`seed`), or a default chosen by this library and documented as such (`editorial`).
 *
 * @example
 * ```ts
 * import { SOURCES, type SourceKind } from 'level-of-care';
 *
 * const ids = ['cfr-42-410-43', 'dc-22-a6329', 'seed-001', 'level-of-care-design'] as const;
 * const kinds: SourceKind[] = ids.map((id) => SOURCES[id].kind);
 * kinds;
 * //=> ['primary', 'secondary', 'seed', 'editorial']
 * ```
 *
 * @category Sources
 */
export type SourceKind = 'primary' | 'secondary' | 'seed' | 'editorial';

/**
 * One entry of the {@link SOURCES} catalog.
 *
 * @example
 * ```ts
 * import { SOURCES, type Source } from 'level-of-care';
 *
 * const source: Source = SOURCES['cfr-42-410-43'];
 * [source.publisher, source.year, source.kind, source.verified];
 * //=> ['U.S. Code of Federal Regulations (CMS)', 2024, 'primary', true]
 * ```
 *
 * @category Sources
 */
export interface Source {
  /** Title of the document. */
  readonly title: string;
  /** Who published it. */
  readonly publisher: string;
  /** Where it can be read, when it is public. */
  readonly url?: string;
  /** Year of publication or of the version cited. */
  readonly year?: number;
  /** How much weight the source carries. */
  readonly kind: SourceKind;
  /**
   * `false` when the value taken from this source was recalled but not confirmed in a primary
   * text; every threshold citing only unverified sources is flagged in the generated docs.
   */
  readonly verified: boolean;
  /** What the library takes from it, in a few words. */
  readonly note?: string;
}

/**
 * The id of one entry of {@link SOURCES}.
 *
 * @example
 * ```ts
 * import { SOURCES, getLevel, type SourceId } from 'level-of-care';
 *
 * const ids: readonly SourceId[] = getLevel('iop')?.typicalStay.sources ?? [];
 * ids.map((id) => SOURCES[id].kind);
 * //=> ['seed', 'secondary', 'secondary']
 * ```
 *
 * @category Sources
 */
export type SourceId =
  | 'cfr-42-410-43'
  | 'cfr-42-410-44'
  | 'cfr-42-424-24'
  | 'cms-1786-fc'
  | 'cms-opps-2024-fact-sheet'
  | 'hcpcs-level-ii'
  | 'samhsa-tip-47-advisory'
  | 'kansas-r03-704'
  | 'il-dhs-sud-levels'
  | 'mid-shore-glossary'
  | 'dc-22-a6329'
  | 'dc-22-a6330'
  | 'dc-22-a6331'
  | 'dc-22-a6334'
  | 'dc-22-a6336'
  | 'chcs-medicare-iop'
  | 'hancock-daniel-medicare-iop'
  | 'nahri-condition-code-92'
  | 'noridian-medicare-iop'
  | 'encore-os-scheduling'
  | 'hedis-fui'
  | 'teds-2004'
  | 'nida-principles'
  | 'medicare-bpm-php'
  | 'ncqa-fui-measure'
  | 'health-plan-fui-summary'
  | 'dc-22-a6328'
  | 'criteria-2023-state-summaries'
  | 'seed-000'
  | 'seed-001'
  | 'seed-002'
  | 'seed-003'
  | 'seed-004'
  | 'level-of-care-design'
  | 'hl7-fhir-r4'
  | 'hl7-v3-act-code'
  | 'hl7-v2-0004'
  | 'hcpcs-bh-service-codes'
  | 'hcpcs-service-codes-review'
  | 'cpt-code-numbers'
  | 'vsac-ecqm-value-sets'
  | 'snomed-ct-encounter-types'
  | 'cms-place-of-service'
  | 'telehealth-modifiers';

/**
 * The catalog of every source the library's data cites, keyed by a stable id. Every threshold, rule
 * and typical length of stay names one or more of these ids.
 *
 * @example
 * ```ts
 * import { SOURCES } from 'level-of-care';
 *
 * SOURCES['cfr-42-410-43'].title;
 * //=> '42 CFR 410.43 — Partial hospitalization services: Conditions and exclusions'
 * ```
 *
 * @category Sources
 */
export const SOURCES: { readonly [K in SourceId]: Source } = {
  'cfr-42-410-43': {
    title: '42 CFR 410.43 — Partial hospitalization services: Conditions and exclusions',
    publisher: 'U.S. Code of Federal Regulations (CMS)',
    url: 'https://www.ecfr.gov/current/title-42/chapter-IV/subchapter-B/part-410/subpart-B/section-410.43',
    year: 2024,
    kind: 'primary',
    verified: true,
    note: 'Partial hospitalization: at least 20 hours per week of therapeutic services.',
  },
  'cfr-42-410-44': {
    title: '42 CFR 410.44 — Intensive outpatient services: Conditions and exclusions',
    publisher: 'U.S. Code of Federal Regulations (CMS)',
    url: 'https://www.ecfr.gov/current/title-42/chapter-IV/subchapter-B/part-410/subpart-B/section-410.44',
    year: 2024,
    kind: 'primary',
    verified: true,
    note: 'Medicare intensive outpatient: certified need for at least 9 hours per week.',
  },
  'cfr-42-424-24': {
    title: '42 CFR 424.24(e) — Requirements for partial hospitalization and intensive outpatient certification',
    publisher: 'U.S. Code of Federal Regulations (CMS)',
    url: 'https://www.ecfr.gov/current/title-42/chapter-IV/subchapter-B/part-424/subpart-B/section-424.24',
    year: 2024,
    kind: 'primary',
    verified: false,
    note: 'Recertification intervals (exact day counts not confirmed).',
  },
  'cms-1786-fc': {
    title: 'CY 2024 Hospital Outpatient Prospective Payment System final rule (CMS-1786-FC)',
    publisher: 'Centers for Medicare & Medicaid Services',
    url: 'https://www.federalregister.gov/d/2023-24293',
    year: 2023,
    kind: 'primary',
    verified: true,
    note: 'Medicare intensive outpatient benefit from 2024-01-01: 9 to 19 hours per week.',
  },
  'cms-opps-2024-fact-sheet': {
    title: 'CY 2024 Medicare Hospital Outpatient Prospective Payment System and Ambulatory Surgical Center Payment System final rule (CMS-1786-FC): fact sheet',
    publisher: 'Centers for Medicare & Medicaid Services',
    url: 'https://www.cms.gov/newsroom/fact-sheets/cy-2024-medicare-hospital-outpatient-prospective-payment-system-and-ambulatory-surgical-center-0',
    year: 2023,
    kind: 'primary',
    verified: true,
    note: 'Per-diem payment tiers for days with 3 services and days with 4 or more services.',
  },
  'hcpcs-level-ii': {
    title: 'HCPCS Level II code set (H0010–H0019, H0035, H2036, S0201, S9480)',
    publisher: 'Centers for Medicare & Medicaid Services',
    url: 'https://www.cms.gov/medicare/coding-billing/healthcare-common-procedure-system',
    year: 2024,
    kind: 'primary',
    verified: true,
    note: 'H0015: program of at least 3 hours a day and at least 3 days a week.',
  },
  'samhsa-tip-47-advisory': {
    title: 'Clinical Issues in Intensive Outpatient Treatment for Substance Use Disorders (Advisory based on TIP 47)',
    publisher: 'Substance Abuse and Mental Health Services Administration',
    url: 'https://store.samhsa.gov/product/advisory-clinical-issues-intensive-outpatient-treatment-substance-use-disorders/pep20-02-01-021',
    year: 2021,
    kind: 'secondary',
    verified: true,
    note: 'Intensive outpatient: at least 9 hours per week for adults, 6 for adolescents.',
  },
  'kansas-r03-704': {
    title: 'Kansas substance use disorder treatment standard R03-704 (intensive outpatient)',
    publisher: 'Kansas Department for Aging and Disability Services',
    year: 2020,
    kind: 'secondary',
    verified: false,
    note: 'Intensive outpatient hour minimums for adults and adolescents (not confirmed in a copy of the standard).',
  },
  'il-dhs-sud-levels': {
    title: 'Illinois Administrative Code, title 77, section 2060.410 — Levels of care: treatment',
    publisher: 'Illinois Department of Human Services',
    url: 'https://ilga.gov/ftp/JCAR/AdminCode/077/077020600D04100R.html',
    kind: 'secondary',
    verified: true,
    note: 'Outpatient: fewer than 9 hours per week for adults, fewer than 6 for adolescents; intensive outpatient 9–19 hours (adolescents 6–19).',
  },
  'mid-shore-glossary': {
    title: 'Mid-Shore Behavioral Health glossary of levels of care',
    publisher: 'Mid-Shore Behavioral Health',
    kind: 'secondary',
    verified: true,
    note: 'Outpatient and intensive outpatient hour boundaries.',
  },
  'dc-22-a6329': {
    title: 'DC Municipal Regulations 22-A6329 (2017 numbering) — Level of care 2.1: intensive outpatient program',
    publisher: 'District of Columbia Department of Behavioral Health',
    url: 'https://dcregs.dc.gov/',
    year: 2017,
    kind: 'secondary',
    verified: true,
    note: 'Intensive outpatient: 9 to 19 hours per week for adults; 30–60 day stays; reassessment before a planned discharge. The section number is the 2017 one; its number in the renumbered chapter is not confirmed.',
  },
  'dc-22-a6330': {
    title: 'DC Municipal Regulations 22-A6330 (2017 numbering) — Level of care 2.5: day treatment',
    publisher: 'District of Columbia Department of Behavioral Health',
    url: 'https://dcregs.dc.gov/',
    year: 2017,
    kind: 'secondary',
    verified: true,
    note: 'Day treatment (partial hospitalization): at least 20 hours per week; 30–60 day stays. The section number is the 2017 one; its number in the renumbered chapter is not confirmed.',
  },
  'dc-22-a6331': {
    title: 'DC Municipal Regulations 22-A6331 — Level of care 1: outpatient',
    publisher: 'District of Columbia Department of Behavioral Health',
    url: 'https://dcregs.dc.gov/',
    year: 2024,
    kind: 'secondary',
    verified: true,
    note: 'Level 1 outpatient: up to 8 hours per week; an initial authorization generally lasts up to 180 days.',
  },
  'dc-22-a6334': {
    title: 'DC Municipal Regulations 22-A6334 — Level of care 3.1: low-intensity residential',
    publisher: 'District of Columbia Department of Behavioral Health',
    url: 'https://dcregs.dc.gov/',
    year: 2024,
    kind: 'secondary',
    verified: true,
    note: 'Low-intensity residential: at least 5 hours per week of treatment services.',
  },
  'dc-22-a6336': {
    title: 'DC Municipal Regulations 22-A6336 — Level of care 3.5: high-intensity residential (adults)',
    publisher: 'District of Columbia Department of Behavioral Health',
    url: 'https://dcregs.dc.gov/',
    year: 2024,
    kind: 'secondary',
    verified: true,
    note: 'High-intensity residential: at least 25 hours per week of treatment services.',
  },
  'chcs-medicare-iop': {
    title: 'Medicare intensive outpatient program benefit: what states and plans should know',
    publisher: 'Center for Health Care Strategies',
    year: 2024,
    kind: 'secondary',
    verified: true,
    note: 'Medicare intensive outpatient band of 9 to 19 hours per week.',
  },
  'hancock-daniel-medicare-iop': {
    title: 'CMS finalizes the Medicare intensive outpatient program benefit',
    publisher: 'Hancock, Daniel & Johnson',
    year: 2023,
    kind: 'secondary',
    verified: true,
    note: 'Medicare intensive outpatient band and certification.',
  },
  'nahri-condition-code-92': {
    title: 'Condition code 92 and overlapping intensive outpatient and partial hospitalization claims',
    publisher: 'National Association of Healthcare Revenue Integrity',
    year: 2024,
    kind: 'secondary',
    verified: true,
    note: 'An intensive outpatient claim with a date of service within 7 days before a partial hospitalization claim is returned.',
  },
  'noridian-medicare-iop': {
    title: 'Intensive Outpatient Program (IOP) — JE Part A',
    publisher: 'Noridian Healthcare Solutions (Medicare administrative contractor)',
    url: 'https://med.noridianmedicare.com/web/jea/provider-types/mental-health/intensive-outpatient-program',
    kind: 'secondary',
    verified: true,
    note: 'Per diem for up to three intensive outpatient services a day (APC 5851) and for four or more (APC 5852); 9 to 19 hours a week.',
  },
  'encore-os-scheduling': {
    title: 'Encore OS scheduling compliance documentation',
    publisher: 'Encore OS',
    kind: 'secondary',
    verified: false,
    note: 'A peer EHR checks intensive outpatient at 9 hours and 3 days, partial hospitalization at 20 hours and 5 days per week (not confirmed in a copy of the documentation).',
  },
  'hedis-fui': {
    title: 'HEDIS Follow-Up After High-Intensity Care for Substance Use Disorder (FUI)',
    publisher: 'National Committee for Quality Assurance',
    url: 'https://www.ncqa.org/hedis/measures/',
    kind: 'secondary',
    verified: true,
    note: 'Follow-up within 7 and within 30 days of discharge from high-intensity care.',
  },
  'teds-2004': {
    title: 'Treatment Episode Data Set — Discharges (TEDS-D) 2004: length of stay',
    publisher: 'Substance Abuse and Mental Health Services Administration',
    year: 2004,
    kind: 'secondary',
    verified: true,
    note: 'Median lengths of stay by service type.',
  },
  'nida-principles': {
    title: 'Principles of Drug Addiction Treatment: A Research-Based Guide',
    publisher: 'National Institute on Drug Abuse',
    url: 'https://nida.nih.gov/publications/principles-drug-addiction-treatment-research-based-guide-third-edition',
    year: 2018,
    kind: 'secondary',
    verified: true,
    note: 'Most patients need about 3 months in treatment for significant improvement.',
  },
  'medicare-bpm-php': {
    title: 'Medicare Benefit Policy Manual, chapter 6 §70.3 — Partial hospitalization services',
    publisher: 'Centers for Medicare & Medicaid Services',
    url: 'https://www.cms.gov/regulations-and-guidance/guidance/manuals/downloads/bp102c06.pdf',
    kind: 'secondary',
    verified: true,
    note: 'Partial hospitalization patient criteria: not an imminent danger, adequate support system, able to take part.',
  },
  'ncqa-fui-measure': {
    title: 'Follow-Up After High-Intensity Care for Substance Use Disorder (FUI): measure page',
    publisher: 'National Committee for Quality Assurance',
    url: 'https://www.ncqa.org/hedis/measures/follow-up-after-high-intensity-care-for-substance-use-disorder/',
    kind: 'secondary',
    verified: true,
    note: 'Follow-up within 7 and within 30 days after inpatient, residential or withdrawal-management care for a substance use disorder, for people aged 13 and older.',
  },
  'health-plan-fui-summary': {
    title: 'Caring for substance use disorders: HEDIS measures for providers',
    publisher: 'Blue Cross and Blue Shield of New Mexico',
    url: 'https://www.bcbsnm.com/provider/education-reference/education/news/2024-news-updates/03-05-24-caring-for-substance-use-disorders',
    year: 2024,
    kind: 'secondary',
    verified: true,
    note: 'FUI: the follow-up visit must be on a different date than the discharge date.',
  },
  'dc-22-a6328': {
    title: 'DC Municipal Regulations 22-A6328 — Medication for addiction treatment',
    publisher: 'District of Columbia Department of Behavioral Health',
    url: 'https://dcregs.dc.gov/',
    kind: 'secondary',
    verified: true,
    note: 'Admission may not be denied because a person takes medication for a substance use disorder; FDA-approved forms must be offered (§§ 6328.7–6328.8).',
  },
  'criteria-2023-state-summaries': {
    title: 'State and payer summaries of the fourth edition (2023) of the ASAM Criteria: level numbers',
    publisher: 'State behavioral-health agencies and payers',
    year: 2023,
    kind: 'secondary',
    verified: false,
    note: 'Withdrawal management is part of levels 1.7 and 2.7 (ambulatory), 3.7 and 4; numbers only, no criteria text.',
  },
  'seed-000': {
    title: 'What Is an Intensive Outpatient Program (IOP)? A Complete Guide to Flexible Addiction Treatment',
    publisher: 'Greater Boston Addiction Centers',
    kind: 'seed',
    verified: true,
    note: 'IOP 9–20 hours and 3–5 days a week for 8–12 weeks; PHP 5–7 days a week; OP 1–3 sessions a week.',
  },
  'seed-001': {
    title: 'What Is Intensive Outpatient Treatment (IOP)?',
    publisher: 'Destination Hope',
    kind: 'seed',
    verified: true,
    note: 'Who intensive outpatient treatment suits.',
  },
  'seed-002': {
    title: 'Is an Intensive Outpatient Program Right for You? Signs You Need One',
    publisher: 'Greater Boston Addiction Centers',
    kind: 'seed',
    verified: true,
    note: 'Signs that point to IOP; PHP full days of 5–6 hours; IOP about 3 hours a day, 3–5 days; the detox → PHP → IOP → OP sequence.',
  },
  'seed-003': {
    title: 'Intensive Outpatient Program',
    publisher: 'Anchored Recovery',
    kind: 'seed',
    verified: true,
    note: 'IOP 9–12 hours in 3–5 sessions; residential 30–90 day stays with round-the-clock supervision.',
  },
  'seed-004': {
    title: 'Intensive Outpatient Treatment',
    publisher: 'Footprints to Recovery',
    kind: 'seed',
    verified: true,
    note: 'Stepping down into IOP after PHP; IOP 3–4 hours a day, 3–5 days; residential coverage 1–6 weeks; aftercare and alumni support.',
  },
  'level-of-care-design': {
    title: 'level-of-care library defaults',
    publisher: 'level-of-care project',
    kind: 'editorial',
    verified: false,
    note: 'Defaults chosen by this library where no public number exists (placement table, session length cap, review factors); documented and overridable by policy.',
  },
  'hl7-fhir-r4': {
    title: 'HL7 FHIR Release 4 (4.0.1): Appointment, Encounter, OperationOutcome and the element rule ele-1',
    publisher: 'HL7 International',
    url: 'https://hl7.org/fhir/R4/',
    year: 2019,
    kind: 'primary',
    verified: true,
    note: 'Appointment.minutesDuration may stand without an end; Encounter.period may be dates only; OperationOutcome expressions resolve inside the resource or Bundle; no empty elements.',
  },
  'hl7-v3-act-code': {
    title: 'HL7 v3 ActEncounterCode (Encounter.class in R4)',
    publisher: 'HL7 International (terminology.hl7.org)',
    url: 'https://terminology.hl7.org/CodeSystem-v3-ActCode.html',
    kind: 'primary',
    verified: true,
    note: 'AMB ambulatory, VR virtual, HH home health, FLD field; IMP, ACUTE and NONAC inpatient, EMER emergency, OBSENC observation, PRENC pre-admission, SS short stay.',
  },
  'hl7-v2-0004': {
    title: 'HL7 v2 table 0004: patient class',
    publisher: 'HL7 International (terminology.hl7.org)',
    url: 'https://terminology.hl7.org/CodeSystem-v2-0004.html',
    kind: 'primary',
    verified: false,
    note: 'I inpatient, E emergency, P pre-admit, O outpatient; some EHRs send these in Encounter.class.',
  },
  'hcpcs-bh-service-codes': {
    title: 'HCPCS Level II behavioral-health service codes (H0004, H0005, H0006, H0020, H0038, G0410, G0411)',
    publisher: 'Centers for Medicare & Medicaid Services',
    url: 'https://www.cms.gov/medicare/coding-billing/healthcare-common-procedure-system',
    year: 2024,
    kind: 'primary',
    verified: true,
    note: 'Individual counseling, group counseling, case management, methadone administration, peer services, and group psychotherapy in a partial hospitalization or intensive outpatient program; descriptors checked in published copies.',
  },
  'hcpcs-service-codes-review': {
    title: 'HCPCS Level II service codes this library maps to services (H0001, H0002, H2014, H2019, T1016)',
    publisher: 'level-of-care project',
    kind: 'editorial',
    verified: false,
    note: 'H0001 and H0002 read as assessment and screening, H2014 and H2019 as skills training, T1016 as case management: this library’s reading of codes behavioral-health EHRs send, not yet checked against the CMS descriptors.',
  },
  'cpt-code-numbers': {
    title: 'CPT® code numbers for psychotherapy and psychiatric evaluation (numbers only; the descriptors are licensed by the AMA and not shipped)',
    publisher: 'American Medical Association',
    kind: 'primary',
    verified: false,
    note: 'Which service each number bills, read from public value sets and payer pages, not from the AMA text.',
  },
  'vsac-ecqm-value-sets': {
    title: 'eCQM value sets Follow Up for Adult Depression (2.16.840.1.113883.3.526.3.1568) and Psych Visit Diagnostic Evaluation (2.16.840.1.113883.3.526.3.1492)',
    publisher: 'National Library of Medicine, Value Set Authority Center',
    url: 'https://vsac.nlm.nih.gov/',
    year: 2025,
    kind: 'primary',
    verified: true,
    note: 'SNOMED CT psychotherapy, group, family, evaluation, case-management and telephone-consultation concepts, and CPT 90791/90792, read in a published copy of the 2025 expansion.',
  },
  'snomed-ct-encounter-types': {
    title: 'SNOMED CT encounter concepts: 448337001 telemedicine consultation with patient, 185317003 telephone encounter; 32485007, 305336008 and 449411000124106 hospital, hospice and skilled-nursing admissions',
    publisher: 'SNOMED International',
    url: 'https://browser.ihtsdotools.org/',
    kind: 'primary',
    verified: true,
    note: 'Concepts EHRs and Synthea put in Encounter.type and Appointment.appointmentType for remote visits and admissions; names seen in published examples and Synthea records.',
  },
  'cms-place-of-service': {
    title: 'Place of Service code set',
    publisher: 'Centers for Medicare & Medicaid Services',
    url: 'https://www.cms.gov/medicare/coding-billing/place-of-service-codes/code-sets',
    kind: 'primary',
    verified: false,
    note: '02 and 10 telehealth; 11 office, 12 home, 19 and 22 outpatient hospital, 49 clinic, 50 health center, 52 partial hospitalization, 53 mental health center, 55 and 57 substance-use facilities, 58 opioid treatment.',
  },
  'telehealth-modifiers': {
    title: 'Telehealth modifiers 95 and GT on professional claims',
    publisher: 'Payer billing guidance (summaries of CMS and CPT rules)',
    kind: 'secondary',
    verified: true,
    note: 'A CPT or HCPCS code with modifier 95 or GT was delivered by interactive telehealth.',
  },
};

