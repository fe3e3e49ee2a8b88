import { Injectable } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
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
      text: `${notice.title}\n\nเปิดดู: ${notice.url}\n\n— ระบบสารบรรณอิเล็กทรอนิกส์ (อีเมลอัตโนมัติ โปรดอย่าตอบกลับ)`,
    });
  }
}
