/**
 * Scale-out: N timers (delayed outbox jobs, all due at one instant) fired and sent through the local
 * adapter by 1, 2 and 4 `duebot worker` processes, on one Redis and on a Redis Cluster of three
 * masters, both started here on free loopback ports. Prints sends/s side by side.
 * Run: npm run build && node dist/bench/scale.js   (BENCH_TIMERS, default 100000; BENCH_PROCESSES, default 1,2,4)
 * The engine's decide step is not in this path (bench/import and the engine tests cover it): this
 * measures what adding processes buys for firing and sending, the part that scales out.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { Queue } from 'bullmq';
import { createRedis, dataNodes, findOnPath, startPrivateCluster, startPrivateRedis, stopChild, type RedisClient } from '../src/redis/index.js';
import { Keys } from '../src/runtime/keys.js';
import { JOB_DEFAULTS } from '../src/runtime/queues.js';
import type { OutboxJobData } from '../src/runtime/process/outbound.js';
import { startWorkerProcess } from './lib/worker-process.js';

export interface ScaleRow {
  processes: number;
  single: number;
  cluster: number;
}

export interface ScaleResult {
  timers: number;
  rows: ScaleRow[];
}


export async function run(opts: { timers?: number; processes?: number[]; log?: (line: string) => void } = {}): Promise<ScaleResult> {
  const timers = opts.timers ?? Number(process.env.BENCH_TIMERS ?? 100_000);
  const processes = opts.processes ?? (process.env.BENCH_PROCESSES ?? '1,2,4').split(',').map(Number);
  const log = opts.log ?? (() => undefined);
  const binary = findOnPath('redis-server');
  if (!binary) throw new Error('bench/scale needs redis-server on PATH');
  const rows: ScaleRow[] = processes.map((p) => ({ processes: p, single: 0, cluster: 0 }));

  for (const kind of ['single', 'cluster'] as const) {
    const server = kind === 'single' ? await startPrivateRedis(binary) : await startPrivateCluster(3);
    try {
      for (const row of rows) {
        row[kind] = await measure(server.url, timers, row.processes);
        log(`${kind === 'single' ? 'one Redis' : 'cluster of 3'}, ${row.processes} worker process(es): ${row[kind]} sends/s`);
      }
    } finally {
      await server.stop();
    }
  }
  return { timers, rows };
}

/** One run on a fresh prefix: start the workers, queue the timers, time from the due instant to the last send. */
async function measure(url: string, timers: number, processCount: number): Promise<number> {
  const prefix = `bench-scale-${randomBytes(3).toString('hex')}`;
  const keys = new Keys(prefix);
  const redis = createRedis(url);
  const workers: ChildProcess[] = [];
  try {
    for (let i = 0; i < processCount; i++) workers.push(await startWorkerProcess(url, prefix));
    const queue = new Queue<OutboxJobData>('outbox', { connection: redis, prefix: keys.queuePrefix });
    // Due once every timer is queued (addBulk does ≈ 7–10k jobs/s here), so the firing is measured alone.
    const dueAt = Date.now() + 2000 + Math.ceil(timers / 5);
    for (let i = 0; i < timers; i += 1000) {
      const batch = [];
      for (let j = i; j < Math.min(i + 1000, timers); j++) {
        const c = `C${j % 1000}`;
        const data: OutboxJobData = { messageId: `b-${j}`, customerId: c, platform: 'local', address: `chat-${c}`, text: `reminder ${j}`, language: 'en' };
        batch.push({ name: 'send', data, opts: { ...JOB_DEFAULTS, jobId: `send-b-${j}`, delay: Math.max(0, dueAt - Date.now()), attempts: 8 } });
      }
      await queue.addBulk(batch);
    }
    const start = Math.max(dueAt, Date.now());
    const sentLog = keys.local('sent-log');
    for (;;) {
      const sent = await redis.llen(sentLog);
      if (sent >= timers) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const seconds = (Date.now() - start) / 1000;
    await queue.close();
    return Math.round(timers / seconds);
  } finally {
    await Promise.all(workers.map((w) => stopChild(w, 'SIGKILL')));
    // Our own throwaway servers: empty them for the next run.
    for (const node of dataNodes(redis)) await node.flushall().catch(() => undefined);
    await redis.quit().catch(() => redis.disconnect());
  }
}

export function formatScale(r: ScaleResult): string {
  const lines = [`${r.timers} timers fired and sent through the local adapter (sends/s)`, 'processes   one Redis   cluster of 3'];
  for (const row of r.rows) lines.push(`${String(row.processes).padStart(9)}   ${String(row.single).padStart(9)}   ${String(row.cluster).padStart(12)}`);
  return lines.join('\n') + '\n';
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await run({ log: (line) => process.stderr.write(`${line}\n`) });
  process.stdout.write(formatScale(r));
  process.stdout.write(`${JSON.stringify(r)}\n`);
}
