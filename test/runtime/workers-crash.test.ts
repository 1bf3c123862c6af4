import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { testRedis, type TestRedis } from '../support/redis.js';
import { chatLog, waitFor } from './helpers.js';
import type { OutboxJobData } from '../../src/runtime/process/outbound.js';

const root = join(import.meta.dirname, '..', '..');

function startWorker(t: TestRedis): ChildProcess {
  return spawn(process.execPath, [join(root, 'bin', 'duebot.js'), 'worker'], {
    env: { ...process.env, REDIS_URL: t.url, DUEBOT_PREFIX: t.prefix, DUEBOT_ADAPTERS: 'local', NODE_ENV: 'production', LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
}

async function enqueueSends(t: TestRedis, n: number, tag: string): Promise<string[]> {
  const q = new Queue('outbox', { connection: t.redis, prefix: t.keys.queuePrefix });
  const ids: string[] = [];
  const jobs = [];
  for (let i = 0; i < n; i++) {
    const messageId = `${tag}-${i}`;
    ids.push(messageId);
    const data: OutboxJobData = { messageId, customerId: `C${i % 50}`, platform: 'local', address: `chat-C${i % 50}`, text: `reminder ${i}`, language: 'en' };
    jobs.push({ name: 'send', data, opts: { jobId: `send-${messageId}`, removeOnComplete: true, attempts: 8, backoff: { type: 'exponential', delay: 200 } } });
  }
  for (let i = 0; i < jobs.length; i += 500) await q.addBulk(jobs.slice(i, i + 500));
  await q.close();
  return ids;
}

function kill(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

describe('outbox workers on one Redis', () => {
  let t: TestRedis;
  const children: ChildProcess[] = [];
  beforeEach(async () => (t = await testRedis('crash')));
  afterEach(async () => {
    await Promise.all(children.splice(0).map((c) => kill(c, 'SIGKILL')));
    await t.cleanup();
  });

  test('Given 2,000 sends, When the worker is SIGKILLed midway and a new one takes over, Then every message is sent exactly once', async () => {
    const ids = await enqueueSends(t, 2000, 'crash');
    const first = startWorker(t);
    children.push(first);
    await waitFor('some sends', async () => (await chatLog(t).sentIds()).length >= 300, 60000);
    await kill(first, 'SIGKILL');
    const second = startWorker(t);
    children.push(second);
    const sent = await waitFor('all sends', async () => {
      const s = await chatLog(t).sentIds();
      return s.length >= ids.length ? s : null;
    }, 90000);
    expect(sent).toHaveLength(ids.length);
    expect(new Set(sent).size).toBe(ids.length);
    expect([...sent].sort()).toEqual([...ids].sort());
  }, 150000);

  test('Given two worker processes, When 2,000 sends are queued, Then none is sent twice and none is lost', async () => {
    children.push(startWorker(t), startWorker(t));
    const ids = await enqueueSends(t, 2000, 'pair');
    const sent = await waitFor('all sends', async () => {
      const s = await chatLog(t).sentIds();
      return s.length >= ids.length ? s : null;
    }, 90000);
    await new Promise((r) => setTimeout(r, 500));
    const final = await chatLog(t).sentIds();
    expect(final).toHaveLength(ids.length);
    expect(new Set(final).size).toBe(ids.length);
    void sent;
  }, 120000);
});
