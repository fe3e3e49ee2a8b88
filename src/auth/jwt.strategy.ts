import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { Actor } from '../common/auth/actor';
import type { Role } from '../common/auth/roles';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { AppConfig } from '../config/app-config';
import { OrgRepository } from '../org/org.repository';
import type { TokenClaims } from './token.service';

export const SESSION_COOKIE = 'saraban_session';

/**
 * The web interface keeps the token in an HttpOnly cookie; it is honoured only outside /api,
 * where every form carries a CSRF token. The API itself accepts bearer tokens only.
 */
const fromWebCookie = (req: Request): string | null => {
  if (req.path.startsWith('/api/')) return null;
  const cookies = req.cookies as Record<string, string> | undefined;
  return cookies?.[SESSION_COOKIE] ?? null;
};

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    config: AppConfig,
    private readonly org: OrgRepository,
    private readonly clock: Clock,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromExtractors([
        ExtractJwt.fromAuthHeaderAsBearerToken(),
        fromWebCookie,
      ]),
      secretOrKey: config.jwtSecret,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  /**
   * The user must still exist, be active and belong to the org the token names, and the
   * session must not have been ended since the token was issued. A deactivated office's tokens
   * are refused with 403. The platform administrator's role counts only in the platform's own
   * organisation, so a row edited by hand cannot make an office's user one.
   */
  async validate(claims: TokenClaims): Promise<Actor | false> {
    if (!Number.isInteger(claims.sub) || !Number.isInteger(claims.org)) return false;
    const user = await this.org.findActiveUserById(claims.org, claims.sub);
    if (!user || user.username !== claims.usr) return false;
    if (user.sessionVersion !== claims.ver) return false;
    if (!user.org?.active) throw new DomainError('OFFICE_INACTIVE');
    const roles =
      user.org.kind === 'platform' ? user.roles : user.roles.filter((r) => r !== 'platform_admin');
    return {
      userId: user.id,
      orgId: user.orgId,
      username: user.username,
      roles: await this.acting(user.orgId, user.id, roles),
    };
  }

  /** An acting group head holds the head's role for the period: they endorse at its steps. */
  private async acting(orgId: number, userId: number, roles: Role[]): Promise<Role[]> {
    if (roles.includes('group_head')) return roles;
    const acts = await this.org.actsAsGroupHead(orgId, userId, this.clock.now());
    return acts ? [...roles, 'group_head'] : roles;
  }
}
