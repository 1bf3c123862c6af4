import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// dist/bench/lib/worker-process.js → the package root, where bin/duebot.js lives.
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Starts `duebot worker` on the given Redis and prefix; resolves once it says it started. */
export function startWorkerProcess(url: string, prefix: string, extraEnv: Record<string, string> = {}): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(root, 'bin', 'duebot.js'), 'worker'], {
    env: { ...process.env, REDIS_URL: url, DUEBOT_PREFIX: prefix, DUEBOT_ADAPTERS: 'local', LOG_LEVEL: 'info', NODE_ENV: 'production', ...extraEnv },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const onData = (b: Buffer) => {
      out += b.toString();
      if (out.includes('duebot started')) {
        child.stdout!.off('data', onData);
        child.stdout!.resume();
        resolve(child);
      }
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`duebot worker exited with ${code}: ${out.slice(-500)}`)));
  });
}
