import type { Redis } from 'ioredis';
import { deletePrefix as deletePrefixOf, usedMemory as usedMemoryOf } from './lib/common.js';
/**
 * Import + schedule 100k invoices (25k customers) through the real runtime, against raw BullMQ addBulk
 * of the same number of jobs in the same run, and Redis memory per open invoice.
 * Run: npm run build && node dist/bench/import.js   (REDIS_URL, BENCH_ROWS, BENCH_CUSTOMERS optional)
 */
import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { Queue } from 'bullmq';
import type { RedisClient } from '../src/redis/connect.js';
import { createRedis, DEFAULT_REDIS_URL } from '../src/redis/index.js';
import { Keys } from '../src/runtime/keys.js';
import { Runtime } from '../src/runtime/runtime.js';
import { loadConfig } from '../src/config/index.js';
import { decide, loadPlaybook } from '../src/engine/index.js';
import { resolvePlaybookPath } from '../src/app/playbook-path.js';
import { createLogger } from '../src/logger.js';
import { systemClock } from '../src/clock.js';
import { importCsv } from '../src/runtime/import/index.js';

export interface ImportBenchResult {
  rows: number;
  customers: number;
  rawAddBulkPerSecond: number;
  importAndSchedulePerSecond: number;
  ratio: number;
  importSeconds: number;
  scheduleSeconds: number;
  bytesPerOpenInvoice: number;
  timersScheduled: number;
  /** Node CPU seconds spent from import start to done: steadier than wall time on a busy machine. */
  nodeCpuSeconds: number;
}

function generateCsv(rows: number, customers: number, today: Date): string {
  const lines = ['customer_id,customer_name,invoice_number,amount,currency,issue_date,due_date,channel,address,language,timezone,rep'];
  const day = (offset: number) => new Date(today.getTime() + offset * 86400000).toISOString().slice(0, 10);
  for (let i = 0; i < rows; i++) {
    const c = i % customers;
    // Due 60–120 days ahead: every case gets a first timer, none fires during the run.
    lines.push(`C${c},Customer ${c},INV-${i},"${(1000 + (i % 9000)).toLocaleString('en-US')}.50",CNY,${day(-10)},${day(60 + (i % 60))},local,chat-${c},zh,Asia/Shanghai,rep${c % 20}`);
  }
  return lines.join('\n');
}

const usedMemory = (redis: RedisClient) => usedMemoryOf(redis as Redis);
const deletePrefix = (redis: RedisClient, keys: Keys) => deletePrefixOf(redis as Redis, keys);

async function rawAddBulk(redis: RedisClient, keys: Keys, n: number): Promise<number> {
  const queue = new Queue('raw-bench', { connection: redis, prefix: keys.queuePrefix });
  const start = performance.now();
  for (let i = 0; i < n; i += 1000) {
    const jobs = Array.from({ length: Math.min(1000, n - i) }, (_, j) => ({ name: 'mail', data: { customerId: `C${i + j}` }, opts: { jobId: `raw-${i + j}`, removeOnComplete: true } }));
    await queue.addBulk(jobs);
  }
  const seconds = (performance.now() - start) / 1000;
  await queue.obliterate({ force: true });
  await queue.close();
  return n / seconds;
}

export async function run(opts: { rows?: number; customers?: number; redisUrl?: string } = {}): Promise<ImportBenchResult> {
  const rows = opts.rows ?? Number(process.env.BENCH_ROWS ?? 100_000);
  const customers = opts.customers ?? Number(process.env.BENCH_CUSTOMERS ?? Math.max(1, Math.round(rows / 4)));
  const url = opts.redisUrl ?? process.env.REDIS_URL ?? DEFAULT_REDIS_URL;
  const prefix = `bench-import-${randomBytes(4).toString('hex')}`;
  const keys = new Keys(prefix);
  const redis = createRedis(url);
  const config = loadConfig({ REDIS_URL: url, DUEBOT_PREFIX: prefix });
  const runtime = new Runtime({
    config,
    redis,
    keys,
    clock: systemClock,
    playbook: loadPlaybook(resolvePlaybookPath(config.DUEBOT_PLAYBOOK)),
    logger: createLogger({ level: 'warn' }),
    decide,
    // Only customers' messages go through `understand`; this run carries none.
    understand: () => ({ intent: 'other', date: null, amount: null }),
  });
  try {
    const rawRate = await rawAddBulk(redis, keys, rows);
    const text = generateCsv(rows, customers, new Date());
    const before = await usedMemory(redis);

    runtime.startWorkers();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const result = await importCsv(Buffer.from(text, 'utf8'), { runtime, defaults: { timezone: 'Asia/Shanghai', language: 'zh' } });
    if (result.refused) throw new Error(`bench CSV refused: ${result.errors.length} errors`);
    const t1 = performance.now();
    // Scheduled = every mailbox drained by the workers, so each case holds its first timer.
    for (;;) {
      const c = await runtime.queues.inbound.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
      if (Object.values(c).every((n) => n === 0)) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const t2 = performance.now();
    const cpu = process.cpuUsage(cpu0);
    const timers = await runtime.queues.steps.getDelayedCount();
    const failed = await runtime.queues.inbound.getFailedCount();
    if (failed) throw new Error(`${failed} inbound jobs failed`);
    const after = await usedMemory(redis);
    const seconds = (t2 - t0) / 1000;
    const rate = rows / seconds;
    return {
      rows,
      customers,
      rawAddBulkPerSecond: Math.round(rawRate),
      importAndSchedulePerSecond: Math.round(rate),
      ratio: Math.round((rate / rawRate) * 100) / 100,
      importSeconds: Math.round((t1 - t0) / 10) / 100,
      scheduleSeconds: Math.round((t2 - t1) / 10) / 100,
      bytesPerOpenInvoice: Math.round((after - before) / rows),
      timersScheduled: timers,
      nodeCpuSeconds: Math.round((cpu.user + cpu.system) / 1e4) / 100,
    };
  } finally {
    await runtime.close();
    for (const q of Object.values(runtime.queues)) await q.obliterate({ force: true }).catch(() => undefined);
    await deletePrefix(redis, keys);
    await redis.quit();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await run();
  process.stdout.write(
    `import + schedule ${r.rows} invoices for ${r.customers} customers: ${r.importAndSchedulePerSecond} rows/s ` +
      `(import ${r.importSeconds} s, workers planning ${r.scheduleSeconds} s, ${r.timersScheduled} timers, Node CPU ${r.nodeCpuSeconds} s)\n` +
      `raw BullMQ addBulk of ${r.rows} jobs: ${r.rawAddBulkPerSecond} jobs/s; ratio ${Math.round(r.ratio * 100)}% (target >= 50%)\n` +
      `Redis memory per open invoice: ${r.bytesPerOpenInvoice} B (target <= 2048 B)\n` +
      `${JSON.stringify(r)}\n`,
  );
}
