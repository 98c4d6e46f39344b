/**
 * The schedule checker page: reads the form, runs `validateSchedule` (and `expandWeeklyTemplate`
 * for the template form) from the library's browser bundle, and draws the weeks, a chart of hours
 * per week and the issues. Everything the user typed reaches the page through `textContent` and
 * attribute values only, never as markup.
 */
import {
  LEVELS,
  POLICIES,
  SERVICE_TYPES,
  createIssue,
  expandWeeklyTemplate,
  formatPath,
  getPolicy,
  requirementsFor,
  validateSchedule,
  type Bounds,
  type HoursBound,
  type Issue,
  type LevelId,
  type LevelRequirements,
  type Policy,
  type Population,
  type ScheduleStay,
  type ServiceType,
  type Threshold,
  type ValidateScheduleOptions,
  type Week,
} from 'level-of-care';

type WeekdayNumber = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const WEEKDAY_NUMBERS: readonly WeekdayNumber[] = [0, 1, 2, 3, 4, 5, 6];
const WEEKDAY_NAMES: readonly string[] = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
// Listed Monday first, as most programs plan their week.
const WEEKDAY_ORDER: readonly WeekdayNumber[] = [1, 2, 3, 4, 5, 6, 0];
const MONTHS: readonly string[] = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const TIME_ZONES: readonly string[] = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
  'America/Puerto_Rico',
  'America/Toronto',
  'America/Halifax',
  'Europe/London',
  'Europe/Dublin',
  'Europe/Berlin',
  'Australia/Sydney',
  'Pacific/Auckland',
  'UTC',
];

// A typical intensive outpatient week: 3 h on Monday, Wednesday and Friday (9 h on 3 days); the
// cancelled family session on Thursday does not count.
const SAMPLE_SESSIONS: readonly object[] = [
  { id: 'mon-group', start: '2026-03-02T09:00:00-05:00', end: '2026-03-02T12:00:00-05:00', service: 'group' },
  { id: 'wed-group', start: '2026-03-04T09:00:00-05:00', end: '2026-03-04T11:00:00-05:00', service: 'group' },
  { id: 'wed-individual', start: '2026-03-04T11:00:00-05:00', end: '2026-03-04T12:00:00-05:00', service: 'individual' },
  { id: 'thu-family', start: '2026-03-05T17:00:00-05:00', end: '2026-03-05T18:00:00-05:00', service: 'family', status: 'cancelled' },
  { id: 'fri-group', start: '2026-03-06T09:00:00-05:00', end: '2026-03-06T12:00:00-05:00', service: 'group' },
];

interface SlotDefaults {
  readonly dayOfWeek: WeekdayNumber;
  readonly start: string;
  readonly end: string;
  readonly service: ServiceType;
}

const DEFAULT_SLOTS: readonly SlotDefaults[] = [
  { dayOfWeek: 1, start: '09:00', end: '12:00', service: 'group' },
  { dayOfWeek: 3, start: '09:00', end: '12:00', service: 'group' },
  { dayOfWeek: 5, start: '09:00', end: '12:00', service: 'group' },
];

// ---------------------------------------------------------------------------------------------
// DOM helpers

type Child = Node | string;

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string>> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function s<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string | number>> = {},
  text?: string,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`Schedule checker: element #${id} is missing.`);
  return element;
}

const controls = {
  form: byId('checker-form', HTMLFormElement),
  level: byId('level', HTMLSelectElement),
  population: byId('population', HTMLSelectElement),
  policy: byId('policy', HTMLSelectElement),
  timeZone: byId('time-zone', HTMLInputElement),
  timeZones: byId('time-zones', HTMLDataListElement),
  weekStartsOn: byId('week-starts-on', HTMLSelectElement),
  stayStart: byId('stay-start', HTMLInputElement),
  stayEnd: byId('stay-end', HTMLInputElement),
  requirements: byId('requirements', HTMLElement),
  sessions: byId('sessions', HTMLTextAreaElement),
  slots: byId('slots', HTMLTableSectionElement),
  addSlot: byId('add-slot', HTMLButtonElement),
  templateFrom: byId('template-from', HTMLInputElement),
  templateTo: byId('template-to', HTMLInputElement),
  templateExceptions: byId('template-exceptions', HTMLInputElement),
  expand: byId('expand', HTMLButtonElement),
  templateStatus: byId('template-status', HTMLElement),
  templateIssues: byId('template-issues', HTMLUListElement),
  banner: byId('banner', HTMLElement),
  chart: byId('chart', HTMLElement),
  legendMin: byId('legend-min', HTMLLIElement),
  legendMax: byId('legend-max', HTMLLIElement),
  weeks: byId('weeks', HTMLTableSectionElement),
  issues: byId('issues', HTMLTableSectionElement),
};

// ---------------------------------------------------------------------------------------------
// Reading the form

function selectedLevel(): LevelId {
  const value = controls.level.value;
  return LEVELS.find((level) => level.id === value)?.id ?? 'iop';
}

function selectedPopulation(): Population {
  return controls.population.value === 'adolescent' ? 'adolescent' : 'adult';
}

function selectedPolicy(): Policy {
  return getPolicy(controls.policy.value) ?? POLICIES.general;
}

function selectedWeekStart(): WeekdayNumber {
  return WEEKDAY_NUMBERS[Number(controls.weekStartsOn.value)] ?? 1;
}

function readOptions(): ValidateScheduleOptions {
  const stayStart = controls.stayStart.value;
  const stayEnd = controls.stayEnd.value;
  const stay: ScheduleStay | undefined =
    stayStart === '' ? undefined : stayEnd === '' ? { start: stayStart } : { start: stayStart, end: stayEnd };
  const base = {
    level: selectedLevel(),
    population: selectedPopulation(),
    policy: selectedPolicy(),
    timeZone: controls.timeZone.value.trim(),
    weekStartsOn: selectedWeekStart(),
  };
  return stay === undefined ? base : { ...base, stay };
}

// ---------------------------------------------------------------------------------------------
// Requirements of the selected level

const formatNumber = (value: number): string => String(Math.round(value * 100) / 100);

function lowerBound(bound: Threshold, inclusive = true): string {
  return `${inclusive ? '≥' : '>'} ${formatNumber(bound.value)}`;
}

function upperBound(bound: Threshold, inclusive = true): string {
  return `${inclusive ? '≤' : '<'} ${formatNumber(bound.value)}`;
}

function describeHours(bounds: Bounds<HoursBound>): string {
  const parts: string[] = [];
  if (bounds.min !== undefined) parts.push(lowerBound(bounds.min, bounds.min.inclusive));
  if (bounds.max !== undefined) parts.push(upperBound(bounds.max, bounds.max.inclusive));
  return `${parts.join(' and ')} h`;
}

function describeCount(bounds: Bounds<Threshold>, unit: string): string {
  const parts: string[] = [];
  if (bounds.min !== undefined) parts.push(lowerBound(bounds.min));
  if (bounds.max !== undefined) parts.push(upperBound(bounds.max));
  return `${parts.join(' and ')} ${unit}`;
}

function requirementRows(requirements: LevelRequirements): [string, string][] {
  const rows: [string, string][] = [];
  if (requirements.hoursPerWeek !== undefined) rows.push(['Hours per week', describeHours(requirements.hoursPerWeek)]);
  if (requirements.daysPerWeek !== undefined) rows.push(['Service days per week', describeCount(requirements.daysPerWeek, 'days')]);
  if (requirements.minHoursPerServiceDay !== undefined) {
    rows.push(['Hours each service day', `${lowerBound(requirements.minHoursPerServiceDay)} h`]);
  }
  if (requirements.sessionMinutes !== undefined) rows.push(['Session length', describeCount(requirements.sessionMinutes, 'min')]);
  for (const required of requirements.requiredServicesPerWeek ?? []) {
    rows.push([`Weekly ${required.service}`, `${lowerBound({ value: required.minSessions, sources: [] })} sessions`]);
  }
  return rows;
}

function renderRequirements(): void {
  const policy = selectedPolicy();
  const rows = requirementRows(requirementsFor(policy, selectedLevel(), selectedPopulation()));
  const list = controls.requirements;
  list.replaceChildren();
  if (rows.length === 0) {
    list.append(h('dt', {}, 'None'), h('dd', {}, `${policy.title} sets no schedule requirements for this level.`));
    return;
  }
  for (const [term, value] of rows) list.append(h('dt', {}, term), h('dd', {}, value));
}

// ---------------------------------------------------------------------------------------------
// Weekly template form

let slotCounter = 0;

function addSlot(defaults: SlotDefaults): void {
  slotCounter += 1;
  const key = `slot-${slotCounter}`;
  const day = h('select', { id: `${key}-day`, 'data-field': 'dayOfWeek' });
  for (const weekday of WEEKDAY_ORDER) {
    const name = WEEKDAY_NAMES[weekday] ?? '';
    day.append(h('option', { value: String(weekday), label: name.slice(0, 3) }, name));
  }
  day.value = String(defaults.dayOfWeek);
  // Plain text in the template's own `HH:mm` form (24-hour, whatever the browser's locale); a
  // malformed time is reported by expandWeeklyTemplate as invalid_input.
  const time = (field: 'start' | 'end', value: string): HTMLInputElement => {
    const input = h('input', {
      id: `${key}-${field}`,
      type: 'text',
      inputmode: 'numeric',
      placeholder: 'HH:mm',
      maxlength: '5',
      autocomplete: 'off',
      'data-field': field,
    });
    input.value = value;
    return input;
  };
  const start = time('start', defaults.start);
  const end = time('end', defaults.end);
  const service = h('select', { id: `${key}-service`, 'data-field': 'service' });
  for (const type of SERVICE_TYPES) service.append(h('option', { value: type }, type));
  service.value = defaults.service;
  const remove = h('button', { type: 'button', class: 'icon', 'data-field': 'remove' }, '×');
  const row = h('tr', {}, h('td', {}, day), h('td', {}, start), h('td', {}, end), h('td', {}, service), h('td', {}, remove));
  remove.addEventListener('click', () => {
    row.remove();
    labelSlots();
  });
  controls.slots.append(row);
  labelSlots();
}

// Labels name the slot by its position, so they are renumbered when a slot is removed.
function labelSlots(): void {
  const rows = Array.from(controls.slots.rows);
  rows.forEach((row, index) => {
    const n = index + 1;
    const names: Readonly<Record<string, string>> = {
      dayOfWeek: `Slot ${n} day of week`,
      start: `Slot ${n} start time (HH:mm)`,
      end: `Slot ${n} end time (HH:mm)`,
      service: `Slot ${n} service`,
      remove: `Remove slot ${n}`,
    };
    for (const control of Array.from(row.querySelectorAll<HTMLElement>('[data-field]'))) {
      const label = names[control.dataset['field'] ?? ''];
      if (label !== undefined) control.setAttribute('aria-label', label);
    }
  });
}

function fieldValue(row: HTMLTableRowElement, field: string): string {
  const control = row.querySelector(`[data-field="${field}"]`);
  return control instanceof HTMLInputElement || control instanceof HTMLSelectElement ? control.value : '';
}

function readTemplate(): object[] {
  return Array.from(controls.slots.rows).map((row) => ({
    dayOfWeek: Number(fieldValue(row, 'dayOfWeek')),
    start: fieldValue(row, 'start'),
    end: fieldValue(row, 'end'),
    service: fieldValue(row, 'service'),
  }));
}

function expandTemplate(): void {
  const template = readTemplate();
  const exceptions = controls.templateExceptions.value.split(/[\s,;]+/).filter((date) => date !== '');
  const timeZone = controls.timeZone.value.trim();
  const from = controls.templateFrom.value;
  const to = controls.templateTo.value;
  const { sessions, issues } = expandWeeklyTemplate(template, { from, to, timeZone, exceptions });
  controls.templateIssues.replaceChildren(...issues.map((issue) => issueItem(issue)));
  if (sessions.length === 0) {
    controls.templateStatus.textContent =
      template.length === 0 ? 'Add at least one slot.' : 'No sessions: the template made none between these dates.';
    return;
  }
  controls.sessions.value = JSON.stringify(sessions, null, 2);
  const slots = template.length === 1 ? '1 weekly slot' : `${template.length} weekly slots`;
  controls.templateStatus.textContent = `Expanded ${plural(sessions.length, 'session')} from ${slots}, ${from} to ${to} (${timeZone}). Press “Check schedule”.`;
}

function issueItem(issue: Issue): HTMLLIElement {
  return h(
    'li',
    { 'data-code': issue.code, 'data-severity': issue.severity },
    h('span', { class: `badge badge-${issue.severity}` }, issue.severity),
    ' ',
    h('code', {}, issue.code),
    ' ',
    issue.message,
  );
}

// ---------------------------------------------------------------------------------------------
// Results

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

function shortDate(date: string): string {
  const month = MONTHS[Number(date.slice(5, 7)) - 1] ?? date.slice(5, 7);
  return `${month} ${Number(date.slice(8, 10))}`;
}

/** Week starts that have at least one error, from the issue paths `['weeks', weekStart, …]`. */
function weeksWithErrors(issues: readonly Issue[]): ReadonlySet<string> {
  const failing = new Set<string>();
  for (const issue of issues) {
    const [head, weekStart] = issue.path;
    if (issue.severity === 'error' && head === 'weeks' && typeof weekStart === 'string') failing.add(weekStart);
  }
  return failing;
}

function renderBanner(ok: boolean, issues: readonly Issue[], weeks: readonly Week[], options: ValidateScheduleOptions): void {
  const count = (severity: Issue['severity']): number => issues.filter((issue) => issue.severity === severity).length;
  const level = LEVELS.find((entry) => entry.id === options.level);
  const status = ok ? 'PASS' : 'FAIL';
  controls.banner.className = `banner banner-${ok ? 'pass' : 'fail'}`;
  controls.banner.dataset['status'] = status;
  const statusElement = controls.banner.querySelector('[data-testid="result-status"]');
  const summaryElement = controls.banner.querySelector('[data-testid="result-summary"]');
  if (statusElement !== null) statusElement.textContent = status;
  if (summaryElement !== null) {
    const findings = `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${count('info')} info`;
    const scope = `${plural(weeks.length, 'week')} checked as ${level?.abbreviation ?? options.level} (${options.population ?? 'adult'}) under ${options.policy?.title ?? POLICIES.general.title}`;
    summaryElement.textContent = `${findings}. ${scope}.`;
  }
}

function renderWeeks(weeks: readonly Week[], failing: ReadonlySet<string>): void {
  if (weeks.length === 0) {
    controls.weeks.replaceChildren(h('tr', {}, h('td', { colspan: '5', class: 'empty' }, 'No weeks.')));
    return;
  }
  controls.weeks.replaceChildren(
    ...weeks.map((week) =>
      h(
        'tr',
        { 'data-week': week.weekStart, class: failing.has(week.weekStart) ? 'row-fail' : '' },
        h('td', {}, week.weekStart),
        h('td', { class: 'num' }, formatNumber(week.hours)),
        h('td', { class: 'num' }, String(week.days)),
        h('td', { class: 'num' }, String(week.sessions)),
        h('td', {}, week.partial ? 'yes' : 'no'),
      ),
    ),
  );
}

function renderIssues(issues: readonly Issue[]): void {
  if (issues.length === 0) {
    controls.issues.replaceChildren(h('tr', {}, h('td', { colspan: '3', class: 'empty' }, 'No issues.')));
    return;
  }
  controls.issues.replaceChildren(
    ...issues.map((issue) => {
      const details: string[] = [];
      if (issue.path.length > 0) details.push(formatPath(issue.path));
      if (issue.ruleId !== undefined) details.push(`rule ${issue.ruleId}`);
      if (issue.sources !== undefined && issue.sources.length > 0) details.push(`sources ${issue.sources.join(', ')}`);
      const message = h('td', {}, h('span', { class: 'message' }, issue.message));
      if (details.length > 0) message.append(h('span', { class: 'details' }, details.join(' · ')));
      return h(
        'tr',
        { 'data-code': issue.code, 'data-severity': issue.severity },
        h('td', {}, h('span', { class: `badge badge-${issue.severity}` }, issue.severity)),
        h('td', {}, h('code', {}, issue.code)),
        message,
      );
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Chart: one bar of hours per week, with the level's weekly minimum and maximum as lines.

const CHART = { width: 640, height: 250, top: 18, right: 86, bottom: 40, left: 44 } as const;
const TICK_STEPS: readonly number[] = [0.5, 1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000];
const MAX_TICKS = 6;
const MAX_BAR_WIDTH = 56;
const MAX_X_LABELS = 8;

function chartScale(top: number): { readonly step: number; readonly max: number } {
  const step = TICK_STEPS.find((candidate) => top / candidate <= MAX_TICKS) ?? Math.ceil(top / MAX_TICKS);
  return { step, max: Math.max(step, Math.ceil(top / step) * step) };
}

function renderChart(weeks: readonly Week[], requirements: LevelRequirements, failing: ReadonlySet<string>): void {
  if (weeks.length === 0) {
    controls.chart.replaceChildren(h('p', { class: 'empty' }, 'No weeks to chart.'));
    return;
  }
  const min = requirements.hoursPerWeek?.min;
  const max = requirements.hoursPerWeek?.max;
  controls.legendMin.hidden = min === undefined;
  controls.legendMax.hidden = max === undefined;
  let highest = 1;
  for (const week of weeks) highest = Math.max(highest, week.hours);
  for (const bound of [min, max]) if (bound !== undefined) highest = Math.max(highest, bound.value);
  const scale = chartScale(highest * 1.08);

  const plotWidth = CHART.width - CHART.left - CHART.right;
  const plotHeight = CHART.height - CHART.top - CHART.bottom;
  const y = (hours: number): number => CHART.top + plotHeight - (hours / scale.max) * plotHeight;
  const band = plotWidth / weeks.length;
  const barWidth = Math.min(MAX_BAR_WIDTH, band * 0.62);
  const labelEvery = Math.ceil(weeks.length / MAX_X_LABELS);

  const lineText = (kind: 'min' | 'max', bound: HoursBound): string =>
    `${kind} ${kind === 'min' ? lowerBound(bound, bound.inclusive) : upperBound(bound, bound.inclusive)} h`;
  const boundsText = [min === undefined ? '' : lineText('min', min), max === undefined ? '' : lineText('max', max)]
    .filter((text) => text !== '')
    .join(', ');
  const description = `${weeks.map((week) => `week of ${week.weekStart}: ${formatNumber(week.hours)} h`).join('; ')}.${boundsText === '' ? '' : ` Weekly bounds: ${boundsText}.`}`;

  const svg = s('svg', {
    viewBox: `0 0 ${CHART.width} ${CHART.height}`,
    role: 'img',
    'aria-labelledby': 'chart-title chart-desc',
    class: 'chart-svg',
  });
  svg.append(s('title', { id: 'chart-title' }, 'Hours per week'), s('desc', { id: 'chart-desc' }, description));

  const axis = s('g', { class: 'axis' });
  for (let tick = 0; tick <= scale.max + 1e-9; tick += scale.step) {
    const ty = y(tick);
    axis.append(
      s('line', { x1: CHART.left, x2: CHART.left + plotWidth, y1: ty, y2: ty, class: tick === 0 ? 'baseline' : 'grid' }),
      s('text', { x: CHART.left - 8, y: ty + 4, 'text-anchor': 'end' }, formatNumber(tick)),
    );
  }
  axis.append(
    s('text', { x: 12, y: CHART.top + plotHeight / 2, transform: `rotate(-90 12 ${CHART.top + plotHeight / 2})`, 'text-anchor': 'middle' }, 'hours'),
  );
  svg.append(axis);

  const bars = s('g', { class: 'bars' });
  weeks.forEach((week, index) => {
    const x = CHART.left + index * band + (band - barWidth) / 2;
    const top = y(week.hours);
    const state = failing.has(week.weekStart) ? 'fail' : week.partial ? 'partial' : 'ok';
    const group = s('g', { 'data-week': week.weekStart, class: `bar bar-${state}` });
    group.append(
      s('title', {}, `Week of ${week.weekStart}: ${formatNumber(week.hours)} h on ${plural(week.days, 'day')}${week.partial ? ' (partial)' : ''}`),
      s('rect', { x, y: top, width: barWidth, height: Math.max(0, CHART.top + plotHeight - top), rx: 3 }),
    );
    if (band >= 26) group.append(s('text', { x: x + barWidth / 2, y: top - 5, 'text-anchor': 'middle', class: 'value' }, formatNumber(week.hours)));
    if (index % labelEvery === 0) {
      group.append(s('text', { x: x + barWidth / 2, y: CHART.top + plotHeight + 17, 'text-anchor': 'middle', class: 'tick' }, shortDate(week.weekStart)));
    }
    bars.append(group);
  });
  svg.append(bars);
  svg.append(s('text', { x: CHART.left + plotWidth / 2, y: CHART.height - 4, 'text-anchor': 'middle', class: 'axis-title' }, 'week starting'));

  for (const [kind, bound] of [['min', min], ['max', max]] as const) {
    if (bound === undefined) continue;
    const ly = y(bound.value);
    svg.append(
      s('line', { x1: CHART.left, x2: CHART.left + plotWidth, y1: ly, y2: ly, class: `limit limit-${kind}`, 'data-limit': kind }),
      s('text', { x: CHART.left + plotWidth + 6, y: ly + 4, class: `limit-label limit-${kind}` }, lineText(kind, bound)),
    );
  }
  controls.chart.replaceChildren(svg);
}

// ---------------------------------------------------------------------------------------------
// Check

let runs = 0;

function showResult(ok: boolean, issues: readonly Issue[], weeks: readonly Week[], options: ValidateScheduleOptions): void {
  const failing = weeksWithErrors(issues);
  const requirements = requirementsFor(options.policy ?? POLICIES.general, options.level, options.population ?? 'adult');
  renderBanner(ok, issues, weeks, options);
  renderChart(weeks, requirements, failing);
  renderWeeks(weeks, failing);
  renderIssues(issues);
  runs += 1;
  document.body.dataset['runs'] = String(runs);
}

function check(): void {
  const options = readOptions();
  let sessions: unknown;
  try {
    sessions = JSON.parse(controls.sessions.value) as unknown;
  } catch (error) {
    // Text that is not JSON is bad input like any other: reported, not thrown.
    const detail = `sessions: not valid JSON (${error instanceof Error ? error.message : String(error)}).`;
    showResult(false, [createIssue('invalid_input', { detail }, { path: ['sessions'] })], [], options);
    return;
  }
  const result = validateSchedule(sessions, options);
  showResult(result.ok, result.issues, result.weeks, options);
}

// ---------------------------------------------------------------------------------------------
// Start

function init(): void {
  for (const level of LEVELS) controls.level.append(h('option', { value: level.id }, `${level.name} (${level.abbreviation})`));
  controls.level.value = 'iop';
  for (const policy of Object.values(POLICIES)) controls.policy.append(h('option', { value: policy.id }, policy.title));
  controls.policy.value = POLICIES.general.id;
  for (const zone of TIME_ZONES) controls.timeZones.append(h('option', { value: zone }));
  for (const weekday of WEEKDAY_ORDER) controls.weekStartsOn.append(h('option', { value: String(weekday) }, WEEKDAY_NAMES[weekday] ?? ''));
  controls.weekStartsOn.value = '1';
  controls.sessions.value = JSON.stringify(SAMPLE_SESSIONS, null, 2);
  for (const slot of DEFAULT_SLOTS) addSlot(slot);

  for (const select of [controls.level, controls.population, controls.policy]) select.addEventListener('change', renderRequirements);
  controls.addSlot.addEventListener('click', () => addSlot({ dayOfWeek: 1, start: '09:00', end: '12:00', service: 'group' }));
  controls.expand.addEventListener('click', expandTemplate);
  controls.form.addEventListener('submit', (event) => {
    event.preventDefault();
    check();
  });

  renderRequirements();
  check();
  document.body.dataset['ready'] = 'true';
}

init();
