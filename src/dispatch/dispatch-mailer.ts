import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { AppConfig } from '../config/app-config';
import { TransactionRunner } from '../database/transaction-runner';
import { DocumentSealer } from '../documents/document-sealer';
import { OrgRepository } from '../org/org.repository';
import { OutboxService } from '../outbox/outbox.service';
import type { Commit, OutboxConsumer, OutboxMessage } from '../outbox/outbox.types';
import { SealingService } from '../sealing/sealing.service';
import { DISPATCH_EMAIL, DispatchEmailPayload } from './dispatch.events';
import { DispatchRepository } from './dispatch.repository';
import { newReceiptToken, receiptTokenHash } from './receipt-token';

/**
 * E-mails one dispatch: the sealed PDF attached, with a single-use receipt link. The link's
 * hash is stored in its own transaction *before* sending, so the link mailed always works; a
 * crash after sending and before recording sends again with a new link (the first one dies).
 * Without SMTP_URL nothing is mailed: the row stays without `mailedAt` and may be resent.
 */
@Injectable()
export class DispatchMailer implements OutboxConsumer, OnModuleInit {
  private readonly logger = new Logger(DispatchMailer.name);
  readonly name = 'dispatch.email';
  readonly topics = [DISPATCH_EMAIL];
  readonly order = 50;
  private transport?: Transporter;

  constructor(
    private readonly outbox: OutboxService,
    private readonly repo: DispatchRepository,
    private readonly sealing: SealingService,
    private readonly sealer: DocumentSealer,
    private readonly org: OrgRepository,
    private readonly config: AppConfig,
    private readonly tx: TransactionRunner,
  ) {}

  onModuleInit(): void {
    this.outbox.subscribe(this);
  }

  get enabled(): boolean {
    return Boolean(this.config.get('SMTP_URL'));
  }

  async handle(m: OutboxMessage, commit: Commit): Promise<void> {
    const { dispatchId } = m.payload as unknown as DispatchEmailPayload;
    const d = await this.repo.find(m.orgId, dispatchId);
    if (!d || d.channel !== 'email' || d.receivedAt) return;
    const seal = await this.sealing.find(m.orgId, d.documentType, d.documentId);
    if (!seal) throw new Error(`dispatch ${d.id}: the document has no seal`);
    // Never e-mailed, whatever the row says (DispatchService refuses it already).
    if (seal.secrecy !== 'normal') return;
    const pdf = await this.sealer.sealedBytes(seal);
    const office = await this.org.findOrganization(m.orgId);
    const token = newReceiptToken();
    await this.tx.run((tx) => this.repo.setTokenHash(tx, m.orgId, d.id, receiptTokenHash(token)));
    const url = `${this.config.publicBaseUrl}/receipts/${token}`;
    this.transport ??= createTransport(this.config.get('SMTP_URL'));
    await this.transport.sendMail({
      from: this.config.get('MAIL_FROM'),
      to: d.recipientEmail,
      subject: `หนังสือ ${office?.name ?? ''} ที่ ${seal.numberText} เรื่อง ${seal.subject}`.slice(
        0,
        250,
      ),
      text: [
        `เรียน ${d.recipientName}`,
        '',
        `${office?.name ?? ''} ส่งหนังสือ ที่ ${seal.numberText} เรื่อง ${seal.subject} มาพร้อมนี้ (ไฟล์แนบ PDF)`,
        '',
        `โปรดยืนยันการรับหนังสือที่ลิงก์นี้ (ใช้ได้ครั้งเดียว): ${url}`,
        `ตรวจสอบความถูกต้องของเอกสาร: ${this.sealing.verifyUrl(seal.verifyCode)}`,
        '',
        '— ระบบสารบรรณอิเล็กทรอนิกส์ (อีเมลอัตโนมัติ โปรดอย่าตอบกลับ)',
      ].join('\n'),
      attachments: [
        { filename: `${seal.verifyCode}.pdf`, content: pdf, contentType: 'application/pdf' },
      ],
    });
    this.logger.debug({ dispatchId: d.id }, 'Dispatch e-mailed');
    await commit((tx) => this.repo.markMailed(tx, m.orgId, d.id, new Date()));
  }
}
