import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cell,
  generateReference,
  issueCodesPage,
  levelsPage,
  pathwayEdges,
  pathwaySvg,
  policiesPage,
  referencePages,
  rulesPage,
  sourcesPage,
  xmlEscape,
} from '../../docs/generate-reference.js';
import { ISSUE_CATALOG, LEVELS, LEVEL_IDS, RULES, SOURCES, type IssueCode, type SourceId } from '../../src/index.js';

/** Problems that make a document not well-formed XML (a small checker: tags, attributes, entities, nesting). */
function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  let roots = 0;
  const entity = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;
  const checkText = (text: string, where: number): void => {
    for (let i = text.indexOf('&'); i !== -1; i = text.indexOf('&', i + 1)) {
      entity.lastIndex = i;
      if (!entity.test(text)) problems.push(`bare & at ${where + i}`);
    }
  };
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_:][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;
  const attribute = /([A-Za-z_:][\w.:-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/g;
  let position = 0;
  const declaration = /^<\?xml[^?]*\?>\s*/.exec(xml);
  if (declaration !== null) position = declaration[0].length;
  while (position < xml.length) {
    const next = xml.indexOf('<', position);
    const text = xml.slice(position, next === -1 ? xml.length : next);
    if (stack.length === 0 && text.trim() !== '') problems.push(`text outside the root at ${position}`);
    checkText(text, position);
    if (next === -1) break;
    if (xml.startsWith('<!--', next)) {
      const end = xml.indexOf('-->', next);
      if (end === -1) problems.push(`unclosed comment at ${next}`);
      position = end === -1 ? xml.length : end + 3;
      continue;
    }
    tag.lastIndex = next;
    const match = tag.exec(xml);
    if (match === null) {
      problems.push(`malformed tag at ${next}: ${xml.slice(next, next + 40)}`);
      break;
    }
    const [whole, closing, name = '', attributes = '', selfClosing] = match;
    const seen = new Set<string>();
    for (const [, attributeName = '', double, single] of attributes.matchAll(attribute)) {
      if (seen.has(attributeName)) problems.push(`duplicate attribute ${attributeName} on <${name}>`);
      seen.add(attributeName);
      checkText(double ?? single ?? '', next);
    }
    if (closing === '/') {
      if (stack.pop() !== name) problems.push(`</${name}> does not close the open element at ${next}`);
    } else {
      if (stack.length === 0) roots += 1;
      if (selfClosing !== '/') stack.push(name);
    }
    position = next + whole.length;
  }
  if (stack.length > 0) problems.push(`unclosed elements: ${stack.join(' > ')}`);
  if (roots !== 1) problems.push(`expected one root element, found ${roots}`);
  return problems;
}

/** The rows of the markdown table that follows `heading` (up to the next heading). */
function tableRows(markdown: string, heading: string): string[][] {
  const start = markdown.indexOf(heading);
  if (start === -1) throw new Error(`no heading ${heading}`);
  const after = markdown.slice(start + heading.length);
  const end = after.search(/\n#{1,6} /);
  return (end === -1 ? after : after.slice(0, end))
    .split('\n')
    .filter((line) => line.startsWith('|') && !line.startsWith('| ---'))
    .map((line) => splitRow(line));
}

/** Splits a table row on pipes that are not escaped. */
function splitRow(line: string): string[] {
  return line
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((part) => part.trim());
}

/** Every table in a page has rows with as many cells as its header. */
function tableShapeProblems(markdown: string): string[] {
  const problems: string[] = [];
  let width: number | undefined;
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      width = undefined;
      continue;
    }
    const cells = splitRow(line).length;
    if (width === undefined) width = cells;
    else if (cells !== width) problems.push(`${cells} cells instead of ${width}: ${line.slice(0, 80)}`);
  }
  return problems;
}

describe('generated reference pages', () => {
  it('every page has front matter with its title in the Reference group, and well-shaped tables', () => {
    for (const { file, content } of referencePages().filter((p) => p.file.endsWith('.md'))) {
      expect(content, file).toMatch(/^---\ntitle: [^\n]+\ngroup: Reference\n---\n\n# /);
      expect(tableShapeProblems(content), file).toEqual([]);
    }
  });

  it('are the same on every build (no dates, no randomness)', () => {
    expect(referencePages()).toEqual(referencePages());
  });

  it('the rule table lists every rule id once, with its effect', () => {
    const rows = tableRows(rulesPage().content, '## Rules');
    expect(rows[0]).toEqual(['Rule', 'Effect', 'Levels', 'Summary', 'Sources']);
    expect(rows.slice(1).map((row) => row[0])).toEqual(RULES.map((rule) => `\`${rule.id}\``));
    expect(rows.slice(1).map((row) => row[1])).toEqual(RULES.map((rule) => rule.effect));
  });

  it('the policies page shows < 20 h for IOP under general, and ≥ 9 h as its minimum', () => {
    const general = policiesPage().content.split('\n## ')[1] ?? '';
    const iop = tableRows(general, '### Schedule requirements').filter((row) => row[0] === '`iop`' && row[1] === 'adult');
    expect(iop.find((row) => row[2] === 'Hours per week, maximum')?.[3]).toBe('< 20 h');
    expect(iop.find((row) => row[2] === 'Hours per week, minimum')?.[3]).toBe('≥ 9 h');
    const op = tableRows(general, '### Schedule requirements').find((row) => row[0] === '`op`' && row[1] === 'adolescent');
    expect(op?.[3]).toBe('< 6 h');
  });

  it('the policies page shows the Medicare recertification intervals, the PHP day counts flagged unverified', () => {
    const medicare = policiesPage().content.split('\n## ').find((section) => section.includes('`medicare-2024`')) ?? '';
    const rows = tableRows(medicare, '### Recertification').slice(1);
    // PHP: first by day 18, then every 30 days; IOP: every other calendar month.
    expect(rows.map((row) => [row[0], row[2], row[4]])).toEqual([
      ['`php`', 'by day 18', '**unverified**'],
      ['`php`', '30 days', '**unverified**'],
      ['`iop`', '2 calendar months', 'verified'],
    ]);
  });

  it('the policies page shows the dates of service each policy governs', () => {
    const content = policiesPage().content;
    expect(content).toContain('In effect for dates of service from 2024-01-01 on.');
    expect(content).toContain('In effect for every date of service.');
  });

  it('the policies page shows which session modalities count under Medicare, flagged unverified', () => {
    const medicare = policiesPage().content.split('\n## ').find((section) => section.includes('`medicare-2024`')) ?? '';
    const rows = tableRows(medicare, '### Schedule requirements').filter((row) => row[2] === 'Sessions that count');
    expect(rows.map((row) => [row[0], row[3], row[5]])).toEqual([
      ['`php`', 'in-person only', '**unverified**'],
      ['`iop`', 'in-person only', '**unverified**'],
    ]);
  });

  it('the policies page lists the Medicare per-diem tiers and the H0015 day rule', () => {
    const content = policiesPage().content;
    const link = (id: string): string => `[\`${id}\`](./sources.md#source-${id})`;
    expect(content).toContain(`| \`iop\` | Per-diem tier \`3-or-fewer-services\` | days with 1–2 services | ${link('noridian-medicare-iop')} | **unverified** |`);
    expect(content).toContain(
      `| \`iop\` | Per-diem tier \`3-or-fewer-services\` | days with 3 services | ${link('cms-opps-2024-fact-sheet')}, ${link('noridian-medicare-iop')} | verified |`,
    );
    expect(content).toContain('| `iop` | Per-diem tier `4-or-more-services` | days with 4 or more services |');
    expect(content).toContain(`| \`iop\` | adult | Hours on each service day | ≥ 3 h | ${link('hcpcs-level-ii')} | verified |`);
  });

  it('the policies page shows the step-down thresholds and the typical stays', () => {
    const content = policiesPage().content;
    expect(content).toContain('| all | Share of scheduled sessions attended | ≥ 80 % |');
    expect(content).toContain('| `iop` | Days abstinent before stepping down | ≥ 30 days |');
    expect(content).toContain('| `aftercare` | Typical stay | 365 days |');
  });

  it('the issue-code table lists every code with its severity and the message written from its example', () => {
    const rows = tableRows(issueCodesPage().content, '# Issue codes').slice(1);
    const codes = Object.keys(ISSUE_CATALOG) as IssueCode[];
    expect(rows.map((row) => row[0])).toEqual(codes.map((code) => `\`${code}\``));
    expect(rows.map((row) => row[1])).toEqual(codes.map((code) => ISSUE_CATALOG[code].severity));
    expect(rows.find((row) => row[0] === '`week_partial`')?.[3]).toBe(
      'Week of 2026-03-02 is cut by the stay (3 days inside it): its weekly minimums are not checked.',
    );
  });

  it('the sources table lists every source with its kind and marks unverified ones', () => {
    const rows = tableRows(sourcesPage().content, '## Catalog').slice(1);
    const ids = Object.keys(SOURCES) as SourceId[];
    // Each row carries the anchor the other pages link to.
    expect(rows.map((row) => row[0])).toEqual(ids.map((id) => `<a id="source-${id}"></a>\`${id}\``));
    const row = (id: string): string[] | undefined => rows.find((cells) => cells[0]?.endsWith(`\`${id}\``));
    expect(row('cfr-42-424-24')?.slice(4, 6)).toEqual(['primary', '**no**']);
    expect(row('seed-002')?.[4]).toBe('seed');
  });

  it('links every source id of the other pages to a row of the sources page', () => {
    const anchors = new Set([...sourcesPage().content.matchAll(/<a id="([^"]+)"><\/a>/g)].map((match) => match[1]));
    const others = referencePages().filter((page) => page.file.endsWith('.md') && page.file !== 'sources.md');
    const links = others.flatMap((page) => [...page.content.matchAll(/\[`([^`]+)`\]\(\.\/sources\.md#([^)]+)\)/g)]);
    expect(links.length).toBeGreaterThan(100);
    for (const [, id, anchor] of links) {
      expect(anchor).toBe(`source-${id}`);
      expect(anchors.has(anchor)).toBe(true);
    }
    // No source id is left as plain code in a Sources column.
    for (const page of others) expect(page.content, page.file).not.toMatch(/\| `[a-z0-9-]+`(, `[a-z0-9-]+`)* \| (verified|\*\*unverified\*\*) \|/);
  });

  it('the levels page lists every level in intensity order, with the trademark note on the crosswalk', () => {
    const content = levelsPage().content;
    const rows = tableRows(content, '## Levels').slice(1);
    expect(rows.map((row) => row[1])).toEqual(LEVEL_IDS.map((id) => `\`${id}\``));
    expect(content).toContain('ASAM® is a registered trademark of the American Society of Addiction Medicine');
    expect(content).toContain('![The step-down pathway between levels of care](./pathway.svg)');
  });

  it('the levels page shows the 3rd- and 4th-edition crosswalk of every level', () => {
    const rows = tableRows(levelsPage().content, '## Codes for identification').slice(1);
    expect(rows.map((row) => [row[0], row[2], row[3]])).toEqual(
      LEVELS.map((level) => [
        `\`${level.id}\``,
        level.asamCrosswalk.thirdEdition.join(', ') || '—',
        level.asamCrosswalk.fourthEdition.join(', ') || '—',
      ]),
    );
    expect(rows.find((row) => row[0] === '`detox`')?.slice(2)).toEqual(['1-WM, 2-WM, 3.2-WM, 3.7-WM, 4-WM', '1.7, 2.7, 3.7, 4']);
  });
});

describe('the pathway diagram', () => {
  it('is well-formed XML', () => {
    expect(xmlProblems(pathwaySvg())).toEqual([]);
  });

  it('has one box per level, in intensity order', () => {
    const boxes = [...pathwaySvg().matchAll(/<g class="level" data-level="([a-z]+)">\n<rect /g)].map((match) => match[1]);
    expect(boxes).toEqual(LEVELS.map((level) => level.id));
  });

  it('draws the pathway, the optional residential branch and inpatient → residential or php', () => {
    expect(pathwayEdges()).toEqual([
      { from: 'inpatient', to: 'php', kind: 'default' },
      { from: 'inpatient', to: 'residential', kind: 'residential-branch' },
      { from: 'detox', to: 'php', kind: 'default' },
      { from: 'detox', to: 'residential', kind: 'residential-branch' },
      { from: 'residential', to: 'php', kind: 'default' },
      { from: 'php', to: 'iop', kind: 'default' },
      { from: 'iop', to: 'op', kind: 'default' },
      { from: 'op', to: 'aftercare', kind: 'default' },
    ]);
    const arrows = [...pathwaySvg().matchAll(/<path class="edge ([a-z-]+)" data-from="([a-z]+)" data-to="([a-z]+)"/g)];
    expect(arrows.map(([, kind, from, to]) => ({ from, to, kind }))).toEqual(pathwayEdges());
  });

  it('escapes text for XML', () => {
    expect(xmlEscape(`a < b & "c" > 'd'`)).toBe('a &lt; b &amp; &quot;c&quot; &gt; &apos;d&apos;');
  });

  it('the XML checker rejects what is not well-formed', () => {
    expect(xmlProblems('<svg><g></svg>')).not.toEqual([]);
    expect(xmlProblems('<svg>a & b</svg>')).not.toEqual([]);
    expect(xmlProblems('<svg x=1/>')).not.toEqual([]);
    expect(xmlProblems('<a/><b/>')).not.toEqual([]);
    expect(xmlProblems('<svg a="1" a="2"/>')).not.toEqual([]);
    expect(xmlProblems('<?xml version="1.0"?>\n<svg><!-- note --><text>a &amp; b</text></svg>')).toEqual([]);
  });
});

describe('writing the pages', () => {
  it('escapes pipes and newlines in table cells', () => {
    expect(cell('a | b\nc')).toBe('a \\| b c');
  });

  it('writes every page into the output directory, replacing what was there', () => {
    const dir = mkdtempSync(join(tmpdir(), 'loc-reference-'));
    try {
      const written = generateReference(dir);
      expect(readdirSync(dir).sort()).toEqual([...written].sort());
      expect(readFileSync(join(dir, 'pathway.svg'), 'utf8')).toBe(pathwaySvg());
      generateReference(dir);
      expect(readdirSync(dir).sort()).toEqual([...written].sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
