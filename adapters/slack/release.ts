import type { SlackDeps } from './deps.js';

/**
 * Gives back an id claimed with firstTime when the work behind it did not get into the runtime, so
 * the next delivery (Slack's retry, the customer's second click) is not taken for a duplicate. If
 * this fails too (Redis is down), the claim simply expires with its TTL.
 */
export async function release(deps: SlackDeps, scope: string, id: string): Promise<void> {
  try {
    await deps.services.forget(scope, id);
  } catch (err) {
    deps.log.warn({ err, scope, id }, 'slack: could not release a claimed id; a redelivery will be taken for a duplicate until it expires');
  }
}
