import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { startDuebot, type Running } from '../../src/app/start.js';
import { createLogger } from '../../src/logger.js';
import type { OutboxJobData } from '../../src/runtime/process/outbound.js';
import { ownRedis, testRedisOn, type OwnRedis } from '../support/own-redis.js';
import type { TestRedis } from '../support/redis.js';
import { chatLog, invoice, localCustomer, waitFor } from '../runtime/helpers.js';

const root = join(import.meta.dirname, '..', '..');
const CUSTOMERS = 1000;
const REPLYING = 200; // every fifth customer promises to pay
const ENGINE_SENDS = CUSTOMERS + REPLYING; // a first reminder each, and a confirmation for each promise
const DIRECT_SENDS = 10000 - ENGINE_SENDS;

const cid = (i: number) => `C${String(i).padStart(4, '0')}`;

function kill(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

/**
 * Given a Redis with AOF (appendfsync always) and two `duebot worker` processes,
 * When 1,000 customers are planned by the engine, 200 of them promise to pay, 8,800 more sends are
 * queued, and meanwhile a worker is SIGKILLed three times and Redis itself is SIGKILLed once,
 * Then every planned message is in the local adapter's own log exactly once, every promise is
 * recorded once (in the case and in the audit log) and every customer's audit log runs 1..n.
 */
describe('chaos: crashes of workers and Redis under load', () => {
  let server: OwnRedis;
  let t: TestRedis;
  let bot: Running | undefined;
  const workers: ChildProcess[] = [];
  const env: Record<string, string> = {};

  beforeAll(async () => {
    // Build once here, not in two workers at the same time.
    const built = spawnSync(process.execPath, ['-e', "import('./bin/ensure-built.js').then((m) => m.ensureBuilt())"], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('build failed');
    server = await ownRedis({ aof: true, fsync: 'always' });
    t = testRedisOn(server, 'chaos');
    Object.assign(env, {
      REDIS_URL: server.url,
      DUEBOT_PREFIX: t.prefix,
      DUEBOT_ADAPTERS: 'local',
      // 10 simulated minutes a second: the first reminders fall in the 09:00 window a few seconds in.
      DUEBOT_CLOCK_START: '2026-12-01T08:58:00+08:00',
      DUEBOT_CLOCK_SPEED: '600',
    });
  }, 120000);

  afterAll(async () => {
    await Promise.all(workers.map(kill));
    await bot?.stop().catch(() => undefined);
    await t?.cleanup();
    await server?.destroy();
  });

  const startWorker = () =>
    spawn(process.execPath, [join(root, 'bin', 'duebot.js'), 'worker'], {
      env: { ...process.env, ...env, NODE_ENV: 'production', LOG_LEVEL: 'error' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });

  test('Given 10,000 sends over 1,000 customers, When workers and Redis are killed midway, Then each is sent exactly once, promises once, audit without gaps', async () => {
    const started = Date.now();
    // This process only plans and takes replies (as the web role does); the two workers do the work.
    bot = await startDuebot({ env: { ...env, PORT: '0' }, role: 'web', logger: createLogger({ level: 'silent' }) });
    const { store, services } = bot.runtime;
    workers.push(startWorker(), startWorker());
    const sentCount = async () => t.redis.llen(t.keys.local('sent-log'));

    const chaos = (async () => {
      const events: string[] = [];
      const killWorkerAt = async (threshold: number) => {
        await waitFor(`${threshold} sends`, async () => (await sentCount()) >= threshold, 90000);
        const i = Math.floor(Math.random() * workers.length);
        await kill(workers[i]!);
        workers[i] = startWorker();
        events.push(`worker ${i} SIGKILLed at ${await sentCount()} sent`);
      };
      await killWorkerAt(1500);
      await waitFor('4,000 sends', async () => (await sentCount()) >= 4000, 90000);
      await server.kill();
      await new Promise((r) => setTimeout(r, 1000));
      await server.start();
      events.push(`redis SIGKILLed and restarted at ${await sentCount()} sent`);
      await killWorkerAt(5500);
      await killWorkerAt(7500);
      return events;
    })();

    // The engine's own sends: an invoice per customer, planned as an import does.
    for (let i = 0; i < CUSTOMERS; i += 100) {
      const multi = store.redis.multi();
      for (let j = i; j < i + 100; j++) {
        store.customers.addSave(multi, localCustomer(cid(j)));
        store.invoices.addSave(multi, invoice(`INV-${cid(j)}`, cid(j), '2026-12-08', 100000 + j));
      }
      await multi.exec();
      await Promise.all(
        Array.from({ length: 100 }, (_, k) => {
          const id = cid(i + k);
          return services.enqueueEvent(id, { type: 'invoices_changed', id: `seed-${id}`, invoices: [invoice(`INV-${id}`, id, '2026-12-08', 100000 + i + k)] });
        }),
      );
    }
    // Promises: every fifth customer answers (through the services, as the web role takes a reply)
    const replying = Array.from({ length: REPLYING }, (_, i) => cid(i * 5));
    // ...after their first reminder was planned (a promise made before it would rightly cancel it).
    await waitFor('the first reminders to be planned', async () => {
      for (const c of replying) if (!(await store.audit.forCustomer(c)).some((e) => e.kind === 'message_planned')) return false;
      return true;
    }, 90000);
    for (const c of replying) {
      await services.inbound({ platform: 'local', address: `chat-${c}`, sender: `chat-${c}`, text: '下周五付款', platformMessageId: `reply-${c}` });
    }

    // Plain sends straight into the outbox, as a burst of planned reminders would be.
    const outbox = new Queue('outbox', { connection: store.redis, prefix: t.keys.queuePrefix });
    const direct: string[] = [];
    for (let i = 0; i < DIRECT_SENDS; i += 500) {
      const jobs = [];
      for (let k = i; k < Math.min(DIRECT_SENDS, i + 500); k++) {
        const c = cid(k % CUSTOMERS);
        const data: OutboxJobData = { messageId: `direct-${k}`, customerId: c, platform: 'local', address: `chat-${c}`, text: `reminder ${k}`, language: 'zh' };
        direct.push(data.messageId);
        jobs.push({ name: 'send', data, opts: { jobId: `send-${data.messageId}`, attempts: 8, backoff: { type: 'exponential', delay: 200 } } });
      }
      await outbox.addBulk(jobs);
    }
    const events = await chaos;

    // Quiet: every message the engine planned and every direct send is in the adapter's log.
    const planned = async () => {
      const ids = new Set(direct);
      for (let i = 0; i < CUSTOMERS; i++) {
        for (const e of await store.audit.forCustomer(cid(i))) if (e.kind === 'message_planned') ids.add(String(e.payload?.messageId));
      }
      return ids;
    };
    // A worker killed between the platform accepting a message and recording it leaves the evidence to
    // the job's retry, once its in-flight claim expires (15 s): quiet means that evidence is in too.
    const recordedOut = async () => {
      let n = 0;
      for (let i = 0; i < CUSTOMERS; i++) n += (await store.audit.forCustomer(cid(i))).filter((e) => e.kind === 'message_out').length;
      return n;
    };
    // Waits for quiet (or a deadline), then reports what it finds either way.
    let final = { want: new Set<string>(), sent: [] as string[] };
    const deadline = Date.now() + 90000;
    for (;;) {
      final = { want: await planned(), sent: await chatLog(t).sentIds() };
      const sentSet = new Set(final.sent);
      const done = [...final.want].every((id) => sentSet.has(id)) && final.want.size >= direct.length + ENGINE_SENDS && (await recordedOut()) >= final.want.size;
      if (done || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 1000));
    }
    const missing = [...final.want].filter((id) => !final.sent.includes(id));
    if (missing.length) console.log(`missing ${missing.length}: ${missing.slice(0, 10).join(', ')}`, await bot.runtime.queues.outbox.getJobCounts(), await bot.runtime.queues.steps.getJobCounts(), await bot.runtime.queues.inbound.getJobCounts());
    await outbox.close();

    let promises = 0;
    let promiseLines = 0;
    let auditEntries = 0;
    let messageOut = 0;
    const gaps: string[] = [];
    const promiseProblems: string[] = [];
    for (let i = 0; i < CUSTOMERS; i++) {
      const c = cid(i);
      const audit = await store.audit.forCustomer(c);
      auditEntries += audit.length;
      messageOut += audit.filter((e) => e.kind === 'message_out').length;
      if (audit.some((e, k) => e.seq !== k + 1)) gaps.push(c);
      const recorded = audit.filter((e) => e.kind === 'promise_recorded').length;
      const kase = await store.cases.get(c);
      promises += kase?.promises.length ?? 0;
      promiseLines += recorded;
      const expected = i % 5 === 0 ? 1 : 0;
      if (recorded !== expected || (kase?.promises.length ?? 0) !== expected) promiseProblems.push(`${c}: ${recorded} audit lines, ${kase?.promises.length ?? 0} in the case`);
    }
    const q = bot.runtime.queues;
    const failed = { failed: 0 };
    const failures: string[] = [];
    for (const queue of [q.outbox, q.steps, q.inbound]) {
      for (const job of await queue.getFailed()) failures.push(`${queue.name} ${job.id}: ${job.failedReason} (attempts ${job.attemptsMade})`);
    }
    failed.failed = failures.length;
    if (failures.length) console.log(failures.join('\n'));

    console.log(
      [
        `chaos run in ${Math.round((Date.now() - started) / 1000)}s: ${events.join('; ')}`,
        `planned ${final.want.size} (engine ${final.want.size - direct.length}, direct ${direct.length}); adapter log ${final.sent.length} lines, ${new Set(final.sent).size} distinct`,
        `promises: ${promises} in cases, ${promiseLines} promise_recorded lines (expected ${REPLYING})`,
        `audit: ${auditEntries} entries, ${messageOut} message_out, customers with gaps: ${gaps.length}`,
        `failed jobs (outbox, steps, inbound): ${failed.failed}`,
      ].join('\n'),
    );
    expect(final.sent).toHaveLength(new Set(final.sent).size);
    expect(new Set(final.sent)).toEqual(final.want);
    expect(promiseProblems).toEqual([]);
    expect(promises).toBe(REPLYING);
    expect(gaps).toEqual([]);
    expect(messageOut).toBe(final.want.size);
    expect(failed.failed).toBe(0);
  }, 240000);
});
