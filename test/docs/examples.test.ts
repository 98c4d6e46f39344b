// Every ```ts fence of every `@example` in src/, and every ```ts block of the guides in docs/guides/,
// must type-check against the public entry points and must do what it shows: each `expr;` followed by
// `//=> value` is compared with deepStrictEqual, and each statement marked `// throws Name: message`
// must throw that. A shown value with an elision (`[...]`, `{ ... }`, `…`) cannot be compared; the
// statement is still run, and the test name says so.
//
// `level-of-care` and `level-of-care/fhir` are resolved through the package's `exports` map to the
// BUILT package in `dist/` (the suite's global setup rebuilds it when it is older than `src/`), so each
// example runs exactly as a user's would, never against a stale build.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  PUBLIC_ENTRY_POINTS,
  extractExamples,
  extractMarkdownExamples,
  importedModules,
  isComparableValue,
  makeRunnable,
  rewriteImports,
  type DocExample,
  type ExampleProblem,
} from './docExamples.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
// A dot-directory: `tsc -p .` and the vitest include pattern both pass over it; it is gitignored.
const snippetDir = join(root, 'test', 'docs', '.snippets');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .map((file) => join(dir, file))
    .sort();
}

const examples: DocExample[] = [];
const extractionProblems: ExampleProblem[] = [];
for (const file of sourceFiles(join(root, 'src'))) {
  const found = extractExamples(relative(root, file).split('\\').join('/'), readFileSync(file, 'utf8'));
  examples.push(...found.examples);
  extractionProblems.push(...found.problems);
}

// The guides' ```ts blocks are held to the same standard as the TSDoc examples.
const guideDir = join(root, 'docs', 'guides');
for (const file of readdirSync(guideDir).filter((name) => name.endsWith('.md')).sort()) {
  examples.push(...extractMarkdownExamples(`docs/guides/${file}`, readFileSync(join(guideDir, file), 'utf8')));
}

const slug = (example: DocExample): string =>
  `${example.file.replace(/^(src|docs)\//, '').replace(/\.(ts|md)$/, '').replace(/[^\w]+/g, '_')}__${example.name.replace(/[^\w]+/g, '_').slice(0, 40)}_${example.index}`;

interface PackageJson {
  readonly name: string;
  readonly exports: { readonly [subpath: string]: { readonly import?: { readonly default?: string } } | string };
}
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageJson;

/** The built ESM file a specifier resolves to through the `exports` map, e.g. `dist/fhir/index.js`. */
function builtFile(specifier: string): string {
  const subpath = specifier === pkg.name ? '.' : `./${specifier.slice(pkg.name.length + 1)}`;
  const entry = pkg.exports[subpath];
  const file = typeof entry === 'string' ? entry : entry?.import?.default;
  if (file === undefined) throw new Error(`package.json exports no ESM file for ${specifier}`);
  return join(root, file);
}

/** Import targets from inside the snippet directory: the built files the package exports. */
const targets = Object.fromEntries(
  Object.keys(PUBLIC_ENTRY_POINTS).map((specifier) => [specifier, relative(snippetDir, builtFile(specifier)).split('\\').join('/')]),
);

const diagnosticsByFile = new Map<string, string[]>();

beforeAll(() => {
  for (const specifier of Object.keys(PUBLIC_ENTRY_POINTS)) {
    if (!existsSync(builtFile(specifier))) throw new Error(`${relative(root, builtFile(specifier))} is missing: run \`npm run build\` first.`);
  }
  rmSync(snippetDir, { recursive: true, force: true });
  mkdirSync(snippetDir, { recursive: true });
  const checked: string[] = [];
  for (const example of examples) {
    const file = join(snippetDir, `${slug(example)}.ts`);
    // `export {}` keeps each snippet a module, so top-level names never collide between snippets.
    writeFileSync(file, `${rewriteImports(example.code, targets)}\nexport {};\n`);
    checked.push(file);
    const runnable = makeRunnable(example.code, `${example.file}:${example.line} (${example.name})`);
    writeFileSync(join(snippetDir, `${slug(example)}.run.ts`), rewriteImports(runnable.code, targets));
  }
  const config = ts.readConfigFile(join(root, 'tsconfig.json'), (path) => ts.sys.readFile(path));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  // An example may declare a value only to show its type; unused names are allowed there.
  const program = ts.createProgram(checked, { ...parsed.options, noEmit: true, noUnusedLocals: false, noUnusedParameters: false });
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const file = diagnostic.file?.fileName;
    if (file === undefined || !file.startsWith(snippetDir.split('\\').join('/'))) continue;
    const { line } = diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
    const message = `line ${line + 1}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
    diagnosticsByFile.set(file, [...(diagnosticsByFile.get(file) ?? []), message]);
  }
}, 120_000);

describe('documentation examples (TSDoc and guides)', () => {
  it('are found in the source (every @example has a ```ts fence)', () => {
    expect(extractionProblems).toEqual([]);
    expect(examples.filter((example) => example.file.startsWith('src/')).length).toBeGreaterThan(50);
  });

  for (const example of examples) {
    const where = `${example.file}:${example.line} ${example.name}${example.index > 1 ? ` #${example.index}` : ''}`;
    const runnable = makeRunnable(example.code, where);
    const values = runnable.expectations.filter((e) => e.kind === 'value');
    const elided = values.filter((e) => e.kind === 'value' && !e.comparable).length;
    const throwing = runnable.expectations.length - values.length;
    const checks = [
      `${values.length - elided} shown value(s) compared`,
      ...(elided > 0 ? [`${elided} elided value(s) evaluated only`] : []),
      ...(throwing > 0 ? [`${throwing} throw(s) checked`] : []),
    ].join(', ');

    describe(where, () => {
      it('imports only from the public entry points and type-checks', () => {
        const outside = importedModules(example.code).filter((specifier) => !(specifier in PUBLIC_ENTRY_POINTS));
        expect(outside, 'imports outside level-of-care and level-of-care/fhir').toEqual([]);
        const file = join(snippetDir, `${slug(example)}.ts`).split('\\').join('/');
        expect(diagnosticsByFile.get(file) ?? [], 'type errors').toEqual([]);
      });

      if (example.run) {
        it(`runs and returns what it shows (${checks})`, async () => {
          expect(runnable.problems, 'result lines that are not attached to a statement').toEqual([]);
          await import(pathToFileURL(join(snippetDir, `${slug(example)}.run.ts`)).href);
        });
      } else {
        it('is marked no-run: type-checked only, and shows no results', () => {
          expect(runnable.expectations, 'a no-run block cannot show results').toEqual([]);
        });
      }
    });
  }
});

describe('the entry points examples are checked against', () => {
  it('are the ones the package exports and builds', async () => {
    const exported = Object.keys(pkg.exports)
      .filter((key) => key !== './package.json')
      .map((key) => (key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`));
    expect(Object.keys(PUBLIC_ENTRY_POINTS).sort()).toEqual(exported.sort());
    const { default: configs } = (await import('../../tsup.config.js')) as { default: readonly { entry?: unknown }[] };
    const entries = configs.flatMap((config) => Object.values((config.entry ?? {}) as Record<string, string>));
    for (const file of Object.values(PUBLIC_ENTRY_POINTS)) expect(entries).toContain(file);
  });
});

describe('the example checker itself', () => {
  it('reads a //=> value with continuation lines and compares it', () => {
    const { expectations, code } = makeRunnable("const a = [1, 2];\na;\n//=> [1,\n//     2]\n", 'probe');
    expect(expectations).toEqual([{ kind: 'value', line: 2, source: 'a;', value: '[1,\n2]', comparable: true }]);
    expect(code).toContain('__assert.deepStrictEqual((a), ([1,\n2]');
  });

  it('treats [...], { ... } and … as elisions that are evaluated but not compared', () => {
    expect(isComparableValue('{ value: 20, sources: [...] }')).toBe(false);
    expect(isComparableValue('{ ... }')).toBe(false);
    expect(isComparableValue("[{ code: 'x' }, …]")).toBe(false);
    expect(isComparableValue("{ code: 'x', path: ['a', 3], n: -1.5, u: undefined, ok: true, none: null }")).toBe(true);
  });

  it('does not take an identifier or a call as a literal', () => {
    expect(isComparableValue('someVariable')).toBe(false);
    expect(isComparableValue('f(1)')).toBe(false);
  });

  it('reads // throws with its error name and a multi-line message', () => {
    const { expectations } = makeRunnable("f();\n// throws RangeError: bad\n//   value\n", 'probe');
    expect(expectations).toEqual([{ kind: 'throws', line: 1, source: 'f();', errorName: 'RangeError', message: 'bad value' }]);
  });

  it('reports a //=> line that is not right below a top-level statement', () => {
    expect(makeRunnable('const a = 1;\n\n//=> 1\n', 'probe').problems).not.toEqual([]);
    expect(makeRunnable('function f() {\n  return 1;\n  //=> 1\n}\n', 'probe').problems).not.toEqual([]);
  });

  it('reports an @example without a ```ts fence', () => {
    const text = '/**\n * Does it.\n *\n * @example\n * ```js\n * f();\n * ```\n */\nexport function f(): void {}\n';
    const { examples: found, problems } = extractExamples('src/probe.ts', text);
    expect(found).toEqual([]);
    expect(problems.map((problem) => problem.message)).toEqual([
      '@example of f uses a ```js fence; use ```ts',
      '@example of f has no ```ts fence',
    ]);
  });

  it('finds every fence of an example with its declaration name and line', () => {
    const text = [
      '/**',
      ' * Adds.',
      ' *',
      ' * @example',
      ' * ```ts',
      " * import { add } from 'level-of-care';",
      ' * add(1, 2);',
      ' * //=> 3',
      ' * ```',
      ' */',
      'export function add(a: number, b: number): number { return a + b; }',
    ].join('\n');
    expect(extractExamples('src/add.ts', text).examples).toEqual([
      { file: 'src/add.ts', name: 'add', line: 6, index: 1, code: "import { add } from 'level-of-care';\nadd(1, 2);\n//=> 3\n", run: true },
    ]);
  });

  const runProbe = async (name: string, code: string): Promise<unknown> => {
    const file = join(snippetDir, `probe_${name}.run.ts`);
    writeFileSync(file, makeRunnable(code, `probe ${name}`).code);
    return import(pathToFileURL(file).href);
  };

  it('fails an example whose shown value differs from what the code returns', async () => {
    await expect(runProbe('wrong_value', "const a = { n: 1 };\na;\n//=> { n: 2 }\n")).rejects.toThrow(/probe wrong_value/);
  });

  it('fails an example marked // throws that does not throw, or throws another message', async () => {
    await expect(runProbe('no_throw', 'const f = (): number => 1;\nf();\n// throws Error: boom\n')).rejects.toThrow(/did not throw/);
    await expect(runProbe('other_message', "const f = (): never => { throw new Error('bang'); };\nf();\n// throws Error: boom\n")).rejects.toThrow(
      /thrown message/,
    );
  });

  it('passes an example whose values and throws are right', async () => {
    await expect(
      runProbe('right', "const f = (): never => { throw new TypeError('a  b'); };\n[1, 'x'];\n//=> [1, 'x']\nf();\n// throws TypeError: a\n//   b\n"),
    ).resolves.toBeDefined();
  });

  it('reads the ts blocks of a guide, named after their heading, and honours no-run', () => {
    const text = '# Guide\n\n## Start\n\n```ts\na;\n```\n\n```sh\nls\n```\n\n```ts no-run\nb;\n```\n';
    expect(extractMarkdownExamples('docs/guides/g.md', text)).toEqual([
      { file: 'docs/guides/g.md', name: 'Start', line: 6, index: 1, code: 'a;\n', run: true },
      { file: 'docs/guides/g.md', name: 'Start', line: 14, index: 2, code: 'b;\n', run: false },
    ]);
  });

  it('rewrites package imports and leaves the others alone', () => {
    const code = "import { a } from 'level-of-care';\nimport { b } from 'level-of-care/fhir';\nimport { z } from 'zod';\n";
    expect(rewriteImports(code, { 'level-of-care': './core.js', 'level-of-care/fhir': './fhir.js' })).toBe(
      'import { a } from "./core.js";\nimport { b } from "./fhir.js";\nimport { z } from \'zod\';\n',
    );
  });
});

