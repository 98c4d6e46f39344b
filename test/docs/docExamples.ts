// Reads the ```ts fences of every `@example` in the TSDoc of `src/` and turns each one into a script
// that checks its own `//=> value` lines, so the examples a reader copies are known to be true.
import ts from 'typescript';

/** One ```ts fence of an `@example` block. */
export interface DocExample {
  /** Source file, relative to the project root, e.g. `src/levels/getLevel.ts`. */
  readonly file: string;
  /** The declaration the comment documents, e.g. `getLevel`. */
  readonly name: string;
  /** 1-based line of the fence's first code line in `file`. */
  readonly line: number;
  /** 1-based position among the fences of the same declaration. */
  readonly index: number;
  /** The code, with the comment's leading ` * ` removed. */
  readonly code: string;
  /** `false` for a guide block fenced as ```` ```ts no-run ````: type-checked, never run (e.g. it starts a server). */
  readonly run: boolean;
}

/** Problems found while reading examples; each one fails the doc tests. */
export interface ExampleProblem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

/** Every `/** … *\/` comment of a file, found through the parser so strings and templates are never mistaken for comments. */
function docComments(sourceFile: ts.SourceFile): ts.CommentRange[] {
  const text = sourceFile.text;
  const seen = new Map<number, ts.CommentRange>();
  const collect = (pos: number): void => {
    for (const range of ts.getLeadingCommentRanges(text, pos) ?? []) {
      if (text.startsWith('/**', range.pos) && !text.startsWith('/**/', range.pos)) seen.set(range.pos, range);
    }
  };
  const visit = (node: ts.Node): void => {
    collect(node.pos);
    for (const child of node.getChildren(sourceFile)) visit(child);
  };
  visit(sourceFile);
  return [...seen.values()].sort((a, b) => a.pos - b.pos);
}

/** The name of what follows a comment: the exported (or local) declaration, or the first words of the line. */
function declarationName(text: string, end: number): string {
  const rest = text.slice(end).trimStart();
  const line = rest.slice(0, rest.search(/\n|$/));
  const match = /^(?:export\s+)?(?:declare\s+)?(?:async\s+)?(?:const|let|function\*?|interface|type|class|enum)\s+([\w$]+)/.exec(line);
  if (match?.[1] !== undefined) return match[1];
  const member = /^(?:readonly\s+)?['"]?([\w$-]+)['"]?\??\s*[:(]/.exec(line);
  return member?.[1] ?? line.slice(0, 40);
}

/**
 * Extracts the examples of one source file. A fence that is not ```ts, or an `@example` block
 * without a ```ts fence, is reported as a problem rather than passed over.
 */
export function extractExamples(file: string, text: string): { examples: DocExample[]; problems: ExampleProblem[] } {
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const examples: DocExample[] = [];
  const problems: ExampleProblem[] = [];
  for (const range of docComments(sourceFile)) {
    const startLine = sourceFile.getLineAndCharacterOfPosition(range.pos).line;
    const lines = text
      .slice(range.pos + 3, range.end - 2)
      .split('\n')
      .map((line) => line.replace(/^\s*\* ?/, '').replace(/^\s*$/, ''));
    const name = declarationName(text, range.end);
    let inExample = false;
    let fence: { start: number; language: string; body: string[] } | undefined;
    let fencesInBlock = 0;
    let blockLine = 0;
    let index = 0;
    const endBlock = (): void => {
      if (inExample && fencesInBlock === 0) {
        problems.push({ file, line: blockLine, message: `@example of ${name} has no \`\`\`ts fence` });
      }
    };
    lines.forEach((line, offset) => {
      const lineNumber = startLine + offset + 1;
      if (fence !== undefined) {
        if (/^```\s*$/.test(line)) {
          if (inExample) {
            if (fence.language === 'ts') {
              index += 1;
              examples.push({ file, name, line: fence.start + 1, index, code: `${fence.body.join('\n')}\n`, run: true });
            } else {
              problems.push({ file, line: fence.start, message: `@example of ${name} uses a \`\`\`${fence.language || '(none)'} fence; use \`\`\`ts` });
            }
          }
          fence = undefined;
        } else {
          fence.body.push(line);
        }
        return;
      }
      const open = /^```(\w*)\s*$/.exec(line);
      if (open !== null) {
        fence = { start: lineNumber, language: open[1] ?? '', body: [] };
        if (inExample && open[1] === 'ts') fencesInBlock += 1;
        return;
      }
      if (/^@\w+/.test(line)) {
        endBlock();
        inExample = line.startsWith('@example');
        fencesInBlock = 0;
        blockLine = lineNumber;
      }
    });
    endBlock();
  }
  return { examples, problems };
}

/**
 * Extracts the ```ts blocks of a markdown guide, named after the heading above each. A block
 * fenced ```` ```ts no-run ```` is type-checked but not run.
 */
export function extractMarkdownExamples(file: string, text: string): DocExample[] {
  const examples: DocExample[] = [];
  const counts = new Map<string, number>();
  let heading = '(top)';
  let fence: { start: number; language: string; run: boolean; body: string[] } | undefined;
  text.split('\n').forEach((line, offset) => {
    if (fence !== undefined) {
      if (/^```\s*$/.test(line)) {
        if (fence.language === 'ts') {
          const index = (counts.get(heading) ?? 0) + 1;
          counts.set(heading, index);
          examples.push({ file, name: heading, line: fence.start + 1, index, code: `${fence.body.join('\n')}\n`, run: fence.run });
        }
        fence = undefined;
      } else {
        fence.body.push(line);
      }
      return;
    }
    const open = /^```(\w*)(.*)$/.exec(line);
    if (open !== null) {
      fence = { start: offset + 1, language: open[1] ?? '', run: !/\bno-run\b/.test(open[2] ?? ''), body: [] };
      return;
    }
    const title = /^#{1,6}\s+(.*)$/.exec(line);
    if (title?.[1] !== undefined) heading = title[1].trim();
  });
  return examples;
}

/** The module specifiers examples may import, and what they stand for. */
export const PUBLIC_ENTRY_POINTS: { readonly [specifier: string]: string } = {
  'level-of-care': 'src/index.ts',
  'level-of-care/fhir': 'src/fhir/index.ts',
};

/** Rewrites the package imports of an example to the given paths (one per public entry point). */
export function rewriteImports(code: string, targets: { readonly [specifier: string]: string }): string {
  const sourceFile = ts.createSourceFile('example.ts', code, ts.ScriptTarget.Latest, true);
  let out = code;
  const specifiers = sourceFile.statements
    .filter((statement) => ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement))
    .map((statement) => (statement as ts.ImportDeclaration).moduleSpecifier)
    .filter((specifier): specifier is ts.StringLiteral => specifier !== undefined && ts.isStringLiteral(specifier))
    .sort((a, b) => b.getStart() - a.getStart());
  for (const specifier of specifiers) {
    const target = targets[specifier.text];
    if (target === undefined) continue;
    out = `${out.slice(0, specifier.getStart())}${JSON.stringify(target)}${out.slice(specifier.end)}`;
  }
  return out;
}

/** The module specifiers an example imports from. */
export function importedModules(code: string): string[] {
  const sourceFile = ts.createSourceFile('example.ts', code, ts.ScriptTarget.Latest, true);
  return sourceFile.statements
    .filter(ts.isImportDeclaration)
    .map((statement) => statement.moduleSpecifier)
    .filter(ts.isStringLiteral)
    .map((specifier) => specifier.text);
}

const LITERAL_IDENTIFIERS: ReadonlySet<string> = new Set(['undefined', 'NaN', 'Infinity']);

/** Whether an expression is a plain literal: strings, numbers, booleans, `null`, arrays and objects of those. */
function isPlainLiteral(node: ts.Expression): boolean {
  if (ts.isParenthesizedExpression(node)) return isPlainLiteral(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isNumericLiteral(node)) return true;
  if (node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword) return true;
  if (node.kind === ts.SyntaxKind.NullKeyword) return true;
  if (ts.isIdentifier(node)) return LITERAL_IDENTIFIERS.has(node.text);
  if (ts.isPrefixUnaryExpression(node)) {
    return node.operator === ts.SyntaxKind.MinusToken && (ts.isNumericLiteral(node.operand) || ts.isIdentifier(node.operand)) && isPlainLiteral(node.operand);
  }
  if (ts.isArrayLiteralExpression(node)) {
    return node.elements.every((element) => !ts.isOmittedExpression(element) && !ts.isSpreadElement(element) && isPlainLiteral(element));
  }
  if (ts.isObjectLiteralExpression(node)) {
    return node.properties.every(
      (property) =>
        ts.isPropertyAssignment(property) &&
        (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name) || ts.isNumericLiteral(property.name)) &&
        isPlainLiteral(property.initializer),
    );
  }
  return false;
}

/** Whether a shown value can be compared: it parses as a plain literal, without `...` or `…` elisions. */
export function isComparableValue(value: string): boolean {
  const sourceFile = ts.createSourceFile('value.ts', `(${value}\n);`, ts.ScriptTarget.Latest, true);
  const diagnostics = (sourceFile as unknown as { parseDiagnostics?: readonly ts.Diagnostic[] }).parseDiagnostics ?? [];
  if (diagnostics.length > 0 || sourceFile.statements.length !== 1) return false;
  const statement = sourceFile.statements[0];
  return statement !== undefined && ts.isExpressionStatement(statement) && isPlainLiteral(statement.expression);
}

/** What an example shows after one of its statements. */
type Expectation =
  | { readonly kind: 'value'; readonly line: number; readonly source: string; readonly value: string; readonly comparable: boolean }
  | { readonly kind: 'throws'; readonly line: number; readonly source: string; readonly errorName: string; readonly message?: string };

/** An example made runnable, with what it checks. */
export interface RunnableExample {
  /** The example with each shown result turned into an assertion (imports untouched). */
  readonly code: string;
  /** What each annotated statement was checked against. */
  readonly expectations: readonly Expectation[];
  /** Annotations that could not be attached to a top-level statement. */
  readonly problems: readonly string[];
}

const RESULT = /^\/\/=>(?: (.*))?$/;
const THROWS = /^\/\/ throws(?: (\w+))?(?::\s?(.*))?$/;
const CONTINUATION = /^\/\/ {2,}(.*)$/;

/** The annotation right below a statement: `//=> value` or `// throws Name: message`, with its continuation lines. */
function annotationAfter(trailer: string): { kind: 'value' | 'throws'; head: RegExpExecArray; lines: string[]; offset: number } | undefined {
  const lines = trailer.split('\n');
  // The statement's own line ends first; the annotation must start on the next line.
  if ((lines[0] ?? '').trim() !== '') return undefined;
  const first = (lines[1] ?? '').trim();
  const result = RESULT.exec(first);
  const thrown = result === null ? THROWS.exec(first) : null;
  const head = result ?? thrown;
  if (head === null) return undefined;
  const rest: string[] = [];
  for (const line of lines.slice(2)) {
    const continuation = CONTINUATION.exec(line.trim());
    if (continuation === null) break;
    rest.push(continuation[1] ?? '');
  }
  return { kind: result !== null ? 'value' : 'throws', head, lines: rest, offset: 1 };
}

/**
 * Turns an example into a self-checking module: every top-level `expr;` followed by `//=> value`
 * becomes `assert.deepStrictEqual(expr, value)` when the value is a plain literal (otherwise the
 * expression is still evaluated), and every statement followed by `// throws Name: message` must throw
 * an error of that name (and that message, compared with whitespace collapsed; a message ending in
 * `…` is compared as a prefix).
 */
export function makeRunnable(code: string, where: string): RunnableExample {
  const sourceFile = ts.createSourceFile('example.ts', code, ts.ScriptTarget.Latest, true);
  const statements = sourceFile.statements;
  const expectations: Expectation[] = [];
  const problems: string[] = [];
  const edits: { start: number; end: number; text: string }[] = [];
  statements.forEach((statement, i) => {
    const next = statements[i + 1];
    const trailerEnd = next === undefined ? code.length : next.getStart(sourceFile);
    const annotation = annotationAfter(code.slice(statement.end, trailerEnd));
    if (annotation === undefined) return;
    const line = sourceFile.getLineAndCharacterOfPosition(statement.getStart(sourceFile)).line + 1;
    const source = statement.getText(sourceFile);
    const label = JSON.stringify(`${where}, example line ${line}: ${source.split('\n')[0]}`);
    if (annotation.kind === 'value') {
      if (!ts.isExpressionStatement(statement)) {
        problems.push(`line ${line}: //=> follows a statement that is not an expression`);
        return;
      }
      const value = [annotation.head[1] ?? '', ...annotation.lines].join('\n').trim();
      const comparable = isComparableValue(value);
      expectations.push({ kind: 'value', line, source, value, comparable });
      const expression = statement.expression.getText(sourceFile);
      edits.push({
        start: statement.getStart(sourceFile),
        end: statement.end,
        text: comparable
          ? `__assert.deepStrictEqual((${expression}), (${value}\n), ${label});`
          : `void (${expression});`,
      });
      return;
    }
    const errorName = annotation.head[1] ?? 'Error';
    const first = annotation.head[2];
    const message = first === undefined ? undefined : [first, ...annotation.lines].join(' ').replace(/\s+/g, ' ').trim();
    expectations.push(message === undefined ? { kind: 'throws', line, source, errorName } : { kind: 'throws', line, source, errorName, message });
    edits.push({
      start: statement.getStart(sourceFile),
      end: statement.end,
      text: `__docThrows(() => { ${source} }, ${JSON.stringify(errorName)}, ${JSON.stringify(message ?? null)}, ${label});`,
    });
  });
  const shown = (code.match(/^\s*\/\/(=>| throws\b)/gm) ?? []).length;
  if (shown !== expectations.length + problems.length) {
    problems.push(`${shown - expectations.length - problems.length} result line(s) are not right below a top-level statement`);
  }
  let out = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = `${out.slice(0, edit.start)}${edit.text}${out.slice(edit.end)}`;
  const prelude = [
    "import __assert from 'node:assert/strict';",
    'function __docThrows(run: () => void, name: string, message: string | null, label: string): void {',
    '  let thrown: unknown;',
    '  try { run(); } catch (error) { thrown = error; }',
    "  if (thrown === undefined) __assert.fail(`${label}: expected it to throw ${name}, but it did not throw`);",
    '  const error = thrown as Error;',
    '  __assert.equal(error.name, name, `${label}: thrown error name`);',
    '  if (message === null) return;',
    "  const actual = String(error.message).replace(/\\s+/g, ' ').trim();",
    "  if (message.endsWith('…')) __assert.ok(actual.startsWith(message.slice(0, -1).trimEnd()), `${label}: message ${JSON.stringify(actual)} does not start with ${JSON.stringify(message)}`);",
    '  else __assert.equal(actual, message, `${label}: thrown message`);',
    '}',
  ].join('\n');
  return { code: `${prelude}\n${out}\nexport {};\n`, expectations, problems };
}
