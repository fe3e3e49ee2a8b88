import { retryKeyOf } from './retry-key';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('X-Line-Retry-Key of a notice', () => {
  it('is the version-5 UUID of the outbox event and the person', () => {
    // Python: uuid.uuid5(UUID('6d0f1b7e-4c2a-4f8e-9a3b-5c1d2e3f4a5b'), 'saraban-notice:42:7')
    expect(retryKeyOf(42, 7)).toBe('8c4a63fc-9c81-5fb0-a92f-3b4ddbe8770e');
    expect(retryKeyOf(42, 8)).toBe('9c3575a7-89bd-525e-bea3-a53b98fc5be4');
  });

  it('is the same for every redelivery and different for another event or person', () => {
    expect(retryKeyOf(42, 7)).toBe(retryKeyOf(42, 7));
    const keys = new Set([
      retryKeyOf(42, 7),
      retryKeyOf(43, 7),
      retryKeyOf(7, 42),
      retryKeyOf(4, 27),
    ]);
    expect(keys.size).toBe(4);
  });

  it('changes with the message when a redelivery carries a new one-tap link', () => {
    const first = retryKeyOf(42, 7, 'https://saraban.example/act/aaa');
    expect(first).toBe(retryKeyOf(42, 7, 'https://saraban.example/act/aaa'));
    expect(first).not.toBe(retryKeyOf(42, 7, 'https://saraban.example/act/bbb'));
    expect(first).not.toBe(retryKeyOf(42, 7));
    expect(first).toMatch(UUID);
  });

  it('has the hexadecimal UUID form LINE asks for', () => {
    for (const [event, user] of [
      [1, 1],
      [2 ** 31 - 1, 999_999],
    ])
      expect(retryKeyOf(event, user)).toMatch(UUID);
  });
});
