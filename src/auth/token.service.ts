import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '../config/app-config';
import type { User } from '../org/user.entity';

export interface TokenClaims {
  sub: number;
  org: number;
  usr: string;
  /** The user's session version when signing in; a raised version ends the session. */
  ver: number;
  /** One sign-in: renewed tokens keep it, so a web form's CSRF token outlives a renewal. */
  sid: string;
}

type SignedClaims = TokenClaims & { iat: number; exp: number };

@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  get ttlSeconds(): number {
    return this.config.get('JWT_TTL_SECONDS');
  }

  issue(user: Pick<User, 'id' | 'orgId' | 'username' | 'sessionVersion'>): Promise<string> {
    return this.sign({
      sub: user.id,
      org: user.orgId,
      usr: user.username,
      ver: user.sessionVersion,
      sid: randomBytes(16).toString('base64url'),
    });
  }

  /** The claims of a genuine, unexpired token; null for anything else. */
  async verify(token: string): Promise<SignedClaims | null> {
    if (!token) return null;
    try {
      return await this.jwt.verifyAsync<SignedClaims>(token, {
        secret: this.config.jwtSecret,
        algorithms: ['HS256'],
      });
    } catch {
      return null;
    }
  }

  /**
   * A fresh token for the same sign-in once less than half of this one's life is left, so an
   * active web session does not expire mid-work while an idle one still ends; null otherwise.
   */
  async renewIfAging(token: string, nowMs = Date.now()): Promise<string | null> {
    const claims = await this.verify(token);
    if (!claims || claims.exp - nowMs / 1000 > this.ttlSeconds / 2) return null;
    const { sub, org, usr, ver, sid } = claims;
    return this.sign({ sub, org, usr, ver, sid });
  }

  /** The sign-in a token belongs to, read without checking it (the auth guard does that). */
  sessionIdOf(token: string): string | null {
    const claims = this.jwt.decode<Partial<TokenClaims> | null>(token);
    return typeof claims?.sid === 'string' ? claims.sid : null;
  }

  /** When a token ends (epoch seconds), read without checking it (the auth guard does that). */
  expiryOf(token: string): number | null {
    const claims = this.jwt.decode<{ exp?: unknown } | null>(token);
    return typeof claims?.exp === 'number' ? claims.exp : null;
  }

  private sign(claims: TokenClaims): Promise<string> {
    return this.jwt.signAsync(claims, {
      secret: this.config.jwtSecret,
      algorithm: 'HS256',
      expiresIn: this.ttlSeconds,
    });
  }
}
