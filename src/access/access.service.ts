import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/auth/actor';
import { notFound } from '../common/errors/domain-error';
import { AccessRepository, OwnedResource } from './access.repository';

/**
 * The one access check (STYLE.md #5): ids outside the actor's organisation are "not found",
 * never "forbidden", so nothing about other offices leaks.
 */
@Injectable()
export class AccessService {
  constructor(private readonly repo: AccessRepository) {}

  async allowed(actor: Actor, resource: OwnedResource, ids: number[]): Promise<Set<number>> {
    return this.repo.idsInOrg(resource, actor.orgId, ids);
  }

  async require(actor: Actor, resource: OwnedResource, ids: number | number[]): Promise<void> {
    const wanted = Array.isArray(ids) ? ids : [ids];
    const found = await this.allowed(actor, resource, wanted);
    if (wanted.some((id) => !found.has(id))) throw notFound();
  }
}
