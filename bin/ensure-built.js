import { existsSync, readdirSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const marker = join(root, 'dist', 'src', 'cli', 'main.js');
const pageMarker = join(root, 'dist', 'web', 'main.js');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * A fresh clone works with `npx duebot ...` even before `npm run build`; an edited source is rebuilt.
 * `extraDirs` adds source folders to watch (bin/bench.js adds bench).
 */
export async function ensureBuilt(extraDirs = []) {
  const built = Math.min(...[marker, pageMarker].map((m) => (existsSync(m) ? statSync(m).mtimeMs : 0)));
  const sources = Math.max(...['src', 'adapters', join('web', 'src'), ...extraDirs].map((d) => (existsSync(join(root, d)) ? newestSource(join(root, d)) : 0)));
  if (built >= sources) return;
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  if (!existsSync(tsc)) {
    process.stderr.write('error: duebot is not built and TypeScript is not installed; run `npm install` first\n');
    process.exit(1);
  }
  process.stderr.write('duebot: building (first run or sources changed)...\n');
  // The bot, then the dashboard page's script (browser modules in dist/web).
  const failed = ['tsconfig.build.json', join('web', 'tsconfig.json')].some(
    (config) => spawnSync(process.execPath, [tsc, '-p', join(root, config)], { stdio: 'inherit' }).status !== 0,
  );
  if (failed) {
    process.stderr.write('error: the build failed; see the messages above\n');
    process.exit(1);
  }
}
