import type { Request } from 'express';

export const LOGIN_THROTTLERS = {
  perAccount: 'login-account',
  perAddress: 'login-address',
} as const;

/** One account guessed from one address; the per-address limit catches username spraying. */
export const accountTracker = (req: Record<string, unknown>): Promise<string> => {
  const r = req as unknown as Request;
  const body = r.body as { username?: unknown } | undefined;
  const username = typeof body?.username === 'string' ? body.username.toLowerCase() : '';
  return Promise.resolve(`${r.ip ?? ''}|${username}`);
};
