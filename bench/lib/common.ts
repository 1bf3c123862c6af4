/**
 * Helpers shared by the benchmarks (bench/lib is not a benchmark: bin/bench.js runs only bench/*.js).
 */
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import type { Redis } from 'ioredis';
import { createLogger } from '../../src/logger.js';
import type { Keys } from '../../src/runtime/keys.js';

/** True when this module is the script node was started with (not imported by bin/bench.js or a test). */
export function runsDirectly(metaUrl: string): boolean {
  return !!process.argv[1] && metaUrl === pathToFileURL(process.argv[1]).href;
}

/** A private key prefix per run, so a bench never touches a real installation's keys. */
export function benchPrefix(name: string): string {
  return `bench-${name}-${randomBytes(4).toString('hex')}`;
}

export async function usedMemory(redis: Redis): Promise<number> {
  const info = await redis.info('memory');
  return Number(/used_memory:(\d+)/.exec(info)?.[1] ?? 0);
}

/** Deletes every key of the run's prefix (BullMQ's queues share it). */
export async function deletePrefix(redis: Redis, keys: Keys): Promise<void> {
  let cursor = '0';
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', `${keys.tag}*`, 'COUNT', 5000);
    cursor = next;
    if (batch.length) await redis.unlink(...batch);
  } while (cursor !== '0');
}

/** Nearest-rank percentile of an ascending-sorted array. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function summarise(values: number[]): { n: number; p50: number; p90: number; p99: number; max: number; mean: number } {
  const s = Float64Array.from(values).sort();
  const mean = s.length ? s.reduce((a, b) => a + b, 0) / s.length : NaN;
  return { n: s.length, p50: percentile(s, 50), p90: percentile(s, 90), p99: percentile(s, 99), max: s.length ? s[s.length - 1]! : NaN, mean };
}

export const ms = (x: number) => `${x.toFixed(1)} ms`;
export const mib = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MiB`;

export const sleep = (t: number) => new Promise((r) => setTimeout(r, t));

/** A silent-by-default logger that counts warnings and errors (the benches report them), keeping the first few. */
export function countingLogger(level = 'warn') {
  const seen = { warn: 0, error: 0, samples: [] as string[] };
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line) continue;
        const lvl = /"level":"(\w+)"/.exec(line)?.[1];
        if (lvl === 'warn') seen.warn++;
        else if (lvl === 'error' || lvl === 'fatal') seen.error++;
        if ((lvl === 'error' || lvl === 'fatal') && seen.samples.length < 5) seen.samples.push(line.slice(0, 400));
      }
      done();
    },
  });
  return { logger: createLogger({ level, destination }), seen };
}

/** Runs `fn` over `items` with at most `limit` in flight. */
export async function eachLimited<T>(items: T[], limit: number, fn: (item: T, i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i]!, i);
    }
  });
  await Promise.all(lanes);
}
