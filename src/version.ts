import { readFileSync } from 'node:fs';

/** Read from package.json at run time so the version is stated once. */
export const version: string = (() => {
  // dist/src/version.js and src/version.ts sit at different depths below package.json.
  for (const rel of ['../../package.json', '../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'duebot' && pkg.version) return pkg.version;
    } catch {
      // try the next place
    }
  }
  return '0.0.0';
})();
