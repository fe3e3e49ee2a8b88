import { Injectable } from '@nestjs/common';
import { isEmail } from 'class-validator';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/auth/actor';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { TransactionRunner, Tx } from '../database/transaction-runner';
import type { Recipient, RecipientKind } from '../recipients/recipient.entity';
import { RecipientsRepository } from '../recipients/recipients.repository';
import type { UploadedFile } from '../storage/upload';
import { ColumnSpec, readTable, TableRow } from './csv-table';
import { checkText, ImportResult, ImportRow, problem, settleImport } from './import-result';

type RecipientColumn = 'name' | 'email' | 'kind' | 'code';

export const RECIPIENT_COLUMNS: ColumnSpec<RecipientColumn>[] = [
  { key: 'name', headers: ['ชื่อ', 'ชื่อโรงเรียน', 'ชื่อหน่วยงาน', 'name'], required: true },
  { key: 'email', headers: ['อีเมล', 'อีเมล์', 'e-mail', 'email'], required: true },
  { key: 'kind', headers: ['ประเภท', 'kind'] },
  { key: 'code', headers: ['รหัส', 'รหัสโรงเรียน', 'code'] },
];

/** What the ประเภท cell may say; empty is a school, the usual case for an area office. */
const KINDS: Record<string, RecipientKind> = {
  '': 'school',
  โรงเรียน: 'school',
  school: 'school',
  หน่วยงาน: 'agency',
  ส่วนราชการ: 'agency',
  agency: 'agency',
};

interface RecipientPlan {
  name: string;
  email: string;
  kind: RecipientKind;
  code: string;
  existing?: Recipient;
}

/**
 * The directory of schools and agencies from a CSV file (issues 17 and 18): rows are matched by
 * e-mail, so running the file again updates names and codes (and makes a withdrawn one active).
 */
@Injectable()
export class RecipientImportService {
  constructor(
    private readonly repo: RecipientsRepository,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async run(actor: Actor, file: UploadedFile | undefined, dryRun: boolean): Promise<ImportResult> {
    if (!file) throw new DomainError('ATTACHMENT_MISSING');
    const table = readTable(file.buffer, RECIPIENT_COLUMNS);
    const checked = this.check(table, await this.repo.allOf(actor.orgId));
    return settleImport(checked, dryRun, (plans) =>
      this.tx.run((tx) => this.write(tx, actor, plans)),
    );
  }

  private check(table: TableRow<RecipientColumn>[], known: Recipient[]) {
    const byEmail = new Map(known.map((r) => [r.email, r]));
    const seen = new Set<string>();
    return table.map(({ row, values }) => {
      const errors: string[] = [];
      const email = values.email.toLowerCase();
      checkText(errors, values.name, { th: 'ชื่อ', en: 'name', max: 255, required: true });
      checkText(errors, values.code, { th: 'รหัส', en: 'code', max: 32 });
      if (email && !isEmail(email)) {
        errors.push(problem(`อีเมล "${values.email}" ไม่ถูกต้อง`, 'not a valid e-mail address'));
      } else if (!email) {
        errors.push(problem('ต้องระบุอีเมล', 'email is required'));
      }
      if (email && seen.has(email)) {
        errors.push(problem(`อีเมล "${email}" ซ้ำในไฟล์`, `"${email}" appears twice in the file`));
      }
      seen.add(email);
      const kind = KINDS[values.kind.trim().toLowerCase()];
      if (!kind) {
        errors.push(
          problem(`ประเภท "${values.kind}" ต้องเป็นโรงเรียนหรือหน่วยงาน`, 'kind: school or agency'),
        );
      }
      const existing = byEmail.get(email);
      const plan: RecipientPlan = { name: values.name, email, kind, code: values.code, existing };
      const result: ImportRow = {
        row,
        status: errors.length ? 'error' : 'ok',
        errors,
        name: values.name,
        email,
        action: existing ? 'update' : 'create',
      };
      return { plan, result };
    });
  }

  private async write(tx: Tx, actor: Actor, plans: RecipientPlan[]): Promise<void> {
    const now = this.clock.now();
    for (const { existing, ...values } of plans) {
      const saved = await this.repo.save(tx, {
        ...(existing ?? { createdAt: now }),
        ...values,
        orgId: actor.orgId,
        active: true,
        updatedAt: now,
      });
      await this.audit.record(tx, actor, {
        action: existing ? 'recipient.update' : 'recipient.create',
        entityType: 'recipient',
        entityId: saved.id,
        data: { name: values.name, email: values.email, kind: values.kind, via: 'import' },
      });
    }
  }
}
