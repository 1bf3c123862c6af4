/**
 * Load: the local adapter at 500 and 1,000 inbound replies per second for 60 s each (BENCH_SECONDS
 * to shorten), replies drawn from the dev corpus: sustained rate, p50/p99 latency to the bot's
 * answer, Redis memory before and after, errors. The same measurement as bench/inbound, at both rates
 * and in two deployments: one process doing everything, and the web side (this process) with one
 * `duebot worker` process, which on a 2-core machine puts the two halves on their own cores
 * (BENCH_WORKERS=0,1 by default).
 */
import { run as runInbound } from './inbound.js';
import { runsDirectly } from './lib/common.js';

export async function run(): Promise<void> {
  const rates = (process.env.BENCH_RATES ?? '500,1000').split(',').map(Number);
  const topologies = (process.env.BENCH_WORKERS ?? '0,1').split(',').map(Number);
  await runInbound({ rates, seconds: Number(process.env.BENCH_SECONDS ?? 60), topologies });
}

if (runsDirectly(import.meta.url)) {
  await run();
}
