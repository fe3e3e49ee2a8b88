import type { OrgGroup } from '../../org/org-group.entity';
import type { Organization } from '../../org/organization.entity';
import type { User } from '../../org/user.entity';
import { renderStandingPage } from './standing-page';
import { buildStandingView } from './standing-view';

const org = { id: 1, code: 'spm-x', name: 'สพม.ทดสอบ', phone: '0 4251 0000', address: '' };
const user = (id: number, firstName: string, roles: User['roles'], active = true) =>
  ({
    id,
    titlePrefix: 'นาย',
    firstName,
    lastName: 'ใจดี',
    roles,
    active,
    email: `${firstName}@example.go.th`,
    position: { name: `ตำแหน่ง${firstName}` },
  }) as unknown as User;
const group = (id: number, name: string, headUserId: number | null, deputyUserId: number | null) =>
  ({ id, name, phone: '', headUserId, deputyUserId }) as OrgGroup;

describe('standing view', () => {
  const users = [
    user(1, 'ผอ', ['director']),
    user(2, 'รองหนึ่ง', ['deputy']),
    user(3, 'รองเก่า', ['deputy'], false),
    user(4, 'หัวหน้า', ['group_head']),
  ];
  const groups = [group(10, 'กลุ่มก', 4, 2), group(11, 'กลุ่มข', 3, 3)];
  const view = buildStandingView(org as Organization, groups, users, new Date('2022-01-05'));

  it('names the deputies with the groups they oversee; inactive people hold no seat', () => {
    expect(view.director).toMatchObject({ name: 'นายผอ ใจดี', position: 'ตำแหน่งผอ' });
    expect(view.deputies).toEqual([
      expect.objectContaining({ name: 'นายรองหนึ่ง ใจดี', oversees: ['กลุ่มก'] }),
    ]);
    expect(view.groups[0]).toMatchObject({
      head: { name: 'นายหัวหน้า ใจดี' },
      deputy: { name: 'นายรองหนึ่ง ใจดี' },
    });
    expect(view.groups[1]).toMatchObject({ head: null, deputy: null });
  });

  it('says a vacant director or deputy seat is vacant', () => {
    const empty = buildStandingView(org as Organization, [], [], new Date('2022-01-05'));
    const html = renderStandingPage(empty, {
      code: 'O2',
      fiscalYear: 2565,
      frozen: false,
      backHref: '/oit/spm-x/2565',
    });
    expect(html.match(/ตำแหน่งว่าง/g)).toHaveLength(2);
    expect(html).toContain('ข้อมูลปัจจุบัน ณ วันที่ ๕ มกราคม ๒๕๖๕');
  });
});
