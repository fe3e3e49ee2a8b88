import type { Actor } from '../common/auth/actor';
import type { Role } from '../common/auth/roles';
import { incomingNotices } from '../notification/notices';
import { canReadIncoming } from './incoming-access';

const actor = (...roles: Role[]): Actor => ({ userId: 7, orgId: 1, username: 'u', roles });

describe('canReadIncoming', () => {
  const normal = { orgId: 1, secrecy: 'normal' as const };
  const secret = { orgId: 1, secrecy: 'confidential' as const };

  it('lets the registry desk and executives read normal letters, others only on the path', () => {
    expect(canReadIncoming(actor('registrar'), normal, false)).toBe(true);
    expect(canReadIncoming(actor('director'), normal, false)).toBe(true);
    expect(canReadIncoming(actor('deputy'), normal, false)).toBe(true);
    expect(canReadIncoming(actor('officer', 'group_head'), normal, false)).toBe(false);
    expect(canReadIncoming(actor('officer'), normal, true)).toBe(true);
  });

  it('lets only those on its path read a secret letter, whatever their role', () => {
    expect(canReadIncoming(actor('director'), secret, false)).toBe(false);
    expect(canReadIncoming(actor('registrar'), secret, false)).toBe(false);
    expect(canReadIncoming(actor('officer'), secret, true)).toBe(true);
  });

  it('never reads another office’s letter', () => {
    expect(canReadIncoming(actor('director'), { ...normal, orgId: 2 }, true)).toBe(false);
  });
});

describe('incomingNotices', () => {
  const event = {
    letterId: 3,
    receiveNumber: '๑๒',
    subject: 'เชิญประชุม',
    actorUserId: 7,
    at: '2026-05-01T03:00:00.000Z',
    notifyUserIds: [7, 8, 9],
  };

  it('tells everyone named but the actor, with the receive number', () => {
    const notices = incomingNotices('incoming.forwarded', event);
    expect(notices.map((n) => n.userId)).toEqual([8, 9]);
    expect(notices[0]).toMatchObject({
      kind: 'incoming.waiting',
      title: 'มีหนังสือรับรอท่านดำเนินการ เลขรับ ๑๒: เชิญประชุม',
    });
    expect(incomingNotices('incoming.assigned', event)[0].kind).toBe('incoming.assigned');
  });
});
