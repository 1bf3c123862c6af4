import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { startDuebot } from '../../src/app/start.js';
import { createLogger } from '../../src/logger.js';
import { findOnPath, freePort, startPrivateRedis } from '../../src/redis/index.js';
import { testRedis, TEST_REDIS_URL, type TestRedis } from '../support/redis.js';

const silent = createLogger({ level: 'silent' });
const root = join(import.meta.dirname, '..', '..');

describe('duebot start', () => {
  let t: TestRedis;
  beforeAll(async () => (t = await testRedis('start')));
  afterAll(async () => t.cleanup());
  test('Given a healthy Redis, When it starts, Then /healthz answers 200 with status ok and the queues', async () => {
    const running = await startDuebot({ env: { REDIS_URL: TEST_REDIS_URL, PORT: '0', DUEBOT_PREFIX: t.prefix }, logger: silent });
    try {
      const res = await fetch(`http://127.0.0.1:${running.port}/healthz`);
      expect(res.status).toBe(200);
      const body = (await res.json()) as { status: string; redis: string; queues: Record<string, unknown>; version: string };
      expect(body.status).toBe('ok');
      expect(body.redis).toBe('ok');
      expect(Object.keys(body.queues).sort()).toEqual(['alerts', 'inbound', 'outbox', 'steps']);
      expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
    } finally {
      await running.stop();
    }
  });

  test('Given REDIS_URL points at nothing, When started from the CLI, Then one clear line and a non-zero exit', () => {
    const r = spawnSync(process.execPath, [join(root, 'bin', 'duebot.js'), 'start'], {
      env: { ...process.env, REDIS_URL: 'redis://127.0.0.1:1', PORT: '0' },
      encoding: 'utf8',
      timeout: 60000,
    });
    expect(r.status).not.toBe(0);
    const lines = r.stderr.trim().split('\n').filter((l) => !l.startsWith('duebot: building'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^error: Redis at redis:\/\/127\.0\.0\.1:1 does not answer/);
  });

  test('Given a Redis with maxmemory-policy allkeys-lru, When it starts, Then it refuses and names the fix', async () => {
    const redisServer = findOnPath('redis-server');
    expect(redisServer).toBeDefined();
    const lru = await startPrivateRedis(redisServer!, ['--maxmemory-policy', 'allkeys-lru']);
    try {
      await expect(startDuebot({ env: { REDIS_URL: lru.url, PORT: '0' }, logger: silent })).rejects.toThrow(
        /maxmemory-policy allkeys-lru.*set it to noeviction/,
      );
    } finally {
      await lru.stop();
    }
  });

  test('Given SIGTERM, When the process runs, Then it shuts down cleanly with exit code 0', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [join(root, 'bin', 'duebot.js'), 'start'], {
      env: { ...process.env, REDIS_URL: TEST_REDIS_URL, PORT: String(port), DUEBOT_PREFIX: t.prefix, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const deadline = Date.now() + 60000;
    while (!out.includes('duebot started') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    const code = await new Promise<number | null>((resolve) => {
      child.once('exit', (c) => resolve(c));
      child.kill('SIGTERM');
    });
    expect(code).toBe(0);
    expect(out).toContain('duebot stopped');
  }, 90000);
});
