import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';
import { formatThaiDate, formatThaiTime } from '../common/thai/thai-format';
import { TransactionRunner, Tx } from '../database/transaction-runner';
import { OrgRepository } from '../org/org.repository';
import { OutboxService } from '../outbox/outbox.service';
import { SealingService } from '../sealing/sealing.service';
import type { Dispatch } from './dispatch.entity';
import { DISPATCH_ALL_RECEIVED, DispatchNoticePayload } from './dispatch.events';
import { DispatchRepository } from './dispatch.repository';
import { DispatchDelivery } from './dispatch-delivery';
import { RECEIPT_NOT_FOUND, ReceiptPage, receiptPage } from './receipt-page';
import { receiptTokenHash } from './receipt-token';

/**
 * The recipient's side of a receipt link. GET only shows (mail scanners follow links); POST
 * records the receipt once; a second POST is 410; an unknown or replaced link is 404.
 */
@Injectable()
export class ReceiptsService {
  constructor(
    private readonly repo: DispatchRepository,
    private readonly sealing: SealingService,
    private readonly org: OrgRepository,
    private readonly outbox: OutboxService,
    private readonly delivery: DispatchDelivery,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async show(token: string): Promise<ReceiptPage> {
    const d = await this.byToken(token);
    if (!d) return RECEIPT_NOT_FOUND;
    const document = await this.describe(d);
    if (d.receivedAt)
      return receiptPage(200, {
        title: 'ยืนยันการรับหนังสือแล้ว',
        message: 'หนังสือฉบับนี้ได้รับการยืนยันการรับแล้ว ไม่ต้องดำเนินการใดอีก',
        document,
        confirmable: false,
      });
    return receiptPage(200, {
      title: 'ยืนยันการรับหนังสือ',
      message: 'กรุณากดปุ่มด้านล่างเพื่อยืนยันว่าหน่วยงานของท่านได้รับหนังสือฉบับนี้แล้ว',
      document,
      confirmable: true,
    });
  }

  async confirm(token: string): Promise<ReceiptPage> {
    const hash = receiptTokenHash(token);
    const found = hash ? await this.repo.findByTokenHashAcrossOffices(hash) : null;
    if (!hash || !found) return RECEIPT_NOT_FOUND;
    const at = this.clock.now();
    const outcome = await this.tx.run(async (tx) => {
      const emails = await this.repo.lockEmailsOfDocument(tx, found);
      if (!(await this.repo.markReceived(tx, found.orgId, found.id, hash, at)))
        return { recorded: false, events: [] };
      const others = emails.filter((e) => e.id !== found.id);
      const events = others.every((e) => e.receivedAt) ? await this.allReceived(tx, found, at) : [];
      return { recorded: true, events };
    });
    await this.delivery.deliver(outcome.events);
    const d = await this.repo.find(found.orgId, found.id);
    if (!d) return RECEIPT_NOT_FOUND;
    const document = await this.describe(d);
    if (!outcome.recorded)
      return receiptPage(410, {
        title: 'ลิงก์นี้ใช้ยืนยันไปแล้ว',
        message: 'การรับหนังสือฉบับนี้ได้รับการยืนยันไปแล้ว ลิงก์ยืนยันใช้ได้ครั้งเดียว',
        english: 'This receipt was already confirmed; a receipt link works once.',
        document,
        confirmable: false,
      });
    return receiptPage(200, {
      title: 'บันทึกการรับหนังสือเรียบร้อยแล้ว',
      message: 'ขอบคุณที่ยืนยันการรับหนังสือ',
      document,
      confirmable: false,
    });
  }

  /** The author is told once every e-mailed recipient has confirmed. */
  private async allReceived(tx: Tx, d: Dispatch, at: Date) {
    const memo = await this.repo.memo(d.orgId, d.memoId, tx);
    if (!memo) return [];
    const payload: DispatchNoticePayload = {
      memoId: d.memoId,
      at: at.toISOString(),
      notifyUserIds: [memo.authorUserId],
      kind: 'dispatch.all-received',
      title: `ผู้รับทุกรายยืนยันการรับหนังสือแล้ว: ${memo.subject}`.slice(0, 500),
    };
    return this.outbox.add(tx, [
      {
        orgId: d.orgId,
        topic: DISPATCH_ALL_RECEIVED,
        aggregateType: 'memo',
        aggregateId: d.memoId,
        payload,
      },
    ]);
  }

  private async byToken(token: string): Promise<Dispatch | null> {
    const hash = receiptTokenHash(token);
    return hash ? this.repo.findByTokenHashAcrossOffices(hash) : null;
  }

  private async describe(d: Dispatch) {
    const [seal, office] = await Promise.all([
      this.sealing.find(d.orgId, d.documentType, d.documentId),
      this.org.findOrganization(d.orgId),
    ]);
    return {
      office: office?.name ?? '',
      recipient: d.recipientName,
      number: seal?.numberText ?? '',
      subject: seal?.subject ?? '',
      ...(d.receivedAt && {
        receivedAt: `${formatThaiDate(d.receivedAt)} เวลา ${formatThaiTime(d.receivedAt)} น.`,
      }),
    };
  }
}
