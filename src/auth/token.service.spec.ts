import { ConfigService } from '@nestjs/config';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '../config/app-config';
import { TokenService } from './token.service';

const TTL = 900;
const user = { id: 7, orgId: 3, username: 'head', sessionVersion: 2 };

const makeService = (secret = 'a-secret-long-enough-for-hs256-signing-0000') =>
  new TokenService(
    new JwtService(),
    new AppConfig(new ConfigService({ JWT_SECRET: secret, JWT_TTL_SECONDS: TTL })),
  );

describe('TokenService', () => {
  const tokens = makeService();

  it('issues tokens carrying the session version and a fresh sign-in id', async () => {
    const [a, b] = await Promise.all([tokens.issue(user), tokens.issue(user)]);
    const claims = await tokens.verify(a);
    expect(claims).toMatchObject({ sub: 7, org: 3, usr: 'head', ver: 2 });
    expect(claims!.exp - claims!.iat).toBe(TTL);
    expect(tokens.sessionIdOf(a)).toMatch(/^[\w-]{22}$/);
    expect(tokens.sessionIdOf(a)).not.toBe(tokens.sessionIdOf(b));
  });

  it('keeps a token with more than half its life left, renews one with less', async () => {
    const token = await tokens.issue(user);
    const now = Date.now();
    expect(await tokens.renewIfAging(token, now + (TTL / 2 - 10) * 1000)).toBeNull();
    const renewed = await tokens.renewIfAging(token, now + (TTL / 2 + 10) * 1000);
    expect(renewed).not.toBeNull();
    const claims = await tokens.verify(renewed!);
    expect(claims).toMatchObject({ sub: 7, org: 3, usr: 'head', ver: 2 });
    expect(tokens.sessionIdOf(renewed!)).toBe(tokens.sessionIdOf(token));
  });

  it('renews nothing that is not a genuine token of ours', async () => {
    const foreign = await makeService('another-secret-long-enough-for-hs256-0000').issue(user);
    const later = Date.now() + TTL * 1000;
    expect(await tokens.renewIfAging(foreign, later - 1000)).toBeNull();
    expect(await tokens.renewIfAging('not-a-token', later)).toBeNull();
    expect(await tokens.renewIfAging('', later)).toBeNull();
    expect(tokens.sessionIdOf('not-a-token')).toBeNull();
  });
});
