import { Injectable } from '@nestjs/common';
import { DomainError } from '../common/errors/domain-error';
import { TransactionRunner } from '../database/transaction-runner';
import { OrgRepository } from '../org/org.repository';
import { fullName, User } from '../org/user.entity';
import { LoginDto, LoginResponseDto } from './dto/login.dto';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { TokenService } from './token.service';

@Injectable()
export class AuthService {
  constructor(
    private readonly org: OrgRepository,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly tx: TransactionRunner,
    private readonly throttle: LoginThrottle,
  ) {}

  /**
   * Signs in through the one budget the API and the web form share (LoginThrottle). `address`
   * is the client's (req.ip, which honours TRUST_PROXY).
   */
  async login(dto: LoginDto, address: string | undefined): Promise<LoginResponseDto> {
    const attempt = await this.throttle.begin(dto.username, address);
    let user: User | undefined;
    try {
      user = await this.checkPassword(dto);
    } catch (error) {
      await attempt.forgive(); // the database failed, nobody guessed
      throw error;
    }
    if (!user) {
      await attempt.failed();
      throw new DomainError('INVALID_CREDENTIALS');
    }
    await attempt.forgive();
    await this.requireActiveOffice(user);
    return this.session(user);
  }

  /** The right password of a deactivated office's user: a clear 403, never a session. */
  private async requireActiveOffice(user: User): Promise<void> {
    const org = await this.org.findOrganization(user.orgId);
    if (!org?.active) throw new DomainError('OFFICE_INACTIVE');
  }

  /** The user when the password is right and the account active; the same time either way. */
  private async checkPassword(dto: LoginDto): Promise<User | undefined> {
    const user = await this.org.findUserForLoginAcrossOffices(dto.username);
    const ok = await this.hasher.verify(user?.passwordHash, dto.password);
    return user && ok && user.active ? user : undefined;
  }

  private async session(user: User): Promise<LoginResponseDto> {
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
    await this.tx.run((tx) => this.org.endSessions(tx, claims.org, claims.sub, claims.ver));
  }
}
