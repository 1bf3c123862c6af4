import type { Command } from '@commander-js/extra-typings';
import { InputError } from '../../errors.js';
import { startDuebot } from '../../app/start.js';
import { waitForSignal } from './start.js';

/** 20,000× turns a month into about two minutes: long enough to read, short enough to watch. */
export const DEMO_SPEED = 20000;
export const DEMO_PREFIX = 'duebot-demo';

/**
 * The environment of a demo bot: a simulated clock starting now and its own key prefix, so the demo
 * never mixes with (or moves the clock of) real collections on the same Redis.
 */
export function demoEnv(env: NodeJS.ProcessEnv, speed: number, now: Date): NodeJS.ProcessEnv {
  const adapters = new Set((env.DUEBOT_ADAPTERS ?? 'local').split(',').map((s) => s.trim()).filter(Boolean));
  adapters.add('local');
  return {
    ...env,
    DUEBOT_PREFIX: env.DUEBOT_PREFIX ?? DEMO_PREFIX,
    DUEBOT_CLOCK_START: now.toISOString(),
    DUEBOT_CLOCK_SPEED: String(speed),
    DUEBOT_ADAPTERS: [...adapters].join(','),
  };
}

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description(`start the bot on a fast simulated clock (${DEMO_SPEED}×: a month in about two minutes) with sample customers on the local page`)
    .option('--speed <n>', 'simulated seconds per real second', String(DEMO_SPEED))
    .action(async (opts) => {
      const speed = Number(opts.speed);
      if (!Number.isFinite(speed) || speed <= 0 || speed > 1e7) throw new InputError(`--speed: a number between 0 and 10000000, got "${opts.speed}"`);
      const env = demoEnv(process.env, speed, new Date());
      const running = await startDuebot({ env });
      try {
        // Load through the bot's own endpoint: the same path as the page's Demo button.
        const token = running.config.DUEBOT_API_TOKEN;
        const res = await fetch(`http://127.0.0.1:${running.port}/ui/demo`, { method: 'POST', headers: token ? { authorization: `Bearer ${token}` } : {} });
        if (!res.ok) throw new Error(`loading the demo failed: ${res.status} ${await res.text()}`);
        const loaded = (await res.json()) as { customers: string[] };
        process.stdout.write(
          `\nduebot demo: ${loaded.customers.length} sample customers on a ${speed}× clock (key prefix ${env.DUEBOT_PREFIX}).\n` +
            `Open http://localhost:${running.port}/${token ? '?token=<DUEBOT_API_TOKEN>' : ''} and pick a customer; Ctrl-C stops.\n` +
            `Aging of the demo: DUEBOT_PREFIX=${env.DUEBOT_PREFIX} duebot report aging\n\n`,
        );
        await waitForSignal();
      } finally {
        await running.stop();
      }
    });
}
