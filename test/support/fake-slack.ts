import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One Web API call (or response_url post) as the fake received it; the token is never kept. */
export interface FakeSlackCall {
  method: string;
  params: Record<string, unknown>;
  authorized: boolean;
}

type Answer = { status: number; headers?: Record<string, string>; body: unknown };

/**
 * A Slack Web API on loopback for offline tests: answers auth.test, chat.postMessage, chat.update,
 * conversations.open, chat.postEphemeral and users.info like Slack does, records every call, and
 * can be told to answer the next calls of a method with a 429 (Retry-After) or an error code.
 * Point SLACK_API_URL at `apiUrl`; `responseUrl(id)` stands in for a slash command's response_url.
 */
export class FakeSlack {
  readonly calls: FakeSlackCall[] = [];
  readonly botUserId = 'UBOT';
  readonly botId = 'BBOT';
  private readonly scripted = new Map<string, Answer[]>();
  private seq = 0;
  private constructor(private readonly server: Server, readonly baseUrl: string) {}

  static async start(): Promise<FakeSlack> {
    let fake: FakeSlack | undefined;
    const server = createServer((req, res) => {
      void fake!.handle(req).then((a) => {
        res.writeHead(a.status, { 'content-type': 'application/json', ...a.headers });
        res.end(JSON.stringify(a.body));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    fake = new FakeSlack(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return fake;
  }

  get apiUrl(): string {
    return `${this.baseUrl}/api/`;
  }

  responseUrl(id: string): string {
    return `${this.baseUrl}/response/${id}`;
  }

  /** The next `times` calls of `method` get a 429 with Retry-After. */
  rateLimit(method: string, retryAfterSeconds: number, times = 1): void {
    this.script(method, times, { status: 429, headers: { 'retry-after': String(retryAfterSeconds) }, body: { ok: false, error: 'ratelimited' } });
  }

  /** The next `times` calls of `method` answer `{ ok: false, error }`. */
  failWith(method: string, error: string, times = 1): void {
    this.script(method, times, { status: 200, body: { ok: false, error } });
  }

  callsTo(method: string): FakeSlackCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Waits until `method` has been called `count` times (work Slack was answered before runs a moment later). */
  async waitFor(method: string, count = 1, timeoutMs = 5000): Promise<FakeSlackCall[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.callsTo(method).length < count) {
      if (Date.now() > deadline) throw new Error(`fake Slack: expected ${count} call(s) to ${method}, saw ${this.callsTo(method).length}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    return this.callsTo(method);
  }

  reset(): void {
    this.calls.length = 0;
    this.scripted.clear();
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private script(method: string, times: number, answer: Answer): void {
    const queue = this.scripted.get(method) ?? [];
    for (let i = 0; i < times; i++) queue.push(answer);
    this.scripted.set(method, queue);
  }

  private async handle(req: IncomingMessage): Promise<Answer> {
    const raw = await readBody(req);
    const params = parseParams(raw, req.headers['content-type'] ?? '');
    const url = req.url ?? '/';
    const method = url.startsWith('/api/') ? url.slice(5).split('?')[0]! : url.startsWith('/response/') ? 'response_url' : url;
    const authorized = /^Bearer xox[bp]-/.test(req.headers.authorization ?? '') || typeof params.token === 'string';
    delete params.token;
    this.calls.push({ method, params, authorized });
    const scripted = this.scripted.get(method)?.shift();
    if (scripted) return scripted;
    if (method !== 'response_url' && !authorized) return { status: 200, body: { ok: false, error: 'not_authed' } };
    return { status: 200, body: this.answer(method, params) };
  }

  private answer(method: string, p: Record<string, unknown>): unknown {
    const ts = () => `${1_700_000_000 + ++this.seq}.000100`;
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://duebot-test.slack.com/', team: 'Test', user: 'duebot', team_id: 'T1', user_id: this.botUserId, bot_id: this.botId };
      case 'chat.postMessage': {
        const at = ts();
        return { ok: true, channel: p.channel, ts: at, message: { type: 'message', text: p.text, ts: at, bot_id: this.botId } };
      }
      case 'chat.update':
        return { ok: true, channel: p.channel, ts: p.ts, text: p.text };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: ts() };
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(p.users).replace(/^[UW]/, '')}` } };
      case 'users.info': {
        const id = String(p.user);
        return { ok: true, user: { id, name: id.toLowerCase(), real_name: `User ${id}`, profile: { display_name: `User ${id}`, real_name: `User ${id}` } } };
      }
      case 'response_url':
        return { ok: true };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The Web API client sends form fields, with objects (blocks) as JSON strings; response_url posts are JSON. */
function parseParams(raw: string, contentType: string): Record<string, unknown> {
  if (!raw) return {};
  if (contentType.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    out[k] = /^[[{]/.test(v) ? tryJson(v) : v;
  }
  return out;
}

function tryJson(v: string): unknown {
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}
