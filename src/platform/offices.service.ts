import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { PasswordHasher } from '../auth/password-hasher';
import type { Actor } from '../common/auth/actor';
import { Clock } from '../common/clock';
import { DomainError, notFound } from '../common/errors/domain-error';
import { bangkokDate, bangkokDateParts } from '../common/thai/bangkok-time';
import { TransactionRunner } from '../database/transaction-runner';
import { OrgRepository } from '../org/org.repository';
import { CreateOfficeDto } from './dto/office.dto';
import { OfficesRepository } from './offices.repository';
import { OfficeView, toOfficeView } from './offices.views';
import { splitName } from './person-name';

/**
 * What the platform administrator does: create an office with its first admin, list offices
 * with their health, deactivate and reactivate them. Never anything inside an office.
 */
@Injectable()
export class OfficesService {
  constructor(
    private readonly offices: OfficesRepository,
    private readonly org: OrgRepository,
    private readonly hasher: PasswordHasher,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async list(_actor: Actor): Promise<OfficeView[]> {
    const { year, month } = bangkokDateParts(this.clock.now());
    const [offices, users, memos] = await Promise.all([
      this.offices.listOfficesAcrossOffices(),
      this.offices.activeUserCountsAcrossOffices(),
      this.offices.memoCountsSinceAcrossOffices(bangkokDate(year, month, 1)),
    ]);
    return offices.map((o) =>
      toOfficeView(o, { activeUsers: users.get(o.id) ?? 0, memosThisMonth: memos.get(o.id) ?? 0 }),
    );
  }

  /**
   * The office, its audit chain and its first admin in one transaction: a taken code or
   * username (409) leaves nothing behind. Registers, OIT settings and groups start empty.
   */
  async create(actor: Actor, dto: CreateOfficeDto) {
    const passwordHash = await this.hasher.hash(dto.admin.password);
    return this.tx.run(async (tx) => {
      if (await this.offices.codeTakenAcrossOffices(dto.code, tx)) {
        throw new DomainError('OFFICE_CODE_TAKEN');
      }
      if (await this.org.usernameExistsAcrossOffices(dto.admin.username, tx)) {
        throw new DomainError('USERNAME_TAKEN');
      }
      const now = this.clock.now();
      const office = await this.offices.saveOrganizationAcrossOffices(tx, {
        code: dto.code,
        name: dto.name.trim(),
        shortName: (dto.shortName ?? dto.name).trim().slice(0, 100),
        bookCode: dto.bookCode.trim(),
        parentAgency: dto.parentAgency?.trim() ?? '',
        address: dto.address.trim(),
        phone: dto.phone.trim(),
        email: dto.email ?? '',
        kind: 'office',
        active: true,
        createdAt: now,
      });
      await this.audit.startChain(tx, office.id);
      const admin = await this.org.saveUser(tx, {
        orgId: office.id,
        username: dto.admin.username,
        passwordHash,
        ...splitName(dto.admin.name),
        roles: ['admin'],
        email: null,
        active: true,
        createdAt: now,
      });
      await this.audit.record(tx, actor, {
        action: 'office.create',
        entityType: 'organization',
        entityId: office.id,
        data: { code: dto.code, adminUsername: dto.admin.username },
      });
      return { ...toOfficeView(office), admin: { id: admin.id, username: admin.username } };
    });
  }

  /** Deactivated: its people cannot sign in and their tokens are refused (403). */
  setActive(actor: Actor, officeId: number, active: boolean): Promise<OfficeView> {
    return this.tx.run(async (tx) => {
      const office = await this.offices.findOfficeAcrossOffices(officeId, tx);
      if (!office) throw notFound();
      await this.offices.setOfficeActiveAcrossOffices(tx, officeId, active);
      await this.audit.record(tx, actor, {
        action: active ? 'office.activate' : 'office.deactivate',
        entityType: 'organization',
        entityId: officeId,
        data: { code: office.code },
      });
      return toOfficeView({ ...office, active });
    });
  }
}
