/**
 * Inbound replies through the local adapter to the bot's answer, at a fixed offered rate.
 * A bot is started in-process (startDuebot, PORT 0, a private key prefix); 1,000 customers with open
 * invoices on the local channel are seeded and planned; replies drawn from the dev corpus are offered
 * open-loop (not waiting for answers) through LocalChannel.customerSays (what POST /local/chats/:address
 * calls). Latency runs from handing the reply to the adapter to the bot's answer appearing on the local
 * events channel (LocalChatLog's pub/sub), matched by the message id the answer carries. Not every reply
 * gets an answer (e.g. "好的收到" after a confirmed promise): those are counted, not timed.
 * With BENCH_WORKERS=N the bench process only accepts replies (role web) and N `duebot worker`
 * processes do the rest, as a deployment that separates the two would.
 * Run: npm run bench -- inbound   (REDIS_URL, BENCH_SECONDS (default 60), BENCH_RATES (default 500),
 *      BENCH_CUSTOMERS (default 1000), BENCH_WORKERS (worker-process counts, each run in turn; 0 is one
 *      process doing all; default 0,1), BENCH_WARMUP
 *      (seconds at the same rate before the window, not counted; default 5), BENCH_CORPUS optional)
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChildProcess } from 'node:child_process';
import type { Redis } from 'ioredis';
import { startDuebot, type Running } from '../src/app/start.js';
import { DEFAULT_REDIS_URL, stopChild } from '../src/redis/index.js';
import { startWorkerProcess } from './lib/worker-process.js';
import { Keys } from '../src/runtime/keys.js';
import { LocalChannel } from '../adapters/local/index.js';
import { benchPrefix, countingLogger, deletePrefix, mib, ms, runsDirectly, sleep, summarise, usedMemory } from './lib/common.js';
import { seedCustomers, waitDrained } from './lib/seed.js';

interface CorpusLine {
  text: string;
  lang: string;
}

export interface InboundRunResult {
  rate: number;
  /** 0: the bench process runs the workers too; N: N `duebot worker` processes do. */
  workerProcesses: number;
  /** Seconds offered at the same rate before the window, not counted. */
  warmupSeconds: number;
  seconds: number;
  offered: number;
  accepted: number;
  answered: number;
  unanswered: number;
  /** Replies handed to the adapter per second during the window. */
  offeredPerSecond: number;
  /** Replies fully processed per second, from the first offer to the last one processed. */
  sustainedPerSecond: number;
  /** After the offering stopped, how long the backlog took to clear. */
  drainMs: number;
  latency: ReturnType<typeof summarise>;
  /** Time for customerSays to return (what an HTTP caller would wait for its 202). */
  acceptLatency: ReturnType<typeof summarise>;
  memoryBefore: number;
  memoryAfter: number;
  errors: number;
  errorDetail: {
    rejected: number;
    failedJobs: number;
    loggedErrors: number;
    notDrained: boolean;
    /** Inbound jobs waiting to retry a failed attempt when the run ended. */
    retrying: number;
    /** Customers whose mailbox still held replies at the end, and how many replies. */
    stuckMailboxes: number;
    stuckReplies: number;
    samples: string[];
  };
  intents: Record<string, number>;
  /** Size of the stored case documents after the run (they grow with every promise and alert). */
  caseBytes: { mean: number; max: number };
  /** Redis commands per accepted reply over the window and the drain, busiest first (INFO commandstats; a shared Redis counts other clients too). */
  redisCommandsPerReply: number;
  topCommands: Array<[string, number]>;
  /** CPU time of this process (bot and load generator together) per accepted reply. */
  cpuMsPerReply: number;
}

async function commandStats(redis: Redis): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const m of (await redis.info('commandstats')).matchAll(/cmdstat_([\w|]+):calls=(\d+)/g)) out.set(m[1]!, Number(m[2]));
  return out;
}

/** The dev corpus sits in shared/ beside the repository; look upward from this file (src or dist). */
function defaultCorpus(): string {
  if (process.env.BENCH_CORPUS) return resolve(process.env.BENCH_CORPUS);
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, '..', 'shared', 'corpus', 'replies-dev.jsonl');
    if (existsSync(candidate)) return resolve(candidate);
    dir = dirname(dir);
  }
  throw new Error('replies-dev.jsonl not found beside the repository; set BENCH_CORPUS');
}

function loadCorpus(path: string): CorpusLine[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as CorpusLine);
}

/** Open loop: every tick, offer whatever the schedule says is due by now (not waiting for answers). */
async function openLoop(rate: number, seconds: number, offer: (n: number) => void): Promise<number> {
  const total = Math.round(rate * seconds);
  const start = performance.now();
  let offered = 0;
  while (offered < total) {
    const due = Math.min(total, Math.floor(((performance.now() - start) / 1000) * rate));
    while (offered < due) offer(offered++);
    await sleep(2);
  }
  return offered;
}

export async function runAtRate(rate: number, seconds: number, opts: { customers?: number; corpus?: CorpusLine[]; redisUrl?: string; workers?: number } = {}): Promise<InboundRunResult> {
  const customers = opts.customers ?? Number(process.env.BENCH_CUSTOMERS ?? 1000);
  const workerProcesses = opts.workers ?? 0;
  const warmupSeconds = Number(process.env.BENCH_WARMUP ?? 5);
  const corpus = opts.corpus ?? loadCorpus(defaultCorpus());
  const url = opts.redisUrl ?? process.env.REDIS_URL ?? DEFAULT_REDIS_URL;
  const prefix = benchPrefix('inbound');
  const keys = new Keys(prefix);
  const { logger, seen } = countingLogger();
  const bot: Running = await startDuebot({
    env: { REDIS_URL: url, PORT: '0', DUEBOT_PREFIX: prefix, DUEBOT_ADAPTERS: 'local', LOG_LEVEL: 'warn' },
    logger,
    role: workerProcesses > 0 ? 'web' : 'all',
  });
  const children: ChildProcess[] = [];
  // Benchmarks run against one Redis node.
  const redis = bot.runtime.store.redis as Redis;
  const subscriber = redis.duplicate();
  subscriber.on('error', () => undefined);
  try {
    const channel = bot.runtime.channels.get('local');
    if (!(channel instanceof LocalChannel)) throw new Error('the local adapter is not running');
    for (let i = 0; i < workerProcesses; i++) children.push(await startWorkerProcess(url, prefix));
    // English corpus lines go to English-speaking customers, the rest to Chinese-speaking ones.
    const seeded = await seedCustomers(bot.runtime, { customers, dueFromDays: -40, dueToDays: 20, language: (i) => (i % 3 === 2 ? 'en' : 'zh') });
    const zh = corpus.filter((l) => l.lang !== 'en');
    const en = corpus.filter((l) => l.lang === 'en');
    const addresses = seeded.customers.map((c) => c.contacts[0]!.address);
    const langs = seeded.customers.map((c) => c.language);

    // The answer's message id is `<customer>-in-local-<our id>-<template>`.
    const tag = prefix.slice(-8);
    const idPattern = new RegExp(`-in-local-b${tag}-(\\d+)-`);
    const offeredAt: number[] = [];
    const latencies: number[] = [];
    const answeredSet = new Set<number>();
    let lastAnswerAt = 0;
    await subscriber.subscribe(keys.local('events'));
    subscriber.on('message', (_ch: string, message: string) => {
      const at = performance.now();
      if (!message.includes('"from":"bot"')) return;
      const ev = JSON.parse(message) as { type: string; line?: { id: string; from: string } };
      if (ev.type !== 'chat' || ev.line?.from !== 'bot') return;
      const m = idPattern.exec(ev.line.id);
      if (!m) return;
      const n = Number(m[1]);
      if (answeredSet.has(n)) return;
      answeredSet.add(n);
      latencies.push(at - offeredAt[n]!);
      lastAnswerAt = at;
    });

    // Warm-up at the same rate, not counted (its answers carry other ids): the JIT, the connections and
    // BullMQ's workers reach their steady state before the window opens, as in a process that has run a while.
    await openLoop(rate, warmupSeconds, (n) => {
      const k = n % addresses.length;
      const pool = langs[k] === 'en' ? en : zh;
      void channel.customerSays(addresses[k]!, pool[(n + k) % pool.length]!.text, `w${tag}-${n}`).catch(() => undefined);
    });
    await waitDrained(bot.runtime, ['inbound', 'outbox', 'alerts'], 120_000);
    await sleep(500); // let the seeding's and the warm-up's own work settle
    const memoryBefore = await usedMemory(redis);
    const statsBefore = await commandStats(redis);
    const cpuBefore = process.cpuUsage();
    const acceptLatencies: number[] = [];
    let accepted = 0;
    let rejected = 0;
    const rejectSamples: string[] = [];
    const inFlight = new Set<Promise<void>>();
    const offer = (n: number) => {
      const k = n % addresses.length;
      const pool = langs[k] === 'en' ? en : zh;
      const line = pool[Math.floor(n / addresses.length + k * 7) % pool.length]!;
      const t = performance.now();
      offeredAt[n] = t;
      const p = channel
        .customerSays(addresses[k]!, line.text, `b${tag}-${n}`)
        .then(() => {
          accepted++;
          acceptLatencies.push(performance.now() - t);
        })
        .catch((err: unknown) => {
          rejected++;
          if (rejectSamples.length < 5) rejectSamples.push(String((err as Error)?.message ?? err));
        })
        .finally(() => inFlight.delete(p));
      inFlight.add(p);
    };

    const start = performance.now();
    const offered = await openLoop(rate, seconds, offer);
    const offerEnd = performance.now();
    await Promise.all(inFlight);
    // Done when nothing waits or runs and what is delayed are only retries of failed attempts (counted as errors).
    const drainDeadline = Date.now() + 300_000;
    let drained = false;
    let retrying = 0;
    while (Date.now() < drainDeadline) {
      const [inb, out] = await Promise.all([
        bot.runtime.queues.inbound.getJobCounts('waiting', 'active', 'prioritized'),
        bot.runtime.queues.outbox.getJobCounts('waiting', 'active', 'prioritized', 'delayed'),
      ]);
      if ([...Object.values(inb), ...Object.values(out)].every((n) => n === 0)) {
        // Reading the delayed jobs is costly (one HGETALL each): only once the rest is idle.
        const delayed = await bot.runtime.queues.inbound.getDelayed(0, -1);
        retrying = delayed.filter((j) => j.attemptsMade > 0).length;
        if (delayed.length === retrying) {
          drained = true;
          break;
        }
      }
      await sleep(100);
    }
    const stuck = (await Promise.all(seeded.customers.map((c) => redis.llen(keys.mailbox(c.id))))).filter((n) => n > 0);
    await sleep(200); // the last pub/sub messages
    const doneAt = Math.max(lastAnswerAt, performance.now() - 200);
    const cpu = process.cpuUsage(cpuBefore);
    const statsAfter = await commandStats(redis);
    const memoryAfter = await usedMemory(redis);
    const perCommand: Array<[string, number]> = [...statsAfter]
      .map(([name, calls]): [string, number] => [name, (calls - (statsBefore.get(name) ?? 0)) / Math.max(1, accepted)])
      .filter(([name, n]) => n > 0 && name !== 'info')
      .sort((a, b) => b[1] - a[1]);
    const caseSizes = (await Promise.all(seeded.customers.map((c) => redis.strlen(keys.case(c.id))))).map(Number);
    const failedJobs = (await bot.runtime.queues.inbound.getFailedCount()) + (await bot.runtime.queues.outbox.getFailedCount());
    const intents: Record<string, number> = {};
    for (const v of (await bot.runtime.metrics.replies.get()).values) intents[String(v.labels.intent)] = v.value;
    const answered = latencies.length;
    return {
      rate,
      workerProcesses,
      warmupSeconds,
      seconds,
      offered,
      accepted,
      answered,
      unanswered: accepted - answered - stuck.reduce((a, b) => a + b, 0),
      offeredPerSecond: offered / ((offerEnd - start) / 1000),
      sustainedPerSecond: accepted / ((doneAt - start) / 1000),
      drainMs: Math.max(0, doneAt - offerEnd),
      latency: summarise(latencies),
      acceptLatency: summarise(acceptLatencies),
      memoryBefore,
      memoryAfter,
      // Replies never processed are errors; logged errors count once per failed attempt, so they are shown, not summed.
      errors: rejected + failedJobs + stuck.reduce((a, b) => a + b, 0) + (drained ? 0 : 1),
      errorDetail: {
        rejected,
        failedJobs,
        loggedErrors: seen.error,
        notDrained: !drained,
        retrying,
        stuckMailboxes: stuck.length,
        stuckReplies: stuck.reduce((a, b) => a + b, 0),
        samples: [...rejectSamples, ...seen.samples.map((x) => x.slice(0, 300))],
      },
      intents,
      caseBytes: { mean: Math.round(caseSizes.reduce((a, b) => a + b, 0) / Math.max(1, caseSizes.length)), max: Math.max(0, ...caseSizes) },
      redisCommandsPerReply: Math.round(perCommand.reduce((a, [, n]) => a + n, 0) * 10) / 10,
      cpuMsPerReply: Math.round(((cpu.user + cpu.system) / 1000 / Math.max(1, accepted)) * 100) / 100,
      topCommands: perCommand.slice(0, 8).map(([name, n]) => [name, Math.round(n * 10) / 10]),
    };
  } finally {
    await Promise.all(children.map((c) => stopChild(c, 'SIGTERM')));
    await subscriber.quit().catch(() => subscriber.disconnect());
    const cleaner = redis.duplicate();
    await bot.stop();
    for (const q of Object.values(bot.runtime.queues)) await q.obliterate({ force: true }).catch(() => undefined);
    await deletePrefix(cleaner, keys);
    await cleaner.quit();
  }
}

export function report(r: InboundRunResult): string {
  const l = r.latency;
  return (
    `inbound at ${r.rate}/s for ${r.seconds} s after a ${r.warmupSeconds} s warm-up (${r.workerProcesses ? `replies accepted here, ${r.workerProcesses} worker process(es)` : 'one process'}): offered ${r.offered} (${r.offeredPerSecond.toFixed(0)}/s), accepted ${r.accepted}, ` +
    `sustained ${r.sustainedPerSecond.toFixed(0)} replies/s (backlog cleared ${ms(r.drainMs)} after the last offer)\n` +
    `  answered ${r.answered}, processed without an answer ${r.unanswered}; latency to the bot's answer: p50 ${ms(l.p50)}, p90 ${ms(l.p90)}, ` +
    `p99 ${ms(l.p99)}, max ${ms(l.max)} (target p99 <= 50 ms at 500/s)\n` +
    `  adapter accept (customerSays returns): p50 ${ms(r.acceptLatency.p50)}, p99 ${ms(r.acceptLatency.p99)}\n` +
    `  Redis used_memory before ${mib(r.memoryBefore)}, after ${mib(r.memoryAfter)} (+${mib(r.memoryAfter - r.memoryBefore)}, ` +
    `${Math.round((r.memoryAfter - r.memoryBefore) / Math.max(1, r.accepted))} B per reply; shared Redis: other clients count too)\n` +
    `  errors ${r.errors} (rejected ${r.errorDetail.rejected}, failed jobs ${r.errorDetail.failedJobs}, ` +
    `replies stuck in ${r.errorDetail.stuckMailboxes} mailboxes ${r.errorDetail.stuckReplies}, jobs retrying ${r.errorDetail.retrying}; error lines logged ${r.errorDetail.loggedErrors}` +
    `${r.errorDetail.notDrained ? ', backlog not drained in 300 s' : ''})${r.errorDetail.samples.length ? `\n  first errors: ${r.errorDetail.samples.join(' | ')}` : ''}\n` +
    `  Redis commands per reply ${r.redisCommandsPerReply} (busiest: ${r.topCommands.map(([c, n]) => `${c} ${n}`).join(', ')}); ` +
    `CPU ${r.cpuMsPerReply} ms per reply (this process: bot and load); case document after the run: mean ${r.caseBytes.mean} B, max ${r.caseBytes.max} B\n` +
    `  intents understood: ${JSON.stringify(r.intents)}\n`
  );
}

/** Each rate, in each topology (worker process counts; 0 is one process doing everything). */
export async function run(opts: { rates?: number[]; seconds?: number; topologies?: number[] } = {}): Promise<InboundRunResult[]> {
  const rates = opts.rates ?? (process.env.BENCH_RATES ?? '500').split(',').map(Number);
  const seconds = opts.seconds ?? Number(process.env.BENCH_SECONDS ?? 60);
  const topologies = opts.topologies ?? (process.env.BENCH_WORKERS ?? '0,1').split(',').map(Number);
  const corpus = loadCorpus(defaultCorpus());
  const results: InboundRunResult[] = [];
  for (const rate of rates) {
    for (const workers of topologies) {
      const r = await runAtRate(rate, seconds, { corpus, workers });
      process.stdout.write(report(r));
      results.push(r);
    }
  }
  process.stdout.write(`${JSON.stringify(results.map(({ errorDetail: _e, ...rest }) => rest))}\n`);
  return results;
}

if (runsDirectly(import.meta.url)) {
  await run();
}
