import { LOGIN_LIMIT } from '../support/low-login-limit';
import { createTestApp, TestApp } from '../support/app';
import { createOffice, TEST_PASSWORD, TestOffice } from '../support/factories';

describe('login brute force', () => {
  let t: TestApp;
  let office: TestOffice;

  beforeAll(async () => {
    t = await createTestApp();
    office = await createOffice(t);
  });
  afterAll(() => t.close());

  const attempt = (username: string, password: string) =>
    t.http().post('/api/auth/login').send({ username, password });

  it('answers 429 in Thai and English once one account has been guessed too often', async () => {
    const target = office.username('director');
    for (let i = 0; i < LOGIN_LIMIT; i++) await attempt(target, `guess-${i}`).expect(401);
    const refused = await attempt(target, 'guess-again').expect(429);
    expect(refused.body).toMatchObject({ statusCode: 429, code: 'TOO_MANY_REQUESTS' });
    expect(refused.body.message).toContain('กรุณารอสักครู่');
    // Even the right password is refused until the window passes: guessing gains nothing.
    await attempt(target, TEST_PASSWORD).expect(429);
  });

  it('still lets another account sign in from the same address', async () => {
    await attempt(office.username('officer'), TEST_PASSWORD).expect(200);
  });
});
