// Every export of the public entry points, values and types alike, carries an `@example` in its TSDoc:
// a reader of the reference meets each name with a call that shows it (examples.test.ts runs them).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PUBLIC_ENTRY_POINTS } from './docExamples.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The exports of each entry point that have no `@example` tag. */
function exportsWithoutExample(): Record<string, string[]> {
  const entries = Object.values(PUBLIC_ENTRY_POINTS).map((path) => join(root, path));
  const program = ts.createProgram(entries, {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const missing: Record<string, string[]> = {};
  for (const [specifier, path] of Object.entries(PUBLIC_ENTRY_POINTS)) {
    const sourceFile = program.getSourceFile(join(root, path));
    const module = sourceFile === undefined ? undefined : checker.getSymbolAtLocation(sourceFile);
    if (module === undefined) throw new Error(`${path} could not be read`);
    missing[specifier] = checker
      .getExportsOfModule(module)
      .filter((exported) => {
        const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
        return !symbol.getJsDocTags(checker).some((tag) => tag.name === 'example');
      })
      .map((exported) => exported.name);
  }
  return missing;
}

describe('the public API reference', () => {
  it('shows an @example for every export of level-of-care and level-of-care/fhir, types included', () => {
    expect(exportsWithoutExample()).toEqual({ 'level-of-care': [], 'level-of-care/fhir': [] });
  });
});
