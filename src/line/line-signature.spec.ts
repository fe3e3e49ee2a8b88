import { isValidLineSignature, lineSignature } from './line-signature';

const SECRET = 'test-channel-secret';
const BODY = Buffer.from('{"destination":"U0","events":[]}');
// Computed apart from this code: printf '%s' "$BODY" | openssl dgst -sha256 -hmac "$SECRET" -binary | base64
const SIGNED = 'gQe1nlhCYUjCASVA8bc80PkuRrptjwZp4BwaK3x1fFw=';

describe('X-Line-Signature', () => {
  it('is the base64 HMAC-SHA256 of the raw body under the channel secret', () => {
    expect(lineSignature(SECRET, BODY)).toBe(SIGNED);
    expect(isValidLineSignature(SECRET, BODY, SIGNED)).toBe(true);
  });

  it('refuses a changed body, another secret, a missing or mangled header', () => {
    const tampered = Buffer.from('{"destination":"U0","events":[{}]}');
    expect(isValidLineSignature(SECRET, tampered, SIGNED)).toBe(false);
    expect(isValidLineSignature('another-secret', BODY, SIGNED)).toBe(false);
    expect(isValidLineSignature(SECRET, BODY, undefined)).toBe(false);
    expect(isValidLineSignature(SECRET, BODY, '')).toBe(false);
    expect(isValidLineSignature(SECRET, BODY, SIGNED.slice(0, -1))).toBe(false);
    expect(isValidLineSignature(SECRET, BODY, `${SIGNED}=`)).toBe(false);
  });

  it('signs the bytes as sent: re-serialised JSON of the same content does not pass', () => {
    const spaced = Buffer.from('{ "destination": "U0", "events": [] }');
    expect(isValidLineSignature(SECRET, spaced, SIGNED)).toBe(false);
  });
});
