import { Injectable } from '@nestjs/common';
import { DomainError } from '../common/errors/domain-error';
import { TransactionRunner } from '../database/transaction-runner';
import { OrgRepository } from '../org/org.repository';
import { fullName } from '../org/user.entity';
import { LoginDto, LoginResponseDto } from './dto/login.dto';
import { PasswordHasher } from './password-hasher';
import { TokenService } from './token.service';

@Injectable()
export class AuthService {
  constructor(
    private readonly org: OrgRepository,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly tx: TransactionRunner,
  ) {}

  async login(dto: LoginDto): Promise<LoginResponseDto> {
    const user = await this.org.findUserForLogin(dto.username);
    const ok = await this.hasher.verify(user?.passwordHash, dto.password);
    if (!user || !ok || !user.active) throw new DomainError('INVALID_CREDENTIALS');
    return {
      accessToken: await this.tokens.issue(user),
      tokenType: 'Bearer',
      expiresIn: this.tokens.ttlSeconds,
      user: {
        id: user.id,
        username: user.username,
        orgId: user.orgId,
        roles: [...user.roles],
        name: fullName(user),
      },
    };
  }

  /**
   * Ends every session of the token's user (web and API alike), so a copied token or cookie is
   * worthless after sign-out. An invalid or expired token ends nothing.
   */
  async signOut(token: string): Promise<void> {
    const claims = await this.tokens.verify(token);
    if (!claims) return;
    await this.tx.run((tx) => this.org.endSessions(claims.org, claims.sub, claims.ver, tx));
  }
}
