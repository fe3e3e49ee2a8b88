import { Injectable, Logger } from '@nestjs/common';
import type { Notice, NotificationChannel } from '../notification/channels';
import { LineApi, LineApiError } from './line-api';
import { LineLinks } from './line-links.service';
import { LineSetup } from './line-setup';
import { retryKeyOf } from './retry-key';

/** The push message's text: what happened, the page to open, and a one-tap link if any. */
export function lineText(notice: Notice): string {
  const parts = [notice.title, `เปิดดู: ${notice.url}`];
  if (notice.action)
    parts.push(
      `อนุมัติได้ทันที: ${notice.action.url}\n(ท่านจะเห็นบันทึกและต้องกดยืนยันก่อน ` +
        `ลิงก์ใช้ได้ครั้งเดียวและเฉพาะท่าน โปรดอย่าส่งต่อ)`,
    );
  return parts.join('\n\n');
}

/**
 * LINE Messaging API push to people who linked a LINE account. Each notice carries a retry key
 * made from its outbox event and person, so when the outbox delivers it again LINE answers 409
 * and sends nothing twice. LINE busy or failing throws, and the outbox retries; a request LINE
 * refuses outright (a bad token, a blocked account) is logged and not retried.
 */
@Injectable()
export class LineChannel implements NotificationChannel {
  readonly name = 'line';
  private readonly logger = new Logger(LineChannel.name);

  constructor(
    private readonly setup: LineSetup,
    private readonly links: LineLinks,
    private readonly api: LineApi,
  ) {}

  get configured(): boolean {
    return this.setup.configured;
  }

  async reaches(notice: Notice): Promise<boolean> {
    return this.configured && (await this.links.lineUserOf(notice.orgId, notice.userId)) !== null;
  }

  async deliver(notice: Notice): Promise<void> {
    const to = await this.links.lineUserOf(notice.orgId, notice.userId);
    if (!to) return; // unlinked since
    try {
      // A one-tap link is made anew on each delivery (only its hash is kept): a retry carries a
      // new link, so it goes under a new key rather than leave the person the dead one.
      const key = retryKeyOf(notice.eventId, notice.userId, notice.action?.url);
      await this.api.push(to, lineText(notice), key);
    } catch (error) {
      if (!(error instanceof LineApiError) || error.retryable) throw error;
      this.logger.error(
        { err: error, eventId: notice.eventId, userId: notice.userId },
        'LINE refused a push message; it is not retried',
      );
    }
  }
}
