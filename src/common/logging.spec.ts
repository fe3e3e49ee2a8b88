import { redactUrl } from './logging.module';

describe('request log', () => {
  it.each([
    ['/memos/1/attachments?_csrf=abc.def', '/memos/1/attachments?_csrf=[redacted]'],
    ['/x?a=1&_CSRF=abc&b=2', '/x?a=1&_CSRF=[redacted]&b=2'],
    ['/x?%5Fcsrf=abc', '/x?%5Fcsrf=[redacted]'],
    ['/verify?token=secret', '/verify?token=[redacted]'],
    ['/x?password=hunter2&next=/inbox', '/x?password=[redacted]&next=/inbox'],
  ])('never logs the form token or a password: %s', (url, logged) => {
    expect(redactUrl(url)).toBe(logged);
  });

  it('keeps ordinary parameters', () => {
    expect(redactUrl('/inbox?box=drafts&q=csrf')).toBe('/inbox?box=drafts&q=csrf');
  });
});
