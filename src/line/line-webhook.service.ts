import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { DomainError } from '../common/errors/domain-error';
import { LineApi } from './line-api';
import { LineLinks } from './line-links.service';
import { LineSetup } from './line-setup';
import { isValidLineSignature } from './line-signature';

/** The parts of a webhook event Saraban reads (https://developers.line.biz/en/reference/messaging-api/#webhook-event-objects). */
interface LineEvent {
  type?: unknown;
  replyToken?: unknown;
  source?: { type?: unknown; userId?: unknown };
  link?: { result?: unknown; nonce?: unknown };
}

const TEXT = {
  offer: (url: string) =>
    'เชื่อมบัญชี LINE นี้กับระบบสารบรรณอิเล็กทรอนิกส์ เพื่อรับการแจ้งเตือนเมื่อมีหนังสือรอท่าน\n' +
    `เปิดลิงก์นี้ เข้าสู่ระบบ แล้วกดยืนยัน (ใช้ได้ภายใน ๑๐ นาที):\n${url}`,
  alreadyLinked:
    'บัญชี LINE นี้เชื่อมกับระบบสารบรรณอิเล็กทรอนิกส์แล้ว ท่านจะได้รับการแจ้งเตือนทางนี้ ' +
    'ยกเลิกได้ที่หน้า "การแจ้งเตือนทาง LINE" ในระบบ',
  linked: 'เชื่อมบัญชีเรียบร้อยแล้ว ต่อไปท่านจะได้รับการแจ้งเตือนจากระบบสารบรรณทาง LINE นี้',
  failed: 'เชื่อมบัญชีไม่สำเร็จ ลิงก์อาจหมดอายุแล้ว กรุณาส่งข้อความใดก็ได้เพื่อขอลิงก์ใหม่',
};

const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/**
 * LINE's webhook: only a body signed with the channel secret is read. A person who writes to
 * (or adds) the Official Account gets a link URL; the accountLink event completes the link; a
 * person who blocks the account is unlinked. One event failing does not fail the others.
 */
@Injectable()
export class LineWebhook {
  private readonly logger = new Logger(LineWebhook.name);

  constructor(
    private readonly setup: LineSetup,
    private readonly links: LineLinks,
    private readonly api: LineApi,
    private readonly config: AppConfig,
  ) {}

  /** `raw`: the body's bytes as sent (none when it was not JSON, which then fails the check). */
  async receive(raw: Buffer | undefined, signature: string | undefined): Promise<void> {
    const secret = this.setup.secret;
    if (!raw || !isValidLineSignature(secret, raw, signature))
      throw new DomainError('LINE_SIGNATURE_INVALID');
    for (const event of eventsOf(raw)) {
      await this.handle(event).catch((error: unknown) =>
        this.logger.warn({ err: error, type: event.type }, 'LINE webhook event not handled'),
      );
    }
  }

  private async handle(event: LineEvent): Promise<void> {
    const lineUserId = event.source?.type === 'user' ? text(event.source.userId) : null;
    if (!lineUserId) return;
    const replyToken = text(event.replyToken);
    switch (event.type) {
      case 'follow':
      case 'message':
        if (replyToken) await this.offerLink(lineUserId, replyToken);
        return;
      case 'accountLink':
        return this.completeLink(lineUserId, event, replyToken);
      case 'unfollow':
        return this.links.forget(lineUserId);
      default:
        return;
    }
  }

  private async offerLink(lineUserId: string, replyToken: string): Promise<void> {
    if (await this.links.isLinked(lineUserId))
      return this.api.reply(replyToken, TEXT.alreadyLinked);
    const linkToken = await this.api.issueLinkToken(lineUserId);
    const url = `${this.config.publicBaseUrl}/line/link?${new URLSearchParams({ linkToken }).toString()}`;
    await this.api.reply(replyToken, TEXT.offer(url));
  }

  private async completeLink(lineUserId: string, event: LineEvent, replyToken: string | null) {
    const nonce = text(event.link?.nonce);
    const ok = event.link?.result === 'ok' && nonce !== null;
    const linked = ok && (await this.links.complete(lineUserId, nonce));
    if (replyToken) await this.api.reply(replyToken, linked ? TEXT.linked : TEXT.failed);
  }
}

/** The events of a signed body; a body that is not the webhook's JSON is a 400. */
function eventsOf(raw: Buffer): LineEvent[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString('utf8'));
  } catch {
    throw new DomainError('MALFORMED_JSON');
  }
  const events = (parsed as { events?: unknown } | null)?.events;
  if (!Array.isArray(events)) throw new DomainError('VALIDATION_FAILED');
  return events.filter((e): e is LineEvent => typeof e === 'object' && e !== null);
}
