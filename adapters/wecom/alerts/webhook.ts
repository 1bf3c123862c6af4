import { PlatformError } from '../../../src/errors.js';

/** WeCom's answer when a robot sends more than 20 messages in a minute. */
export const RATE_LIMITED = 45009;
const RATE_LIMIT_WAIT_MS = 60_000;
const TIMEOUT_MS = 10_000;

interface WebhookAnswer {
  errcode?: number;
  errmsg?: string;
}

/**
 * Posts one markdown message to a group robot. Every failure is a retryable PlatformError: an HTTP
 * error, a network error, or an errcode other than 0 (WeCom answers HTTP 200 even when it refuses).
 * Error messages never include the URL: its `key` is the robot's secret.
 */
export async function postMarkdown(webhookUrl: string, content: string, fetchImpl: typeof fetch = fetch): Promise<void> {
  let res: Response;
  try {
    res = await fetchImpl(webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ msgtype: 'markdown', markdown: { content } }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (err) {
    const reason = (err as Error)?.name === 'TimeoutError' ? `no answer within ${TIMEOUT_MS / 1000} s` : 'network error';
    throw new PlatformError('wecom', `WeCom webhook unreachable (${reason})`, true);
  }
  if (!res.ok) {
    await res.body?.cancel();
    const retryAfter = Number(res.headers.get('retry-after'));
    const wait = res.status === 429 ? (retryAfter > 0 ? retryAfter * 1000 : RATE_LIMIT_WAIT_MS) : undefined;
    throw new PlatformError('wecom', `WeCom webhook answered HTTP ${res.status}`, true, wait);
  }
  let answer: WebhookAnswer;
  try {
    answer = (await res.json()) as WebhookAnswer;
  } catch {
    throw new PlatformError('wecom', 'WeCom webhook answered with something other than JSON', true);
  }
  if (answer.errcode === 0) return;
  const wait = answer.errcode === RATE_LIMITED ? RATE_LIMIT_WAIT_MS : undefined;
  // errmsg can carry a help URL but never the key; keep it short anyway.
  const msg = String(answer.errmsg ?? '').slice(0, 200);
  throw new PlatformError('wecom', `WeCom webhook refused the message: errcode ${answer.errcode ?? 'missing'} ${msg}`.trim(), true, wait);
}
