import type { Command } from '@commander-js/extra-typings';
import { Option } from '@commander-js/extra-typings';
import { startDuebot, type Role } from '../../app/start.js';

/** Resolves on the first SIGINT or SIGTERM. */
export function waitForSignal(): Promise<void> {
  return new Promise<void>((resolve) => {
    const onSignal = () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      resolve();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

/** Runs until SIGINT or SIGTERM, then stops taking work, finishes what is in flight and closes Redis. */
export async function runUntilSignal(role: Role): Promise<void> {
  const running = await startDuebot({ role });
  await waitForSignal();
  await running.stop();
}

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('start the bot: HTTP (local page, API, Slack events, /healthz) and the workers')
    .addOption(new Option('--role <role>', 'what this process runs').choices(['web', 'worker', 'all'] as const).default('all' as const))
    .action(async (opts) => {
      await runUntilSignal(opts.role);
    });
  program
    .command('worker')
    .description('run only the queue workers (timers, inbound, outbox, alerts); start as many as you like')
    .action(async () => {
      await runUntilSignal('worker');
    });
}
