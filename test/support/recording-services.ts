import type { InboundMessage } from '../../src/runtime/ports.js';
import type { Actor, DuebotServices, StaffReply } from '../../src/runtime/services.js';

/**
 * A stand-in for the runtime that records what an adapter asks of it, for adapter tests that check
 * the translation to and from a platform, not the collection logic behind the services.
 */
export class RecordingServices implements DuebotServices {
  readonly inbounds: InboundMessage[] = [];
  readonly commands: Array<{ line: string; actor: Actor; lang?: 'zh' | 'en' }> = [];
  private readonly seen = new Set<string>();

  constructor(private readonly reply: (line: string) => StaffReply = (line) => ({ ok: true, text: `ok: ${line}` })) {}

  async inbound(msg: InboundMessage) {
    this.inbounds.push(msg);
    return { accepted: true };
  }
  async staffCommand(line: string, actor: Actor, lang?: 'zh' | 'en') {
    this.commands.push({ line, actor, lang });
    return this.reply(line);
  }
  async firstTime(scope: string, id: string) {
    const key = `${scope}/${id}`;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }
  async alertAction(): Promise<never> {
    throw new Error('not used by these tests');
  }
  async alertView() {
    return null;
  }
  async customerView() {
    return null;
  }
  async setAlertRef() {}
  async getAlertRef() {
    return null;
  }
}

/** Polls until `check` passes (it throws until then), for events that arrive asynchronously. */
export async function eventually(check: () => void | Promise<void>, timeoutMs = 3000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (err) {
      if (Date.now() > until) throw err;
      await new Promise((r) => setTimeout(r, 10));
    }
  }
}
