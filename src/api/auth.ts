import { createHash, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * Bearer DUEBOT_API_TOKEN. With no token configured the API is closed (403) rather than open:
 * forgetting to set it must not expose customer data. Tokens are compared as hashes in constant time.
 */
export function requireToken(token: string | undefined) {
  const expected = token ? digest(token) : undefined;
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!expected) return void res.status(403).json({ error: 'the API is closed: set DUEBOT_API_TOKEN to enable it' });
    const m = /^Bearer\s+(.+)$/i.exec(req.get('authorization') ?? '');
    if (!m) return void res.status(401).set('WWW-Authenticate', 'Bearer').json({ error: 'authorization: a Bearer token is required' });
    if (!timingSafeEqual(digest(m[1]!.trim()), expected)) return void res.status(401).set('WWW-Authenticate', 'Bearer error="invalid_token"').json({ error: 'authorization: the token is not valid' });
    next();
  };
}
