// Writes the reference pages of the documentation site from the library's own data, so the tables
// a reader sees are the tables the code uses: the rule catalog, every policy threshold with its
// sources and verification status, the issue codes, the sources, and the levels with a diagram of
// the step-down pathway. Run on every docs build (`npm run docs`); the output in docs/generated/ is
// not committed.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DIMENSIONS,
  ELIGIBILITY_THRESHOLDS,
  FOLLOW_UP_LEVELS,
  ISSUE_CATALOG,
  LEVEL_IDS,
  LEVELS,
  POLICIES,
  READINESS_CRITERIA,
  RULES,
  SOURCES,
  STEP_DOWN_PATHWAY,
  STEP_UP_TRIGGERS,
  isVerified,
  nextStepDown,
  type Assessment,
  type Bounds,
  type CountedModalities,
  type HoursBound,
  type IssueCode,
  type LevelId,
  type LevelRequirements,
  type PerDiemTier,
  type Policy,
  type ReadinessCheck,
  type SourceId,
  type Threshold,
} from '../src/index.js';

/** One page of the generated reference: its file name in docs/generated/ and its content. */
export interface ReferencePage {
  /** File name, e.g. `rules.md`. */
  readonly file: string;
  /** The file's content. */
  readonly content: string;
}

// ---------------------------------------------------------------------------------------------
// Markdown helpers

/** Escapes text for a markdown table cell: pipes would end the cell, newlines the row. */
export function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

const code = (text: string): string => `\`${text}\``;

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function page(title: string, intro: string, sections: readonly string[]): string {
  return [`---`, `title: ${title}`, `group: Reference`, `---`, '', `# ${title}`, '', intro, '', ...sections.map((s) => `${s}\n`)]
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
}

const GENERATED_NOTE =
  'This page is generated from the library data on every documentation build, so it always matches the installed version.';

/** The anchor of a source's row on the sources page. */
export const sourceAnchor = (id: string): string => `source-${id}`;

/** Source ids, each a link to its row on the sources page (generated into the same folder). */
const sourceList = (sources: readonly string[]): string => sources.map((id) => `[${code(id)}](./sources.md#${sourceAnchor(id)})`).join(', ');

const status = (threshold: Threshold | PerDiemTier | CountedModalities): string =>
  isVerified(threshold) ? 'verified' : '**unverified**';

const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

// ---------------------------------------------------------------------------------------------
// Rule catalog

const THRESHOLD_LABELS: { readonly [key: string]: string } = {
  minAttendableDays: 'Fewest days a week a person must be able to attend IOP or PHP',
  withdrawalManagementRating: 'Withdrawal rating from which withdrawal management is indicated',
  moderateRating: 'Rating that counts as a moderate problem',
  severeRating: 'Rating that counts as a severe problem',
  severeAreasForPhp: 'Severely affected dimensions that count as "several areas of life" for PHP',
};

/** The rule catalog: every rule of `RULES` with its effect, levels, summary and sources, and the numbers the rules use. */
export function rulesPage(): ReferencePage {
  const rules = table(
    ['Rule', 'Effect', 'Levels', 'Summary', 'Sources'],
    RULES.map((rule) => [code(rule.id), rule.effect, rule.levels.map(code).join(', '), cell(rule.summary), sourceList(rule.sources)]),
  );
  const thresholds = table(
    ['Threshold', 'Value', 'Sources', 'Status'],
    Object.entries(ELIGIBILITY_THRESHOLDS).map(([key, threshold]: [string, Threshold]) => [
      `${cell(THRESHOLD_LABELS[key] ?? key)} (${code(key)})`,
      String(threshold.value),
      sourceList(threshold.sources),
      status(threshold),
    ]),
  );
  const effects = [
    '- `minimum-level`: the person needs at least the level the rule sets (the placement table, or a finding).',
    '- `contraindication`: the rule rules its levels out.',
    '- `caution`: its levels stay possible, with something to arrange or watch.',
    '- `indication`: the rule speaks for its levels.',
  ].join('\n');
  return {
    file: 'rules.md',
    content: page(
      'Rule catalog',
      `Every rule \`recommendLevel\` and \`evaluateEligibility\` evaluate, in catalog order (${plural(RULES.length, 'rule')}). ` +
        'A custom rule with the same id replaces a built-in one (see the Eligibility guide). ' +
        GENERATED_NOTE,
      [`## Effects\n\n${effects}`, `## Rules\n\n${rules}`, `## Numbers the rules use\n\nThe values of \`ELIGIBILITY_THRESHOLDS\`; the rules read them from there.\n\n${thresholds}`],
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// Policies

const lowerWord = (inclusive: boolean): string => (inclusive ? '≥' : '>');
const upperWord = (inclusive: boolean): string => (inclusive ? '≤' : '<');

interface RequirementRow {
  readonly requirement: string;
  readonly value: string;
  readonly threshold: Threshold | CountedModalities;
}

function boundRows<T extends Threshold>(
  bounds: Bounds<T> | undefined,
  label: string,
  format: (threshold: T, lower: boolean) => string,
): RequirementRow[] {
  const rows: RequirementRow[] = [];
  if (bounds?.min !== undefined) rows.push({ requirement: `${label}, minimum`, value: format(bounds.min, true), threshold: bounds.min });
  if (bounds?.max !== undefined) rows.push({ requirement: `${label}, maximum`, value: format(bounds.max, false), threshold: bounds.max });
  return rows;
}

/** The rows of one level's requirements, in a fixed order. */
function requirementRows(requirements: LevelRequirements): RequirementRow[] {
  const hours = (bound: HoursBound, lower: boolean): string =>
    `${lower ? lowerWord(bound.inclusive) : upperWord(bound.inclusive)} ${bound.value} h`;
  const days = (threshold: Threshold, lower: boolean): string => `${lower ? '≥' : '≤'} ${plural(threshold.value, 'day')}`;
  const minutes = (threshold: Threshold, lower: boolean): string => `${lower ? '≥' : '≤'} ${threshold.value} min`;
  const rows = [
    ...boundRows(requirements.hoursPerWeek, 'Hours per week', hours),
    ...boundRows(requirements.daysPerWeek, 'Service days per week', days),
  ];
  if (requirements.minHoursPerServiceDay !== undefined) {
    const threshold = requirements.minHoursPerServiceDay;
    rows.push({ requirement: 'Hours on each service day', value: `≥ ${threshold.value} h`, threshold });
  }
  // Session length is checked as a warning (`session_too_long`, `session_too_short`), not an error.
  rows.push(
    ...boundRows(requirements.sessionMinutes, 'Session length', minutes).map((row) => ({ ...row, requirement: `${row.requirement} (warning)` })),
  );
  for (const service of requirements.requiredServicesPerWeek ?? []) {
    rows.push({
      requirement: `Required service: ${service.service}`,
      value: `≥ ${plural(service.minSessions, 'session')} a week`,
      threshold: { value: service.minSessions, sources: service.sources },
    });
  }
  const modalities = requirements.countsModalities;
  if (modalities !== undefined) {
    rows.push({ requirement: 'Sessions that count', value: `${modalities.value.join(' and ')} only`, threshold: modalities });
  }
  return rows;
}

function requirementsTable(policy: Policy): string {
  const rows: string[][] = [];
  for (const level of LEVEL_IDS) {
    const byPopulation = policy.requirements[level];
    for (const population of ['adult', 'adolescent'] as const) {
      const requirements = byPopulation?.[population];
      if (requirements === undefined) continue;
      for (const row of requirementRows(requirements)) {
        rows.push([code(level), population, row.requirement, row.value, sourceList(row.threshold.sources), status(row.threshold)]);
      }
    }
  }
  if (rows.length === 0) return 'This policy states no schedule requirements.';
  return [
    table(['Level', 'Population', 'Requirement', 'Value', 'Sources', 'Status'], rows),
    '',
    'A level that is not listed has no schedule requirements under this policy. Where a level has no ' +
      'adolescent rows, adolescents are held to the adult ones (`requirementsFor`).',
  ].join('\n');
}

function billingTable(policy: Policy): string {
  const rows: string[][] = [];
  for (const level of LEVEL_IDS) {
    const billing = policy.billing[level];
    if (billing === undefined) continue;
    if (billing.code !== undefined) rows.push([code(level), 'Billed under HCPCS code', code(billing.code), '—', '—']);
    if (billing.minMinutes !== undefined) {
      const threshold = billing.minMinutes;
      rows.push([code(level), 'Minutes of counted services a day needs', `≥ ${threshold.value} min`, sourceList(threshold.sources), status(threshold)]);
    }
    for (const tier of billing.tiers ?? []) {
      const services =
        tier.maxServices === undefined
          ? `${tier.minServices} or more services`
          : tier.maxServices === tier.minServices
            ? plural(tier.minServices, 'service')
            : `${tier.minServices}–${tier.maxServices} services`;
      rows.push([code(level), `Per-diem tier ${code(tier.id)}`, `days with ${services}`, sourceList(tier.sources), status(tier)]);
    }
  }
  if (rows.length === 0) return 'No billing rules: `billableDays` treats every day with counted services as billable.';
  return table(['Level', 'Rule', 'Value', 'Sources', 'Status'], rows);
}

function recertificationTable(policy: Policy): string {
  const rows: string[][] = [];
  for (const level of LEVEL_IDS) {
    const recertification = policy.recertification[level];
    if (recertification === undefined) continue;
    const first = recertification.firstWithinDays;
    if (first !== undefined) {
      rows.push([code(level), 'First recertification', `by day ${first.value}`, sourceList(first.sources), status(first)]);
    }
    const every = recertification.every;
    const interval = plural(every.value, every.unit === 'months' ? 'calendar month' : 'day');
    rows.push([code(level), first === undefined ? 'Recertify every' : 'Then every', interval, sourceList(every.sources), status(every)]);
  }
  if (rows.length === 0) return 'This policy states no recertification intervals.';
  return table(['Level', 'Interval', 'Value', 'Sources', 'Status'], rows);
}

function staysTable(policy: Policy): string {
  const rows: string[][] = LEVEL_IDS.flatMap((level) => {
    const threshold = policy.typicalStayDays[level];
    return threshold === undefined
      ? []
      : [[code(level), `Typical stay`, plural(threshold.value, 'day'), sourceList(threshold.sources), status(threshold)]];
  });
  const factor = policy.lengthOfStayReviewFactor;
  rows.push(['all', 'Stay flagged for review beyond', `${factor.value} × the typical stay`, sourceList(factor.sources), status(factor)]);
  const gap = policy.maxGapDays;
  rows.push([
    `after ${FOLLOW_UP_LEVELS.map(code).join(', ')}`,
    'Most days between discharge and the next episode',
    plural(gap.value, 'day'),
    sourceList(gap.sources),
    status(gap),
  ]);
  const window = policy.iopBeforePhpDays;
  if (window !== undefined) {
    rows.push([
      `${code('iop')} before ${code('php')}`,
      'An intensive outpatient date this close before a partial hospitalization episode is flagged',
      plural(window.value, 'day'),
      sourceList(window.sources),
      status(window),
    ]);
  }
  return table(['Level', 'Setting', 'Value', 'Sources', 'Status'], rows);
}

function stepDownTable(policy: Policy): string {
  const { minAttendanceRate, minDaysAtLevel, minDaysAbstinent } = policy.stepDown;
  const rows: string[][] = [
    ['all', 'Share of scheduled sessions attended', `≥ ${Math.round(minAttendanceRate.value * 100)} %`, sourceList(minAttendanceRate.sources), status(minAttendanceRate)],
  ];
  for (const level of LEVEL_IDS) {
    const days = minDaysAtLevel[level];
    if (days !== undefined) {
      rows.push([code(level), 'Soft minimum days at the level (a note, never a gate)', plural(days.value, 'day'), sourceList(days.sources), status(days)]);
    }
  }
  for (const level of LEVEL_IDS) {
    const days = minDaysAbstinent[level];
    if (days !== undefined) {
      rows.push([code(level), 'Days abstinent before stepping down', `≥ ${plural(days.value, 'day')}`, sourceList(days.sources), status(days)]);
    }
  }
  return table(['Level', 'Threshold', 'Value', 'Sources', 'Status'], rows);
}

function placementTable(policy: Policy): string {
  const rows = DIMENSIONS.map((dimension) => [dimension, ...policy.placement.minimumLevel[dimension].map(code)]);
  return [
    table(['Dimension', 'Rating 0', 'Rating 1', 'Rating 2', 'Rating 3', 'Rating 4'], rows),
    '',
    `Each rating calls for at least the level in its cell; the highest of the six wins and ratings are never averaged. Sources: ${sourceList(policy.placement.sources)}.`,
  ].join('\n');
}

const sameAs = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

// 0001-01-01 is the first day a YYYY-MM-DD date can name: a policy from then on has no start date.
const effectiveText = ({ effective: { from, to } }: Policy): string => {
  if (to !== undefined) return `In effect for dates of service from ${from} to ${to}.`;
  return from === '0001-01-01' ? 'In effect for every date of service.' : `In effect for dates of service from ${from} on.`;
};

function policySection(key: string, policy: Policy, base: Policy): string {
  const shared = (part: string, render: (p: Policy) => string, pick: (p: Policy) => unknown): string =>
    policy !== base && sameAs(pick(policy), pick(base))
      ? `### ${part}\n\nThe same as under \`${base.id}\`.`
      : `### ${part}\n\n${render(policy)}`;
  return [
    `## ${cell(policy.title)}`,
    '',
    `Id ${code(policy.id)} (\`POLICIES.${key}\`), version ${code(policy.version)}. ${effectiveText(policy)} Sources: ${sourceList(policy.sources)}.`,
    '',
    `### Schedule requirements\n\n${requirementsTable(policy)}`,
    '',
    `### Billing\n\n${billingTable(policy)}`,
    '',
    `### Recertification\n\n${recertificationTable(policy)}`,
    '',
    shared('Typical stays and continuity', staysTable, (p) => [p.typicalStayDays, p.lengthOfStayReviewFactor, p.maxGapDays, p.iopBeforePhpDays]),
    '',
    shared('Step-down readiness', stepDownTable, (p) => p.stepDown),
    '',
    shared('Placement table', placementTable, (p) => p.placement),
  ].join('\n');
}

/** Every threshold of every built-in policy, per level and population, with its sources and whether it is verified. */
export function policiesPage(): ReferencePage {
  const base = POLICIES.general;
  const sections = Object.entries(POLICIES).map(([key, policy]: [string, Policy]) => policySection(key, policy, base));
  const intro =
    'The built-in policies and every number in them. **Unverified** marks a value that is marked ' +
    '`verified: false` or whose sources are all unverified (`isVerified`): recalled from a source but not ' +
    'confirmed in a primary text, or a default this library chose. Such values are configurable; check ' +
    'them against your payer before relying on them. ' +
    GENERATED_NOTE;
  return { file: 'policies.md', content: page('Policies', intro, sections) };
}

// ---------------------------------------------------------------------------------------------
// Issue codes

/** Every issue code with its severity, its meaning and an example message written from its example parameters. */
export function issueCodesPage(): ReferencePage {
  const codes = Object.keys(ISSUE_CATALOG) as IssueCode[];
  const example = <C extends IssueCode>(c: C): string => {
    const entry = ISSUE_CATALOG[c];
    return entry.message(entry.example);
  };
  const rows = codes.map((c) => [code(c), ISSUE_CATALOG[c].severity, cell(ISSUE_CATALOG[c].meaning), cell(example(c))]);
  const intro =
    'Every issue a validator can return. Codes are stable and never renamed once released; only `error` ' +
    'issues make a result fail (`ok: false`). ' +
    GENERATED_NOTE;
  return { file: 'issue-codes.md', content: page('Issue codes', intro, [table(['Code', 'Severity', 'Meaning', 'Example message'], rows)]) };
}

// ---------------------------------------------------------------------------------------------
// Sources

const KIND_TEXT: { readonly [K in 'primary' | 'secondary' | 'seed' | 'editorial']: string } = {
  primary: 'a regulation or official code descriptor',
  secondary: 'a state rule, advisory, measure or vendor page',
  seed: 'one of the consumer pages the project started from; cited by id, never quoted',
  editorial: "this library's own documented default",
};

/** The `SOURCES` catalog: every document the data cites, with its kind and whether values taken from it are verified. */
export function sourcesPage(): ReferencePage {
  const rows = (Object.keys(SOURCES) as SourceId[]).map((id) => {
    const source = SOURCES[id];
    const title = source.url === undefined ? cell(source.title) : `[${cell(source.title)}](${source.url})`;
    return [
      `<a id="${sourceAnchor(id)}"></a>${code(id)}`,
      title,
      cell(source.publisher),
      source.year === undefined ? '' : String(source.year),
      source.kind,
      source.verified ? 'yes' : '**no**',
      cell(source.note ?? ''),
    ];
  });
  const kinds = Object.entries(KIND_TEXT)
    .map(([kind, text]) => `- \`${kind}\`: ${text}.`)
    .join('\n');
  return {
    file: 'sources.md',
    content: page('Sources', `Every source id the data cites. ${GENERATED_NOTE}`, [
      `## Kinds\n\n${kinds}`,
      `## Catalog\n\n${table(['Id', 'Title', 'Publisher', 'Year', 'Kind', 'Verified', 'What the library takes from it'], rows)}`,
    ]),
  };
}

// ---------------------------------------------------------------------------------------------
// Levels and the pathway diagram

/** One arrow of the pathway diagram. */
export interface PathwayEdge {
  /** The level stepped down from. */
  readonly from: LevelId;
  /** The level stepped down to. */
  readonly to: LevelId;
  /** `default` without an assessment; `residential-branch` when the assessment still calls for round-the-clock care. */
  readonly kind: 'default' | 'residential-branch';
}

/** An assessment whose only known rating sends the person to residential care under the given policy. */
function residentialAssessment(policy: Policy): Assessment | undefined {
  for (const dimension of DIMENSIONS) {
    const rating = policy.placement.minimumLevel[dimension].indexOf('residential');
    if (rating >= 0) return { risk: { [dimension]: rating } };
  }
  return undefined;
}

/**
 * The arrows of the pathway, computed with `nextStepDown` for every level: where each level steps
 * down to without an assessment, and where it steps down to when the assessment still calls for
 * residential care.
 */
export function pathwayEdges(): PathwayEdge[] {
  const assessment = residentialAssessment(POLICIES.general);
  const edges: PathwayEdge[] = [];
  for (const level of LEVEL_IDS) {
    const next = nextStepDown(level);
    if (next !== undefined) edges.push({ from: level, to: next, kind: 'default' });
    const branch = assessment === undefined ? undefined : nextStepDown(level, { assessment });
    if (branch !== undefined && branch !== next) edges.push({ from: level, to: branch, kind: 'residential-branch' });
  }
  return edges;
}

/** Escapes text for XML content and attribute values. */
export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Splits a name into lines of at most `width` characters, at spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * The step-down pathway as an SVG image: one box per level in intensity order (most intensive on the
 * left; round-the-clock levels shaded, levels off the pathway dashed), solid arrows for the default
 * step-down and dashed arrows for the residential branch, taken when the assessment still calls for
 * round-the-clock care.
 */
export function pathwaySvg(): string {
  const box = { width: 134, height: 84, gap: 24 };
  const margin = { x: 24, top: 92 };
  const rowY = margin.top;
  const width = margin.x * 2 + LEVELS.length * box.width + (LEVELS.length - 1) * box.gap;
  const height = rowY + box.height + 112;
  const index = new Map<LevelId, number>(LEVELS.map((level, i) => [level.id, i]));
  const left = (i: number): number => margin.x + i * (box.width + box.gap);
  const centre = (i: number): number => left(i) + box.width / 2;
  const onPathway = new Set<LevelId>(STEP_DOWN_PATHWAY);
  const branchTargets = new Set(pathwayEdges().filter((edge) => edge.kind === 'residential-branch').map((edge) => edge.to));

  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="pathway-title pathway-desc" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif">`,
    `<title id="pathway-title">Step-down pathway between levels of care</title>`,
    `<desc id="pathway-desc">${xmlEscape(
      pathwayEdges()
        .map((edge) => `${edge.from} to ${edge.to}${edge.kind === 'residential-branch' ? ' when round-the-clock care is still needed' : ''}`)
        .join('; '),
    )}.</desc>`,
    '<defs>',
    '<marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#334155"/></marker>',
    '</defs>',
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
  );

  for (const [i, level] of LEVELS.entries()) {
    const dashed = !onPathway.has(level.id) || branchTargets.has(level.id);
    const fill = level.twentyFourHour ? '#e0e7ff' : '#f1f5f9';
    parts.push(
      `<g class="level" data-level="${xmlEscape(level.id)}">`,
      `<rect x="${left(i)}" y="${rowY}" width="${box.width}" height="${box.height}" rx="8" fill="${fill}" stroke="#334155" stroke-width="1.5"${dashed ? ' stroke-dasharray="6 4"' : ''}/>`,
      `<text x="${centre(i)}" y="${rowY + 28}" text-anchor="middle" font-size="20" font-weight="700" fill="#0f172a">${xmlEscape(level.abbreviation)}</text>`,
    );
    wrap(level.name, 17).forEach((line, n) => {
      parts.push(`<text x="${centre(i)}" y="${rowY + 50 + n * 16}" text-anchor="middle" font-size="13" fill="#334155">${xmlEscape(line)}</text>`);
    });
    parts.push('</g>');
  }

  const edges = pathwayEdges();
  for (const edge of edges) {
    const from = index.get(edge.from);
    const to = index.get(edge.to);
    if (from === undefined || to === undefined) continue;
    const dash = edge.kind === 'residential-branch' ? ' stroke-dasharray="6 4"' : '';
    const distance = Math.abs(to - from);
    let d: string;
    if (distance === 1) {
      const y = rowY + box.height / 2;
      d = `M ${left(from) + box.width} ${y} L ${left(to)} ${y}`;
    } else if (edge.kind === 'default') {
      // Longer default arrows arc over the row, higher the further they reach.
      // Each reach ends at its own point on the target box, so arrows into one level never merge.
      const y = rowY;
      const lift = 26 + distance * 14;
      const end = centre(to) - 14 * (distance - 1);
      d = `M ${centre(from) + 14} ${y} C ${centre(from) + 14} ${y - lift}, ${end} ${y - lift}, ${end} ${y}`;
    } else {
      const y = rowY + box.height;
      const drop = 26 + distance * 14;
      const end = centre(to) + 14 * (distance - 1);
      d = `M ${centre(from) - 14} ${y} C ${centre(from) - 14} ${y + drop}, ${end} ${y + drop}, ${end} ${y}`;
    }
    parts.push(
      `<path class="edge ${edge.kind}" data-from="${edge.from}" data-to="${edge.to}" d="${d}" fill="none" stroke="#334155" stroke-width="1.6"${dash} marker-end="url(#arrow)"/>`,
    );
  }

  const legendY = height - 22;
  parts.push(
    '<g class="legend" font-size="14" fill="#334155">',
    `<line x1="${margin.x}" y1="${legendY}" x2="${margin.x + 36}" y2="${legendY}" stroke="#334155" stroke-width="1.6" marker-end="url(#arrow)"/>`,
    `<text x="${margin.x + 44}" y="${legendY + 5}">default step-down</text>`,
    `<line x1="${margin.x + 200}" y1="${legendY}" x2="${margin.x + 236}" y2="${legendY}" stroke="#334155" stroke-width="1.6" stroke-dasharray="6 4" marker-end="url(#arrow)"/>`,
    `<text x="${margin.x + 244}" y="${legendY + 5}">when round-the-clock care is still needed</text>`,
    `<rect x="${margin.x + 580}" y="${legendY - 9}" width="18" height="18" rx="3" fill="#e0e7ff" stroke="#334155"/>`,
    `<text x="${margin.x + 606}" y="${legendY + 5}">24-hour care</text>`,
    `<rect x="${margin.x + 720}" y="${legendY - 9}" width="18" height="18" rx="3" fill="#f1f5f9" stroke="#334155" stroke-dasharray="4 3"/>`,
    `<text x="${margin.x + 746}" y="${legendY + 5}">off the default pathway</text>`,
    '</g>',
    '</svg>',
  );
  return `${parts.join('\n')}\n`;
}

const checkText = (check: ReadinessCheck): string => {
  switch (check.kind) {
    case 'flag':
      return `${code(check.field)} is ${String(check.expected)}`;
    case 'attendance':
      return 'attendance ≥ the policy minimum';
    case 'abstinence':
      return "days abstinent ≥ the policy's minimum for the level";
    default: {
      const unreachable: never = check;
      return unreachable;
    }
  }
};

const stayText = (minDays: number, maxDays: number | undefined): string =>
  maxDays === undefined ? `${minDays}+ days (open-ended)` : `${minDays}–${maxDays} days`;

/** The levels of care and the step-down pathway, with the diagram, the readiness criteria and the step-up triggers. */
export function levelsPage(): ReferencePage {
  const levels = table(
    ['Level', 'Id', '24-hour', 'Where the person lives', 'Typical stay (soft hint)', 'Sources'],
    LEVELS.map((level) => [
      `${cell(level.name)} (${level.abbreviation})`,
      code(level.id),
      level.twentyFourHour ? 'yes' : 'no',
      cell(level.livingArrangement),
      `${stayText(level.typicalStay.minDays, level.typicalStay.maxDays)} (${sourceList(level.typicalStay.sources)})`,
      sourceList(level.sources),
    ]),
  );
  const codes = table(
    ['Level', 'HCPCS Level II codes', 'ASAM level numbers, 3rd edition¹', 'ASAM level numbers, 4th edition (2023)¹'],
    LEVELS.map((level) => [
      code(level.id),
      level.hcpcs.map((h) => `${code(h.code)} ${cell(h.label)}`).join('; ') || '—',
      level.asamCrosswalk.thirdEdition.join(', ') || '—',
      level.asamCrosswalk.fourthEdition.join(', ') || '—',
    ]),
  );
  const trademark =
    '¹ Informational crosswalk to ASAM level numbers, for identification only. The 4th edition applies to ' +
    'adults and folds withdrawal management into 1.7, 2.7, 3.7 and 4 (so 2.7 also appears under partial ' +
    'hospitalization and 1.7 under outpatient, when withdrawal is managed there); adolescent programs ' +
    'still use the 3rd. ASAM® is a registered trademark of the American Society of Addiction Medicine; ' +
    'this library is not affiliated with or endorsed by it, and ships none of its text, criteria or ' +
    'decision tables.';
  const edges = pathwayEdges()
    .map((edge) => `- ${code(edge.from)} → ${code(edge.to)}${edge.kind === 'residential-branch' ? ' when the assessment still calls for round-the-clock care' : ''}`)
    .join('\n');
  const criteria = table(
    ['From', 'Criterion', 'What must be true', 'Check', 'Sources'],
    LEVEL_IDS.flatMap((level) =>
      READINESS_CRITERIA[level].map((criterion) => [code(level), code(criterion.id), cell(criterion.summary), checkText(criterion.check), sourceList(criterion.sources)]),
    ),
  );
  const triggers = table(
    ['Trigger', 'Meaning', 'Fires when', 'Sources'],
    STEP_UP_TRIGGERS.map((trigger) => [
      code(trigger.id),
      cell(trigger.summary),
      trigger.when.map((condition) => `${code(condition.field)} is ${String(condition.equals)}`).join(' and '),
      sourceList(trigger.sources),
    ]),
  );
  return {
    file: 'levels.md',
    content: page('Levels and pathway', `The levels of care, most intensive first, and how people move between them. ${GENERATED_NOTE}`, [
      `## Levels\n\n${levels}`,
      `## Codes for identification\n\nHCPCS codes identify services at a level in billing records; the library does not decide what may be billed.\n\n${codes}\n\n${trademark}`,
      `## Step-down pathway\n\n![The step-down pathway between levels of care](./pathway.svg)\n\nThe same arrows as text (from \`nextStepDown\`):\n\n${edges}`,
      `## Readiness to step down\n\nThe criteria of \`READINESS_CRITERIA\`: every criterion of the current level must be known and met for \`assessStepDownReadiness\` to answer \`step-down\`.\n\n${criteria}`,
      `## Step-up triggers\n\nThe triggers of \`STEP_UP_TRIGGERS\`: any one that fires calls for a step up, whatever else the reassessment says (\`inpatient\` has no level above it).\n\n${triggers}`,
    ]),
  };
}

// ---------------------------------------------------------------------------------------------
// Writing the pages

/** Every generated page, including the diagram. */
export function referencePages(): ReferencePage[] {
  return [levelsPage(), policiesPage(), rulesPage(), issueCodesPage(), sourcesPage(), { file: 'pathway.svg', content: pathwaySvg() }];
}

/**
 * Writes every page into `outDir`, replacing what was there.
 *
 * @returns The file names written.
 */
export function generateReference(outDir: string): string[] {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const pages = referencePages();
  for (const { file, content } of pages) writeFileSync(resolve(outDir, file), content);
  return pages.map((p) => p.file);
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const outDir = fileURLToPath(new URL('./generated/', import.meta.url));
  const files = generateReference(outDir);
  process.stdout.write(`Wrote ${files.length} reference files to docs/generated/: ${files.join(', ')}\n`);
}
