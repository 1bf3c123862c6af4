import { ErrorCode } from '@slack/web-api';
import { PlatformError } from '../../src/errors.js';

/** Slack error codes that say "try again later"; every other platform error is final (channel_not_found, not_in_channel, invalid_auth, …). */
const TRANSIENT = new Set(['ratelimited', 'rate_limited', 'internal_error', 'fatal_error', 'service_unavailable', 'request_timeout', 'team_added_to_org']);

interface SlackLikeError {
  code?: string;
  retryAfter?: number;
  statusCode?: number;
  data?: { error?: string; response_metadata?: { retryAfter?: number } };
}

/**
 * Turns a Web API failure into the PlatformError the outbox understands: a 429 carries its
 * Retry-After in milliseconds; the message names the method and Slack's code, never the payload.
 */
export function toPlatformError(err: unknown, method: string): PlatformError {
  if (err instanceof PlatformError) return err;
  const e = (typeof err === 'object' && err !== null ? err : {}) as SlackLikeError;
  switch (e.code) {
    case ErrorCode.RateLimitedError: {
      const seconds = typeof e.retryAfter === 'number' ? e.retryAfter : 1;
      return new PlatformError('slack', `slack ${method}: rate limited, retry after ${seconds}s`, true, seconds * 1000);
    }
    case ErrorCode.PlatformError: {
      const code = e.data?.error ?? 'unknown_error';
      const retryAfter = e.data?.response_metadata?.retryAfter;
      return new PlatformError('slack', `slack ${method}: ${code}`, TRANSIENT.has(code), typeof retryAfter === 'number' ? retryAfter * 1000 : undefined);
    }
    case ErrorCode.HTTPError: {
      const status = e.statusCode ?? 0;
      return new PlatformError('slack', `slack ${method}: HTTP ${status}`, status >= 500 || status === 408);
    }
    case ErrorCode.RequestError:
      // The request never got an answer (connection refused, reset, timeout): worth another try.
      return new PlatformError('slack', `slack ${method}: no response from Slack`, true);
    default:
      return new PlatformError('slack', `slack ${method}: ${err instanceof Error ? err.name : 'unexpected failure'}`, false);
  }
}
