import { Injectable } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { formatThaiDate, formatThaiTime } from '../common/thai/thai-format';
import { AppConfig } from '../config/app-config';
import { Notice, NotificationChannel } from './channels';

/** E-mail through SMTP_URL, when the office configures it and the person has an address. */
@Injectable()
export class EmailChannel implements NotificationChannel {
  readonly name = 'email';
  private transport?: Transporter;

  constructor(private readonly config: AppConfig) {}

  get configured(): boolean {
    return Boolean(this.config.get('SMTP_URL'));
  }

  async reaches(notice: Notice): Promise<boolean> {
    return this.configured && Boolean(notice.email);
  }

  async deliver(notice: Notice): Promise<void> {
    this.transport ??= createTransport(this.config.get('SMTP_URL'));
    await this.transport.sendMail({
      from: this.config.get('MAIL_FROM'),
      to: notice.email ?? undefined,
      subject: `[สารบรรณ] ${notice.title}`,
      text: mailText(notice),
    });
  }
}

const SIGNATURE = '— ระบบสารบรรณอิเล็กทรอนิกส์ (อีเมลอัตโนมัติ โปรดอย่าตอบกลับ)';

function mailText(notice: Notice): string {
  const parts = [notice.title, `เปิดดู: ${notice.url}`];
  if (notice.action) {
    const until = `${formatThaiDate(notice.action.expiresAt)} เวลา ${formatThaiTime(notice.action.expiresAt)} น.`;
    parts.push(
      `อนุมัติได้ทันที: ${notice.action.url}\n` +
        `(การเปิดลิงก์นี้ยังไม่เปลี่ยนแปลงสิ่งใด ท่านจะเห็นบันทึกและต้องกดยืนยันก่อน ` +
        `ลิงก์ใช้ได้ครั้งเดียวถึง ${until} และใช้ได้เฉพาะท่าน โปรดอย่าส่งต่ออีเมลฉบับนี้)`,
    );
  }
  return [...parts, SIGNATURE].join('\n\n');
}
