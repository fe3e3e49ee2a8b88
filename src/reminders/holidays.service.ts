import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/auth/actor';
import { DomainError, notFound } from '../common/errors/domain-error';
import { isUniqueViolation } from '../database/database-errors';
import { TransactionRunner } from '../database/transaction-runner';
import { OrgRepository } from '../org/org.repository';
import type { CreateHolidayDto } from './dto/holiday.dto';
import type { OfficeHoliday } from './office-holiday.entity';
import { ReminderRepository } from './reminder.repository';

const view = (h: OfficeHoliday) => ({ id: h.id, day: h.day, name: h.name });

/** The office's holidays and escalation setting, kept by its admin, audited. */
@Injectable()
export class HolidaysService {
  constructor(
    private readonly repo: ReminderRepository,
    private readonly org: OrgRepository,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
  ) {}

  async list(actor: Actor, year?: number) {
    const [items, office] = await Promise.all([
      this.repo.holidays(actor.orgId, year),
      this.org.findOrganization(actor.orgId),
    ]);
    return { items: items.map(view), escalateAfterDays: office?.escalateAfterDays ?? null };
  }

  async create(actor: Actor, dto: CreateHolidayDto) {
    try {
      const saved = await this.tx.run(async (tx) => {
        const row = await this.repo.saveHoliday(tx, { orgId: actor.orgId, ...dto });
        await this.audit.record(tx, actor, {
          action: 'holiday.create',
          entityType: 'holiday',
          entityId: row.id,
          data: view(row),
        });
        return row;
      });
      return view(saved);
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainError('HOLIDAY_EXISTS');
      throw error;
    }
  }

  async remove(actor: Actor, id: number): Promise<void> {
    await this.tx.run(async (tx) => {
      const row = await this.repo.findHoliday(actor.orgId, id, tx);
      if (!row) throw notFound();
      await this.repo.deleteHoliday(tx, actor.orgId, id);
      const data = view(row);
      await this.audit.record(tx, actor, {
        action: 'holiday.delete',
        entityType: 'holiday',
        entityId: id,
        data,
      });
    });
  }

  async setEscalation(actor: Actor, escalateAfterDays: number) {
    await this.tx.run(async (tx) => {
      await this.org.saveOrganization(tx, { id: actor.orgId, escalateAfterDays });
      await this.audit.record(tx, actor, {
        action: 'reminders.settings',
        entityType: 'organization',
        entityId: actor.orgId,
        data: { escalateAfterDays },
      });
    });
    return { escalateAfterDays };
  }
}
