import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { freePort } from '../../src/redis/private-server.js';
import type { OutboxJobData } from '../../src/runtime/process/outbound.js';
import { ownRedis, testRedisOn, type OwnRedis } from '../support/own-redis.js';
import type { TestRedis } from '../support/redis.js';
import { chatLog, waitFor } from '../runtime/helpers.js';

const root = join(import.meta.dirname, '..', '..');
const OUTAGE_MS = 30000;

async function health(port: number): Promise<{ status: number; body: { status?: string } }> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(3000) });
    return { status: res.status, body: (await res.json()) as { status?: string } };
  } catch {
    return { status: 0, body: {} };
  }
}

async function enqueueSends(t: TestRedis, tag: string, n: number): Promise<void> {
  const q = new Queue('outbox', { connection: t.redis, prefix: t.keys.queuePrefix });
  await q.addBulk(
    Array.from({ length: n }, (_, i) => {
      const data: OutboxJobData = { messageId: `${tag}-${i}`, customerId: `C${i % 10}`, platform: 'local', address: `chat-C${i % 10}`, text: `reminder ${i}`, language: 'en' };
      return { name: 'send', data, opts: { jobId: `send-${tag}-${i}`, removeOnComplete: true, attempts: 8 } };
    }),
  );
  await q.close();
}

/**
 * Given `duebot start` (HTTP and workers in one process) on its own Redis,
 * When Redis is unreachable for 30 seconds and then comes back on the same port,
 * Then the process keeps running, /healthz says degraded (503) meanwhile and ok after, the outage is
 * logged once with one "Redis back" line, and queued work is done after.
 */
describe('Redis unreachable for 30 seconds', () => {
  let server: OwnRedis;
  let t: TestRedis;
  let child: ChildProcess | undefined;

  afterAll(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGKILL');
      await new Promise((r) => child!.once('exit', r));
    }
    await t?.cleanup();
    await server?.destroy();
  });

  test('Given a running bot, When Redis is away for 30 s, Then it is logged once, health is degraded meanwhile, and work resumes after', async () => {
    server = await ownRedis({ aof: true, fsync: 'always' });
    t = testRedisOn(server, 'outage');
    const port = await freePort();
    const lines: string[] = [];
    let partial = '';
    child = spawn(process.execPath, [join(root, 'bin', 'duebot.js'), 'start'], {
      env: { ...process.env, REDIS_URL: server.url, PORT: String(port), DUEBOT_PREFIX: t.prefix, DUEBOT_ADAPTERS: 'local', NODE_ENV: 'production', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout!.on('data', (chunk: Buffer) => {
      const text = partial + chunk.toString('utf8');
      const parts = text.split('\n');
      partial = parts.pop() ?? '';
      lines.push(...parts.filter(Boolean));
    });
    await waitFor('the bot to serve', async () => (await health(port)).status === 200, 60000);

    await enqueueSends(t, 'before', 50);
    await waitFor('sends before the outage', async () => (await chatLog(t).sentIds()).length === 50);

    const linesBefore = lines.length;
    await server.kill();
    const downAt = Date.now();
    const during = await waitFor('health to say degraded', async () => {
      const h = await health(port);
      return h.status === 503 ? h : null;
    }, 10000);
    expect(during.body.status).toBe('degraded');
    await new Promise((r) => setTimeout(r, OUTAGE_MS - (Date.now() - downAt)));
    expect(child.exitCode).toBeNull();
    expect((await health(port)).status).toBe(503);

    await server.start();
    const after = await waitFor('health to say ok', async () => {
      const h = await health(port);
      return h.status === 200 ? h : null;
    }, 20000);
    expect(after.body.status).toBe('ok');
    await enqueueSends(t, 'after', 50);
    await waitFor('sends after the outage', async () => (await chatLog(t).sentIds()).length === 100, 20000);
    expect(child.exitCode).toBeNull();

    const logged = lines.slice(linesBefore).map((l) => JSON.parse(l) as { level: string; msg: string; err?: { message?: string } });
    const noisy = logged.filter((l) => l.level === 'warn' || l.level === 'error');
    console.log(`outage of ${OUTAGE_MS / 1000}s: ${noisy.length} warn/error lines: ${noisy.map((l) => `${l.msg}${l.err?.message ? ` (${l.err.message})` : ''}`).join(' | ')}`);
    expect(logged.filter((l) => /Redis unreachable/.test(l.msg))).toHaveLength(1);
    expect(logged.filter((l) => /Redis back/.test(l.msg))).toHaveLength(1);
    expect(noisy.length).toBeLessThanOrEqual(3);
  }, 120000);
});
