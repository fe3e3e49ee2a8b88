import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '../database/transaction-runner';
import type { RecipientKind } from '../recipients/recipient.entity';
import { RecipientsRepository } from '../recipients/recipients.repository';

/** Fictional schools and agencies on example domains: nothing real is ever mailed. */
const DEMO_RECIPIENTS: ReadonlyArray<{
  name: string;
  email: string;
  kind: RecipientKind;
  code: string;
}> = [
  {
    name: 'โรงเรียนบ้านนาทรายวิทยา',
    email: 'saraban@nasai.example.ac.th',
    kind: 'school',
    code: '1048100001',
  },
  {
    name: 'โรงเรียนริมโขงพิทยาคม',
    email: 'saraban@rimkhong.example.ac.th',
    kind: 'school',
    code: '1048100002',
  },
  {
    name: 'โรงเรียนดอนแก้ววิทยาคาร',
    email: 'saraban@donkaew.example.ac.th',
    kind: 'school',
    code: '1048100003',
  },
  {
    name: 'โรงเรียนโพนทองศึกษา',
    email: 'saraban@phonthong.example.ac.th',
    kind: 'school',
    code: '1048100004',
  },
  {
    name: 'โรงเรียนหนองบัวราษฎร์',
    email: 'saraban@nongbua.example.ac.th',
    kind: 'school',
    code: '1048100005',
  },
  {
    name: 'โรงเรียนท่าเรือประชาสรรค์',
    email: 'saraban@tharuea.example.ac.th',
    kind: 'school',
    code: '1048100006',
  },
  {
    name: 'สำนักงานศึกษาธิการจังหวัดตัวอย่าง',
    email: 'saraban@peo.example.go.th',
    kind: 'agency',
    code: '',
  },
  {
    name: 'สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต ๑',
    email: 'saraban@esa1.example.go.th',
    kind: 'agency',
    code: '',
  },
];

/** The demo office's directory of schools and agencies, for circulars and letters. */
@Injectable()
export class DemoRecipients {
  constructor(
    private readonly repo: RecipientsRepository,
    private readonly tx: TransactionRunner,
  ) {}

  async seed(orgId: number): Promise<void> {
    const now = new Date();
    await this.tx.run(async (tx) => {
      for (const r of DEMO_RECIPIENTS)
        await this.repo.save(tx, { orgId, ...r, active: true, createdAt: now, updatedAt: now });
    });
  }
}
