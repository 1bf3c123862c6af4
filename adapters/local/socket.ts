import type { Logger } from 'pino';
import type { RedisClient } from '../../src/redis/connect.js';
import type { Keys } from '../../src/runtime/keys.js';
import type { InboundMessage } from '../../src/runtime/ports.js';

const GROUP = 'receivers';
// One consumer name for whoever holds the lease: a new holder first re-reads what the old one had
// read but not acknowledged, as Slack re-delivers an envelope nobody acknowledged.
const CONSUMER = 'holder';

export interface LocalPush {
  address: string;
  text: string;
  id: string;
}

/**
 * The local platform's push connection, standing in for Slack Socket Mode and the Wechaty puppet:
 * the platform appends customer messages to a Redis stream and exactly one process (the lease holder)
 * reads it, hands each message to the runtime and acknowledges it only afterwards, so a holder killed
 * mid-way loses nothing.
 */
export class LocalSocket {
  private reader: RedisClient | undefined;
  private loop: Promise<void> | undefined;
  private running = false;

  constructor(
    private readonly redis: RedisClient,
    private readonly keys: Keys,
    private readonly inbound: (msg: InboundMessage) => Promise<unknown>,
    private readonly log?: Logger,
  ) {}

  static streamKey(keys: Keys): string {
    return keys.local('socket');
  }

  /** What the platform does when a customer writes: the message waits in the stream until a holder reads it. */
  static async push(redis: RedisClient, keys: Keys, msg: LocalPush): Promise<void> {
    await redis.xadd(LocalSocket.streamKey(keys), '*', 'address', msg.address, 'text', msg.text, 'id', msg.id);
  }

  async start(): Promise<void> {
    const key = LocalSocket.streamKey(this.keys);
    await this.redis.xgroup('CREATE', key, GROUP, '0', 'MKSTREAM').catch((err: Error) => {
      if (!/BUSYGROUP/.test(err.message)) throw err;
    });
    // A connection of its own: XREADGROUP BLOCK would hold up every other command on the shared one.
    this.reader = this.redis.duplicate();
    this.reader.on('error', () => undefined);
    this.running = true;
    this.loop = this.read(key, this.reader);
  }

  private async read(key: string, reader: RedisClient): Promise<void> {
    let from = '0';
    while (this.running) {
      try {
        const res = (await reader.xreadgroup('GROUP', GROUP, CONSUMER, 'COUNT', 100, 'BLOCK', from === '0' ? 1 : 500, 'STREAMS', key, from)) as Array<[string, Array<[string, string[]]>]> | null;
        const entries = res?.[0]?.[1] ?? [];
        if (from === '0' && entries.length === 0) from = '>';
        for (const [entryId, fields] of entries) {
          if (!this.running) return;
          const f: Record<string, string> = {};
          for (let i = 0; i + 1 < fields.length; i += 2) f[fields[i]!] = fields[i + 1]!;
          if (f.address) await this.inbound({ platform: 'local', address: f.address, sender: f.address, text: f.text ?? '', platformMessageId: f.id || entryId });
          await this.redis.xack(key, GROUP, entryId);
        }
      } catch (err) {
        if (!this.running) return;
        this.log?.warn({ err }, 'local socket: read failed; trying again');
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  }

  async stop(): Promise<void> {
    this.running = false;
    // Closing the reader ends a pending BLOCK at once.
    this.reader?.disconnect();
    await this.loop;
    this.reader = undefined;
  }
}
