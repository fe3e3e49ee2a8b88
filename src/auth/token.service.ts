import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '../config/app-config';
import type { User } from '../org/user.entity';

export interface TokenClaims {
  sub: number;
  org: number;
  usr: string;
}

@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  get ttlSeconds(): number {
    return this.config.get('JWT_TTL_SECONDS');
  }

  issue(user: Pick<User, 'id' | 'orgId' | 'username'>): Promise<string> {
    const claims: TokenClaims = { sub: user.id, org: user.orgId, usr: user.username };
    return this.jwt.signAsync(claims, {
      secret: this.config.jwtSecret,
      algorithm: 'HS256',
      expiresIn: this.ttlSeconds,
    });
  }
}
