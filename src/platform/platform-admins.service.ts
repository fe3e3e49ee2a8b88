import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { PasswordHasher } from '../auth/password-hasher';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { TransactionRunner, Tx } from '../database/transaction-runner';
import type { Organization } from '../org/organization.entity';
import { OrgRepository } from '../org/org.repository';
import { OfficesRepository } from './offices.repository';
import { splitName } from './person-name';

/** The organisation that hosts the platform administrators; its code can never be an office's. */
export const PLATFORM_ORG_CODE = '_platform';

export interface PlatformAdminInput {
  username: string;
  password: string;
  /** Full name, e.g. "นายสมศักดิ์ ดูแลดี". */
  name: string;
}

/**
 * Platform administrators create and deactivate offices. Their user rows live in the platform's
 * own organisation (kind 'platform'), which has no documents and is in no office list.
 */
@Injectable()
export class PlatformAdmins {
  constructor(
    private readonly offices: OfficesRepository,
    private readonly org: OrgRepository,
    private readonly hasher: PasswordHasher,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** Creates a platform administrator (and the platform organisation on first use); 409 if taken. */
  async create(input: PlatformAdminInput): Promise<{ userId: number; orgId: number }> {
    const passwordHash = await this.hasher.hash(input.password);
    return this.tx.run(async (tx) => {
      if (await this.org.usernameExistsAcrossOffices(input.username, tx)) {
        throw new DomainError('USERNAME_TAKEN');
      }
      const platform = await this.platformOrg(tx);
      const user = await this.org.saveUser(tx, {
        orgId: platform.id,
        username: input.username,
        passwordHash,
        ...splitName(input.name),
        roles: ['platform_admin'],
        email: null,
        active: true,
        createdAt: this.clock.now(),
      });
      return { userId: user.id, orgId: platform.id };
    });
  }

  private async platformOrg(tx: Tx): Promise<Organization> {
    const existing = await this.offices.findPlatformOrgAcrossOffices(tx);
    if (existing) return existing;
    const created = await this.offices.saveOrganizationAcrossOffices(tx, {
      code: PLATFORM_ORG_CODE,
      name: 'ผู้ดูแลแพลตฟอร์มสารบรรณอิเล็กทรอนิกส์',
      shortName: 'ผู้ดูแลแพลตฟอร์ม',
      bookCode: '',
      kind: 'platform',
      active: true,
      createdAt: this.clock.now(),
    });
    await this.audit.startChain(tx, created.id);
    return created;
  }
}
