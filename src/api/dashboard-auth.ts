import { createHash, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

export const TOKEN_COOKIE = 'duebot_token';

// Compared as hashes so neither the content nor the length of the token leaks through timing.
const digest = (s: string) => createHash('sha256').update(s).digest();
const same = (a: string, b: string) => timingSafeEqual(digest(a), digest(b));

function cookieToken(header: string | undefined): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === TOKEN_COOKIE) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

/** The token a request carries: a bearer header (scripts) or the cookie (a browser after /?token=...). */
export function presentedToken(req: Request): string | undefined {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim();
  return cookieToken(req.headers.cookie);
}

/**
 * Guards the dashboard, its data, the local chats and the queue board. Without a configured token the
 * page is the open local playground; with one, every request needs it. Visiting `/?token=...` once
 * stores it in an HttpOnly cookie so the browser's own requests (fetch, EventSource) carry it.
 */
export function dashboardAuth(token: string | undefined): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!token) return next();
    const fromQuery = typeof req.query.token === 'string' ? req.query.token : undefined;
    if (fromQuery !== undefined && req.method === 'GET' && same(fromQuery, token)) {
      const secure = req.secure ? '; Secure' : '';
      res.setHeader('set-cookie', `${TOKEN_COOKIE}=${encodeURIComponent(token)}; Path=/; HttpOnly; SameSite=Strict${secure}`);
      // Drop the token from the address bar (and from history) right away.
      return res.redirect(303, req.baseUrl + req.path);
    }
    const presented = presentedToken(req);
    if (presented !== undefined && same(presented, token)) return next();
    res.setHeader('www-authenticate', 'Bearer');
    res.status(401).json({ error: 'this dashboard needs DUEBOT_API_TOKEN: send it as a bearer token, or open /?token=<token> once in the browser' });
  };
}
