import type { WebClient } from '@slack/web-api';
import type { AlertSink, AlertView } from '../../src/runtime/ports.js';
import type { DuebotServices } from '../../src/runtime/services.js';
import { PlatformError } from '../../src/errors.js';
import { alertBlocks } from './alert-blocks.js';
import { escapeMrkdwn } from './mrkdwn.js';
import { toPlatformError } from './platform-error.js';
import type { ChannelPacer } from './pacer.js';

export const SLACK_SINK = 'slack';

/** A posted alert is found again by "<channel>/<ts>", so it can be redrawn even after SLACK_ALERT_CHANNEL changes. */
export const alertRef = (channel: string, ts: string) => `${channel}/${ts}`;
export function parseAlertRef(ref: string): { channel: string; ts: string } {
  const parsed = tryParseAlertRef(ref);
  if (!parsed) throw new PlatformError('slack', `slack alert reference ${ref} is not <channel>/<ts>`, false);
  return parsed;
}

function tryParseAlertRef(ref: string): { channel: string; ts: string } | undefined {
  const [channel, ts] = ref.split('/');
  return channel && ts ? { channel, ts } : undefined;
}

/** Escalations in the staff channel, redrawn in place when someone acts, with notes in their thread. */
export class SlackAlertSink implements AlertSink {
  readonly name = SLACK_SINK;

  constructor(
    private readonly client: WebClient,
    private readonly services: DuebotServices,
    /** SLACK_ALERT_CHANNEL; without it alerts already posted can still be redrawn, new ones are not posted. */
    private readonly channel: string | undefined,
    private readonly pacer: ChannelPacer,
  ) {}

  async post(alert: AlertView): Promise<{ ref?: string }> {
    const channel = this.channel;
    if (!channel) throw new PlatformError('slack', 'SLACK_ALERT_CHANNEL is not set: nowhere to post alerts', false);
    await this.pacer.slot(channel);
    const res = await this.call('chat.postMessage', () =>
      this.client.chat.postMessage({ channel, ...alertBlocks(alert), unfurl_links: false, unfurl_media: false }),
    );
    if (!res.ts) throw new PlatformError('slack', 'slack chat.postMessage: no ts in the answer', true);
    const ref = alertRef(res.channel ?? channel, res.ts);
    await this.services.setAlertRef(alert.escalationId, SLACK_SINK, ref);
    return { ref };
  }

  async update(alert: AlertView, ref: string): Promise<void> {
    const { channel, ts } = parseAlertRef(ref);
    await this.call('chat.update', () => this.client.chat.update({ channel, ts, ...alertBlocks(alert) }));
  }

  /**
   * A follow-up in the alert's thread, e.g. the customer's answer to a rep's `say`. Without a
   * reference (the alert never reached Slack) it stands alone, naming the customer. Plain text; escaped here.
   */
  async note(alert: AlertView, ref: string | null, text: string): Promise<void> {
    const thread = ref ? tryParseAlertRef(ref) : undefined;
    const channel = thread?.channel ?? this.channel;
    if (!channel) throw new PlatformError('slack', 'SLACK_ALERT_CHANNEL is not set: nowhere to post the note', false);
    const body = thread ? escapeMrkdwn(text) : `*${escapeMrkdwn(alert.customerName)}*: ${escapeMrkdwn(text)}`;
    await this.pacer.slot(channel);
    await this.call('chat.postMessage', () =>
      this.client.chat.postMessage({
        channel,
        ...(thread ? { thread_ts: thread.ts } : {}),
        text: body,
        link_names: false,
        unfurl_links: false,
        unfurl_media: false,
      }),
    );
  }

  private async call<T>(method: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      throw toPlatformError(err, method);
    }
  }
}
