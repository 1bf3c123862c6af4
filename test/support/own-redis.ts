import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { findOnPath, freePort } from '../../src/redis/private-server.js';
import { probeRedis } from '../../src/redis/connect.js';
import { Keys } from '../../src/runtime/keys.js';
import { keysTagged, testPrefix, type TestRedis } from './redis.js';

/**
 * A redis-server owned by one test, in its own directory on a free port, that the test can kill
 * (SIGKILL: no save, as a crash) and start again on the same port and directory. With AOF on, what
 * Redis acknowledged survives the kill.
 */
export interface OwnRedis {
  url: string;
  port: number;
  dir: string;
  /** SIGKILL, as a crash or power loss. */
  kill(): Promise<void>;
  /** Starts it again on the same port and directory and waits until it answers. */
  start(): Promise<void>;
  /** Kills it and removes its directory. */
  destroy(): Promise<void>;
}

export async function ownRedis(opts: { aof?: boolean; fsync?: 'always' | 'everysec' } = {}): Promise<OwnRedis> {
  const binary = findOnPath('redis-server');
  if (!binary) throw new Error('redis-server is not on PATH');
  const dir = mkdtempSync(join(tmpdir(), 'duebot-own-redis-'));
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--maxmemory-policy', 'noeviction', '--loglevel', 'warning'];
  if (opts.aof) args.push('--appendonly', 'yes', '--appendfsync', opts.fsync ?? 'always');
  let child: ChildProcess | undefined;

  const start = async () => {
    const c = spawn(binary, args, { stdio: 'ignore' });
    child = c;
    const deadline = Date.now() + 10000;
    while (Date.now() < deadline) {
      if (c.exitCode !== null) throw new Error(`redis-server exited with ${c.exitCode}`);
      if ((await probeRedis(url, 300)) === null) return;
      await new Promise((r) => setTimeout(r, 30));
    }
    throw new Error('redis-server did not start');
  };
  const kill = () =>
    new Promise<void>((resolve) => {
      const c = child;
      if (!c || c.exitCode !== null || c.signalCode !== null) return resolve();
      c.once('exit', () => resolve());
      c.kill('SIGKILL');
    });
  await start();
  return {
    url,
    port,
    dir,
    kill,
    start,
    async destroy() {
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The TestRedis shape (prefix, keys, a client) on an own Redis, so the usual helpers work on it. */
export function testRedisOn(server: OwnRedis, name: string): TestRedis {
  const prefix = testPrefix(name);
  const keys = new Keys(prefix);
  const redis = new Redis(server.url, { maxRetriesPerRequest: null, retryStrategy: () => 100 });
  redis.on('error', () => undefined);
  const ownKeys = () => keysTagged(redis, keys);
  return {
    url: server.url,
    prefix,
    keys,
    redis,
    ownKeys,
    async cleanup() {
      redis.disconnect();
    },
  };
}
