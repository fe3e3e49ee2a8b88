import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityTarget, In, ObjectLiteral } from 'typeorm';
import { Delegation } from '../org/delegation.entity';
import { OrgGroup } from '../org/org-group.entity';
import { Position } from '../org/position.entity';
import { User } from '../org/user.entity';

/** Office-owned record types, each a table with `id` and `org_id`. */
export const OWNED_RESOURCES = {
  user: User,
  group: OrgGroup,
  position: Position,
  delegation: Delegation,
} satisfies Record<string, EntityTarget<ObjectLiteral>>;

export type OwnedResource = keyof typeof OWNED_RESOURCES;

@Injectable()
export class AccessRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Of `ids`, those that belong to the organisation. */
  async idsInOrg(resource: OwnedResource, orgId: number, ids: number[]): Promise<Set<number>> {
    if (ids.length === 0) return new Set();
    const target = OWNED_RESOURCES[resource] as EntityTarget<{ id: number; orgId: number }>;
    const rows = await this.dataSource.manager.find(target, {
      select: { id: true },
      where: { orgId, id: In(ids) },
    });
    return new Set(rows.map((r) => r.id));
  }
}
