import { getLevel } from '../levels/getLevel.js';
import { isRecord } from '../_lib/isRecord.js';
import type { LevelId } from '../levels/types.js';
import { EVIDENCE_LABELS, type EvidenceKind } from '../sources/evidence.js';
import { BASELINE_LEVEL, DIMENSION_LABELS } from './data.js';
import { RANK } from './levelRank.js';
import type { Recommendation, TraceEntry } from './types.js';

const nameOf = (level: LevelId): string => {
  const found = getLevel(level);
  return found === undefined ? level : `${found.name} (${found.abbreviation})`;
};

const listOf = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;

const withoutFinalStop = (text: string): string => (text.endsWith('.') ? text.slice(0, -1) : text);

/** The kind of evidence behind a statement, as the reader sees it: `[library default]`. */
const evidenceTag = (evidence: EvidenceKind | undefined): string => (evidence === undefined ? '' : ` [${EVIDENCE_LABELS[evidence]}]`);

/** Where withdrawal management is delivered, in a sentence. */
function withdrawalSentence(result: Recommendation): string | undefined {
  const program = result.programLevel === undefined ? '' : nameOf(result.programLevel);
  switch (result.withdrawalManagement) {
    case undefined:
      return undefined;
    case 'ambulatory':
      return `Withdrawal management is ambulatory — supervised visits every day while living at home — and runs alongside ${program}; no day or outpatient program is ruled out for withdrawal.`;
    case 'residential':
      return `Withdrawal management needs a 24-hour residential setting; apart from it, the other needs call for ${program}.`;
    case 'hospital':
      return 'Withdrawal management is medically managed in hospital.';
    default: {
      const unhandled: never = result.withdrawalManagement;
      return String(unhandled);
    }
  }
}

/** The floor a true minimum-level trace entry set. */
function floorOfEntry(entry: TraceEntry): LevelId | undefined {
  if (entry.minimumLevel !== undefined) return entry.minimumLevel;
  let least: LevelId | undefined;
  for (const level of entry.levels) if (least === undefined || RANK[level] > RANK[least]) least = level;
  return least;
}

const NOT_A_RECOMMENDATION = 'Not a recommendation of level-of-care: nothing to explain.';

/**
 * Writes a short plain-English paragraph explaining a recommendation, for a chart note or a
 * utilization-review letter ("why not a lower level?"): the level, the ratings and findings that set
 * its minimum, where withdrawal management is delivered, the levels ruled out and why, any
 * availability gap or referral, the cautions, and what is still unknown. Every rule named is tagged
 * with the kind of its evidence (`[library default]`, `[provider web page]`, `[state rule or payer
 * policy]`, `[regulation or code descriptor]`), so a reader can tell a regulation from a default.
 *
 * @param result - A result of {@link recommendLevel}.
 * @returns The paragraph.
 *
 * @example
 * ```ts
 * import { explainRecommendation, recommendLevel } from 'level-of-care';
 *
 * const result = recommendLevel({
 *   risk: { withdrawal: 0, biomedical: 1, psychiatric: 1, readiness: 1, relapse: 2, environment: 1 },
 *   findings: {
 *     imminentDanger: false, needsMedicallyManagedWithdrawal: false, unstableMedicalCondition: false,
 *     eatingDisorderNeedsMealSupport: true, motivatedForTreatment: true, stableSubstanceFreeHome: true,
 *     canAttendDaysPerWeek: 5,
 *   },
 * });
 * explainRecommendation(result);
 * //=> 'Recommended level: Partial hospitalization (PHP). The highest need sets the minimum, and ratings are never averaged: relapse and continued-use risk rated 2 calls for at least Intensive outpatient (IOP) [library default]. Ruled out: An eating disorder that needs support at meals rules out levels without supervised meals (eating-disorder-needs-meal-support: IOP, OP and AC) [provider web page]. Cautions: An eating disorder that needs support at meals: choose a program that provides supervised meals [provider web page]. Partial hospitalization expects an adequate support system outside program hours; none is recorded [state rule or payer policy].'
 * ```
 *
 * @category Eligibility
 */
export function explainRecommendation(result: Recommendation): string {
  try {
    return explain(result);
  } catch {
    // Anything but a recommendation of this library (or one whose reading throws) has nothing to explain.
    return NOT_A_RECOMMENDATION;
  }
}

function explain(result: Recommendation): string {
  const given: unknown = result;
  if (!isRecord(given) || typeof given['level'] !== 'string' || !Array.isArray(given['trace'])) return NOT_A_RECOMMENDATION;
  const sentences: string[] = [];
  sentences.push(
    `${result.status === 'provisional' ? 'Provisional recommendation' : 'Recommended level'}: ${nameOf(result.level)}.`,
  );

  const evidenceOfRule = (ruleId: string): EvidenceKind | undefined => result.trace.find((entry) => entry.ruleId === ruleId)?.evidence;
  const drivers = result.drivers.map(
    (driver) =>
      `${DIMENSION_LABELS[driver.dimension]} rated ${driver.rating} calls for at least ${nameOf(driver.minimumLevel)}${evidenceTag(evidenceOfRule(`placement-${driver.dimension}`))}`,
  );
  if (drivers.length > 0) {
    sentences.push(`The highest need sets the minimum, and ratings are never averaged: ${drivers.join('; ')}.`);
  }

  // Findings that set a floor of their own (withdrawal management first, for example).
  let floor: LevelId | undefined;
  const findingFloors: string[] = [];
  for (const entry of result.trace) {
    if (entry.effect !== 'minimum-level' || entry.outcome !== true) continue;
    const level = floorOfEntry(entry);
    if (level === undefined) continue;
    if (floor === undefined || RANK[level] < RANK[floor]) floor = level;
    if (!entry.ruleId.startsWith('placement-') && entry.ruleId !== 'assessed-person-gets-treatment') {
      findingFloors.push(`${withoutFinalStop(entry.summary)}${evidenceTag(entry.evidence)}`);
    }
  }
  if (findingFloors.length > 0) sentences.push(`${findingFloors.join('. ')}.`);
  if (drivers.length === 0 && findingFloors.length === 0) {
    sentences.push(`No rating calls for more than ${nameOf(floor ?? BASELINE_LEVEL.level)}, the starting level for anyone assessed.`);
  }
  const withdrawal = withdrawalSentence(result);
  if (withdrawal !== undefined) sentences.push(withdrawal);

  const excludedBy = new Map<string, { summary: string; levels: string[] }>();
  for (const exclusion of result.excluded) {
    for (const ruleId of exclusion.ruleIds) {
      const summary = result.trace.find((entry) => entry.ruleId === ruleId)?.summary ?? ruleId;
      const group = excludedBy.get(ruleId) ?? { summary, levels: [] };
      group.levels.push(getLevel(exclusion.level)?.abbreviation ?? exclusion.level);
      excludedBy.set(ruleId, group);
    }
  }
  if (excludedBy.size > 0) {
    const parts = [...excludedBy].map(
      ([ruleId, group]) => `${withoutFinalStop(group.summary)} (${ruleId}: ${listOf(group.levels)})${evidenceTag(evidenceOfRule(ruleId))}`,
    );
    sentences.push(`Ruled out: ${parts.join('; ')}.`);
  }

  if (result.availabilityGap) {
    sentences.push(
      result.level === result.indicatedLevel
        ? `${nameOf(result.indicatedLevel)} is indicated but neither it nor an acceptable more intensive level is available, so it must be arranged by referral.`
        : result.cautions.some((caution) => caution.id === 'withdrawal-management-does-not-replace-other-care')
          ? `${nameOf(result.indicatedLevel)} is indicated for withdrawal, but the other needs call for ${nameOf(result.level)} with the levels available.`
          : `${nameOf(result.indicatedLevel)} is indicated but not available, so ${nameOf(result.level)}, the next more intensive acceptable level available, is recommended instead; care is never placed lower for lack of a program.`,
    );
  }

  const cautions = result.cautions
    .filter((caution) => caution.id !== 'arrange-by-referral' && caution.id !== 'withdrawal-management-does-not-replace-other-care')
    .map((caution) => `${withoutFinalStop(caution.summary)}${evidenceTag(caution.evidence)}`);
  if (cautions.length > 0) sentences.push(`Cautions: ${cautions.join('. ')}.`);

  if (result.missing.length > 0) {
    const range = result.provisionalRange;
    const span =
      range === undefined
        ? ''
        : range.least === range.most
          ? `; the level would stay ${nameOf(range.least)} whatever they turn out to be`
          : `; once known, the level could range from ${nameOf(range.least)} to ${nameOf(range.most)}`;
    sentences.push(
      `Not yet known: ${result.missing.join(', ')}${span}.`,
    );
  }

  const errors = result.issues.filter((issue) => issue.severity === 'error').length;
  if (errors > 0) {
    sentences.push(
      `${errors} input ${errors === 1 ? 'problem was' : 'problems were'} found; the fields concerned were treated as unknown, never as low risk.`,
    );
  }
  return sentences.join(' ');
}
