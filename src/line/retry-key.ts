import { createHash } from 'node:crypto';

/** A fixed namespace for Saraban's notice retry keys (any UUID would do; this one is ours). */
const NAMESPACE = Buffer.from('6d0f1b7e4c2a4f8e9a3b5c1d2e3f4a5b', 'hex');

/**
 * X-Line-Retry-Key for one notice: a name-based UUID (version 5, SHA-1) of the outbox event and
 * the person, so every redelivery of the same notice carries the same key and LINE sends it once.
 * `variant`: what makes a redelivery a different message (a newly issued one-tap link).
 */
export function retryKeyOf(eventId: number, userId: number, variant?: string): string {
  const name = `saraban-notice:${eventId}:${userId}${variant ? `:${variant}` : ''}`;
  const hash = createHash('sha1').update(NAMESPACE).update(name).digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50; // version 5
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 4122 variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
