import type { Options } from 'tsup';

// dist/ is emptied by the prebuild script: tsup runs both configs at once, so neither may clean it.
const library: Options = {
  entry: { index: 'src/index.ts', 'fhir/index': 'src/fhir/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: false,
  target: 'node20',
  treeshake: true,
};

// The command line is one ESM file with a shebang; it bundles the library code it uses.
const cli: Options = {
  entry: { cli: 'src/cli/bin.ts' },
  format: ['esm'],
  dts: false,
  sourcemap: false,
  clean: false,
  target: 'node20',
  platform: 'node',
  banner: { js: '#!/usr/bin/env node' },
};

const config: Options[] = [library, cli];

export default config;
