// A real SMTP server for the mail tests. Imported first so SMTP_URL is set before the app's
// configuration is read.
import { SMTPServer } from 'smtp-server';

export const SMTP_PORT = 20_000 + (process.pid % 20_000);
process.env.SMTP_URL = `smtp://127.0.0.1:${SMTP_PORT}`;

export interface ReceivedMail {
  to: string[];
  raw: string;
}

/** `refuse`: recipients the server turns away for now (a mail server's temporary failure). */
export function startSmtp(
  received: ReceivedMail[],
  refuse: (address: string) => boolean = () => false,
): Promise<SMTPServer> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onRcptTo(address, _session, callback) {
      if (!refuse(address.address)) return callback();
      callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 450 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  return new Promise((resolve) => server.listen(SMTP_PORT, '127.0.0.1', () => resolve(server)));
}
