import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/auth/actor';
import { Clock } from '../common/clock';
import { DomainError, notFound } from '../common/errors/domain-error';
import { isUniqueViolation } from '../database/database-errors';
import { TransactionRunner, Tx } from '../database/transaction-runner';
import {
  CreateRecipientDto,
  ListRecipientsQueryDto,
  UpdateRecipientDto,
} from './dto/recipient.dto';
import type { Recipient } from './recipient.entity';
import { RecipientsRepository } from './recipients.repository';

/** The directory of schools and agencies: kept by the office admin and the registry desk. */
@Injectable()
export class RecipientsService {
  constructor(
    private readonly repo: RecipientsRepository,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, q: ListRecipientsQueryDto) {
    const [items, total] = await this.repo.list(
      actor.orgId,
      { q: q.q, kind: q.kind, includeInactive: q.includeInactive },
      (q.page - 1) * q.pageSize,
      q.pageSize,
    );
    return { items: items.map(toRecipientView), total, page: q.page, pageSize: q.pageSize };
  }

  create(actor: Actor, dto: CreateRecipientDto) {
    const now = this.clock.now();
    return this.write(actor, 'recipient.create', async (tx) =>
      this.repo.save(tx, {
        orgId: actor.orgId,
        name: dto.name,
        email: dto.email.toLowerCase(),
        kind: dto.kind,
        code: dto.code ?? '',
        active: true,
        createdAt: now,
        updatedAt: now,
      }),
    );
  }

  update(actor: Actor, id: number, dto: UpdateRecipientDto) {
    return this.write(actor, 'recipient.update', async (tx) => {
      const row = await this.repo.find(actor.orgId, id, tx);
      if (!row) throw notFound();
      Object.assign(row, {
        ...dto,
        ...(dto.email !== undefined && { email: dto.email.toLowerCase() }),
        updatedAt: this.clock.now(),
      });
      return this.repo.save(tx, row);
    });
  }

  /** One transaction with its audit record; a taken address is a 409, not a 500. */
  private async write(actor: Actor, action: string, change: (tx: Tx) => Promise<Recipient>) {
    try {
      const saved = await this.tx.run(async (tx) => {
        const row = await change(tx);
        await this.audit.record(tx, actor, {
          action,
          entityType: 'recipient',
          entityId: row.id,
          data: toRecipientView(row),
        });
        return row;
      });
      return toRecipientView(saved);
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainError('RECIPIENT_EMAIL_TAKEN');
      throw error;
    }
  }
}

export const toRecipientView = (r: Recipient) => ({
  id: r.id,
  name: r.name,
  email: r.email,
  kind: r.kind,
  code: r.code || null,
  active: r.active,
});
