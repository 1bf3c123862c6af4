#!/usr/bin/env node
// Runs the benchmarks: builds first if the sources changed, then each dist/bench/<name>.js in its own
// process, one after another, output streamed as it comes. `npm run bench -- understand timers` runs
// only those. Exits non-zero only when a benchmark crashes (they print figures, never assert timings).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from './ensure-built.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(root, 'dist', 'bench');

await ensureBuilt(['bench']);

const available = existsSync(benchDir)
  ? readdirSync(benchDir)
      .filter((f) => f.endsWith('.js'))
      .map((f) => f.slice(0, -3))
      .filter((name) => existsSync(join(root, 'bench', `${name}.ts`))) // not a leftover of a deleted source
      .sort()
  : [];
const asked = process.argv.slice(2).map((a) => a.replace(/^.*\//, '').replace(/\.(ts|js)$/, ''));
const unknown = asked.filter((a) => !available.includes(a));
if (unknown.length) {
  process.stderr.write(`error: no benchmark named ${unknown.join(', ')}; available: ${available.join(', ')}\n`);
  process.exit(2);
}
const names = asked.length ? asked : available;

function runOne(name) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(benchDir, `${name}.js`)], { cwd: root, stdio: 'inherit', env: process.env });
    const forward = (sig) => child.kill(sig);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve({ code, signal });
    });
    child.on('error', (err) => resolve({ code: null, signal: null, error: err }));
  });
}

const crashed = [];
for (const name of names) {
  process.stdout.write(`\n=== bench: ${name} ${'='.repeat(Math.max(3, 60 - name.length))}\n`);
  const started = Date.now();
  const { code, signal, error } = await runOne(name);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (code === 0) {
    process.stdout.write(`=== ${name}: done in ${seconds} s\n`);
  } else {
    crashed.push(name);
    process.stdout.write(`=== ${name}: CRASHED after ${seconds} s (${error ? error.message : signal ? `signal ${signal}` : `exit code ${code}`})\n`);
  }
}
if (names.length > 1) process.stdout.write(`\n${names.length - crashed.length} of ${names.length} benchmarks ran${crashed.length ? `; crashed: ${crashed.join(', ')}` : ''}\n`);
process.exit(crashed.length ? 1 : 0);
