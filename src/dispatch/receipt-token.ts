import { createHash, randomBytes } from 'node:crypto';

/** A receipt link's secret: 32 random bytes, base64url (43 characters). */
export const newReceiptToken = (): string => randomBytes(32).toString('base64url');

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** Only this is stored: a leaked database does not yield working links. */
export const receiptTokenHash = (token: string): string | null =>
  TOKEN.test(token) ? createHash('sha256').update(token).digest('hex') : null;
