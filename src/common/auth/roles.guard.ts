import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '../../org/roles';
import { DomainError } from '../errors/domain-error';
import { ANY_ROLE, IS_PUBLIC, RequestWithActor, ROLES_KEY } from './decorators';

/** Global: a private route without role metadata is refused, so forgetting it cannot leak. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const allowed = this.reflector.getAllAndOverride<Role[] | typeof ANY_ROLE>(ROLES_KEY, targets);
    const actor = context.switchToHttp().getRequest<RequestWithActor>().user;
    if (!actor || !allowed) throw new DomainError('FORBIDDEN');
    if (allowed === ANY_ROLE) return true;
    if (allowed.some((r) => actor.roles.includes(r))) return true;
    throw new DomainError('FORBIDDEN', { requiredRoles: allowed });
  }
}
