import type { Command } from '@commander-js/extra-typings';
import { loadPlaybook } from '../../engine/playbook/load.js';
import { formatTimeline } from '../../engine/simulate/format.js';
import { simulate } from '../../engine/simulate/run.js';
import { loadScript } from '../../engine/simulate/script.js';
import { understand } from '../../understand/index.js';

export function registerSimulate(program: Command): void {
  program
    .command('simulate')
    .description("Play one customer's invoices through a playbook with scripted replies and payments on a simulated clock.")
    .argument('<script>', 'simulation script (YAML)')
    .option('--playbook <file>', 'playbook file', process.env.DUEBOT_PLAYBOOK ?? 'flows/standard.yaml')
    .option('--json', 'one JSON object per line, in time order')
    .action((scriptFile, opts) => {
      const script = loadScript(scriptFile);
      const { timeline } = simulate(script, loadPlaybook(opts.playbook), understand);
      process.stdout.write(opts.json ? timeline.map((e) => JSON.stringify(e)).join('\n') + '\n' : formatTimeline(timeline));
    });
}
