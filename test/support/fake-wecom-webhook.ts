import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface WebhookPost {
  key: string | null;
  body: { msgtype: string; markdown?: { content: string } };
}

export interface FakeWecomWebhook {
  /** The robot URL, with its key, as WeCom hands it out. */
  url: string;
  /** Messages the robot accepted (errcode 0). */
  posts: WebhookPost[];
  /** Requests answered with an HTTP error or a non-zero errcode. */
  refused: number;
  /** Answers for the next requests, in order; afterwards every request gets errcode 0. */
  answerNext(...answers: Array<{ status?: number; errcode?: number; errmsg?: string }>): void;
  close(): Promise<void>;
}

/** WeCom's group-robot endpoint on loopback: records each JSON post and answers as WeCom does. */
export async function startFakeWecomWebhook(key = 'test-robot-key-0123456789'): Promise<FakeWecomWebhook> {
  const posts: WebhookPost[] = [];
  const queued: Array<{ status?: number; errcode?: number; errmsg?: string }> = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const answer = queued.shift() ?? {};
      const status = answer.status ?? 200;
      if (status === 200 && !answer.errcode) posts.push({ key: url.searchParams.get('key'), body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      else fake.refused += 1;
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errcode: answer.errcode ?? 0, errmsg: answer.errmsg ?? 'ok' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const fake: FakeWecomWebhook = {
    url: `http://127.0.0.1:${port}/cgi-bin/webhook/send?key=${key}`,
    posts,
    refused: 0,
    answerNext: (...answers) => queued.push(...answers),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return fake;
}
