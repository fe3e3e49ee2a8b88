import { createHmac, timingSafeEqual } from 'node:crypto';

/** X-Line-Signature: base64 of HMAC-SHA256 over the raw request body, keyed by the channel secret. */
export function lineSignature(channelSecret: string, body: Buffer): string {
  return createHmac('sha256', channelSecret).update(body).digest('base64');
}

/** Whether a webhook body came from LINE: the header matches, compared in constant time. */
export function isValidLineSignature(
  channelSecret: string,
  body: Buffer,
  header: string | undefined,
): boolean {
  if (!header) return false;
  const expected = Buffer.from(lineSignature(channelSecret, body));
  const given = Buffer.from(header);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
