// Just enough MIME to read the mails the tests receive: the decoded text and attachments.

export interface MimePart {
  headers: string;
  body: Buffer;
}

const decode = (headers: string, body: string): Buffer => {
  const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(headers)?.[1].toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64');
  if (encoding === 'quoted-printable') {
    const joined = body.replace(/=\r?\n/g, '');
    const bytes: number[] = [];
    for (let i = 0; i < joined.length; i++) {
      const hex = joined.slice(i + 1, i + 3);
      if (joined[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
        bytes.push(parseInt(hex, 16));
        i += 2;
      } else bytes.push(joined.charCodeAt(i));
    }
    return Buffer.from(bytes);
  }
  return Buffer.from(body, 'utf8');
};

/** The leaf parts of a (possibly multipart) message, each body decoded. */
export function mimeParts(raw: string): MimePart[] {
  const split = raw.indexOf('\r\n\r\n');
  const headers = raw.slice(0, split);
  const body = raw.slice(split + 4);
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(headers)?.[1];
  if (!boundary || !/content-type:\s*multipart\//i.test(headers))
    return [{ headers, body: decode(headers, body) }];
  return body
    .split(`--${boundary}`)
    .slice(1, -1)
    .flatMap((part) => mimeParts(part.replace(/^\r\n/, '')));
}

/** The decoded text/plain of a message. */
export const mailText = (raw: string): string =>
  mimeParts(raw)
    .filter((p) => /content-type:\s*text\/plain/i.test(p.headers))
    .map((p) => p.body.toString('utf8'))
    .join('\n');
