import { randomUUID } from 'node:crypto';
import type { Clock } from '../../clock.js';
import { LuaScript } from '../../redis/script.js';
import type { Keys } from '../keys.js';
import type { Metrics } from '../metrics.js';
import type { ChannelAdapter } from '../ports.js';
import type { OutboxJobData } from '../process/outbound.js';
import { takeSendSlot } from '../rate-limit.js';
import type { Store } from '../store/index.js';

const LEDGER_TTL_SECONDS = 90 * 24 * 3600;
// About the job lock's span: a send that runs longer is treated as stalled by BullMQ anyway, and a
// crashed run must not hold its message back for long.
const IN_FLIGHT_MS = 15_000;
/** How long to wait before looking again when another run holds the message. */
export const IN_FLIGHT_RECHECK_MS = 2_000;

const RELEASE_CLAIM = new LuaScript(`if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`);

/**
 * One round trip before a send (KEYS: ledger, in-flight claim; ARGV: claim token, claim TTL):
 * 'sent' when the ledger has the message already, 'busy' when another run holds the claim, else
 * 'claimed' (the claim is ours).
 */
const CLAIM_SEND = new LuaScript(`
if redis.call('EXISTS', KEYS[1]) == 1 then return 'sent' end
if not redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[2], 'NX') then return 'busy' end
return 'claimed'
`);

export interface SendContext {
  keys: Keys;
  store: Store;
  clock: Clock;
  metrics: Metrics;
}

export type SendOutcome =
  | { kind: 'sent'; platformMessageId: string }
  | { kind: 'already-sent' }
  /** Not now: another run holds the message, or the platform's rate budget is spent. */
  | { kind: 'wait'; ms: number };

/**
 * One attempt at sending one message, whoever makes it (the outbox worker, or the inbound worker
 * answering a reply at once). The ledger (one key per message id) makes a repeated attempt a no-op
 * once the message went out; an in-flight claim keeps two attempts from running at once; the
 * platform's rate budget is taken before the send. A failed send releases the claim and throws
 * (PlatformError says whether and when to retry).
 */
export async function attemptSend(ctx: SendContext, adapter: ChannelAdapter, d: OutboxJobData): Promise<SendOutcome> {
  const { keys, store, clock, metrics } = ctx;
  const ledgerKey = keys.ledger(d.messageId);
  // One run at a time per message: a stalled job taken up again while its first run is still
  // sending would otherwise reach Slack or WeCom twice. The claim outlives any send; a crash frees
  // it when it expires. The ledger is looked at in the same call.
  const inFlightKey = keys.k('sending', d.messageId);
  const claim = randomUUID();
  const claimed = await CLAIM_SEND.run(store.redis, 2, ledgerKey, inFlightKey, claim, IN_FLIGHT_MS);
  if (claimed === 'sent') return { kind: 'already-sent' };
  if (claimed === 'busy') return { kind: 'wait', ms: IN_FLIGHT_RECHECK_MS };
  const release = () => RELEASE_CLAIM.run(store.redis, 1, inFlightKey, claim);
  const wait = await takeSendSlot(store.redis, keys, d.platform, d.address, Date.now());
  if (wait > 0) {
    await release();
    return { kind: 'wait', ms: wait };
  }
  try {
    const receipt = await adapter.send({
      messageId: d.messageId,
      customerId: d.customerId,
      platform: d.platform,
      address: d.address,
      text: d.text,
      language: d.language,
      ...(d.buttons ? { buttons: d.buttons } : {}),
      ...(d.threadId ? { threadId: d.threadId } : {}),
    });
    const now = clock.now();
    // Ledger, evidence and the claim's release in one step, first writer only: a crash between them
    // would drop the message_out line, and a job run twice at once (a stalled job taken up while its
    // first run still finishes) would record it twice.
    const first = await store.audit.appendOnce(
      ledgerKey,
      receipt.platformMessageId || 'sent',
      LEDGER_TTL_SECONDS,
      {
        at: now.toISOString(),
        actor: 'bot',
        kind: 'message_out',
        customerId: d.customerId,
        platformMessageId: receipt.platformMessageId,
        payload: { messageId: d.messageId, platform: d.platform, address: d.address, text: d.text, template: d.template, tone: d.tone, reply: d.reply ?? false },
      },
      { key: inFlightKey, token: claim },
    );
    if (!first) return { kind: 'already-sent' };
    metrics.sent.inc({ platform: d.platform, tone: d.tone ?? 'none' });
    if (d.plannedAt) metrics.sendLateness.observe(Math.max(0, (now.getTime() - Date.parse(d.plannedAt)) / 1000));
    return { kind: 'sent', platformMessageId: receipt.platformMessageId };
  } catch (err) {
    // The platform said no (or we could not tell): a retry may send again.
    await release().catch(() => undefined);
    throw err;
  }
}
