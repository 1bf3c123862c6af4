import { createHmac } from 'node:crypto';

/** Slack's request signature: v0=HMAC-SHA256(signing secret, `v0:${timestamp}:${raw body}`). */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SendOptions {
  /** 'valid' (default), 'none' (no signature headers) or 'wrong' (signed with another secret). */
  signing?: 'valid' | 'none' | 'wrong';
  /** Seconds since the epoch to sign with; default now. */
  timestamp?: number;
  /** Sets x-slack-retry-num (and a retry reason) as Slack does on redelivery. */
  retryNum?: number;
}

/** Posts to a bot's Slack endpoint exactly as Slack does: events as JSON, commands and clicks as forms, all signed. */
export class SlackSender {
  constructor(
    readonly url: string,
    private readonly secret: string,
  ) {}

  event(envelope: object, opts: SendOptions = {}): Promise<Response> {
    return this.post(JSON.stringify(envelope), 'application/json', opts);
  }

  command(fields: Record<string, string>, opts: SendOptions = {}): Promise<Response> {
    return this.post(new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded', opts);
  }

  interaction(payload: object, opts: SendOptions = {}): Promise<Response> {
    return this.post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded', opts);
  }

  private post(body: string, contentType: string, opts: SendOptions): Promise<Response> {
    const ts = opts.timestamp ?? Math.floor(Date.now() / 1000);
    const headers: Record<string, string> = { 'content-type': contentType };
    if (opts.signing !== 'none') {
      headers['x-slack-request-timestamp'] = String(ts);
      headers['x-slack-signature'] = slackSignature(opts.signing === 'wrong' ? `${this.secret}-not` : this.secret, ts, body);
    }
    if (opts.retryNum !== undefined) {
      headers['x-slack-retry-num'] = String(opts.retryNum);
      headers['x-slack-retry-reason'] = 'http_timeout';
    }
    return fetch(this.url, { method: 'POST', headers, body });
  }
}

let seq = 0;
const nextTs = () => `${Math.floor(Date.now() / 1000)}.${String(++seq).padStart(6, '0')}`;

/** An Events API envelope around a `message` event, as Slack delivers it. */
export function messageEvent(e: { channel: string; user?: string; text?: string; ts?: string; thread_ts?: string; subtype?: string; bot_id?: string; event_id?: string; channel_type?: string }) {
  const ts = e.ts ?? nextTs();
  const { event_id, channel_type, ...fields } = e;
  return {
    token: 'verification-token-unused',
    team_id: 'T1',
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: event_id ?? `Ev${ts.replace('.', '')}`,
    event_time: Math.floor(Number(ts)),
    authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
    event: { type: 'message', channel_type: channel_type ?? 'channel', ...fields, ts },
  };
}

/** A `/duebot` slash command's form fields. */
export function slashCommand(c: { text: string; user_id: string; user_name?: string; channel_id?: string; response_url: string }) {
  return {
    token: 'verification-token-unused',
    team_id: 'T1',
    team_domain: 'test',
    channel_id: c.channel_id ?? 'CSTAFF',
    channel_name: 'collections',
    user_id: c.user_id,
    user_name: c.user_name ?? c.user_id.toLowerCase(),
    command: '/duebot',
    text: c.text,
    api_app_id: 'A1',
    response_url: c.response_url,
    trigger_id: `trigger-${++seq}`,
  };
}

/** A block_actions payload for a click on a button of a message. */
export function buttonClick(c: {
  user: { id: string; name?: string };
  channel: string;
  message: { ts: string; text?: string; thread_ts?: string; blocks?: unknown[] };
  action: { action_id: string; value?: string; label: string; block_id?: string };
  response_url?: string;
}) {
  return {
    type: 'block_actions',
    team: { id: 'T1', domain: 'test' },
    user: { id: c.user.id, username: c.user.name ?? c.user.id.toLowerCase(), name: c.user.name ?? c.user.id.toLowerCase(), team_id: 'T1' },
    api_app_id: 'A1',
    token: 'verification-token-unused',
    container: { type: 'message', message_ts: c.message.ts, channel_id: c.channel, is_ephemeral: false },
    trigger_id: `trigger-${++seq}`,
    channel: { id: c.channel, name: 'channel' },
    message: { type: 'message', user: 'UBOT', bot_id: 'BBOT', text: c.message.text ?? '', ts: c.message.ts, ...(c.message.thread_ts ? { thread_ts: c.message.thread_ts } : {}), blocks: c.message.blocks ?? [] },
    response_url: c.response_url ?? 'http://127.0.0.1:9/unused',
    actions: [
      {
        type: 'button',
        action_id: c.action.action_id,
        block_id: c.action.block_id ?? 'b',
        text: { type: 'plain_text', text: c.action.label, emoji: true },
        ...(c.action.value !== undefined ? { value: c.action.value } : {}),
        action_ts: nextTs(),
      },
    ],
  };
}
