import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Request } from 'express';
import type { Actor } from './actor';
import type { Permission } from './permissions';

export const IS_PUBLIC = 'saraban:public';
export const ACCESS_KEY = 'saraban:access';
/** Marker for "any signed-in user of the organisation". */
export const SIGNED_IN = 'signed-in' as const;
/** What a private route requires: a permission of the map, or only a signed-in user. */
export type Access = Permission | typeof SIGNED_IN;

/** Opts a route out of authentication. The only way to do so (STYLE.md #4). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);

/** The permission (src/common/auth/permissions.ts) a route needs; every private route must say. */
export const Can = (permission: Permission): MethodDecorator & ClassDecorator =>
  SetMetadata(ACCESS_KEY, permission);

/** Any signed-in user; org isolation and per-record access still apply. */
export const SignedIn = (): MethodDecorator & ClassDecorator => SetMetadata(ACCESS_KEY, SIGNED_IN);

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
