// Writes package.json's version into src/shared/version.ts. `npm version` runs it (the "version"
// script), so the release commit carries both; a browser test checks that they agree.
import { readFileSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
writeFileSync(
  new URL('../src/shared/version.ts', import.meta.url),
  `// Written by scripts/write-version.mjs from package.json (\`npm version\` runs it); a test checks it.
/** The package's version, as VA.gov's analytics events carry it. */
export const VERSION = '${version}';
`,
);
