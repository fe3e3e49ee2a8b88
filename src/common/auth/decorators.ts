import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Request } from 'express';
import type { Role } from '../../org/roles';
import type { Actor } from './actor';

export const IS_PUBLIC = 'saraban:public';
export const ROLES_KEY = 'saraban:roles';
/** Marker for "any signed-in user of the organisation". */
export const ANY_ROLE = 'any' as const;

/** Opts a route out of authentication. The only way to do so (STYLE.md #4). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);

/** Roles allowed to call the route; every private route must say. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator =>
  SetMetadata(ROLES_KEY, roles);

/** Any signed-in user; org isolation and per-record access still apply. */
export const AnyRole = (): MethodDecorator & ClassDecorator => SetMetadata(ROLES_KEY, ANY_ROLE);

export type RequestWithActor = Request & { user?: Actor; id?: string | number };

export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const req = ctx.switchToHttp().getRequest<RequestWithActor>();
  if (!req.user) throw new Error('CurrentActor used on a route without authentication');
  return { ...req.user, ip: req.ip };
});

/** The signed-in actor of a public route guarded by OptionalJwtGuard, or undefined. */
export const OptionalActor = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): Actor | undefined => {
    const req = ctx.switchToHttp().getRequest<RequestWithActor>();
    return req.user ? { ...req.user, ip: req.ip } : undefined;
  },
);
