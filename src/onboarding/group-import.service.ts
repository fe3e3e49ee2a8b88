import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/auth/actor';
import { DomainError } from '../common/errors/domain-error';
import { TransactionRunner, Tx } from '../database/transaction-runner';
import type { OrgGroup } from '../org/org-group.entity';
import { OrgRepository } from '../org/org.repository';
import type { User } from '../org/user.entity';
import type { UploadedFile } from '../storage/upload';
import { ColumnSpec, readTable, TableRow } from './csv-table';
import { checkText, ImportResult, ImportRow, problem, settleImport } from './import-result';

type GroupColumn = 'name' | 'shortName' | 'phone' | 'head' | 'deputy';

export const GROUP_COLUMNS: ColumnSpec<GroupColumn>[] = [
  { key: 'name', headers: ['ชื่อกลุ่ม', 'name'], required: true },
  { key: 'shortName', headers: ['ชื่อย่อ', 'shortName', 'short name'] },
  { key: 'phone', headers: ['โทรศัพท์', 'phone'] },
  { key: 'head', headers: ['ผู้อำนวยการกลุ่ม', 'head'] },
  { key: 'deputy', headers: ['รองผู้อำนวยการที่กำกับ', 'deputy'] },
];

interface GroupPlan {
  values: Record<GroupColumn, string>;
  existing?: OrgGroup;
  headUserId?: number;
  deputyUserId?: number;
}

/**
 * Groups from a CSV file, upserted by short name (or by name when the row has none), so the
 * file can be run again once the people exist to set each group's head and overseeing deputy.
 * Empty head and deputy cells leave an existing group's as they are.
 */
@Injectable()
export class GroupImportService {
  constructor(
    private readonly repo: OrgRepository,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async run(actor: Actor, file: UploadedFile | undefined, dryRun: boolean): Promise<ImportResult> {
    if (!file) throw new DomainError('ATTACHMENT_MISSING');
    const table = readTable(file.buffer, GROUP_COLUMNS);
    const [groups, users] = await Promise.all([
      this.repo.listGroups(actor.orgId),
      this.repo.listUsers(actor.orgId),
    ]);
    const checked = this.check(table, groups, users);
    return settleImport(checked, dryRun, (plans) =>
      this.tx.run((tx) => this.write(tx, actor, plans)),
    );
  }

  private check(table: TableRow<GroupColumn>[], groups: OrgGroup[], users: User[]) {
    const people = new Map(users.filter((u) => u.active).map((u) => [u.username, u.id]));
    const seenKeys = new Set<string>();
    const seenNames = new Set<string>();
    return table.map(({ row, values }) => {
      const errors: string[] = [];
      checkText(errors, values.name, { th: 'ชื่อกลุ่ม', en: 'name', max: 255, required: true });
      checkText(errors, values.shortName, { th: 'ชื่อย่อ', en: 'short name', max: 100 });
      checkText(errors, values.phone, { th: 'โทรศัพท์', en: 'phone', max: 50 });
      const key = values.shortName || values.name;
      const existing = groups.find((g) =>
        values.shortName ? g.shortName === values.shortName : g.name === values.name,
      );
      if (seenKeys.has(key)) {
        errors.push(problem(`กลุ่ม "${key}" ซ้ำในไฟล์`, `group "${key}" appears twice in the file`));
      }
      const nameClash = groups.some((g) => g.name === values.name && g.id !== existing?.id);
      if (values.name && (seenNames.has(values.name) || nameClash)) {
        errors.push(
          problem(`ชื่อกลุ่ม "${values.name}" มีอยู่แล้ว`, `group name "${values.name}" is taken`),
        );
      }
      seenKeys.add(key);
      seenNames.add(values.name);
      const plan: GroupPlan = { values, existing };
      plan.headUserId = this.person(errors, people, values.head, 'ผู้อำนวยการกลุ่ม', 'head');
      plan.deputyUserId = this.person(errors, people, values.deputy, 'รองผู้อำนวยการ', 'deputy');
      const result: ImportRow = {
        row,
        status: errors.length ? 'error' : 'ok',
        errors,
        name: values.name,
        shortName: values.shortName,
        action: existing ? 'update' : 'create',
      };
      return { plan, result };
    });
  }

  private person(
    errors: string[],
    people: Map<string, number>,
    username: string,
    th: string,
    en: string,
  ): number | undefined {
    if (!username) return undefined;
    const id = people.get(username);
    if (id === undefined) {
      errors.push(
        problem(
          `ไม่พบผู้ใช้ "${username}" (${th}) ในสำนักงาน`,
          `no active user "${username}" (${en}) in this office`,
        ),
      );
    }
    return id;
  }

  private async write(tx: Tx, actor: Actor, plans: GroupPlan[]): Promise<void> {
    for (const { values, existing, headUserId, deputyUserId } of plans) {
      const saved = await this.repo.saveGroup(tx, {
        ...(existing ?? { headUserId: null, deputyUserId: null }),
        orgId: actor.orgId,
        name: values.name,
        shortName: values.shortName || (existing?.shortName ?? ''),
        phone: values.phone || (existing?.phone ?? ''),
        ...(headUserId !== undefined ? { headUserId } : {}),
        ...(deputyUserId !== undefined ? { deputyUserId } : {}),
      });
      await this.audit.record(tx, actor, {
        action: existing ? 'group.update' : 'group.create',
        entityType: 'group',
        entityId: saved.id,
        data: { name: values.name, shortName: values.shortName, via: 'import' },
      });
    }
  }
}
