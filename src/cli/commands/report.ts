import type { Command } from '@commander-js/extra-typings';
import { Option } from '@commander-js/extra-typings';
import type { RedisClient } from '../../redis/connect.js';
import { loadConfig } from '../../config/index.js';
import { assertNoEviction, createRedis, resolveRedis } from '../../redis/index.js';
import { Keys } from '../../runtime/keys.js';
import { Store } from '../../runtime/store/index.js';
import { loadAgingReport } from '../../runtime/reports/load.js';
import { loadPlaybook } from '../../engine/playbook/load.js';
import { resolvePlaybookPath } from '../../app/playbook-path.js';
import { agingCsv, agingTable } from './aging-output.js';

/**
 * The bot's today: a bot on a simulated clock (`duebot demo`, DUEBOT_CLOCK_*) anchors it in Redis;
 * read it without writing, so a report never moves a running simulation.
 */
async function botNow(redis: RedisClient, keys: Keys): Promise<Date> {
  const raw = await redis.get(keys.clockAnchor());
  if (!raw) return new Date();
  const a = JSON.parse(raw) as { start: number; realStart: number; speed: number };
  return new Date(a.start + (Date.now() - a.realStart) * a.speed);
}

/** Reads the store the bot uses (same REDIS_URL, prefix, clock and playbook) and prints the aging report. */
async function reportAging(format: 'table' | 'csv' | 'json'): Promise<void> {
  const config = loadConfig(process.env);
  const playbook = loadPlaybook(resolvePlaybookPath(config.DUEBOT_PLAYBOOK));
  const resolved = await resolveRedis(config.REDIS_URL);
  const redis = createRedis(resolved.url);
  try {
    await assertNoEviction(redis, resolved.url);
    const keys = new Keys(config.DUEBOT_PREFIX);
    const report = await loadAgingReport(new Store(redis, keys), await botNow(redis, keys), config.DUEBOT_TZ, playbook.aging);
    const classes = playbook.aging.map((t) => t.class);
    process.stdout.write(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : format === 'csv' ? agingCsv(report, classes) : agingTable(report, classes));
  } finally {
    await redis.quit().catch(() => redis.disconnect());
    await resolved.private?.stop();
  }
}

export function registerReport(program: Command): void {
  const report = program.command('report').description('reports on the receivables the bot is collecting');
  report
    .command('aging')
    .description('open receivables by days overdue and risk class, per currency, with promise figures (as on the dashboard)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'csv', 'json'] as const).default('table' as const))
    .action(async (opts) => {
      await reportAging(opts.format);
    });
}
