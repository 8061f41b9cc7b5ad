/* global process */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// The shared fixtures live beside the repository; tests read them as `/fixtures/<name>.json`.
const fixturesDir = resolve(process.env.FIXTURES_DIR || '../shared/fixtures');

/** Serves the fixtures at `/fixtures/<name>.json`. */
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
