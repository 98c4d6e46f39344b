// The documentation site groups the API by category (docs/typedoc.json, `categoryOrder`). An export
// without a `@category` tag would land in "Other", so every public export must carry the category of
// the module it lives in.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The category of each source folder. */
const CATEGORY_OF_FOLDER: { readonly [folder: string]: string } = {
  levels: 'Levels',
  policies: 'Policies',
  eligibility: 'Eligibility',
  pathway: 'Pathway',
  schedule: 'Schedule',
  services: 'Schedule',
  issues: 'Issues',
  sources: 'Sources',
  fhir: 'FHIR',
};

interface ExportedDeclaration {
  readonly entry: string;
  readonly name: string;
  readonly file: string;
  readonly categories: readonly string[];
}

function exportedDeclarations(): ExportedDeclaration[] {
  const config = ts.readConfigFile(join(root, 'tsconfig.json'), (path) => ts.sys.readFile(path));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const entries = ['src/index.ts', 'src/fhir/index.ts'];
  const program = ts.createProgram(
    entries.map((entry) => join(root, entry)),
    { ...parsed.options, noEmit: true },
  );
  const checker = program.getTypeChecker();
  const found: ExportedDeclaration[] = [];
  for (const entry of entries) {
    const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(join(root, entry))!)!;
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declaration = symbol.declarations?.[0];
      if (declaration === undefined) continue;
      // A `const` carries its comment on the variable statement.
      const commented = ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration;
      const categories = ts
        .getJSDocTags(commented)
        .filter((tag) => tag.tagName.text === 'category')
        .map((tag) => ts.getTextOfJSDocComment(tag.comment)?.trim() ?? '');
      found.push({
        entry,
        name: exported.name,
        file: declaration.getSourceFile().fileName.slice(root.length).replace(/^\//, ''),
        categories,
      });
    }
  }
  return found;
}

describe('categories of the API reference', () => {
  const declarations = exportedDeclarations();

  it('finds the public exports', () => {
    expect(declarations.length).toBeGreaterThan(100);
  });

  it('every public export has exactly one @category, the one of its module', () => {
    const wrong = declarations
      .map((declaration) => {
        const folder = declaration.file.split('/')[1] ?? '';
        return { ...declaration, expected: CATEGORY_OF_FOLDER[folder] ?? `(no category for src/${folder})` };
      })
      .filter((declaration) => declaration.categories.length !== 1 || declaration.categories[0] !== declaration.expected)
      .map((declaration) => `${declaration.name} (${declaration.file}): ${JSON.stringify(declaration.categories)}, expected ${declaration.expected}`);
    expect(wrong).toEqual([]);
  });
}, 60_000);
