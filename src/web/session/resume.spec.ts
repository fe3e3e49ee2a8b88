import type { Request } from 'express';
import { decodeCarry, encodeCarry, hiddenInputsOf, pendingFormOf } from './resume';

const posted = (path: string, body: unknown, type = 'application/x-www-form-urlencoded') =>
  ({
    method: 'POST',
    originalUrl: path,
    body,
    is: (t: string) => (t === type ? t : false),
  }) as unknown as Request;

describe('a form carried through the sign-in', () => {
  it('keeps a posted form without its old token, and reads it back', () => {
    const form = pendingFormOf(
      posted('/memos/7/approve', { _csrf: 'x', note: 'ทราบ', version: '3' }),
    );
    expect(form).toEqual({ path: '/memos/7/approve', fields: { note: 'ทราบ', version: '3' } });
    expect(decodeCarry(encodeCarry(form!))).toEqual(form);
    expect(hiddenInputsOf({ g: ['1', '2'], n: 'x' })).toEqual([
      { name: 'g', value: '1' },
      { name: 'g', value: '2' },
      { name: 'n', value: 'x' },
    ]);
  });

  it.each([
    ['an upload', posted('/memos/7/attachments', {}, 'multipart/form-data')],
    ['the sign-in itself', posted('/signin', { username: 'a' })],
    ['an API call', posted('/api/memos', { subject: 'x' })],
    ['another site', posted('//evil.example/x', { a: 'b' })],
    ['a nested value', posted('/memos/7/approve', { note: { a: 1 } })],
    ['a form too big for a cookie', posted('/memos/new', { subject: 'ก'.repeat(2000) })],
  ])('does not carry %s', (_what, req) => {
    expect(pendingFormOf(req)).toBeNull();
  });

  it.each([
    undefined,
    '',
    'not-base64-json',
    encodeCarry({ path: '//evil.example/', fields: {} }),
    encodeCarry({ path: '/api/memos/1/approve', fields: {} }),
    Buffer.from(JSON.stringify({ path: '/memos/1/approve', fields: { a: [1] } })).toString(
      'base64url',
    ),
  ])('refuses a tampered carry %p', (text) => {
    expect(decodeCarry(text)).toBeNull();
  });
});
