import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '../errors/domain-error';
import { Access, ACCESS_KEY, IS_PUBLIC, RequestWithActor, SIGNED_IN } from './decorators';
import { may, rolesFor } from './permissions';

/** Global: a private route without a permission is refused, so forgetting it cannot leak. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, targets);
    const actor = context.switchToHttp().getRequest<RequestWithActor>().user;
    if (!actor || !access) throw new DomainError('FORBIDDEN');
    if (access === SIGNED_IN) return true;
    if (may(actor.roles, access)) return true;
    throw new DomainError('FORBIDDEN', { requiredRoles: rolesFor(access) });
  }
}
