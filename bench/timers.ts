import type { Redis } from 'ioredis';
/**
 * Timer lateness through the real runtime: 5,000 customers are seeded and planned, then each case's next
 * step timer is moved to a few seconds from now (spread over ~10 s) by dispatching the engine's own
 * `cancel_timers` and `schedule` effects (src/runtime/process/dispatch.ts: BullMQ delayed jobs on
 * `steps`). The steps worker fires them, and each one sends its reminder through the outbox to the
 * local chat. Lateness = the instant the worker picks the timer up (what it reports in
 * metrics.timerLateness) minus the planned instant; "applied" adds the case processing.
 * Run: npm run bench -- timers   (REDIS_URL, BENCH_TIMERS, BENCH_TIMER_LEAD_MS, BENCH_TIMER_SPREAD_MS optional)
 */
import { createRedis, DEFAULT_REDIS_URL } from '../src/redis/index.js';
import { Keys } from '../src/runtime/keys.js';
import { Runtime } from '../src/runtime/runtime.js';
import { loadConfig } from '../src/config/index.js';
import { decide, loadPlaybook } from '../src/engine/index.js';
import { resolvePlaybookPath } from '../src/app/playbook-path.js';
import { understand } from '../src/understand/index.js';
import { systemClock } from '../src/clock.js';
import { dispatchEffects, type Dispatchable } from '../src/runtime/process/dispatch.js';
import { timerJobId } from '../src/runtime/process/timers.js';
import { LocalChannel, LocalChatLog } from '../adapters/local/index.js';
import { benchPrefix, countingLogger, deletePrefix, eachLimited, ms, runsDirectly, sleep, summarise } from './lib/common.js';
import { seedCustomers, waitDrained } from './lib/seed.js';

export interface TimersBenchResult {
  timers: number;
  fired: number;
  scheduleSeconds: number;
  lateness: ReturnType<typeof summarise>;
  applied: ReturnType<typeof summarise>;
  sent: number;
  failedJobs: number;
  errors: number;
}

export async function run(opts: { timers?: number; leadMs?: number; spreadMs?: number; redisUrl?: string } = {}): Promise<TimersBenchResult> {
  const count = opts.timers ?? Number(process.env.BENCH_TIMERS ?? 5000);
  const leadMs = opts.leadMs ?? Number(process.env.BENCH_TIMER_LEAD_MS ?? 3000);
  const spreadMs = opts.spreadMs ?? Number(process.env.BENCH_TIMER_SPREAD_MS ?? 10_000);
  const url = opts.redisUrl ?? process.env.REDIS_URL ?? DEFAULT_REDIS_URL;
  const prefix = benchPrefix('timers');
  const keys = new Keys(prefix);
  const redis = createRedis(url) as Redis; // benchmarks run against one Redis node
  const config = loadConfig({ REDIS_URL: url, DUEBOT_PREFIX: prefix });
  const { logger, seen } = countingLogger();
  const clock = systemClock;
  const runtime = new Runtime({ config, redis, keys, clock, playbook: loadPlaybook(resolvePlaybookPath(config.DUEBOT_PLAYBOOK)), logger, decide, understand });
  const chatLog = new LocalChatLog(redis, keys);
  runtime.addChannel(new LocalChannel(chatLog, clock));

  // What the steps worker observes, sample by sample (the Prometheus histogram's buckets are too coarse for p99).
  const lateness: number[] = [];
  const observe = runtime.metrics.observeTimerLateness.bind(runtime.metrics);
  runtime.metrics.observeTimerLateness = (seconds: number) => {
    lateness.push(seconds * 1000);
    observe(seconds);
  };
  const planned = new Map<string, number>();
  const applied: number[] = [];
  const apply = runtime.processor.apply.bind(runtime.processor);
  runtime.processor.apply = async (customerId, event) => {
    const decision = await apply(customerId, event);
    const at = planned.get(event.id);
    if (at !== undefined) applied.push(clock.now().getTime() - at);
    return decision;
  };

  try {
    runtime.startWorkers();
    // Due 10–40 days ahead: every case's next step is days away, so nothing fires until we move it.
    const seeded = await seedCustomers(runtime, { customers: count, dueFromDays: 10, dueToDays: 40 });
    process.stdout.write(`seeded ${seeded.customers.length} customers, ${seeded.invoices} invoices, planned in ${seeded.seconds.toFixed(1)} s\n`);
    const cases = await runtime.store.cases.getMany(seeded.customers.map((c) => c.id));
    const movable = seeded.customers.filter((c) => cases.get(c.id)?.nextAction?.kind === 'step');
    if (movable.length < count) process.stdout.write(`note: only ${movable.length} of ${count} cases have a step planned\n`);

    // Cancel each case's planned timer (the engine's own cancel effect), then plan the same step a few seconds out.
    const deps = { store: runtime.store, queues: runtime.queues, clock };
    await eachLimited(movable, 100, async (customer) => {
      const c = cases.get(customer.id)!;
      await dispatchEffects(deps, customer, c, [{ kind: 'cancel_timers', customerId: customer.id, beforeEpoch: c.epoch + 1 }], clock.now());
    });
    const t0 = clock.now().getTime() + leadMs;
    const started = performance.now();
    await eachLimited(movable, 100, async (customer, i) => {
      const c = cases.get(customer.id)!;
      const atMs = t0 + Math.floor((i * spreadMs) / movable.length);
      const effect: Dispatchable = { kind: 'schedule', timer: 'step', at: new Date(atMs).toISOString(), epoch: c.epoch, stepIndex: c.stepIndex };
      planned.set(timerJobId(customer.id, effect), atMs);
      await dispatchEffects(deps, customer, c, [effect], clock.now());
    });
    const scheduleSeconds = (performance.now() - started) / 1000;
    process.stdout.write(`scheduled ${movable.length} timers in ${scheduleSeconds.toFixed(2)} s (lead ${leadMs} ms, spread ${spreadMs} ms)\n`);
    if (scheduleSeconds * 1000 > leadMs) process.stdout.write('warning: scheduling took longer than the lead time; the first timers were added late\n');

    const deadline = Date.now() + leadMs + spreadMs + 120_000;
    while (applied.length < movable.length && Date.now() < deadline) await sleep(100);
    await waitDrained(runtime, ['steps', 'outbox'], 60_000);
    const failedJobs = (await runtime.queues.steps.getFailedCount()) + (await runtime.queues.outbox.getFailedCount());
    const sent = (await chatLog.sentIds()).length;
    return {
      timers: movable.length,
      fired: lateness.length,
      scheduleSeconds,
      lateness: summarise(lateness),
      applied: summarise(applied),
      sent,
      failedJobs,
      errors: seen.error,
    };
  } finally {
    await runtime.close();
    for (const q of Object.values(runtime.queues)) await q.obliterate({ force: true }).catch(() => undefined);
    await deletePrefix(redis, keys);
    await redis.quit();
  }
}

export function report(r: TimersBenchResult): string {
  const l = r.lateness;
  const a = r.applied;
  return (
    `timer lateness (worker pick-up − planned), ${r.fired} of ${r.timers} timers: ` +
    `p50 ${ms(l.p50)}, p90 ${ms(l.p90)}, p99 ${ms(l.p99)}, max ${ms(l.max)}, mean ${ms(l.mean)} (target p99 <= 1000 ms)\n` +
    `applied (case processed − planned): p50 ${ms(a.p50)}, p99 ${ms(a.p99)}, max ${ms(a.max)}\n` +
    `reminders delivered to the local chat: ${r.sent}; failed jobs: ${r.failedJobs}; errors logged: ${r.errors}\n` +
    `${JSON.stringify(r)}\n`
  );
}

if (runsDirectly(import.meta.url)) {
  process.stdout.write(report(await run()));
}
