import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../errors.js';

/** The package root (where flows/ ships), from dist/src/app or src/app. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'flows'))) return dir;
    dir = dirname(dir);
  }
  return process.cwd();
}

/** DUEBOT_PLAYBOOK relative to the working directory, else to the package (so the default works from anywhere). */
export function resolvePlaybookPath(configured: string): string {
  if (isAbsolute(configured)) {
    if (!existsSync(configured)) throw new ConfigError('DUEBOT_PLAYBOOK', `DUEBOT_PLAYBOOK="${configured}" is not valid: no such file`);
    return configured;
  }
  for (const candidate of [resolve(process.cwd(), configured), join(packageRoot(), configured)]) {
    if (existsSync(candidate)) return candidate;
  }
  throw new ConfigError('DUEBOT_PLAYBOOK', `DUEBOT_PLAYBOOK="${configured}" is not valid: no such file`);
}
