import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fixturesDir } from '../../fixtures/index.mjs';

/** Serves the repository's fixtures at `/fixtures/<name>.json`. */
export const serveFixtures = {
  name: 'serve-fixtures',
  serve(context) {
    const match = /^\/fixtures\/([\w.-]+\.json)$/.exec(context.path);
    if (!match) return undefined;
    const file = resolve(fixturesDir, match[1]);
    if (!existsSync(file)) return undefined;
    return { body: readFileSync(file, 'utf8'), type: 'application/json' };
  },
};
