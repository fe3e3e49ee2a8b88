import { newVerifyCode, normalizeVerifyCode } from './verify-code';

describe('verify codes', () => {
  it('makes codes of the Crockford alphabet that normalise to themselves', () => {
    for (let i = 0; i < 200; i++) {
      const code = newVerifyCode();
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      expect(normalizeVerifyCode(code)).toBe(code);
    }
  });

  it('forgives case, a missing dash and look-alike letters, and refuses the rest', () => {
    expect(normalizeVerifyCode('k7q2 9xmp')).toBe('K7Q2-9XMP');
    expect(normalizeVerifyCode('K7QO9XMI')).toBe('K7Q0-9XM1');
    expect(normalizeVerifyCode('../../etc')).toBeNull();
    expect(normalizeVerifyCode('K7Q2-9XMPX')).toBeNull();
  });
});
