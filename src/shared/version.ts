// Written by scripts/write-version.mjs from package.json (`npm version` runs it); a test checks it.
/** The package's version, as VA.gov's analytics events carry it. */
export const VERSION = '0.1.0';
