import type { Logger } from 'pino';

/**
 * Work that runs after Slack has been answered (a slow staff command, redrawing an alert). Kept
 * track of so `stop` can let it finish; failures are logged, never thrown into Bolt.
 */
export class Background {
  private readonly running = new Set<Promise<void>>();
  constructor(private readonly log: Logger) {}

  run(label: string, work: () => Promise<void>): void {
    const p = work()
      .catch((err: unknown) => this.log.error({ err }, `slack: ${label} failed`))
      .finally(() => this.running.delete(p));
    this.running.add(p);
  }

  async drain(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}
