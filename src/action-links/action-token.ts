import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const sha256 = (token: string): string => createHash('sha256').update(token).digest('hex');

/** A link's secret (32 random bytes, base64url: 43 characters) and the hash that is stored. */
export function newActionToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: sha256(token) };
}

/** Only the hash is stored: a leaked database does not yield working links. */
export const actionTokenHash = (token: string): string | null =>
  TOKEN.test(token) ? sha256(token) : null;

type FormTarget = { id: number; tokenHash: string };

/**
 * The confirmation form's token, made for one link as it stands (its id and current hash) with a
 * key of its own derived from the JWT secret. Whoever holds the link can read it off the page,
 * so it adds no secret: it makes a POST that did not come from this link's confirmation page,
 * as last mailed, fail without using the link.
 */
export class ActionFormTokens {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHmac('sha256', secret).update('saraban-action-link-form').digest();
  }

  of(link: FormTarget): string {
    return createHmac('sha256', this.key)
      .update(`${link.id}:${link.tokenHash}`)
      .digest('base64url');
  }

  matches(link: FormTarget, given: unknown): boolean {
    if (typeof given !== 'string') return false;
    const expected = Buffer.from(this.of(link));
    const actual = Buffer.from(given);
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  }
}
