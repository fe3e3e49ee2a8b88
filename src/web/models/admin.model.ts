import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { bangkokMidnight, bangkokMidnightAfter } from '../../common/thai/bangkok-time';
import { ISSUANCE_KIND_TH } from '../../memo/memo.enums';
import type { DelegationKind, DocumentKind } from '../../org/delegation.entity';
import { CreateDelegationDto, CreateUserDto } from '../../org/dto/org.dto';
import type { DelegationService } from '../../org/delegation.service';
import type { EmblemStatus } from '../../org/office-emblem.service';
import type { OrgService } from '../../org/org.service';
import type { OfficeEmblemState } from '../../rendering/document-renderer';
import { OFFICE_ROLES, ROLE_LABELS_TH } from '../../common/auth/roles';
import type { DelegationFormDto, UserFormDto } from '../dto/admin.dto';
import { thaiDate } from '../format';

type Users = Awaited<ReturnType<OrgService['listUsers']>>;
type Groups = Awaited<ReturnType<OrgService['listGroups']>>;
type Delegations = Awaited<ReturnType<DelegationService['list']>>;

const KIND_TH: Record<DelegationKind, string> = {
  on_behalf: 'ปฏิบัติราชการแทน',
  acting: 'รักษาราชการแทน',
};
/** The form's third kind: an acting delegation scoped to one group's head post. */
const ACTING_HEAD = 'acting_head';
const KIND_CHOICES = [
  ...Object.entries(KIND_TH).map(([value, label]) => ({ value, label })),
  { value: ACTING_HEAD, label: 'รักษาการ/ปฏิบัติหน้าที่ผู้อำนวยการกลุ่ม' },
];
const DOC_TH: Record<DocumentKind, string> = { memo: 'บันทึกข้อความ', ...ISSUANCE_KIND_TH };

const FIELD_TH: Record<string, string> = {
  username: 'ชื่อผู้ใช้ (อักษรอังกฤษตัวเล็ก ตัวเลข . _ @ - อย่างน้อย ๓ ตัว)',
  password: 'รหัสผ่าน (อย่างน้อย ๑๐ ตัวอักษร)',
  titlePrefix: 'คำนำหน้า',
  firstName: 'ชื่อ',
  lastName: 'นามสกุล',
  positionName: 'ตำแหน่ง',
  roles: 'บทบาท (เลือกอย่างน้อยหนึ่ง)',
  email: 'อีเมล',
  kind: 'ประเภทการมอบอำนาจ',
  delegateUserId: 'ผู้รับมอบ',
  documentKinds: 'ประเภทเอกสาร (เลือกอย่างน้อยหนึ่ง)',
  groupId: 'กลุ่ม',
  startsAt: 'วันเริ่ม',
  endsAt: 'วันสิ้นสุด',
  reference: 'คำสั่งอ้างอิง',
};

const problems = async (dto: object): Promise<string[]> =>
  (await validate(dto, { whitelist: true })).map(
    (e) => `กรุณาตรวจสอบ${FIELD_TH[e.property] ?? e.property}`,
  );

export async function userInput(form: UserFormDto) {
  const dto = plainToInstance(CreateUserDto, {
    username: form.username.trim(),
    password: form.password,
    titlePrefix: form.titlePrefix.trim(),
    firstName: form.firstName.trim(),
    lastName: form.lastName.trim(),
    ...(form.positionName.trim() ? { positionName: form.positionName.trim() } : {}),
    ...(form.groupId ? { groupId: form.groupId } : {}),
    roles: form.roles,
    ...(form.email.trim() ? { email: form.email.trim() } : {}),
  });
  return { dto, errors: await problems(dto) };
}

export async function delegationInput(form: DelegationFormDto) {
  const actingHead = form.kind === ACTING_HEAD;
  const dto = plainToInstance(CreateDelegationDto, {
    // An acting group head is an acting delegation with its group; it covers memos.
    kind: actingHead ? 'acting' : form.kind,
    delegateUserId: form.delegateUserId,
    ...(actingHead ? { groupId: form.groupId } : { documentKinds: form.documentKinds }),
    startsAt: form.startsAt ? bangkokMidnight(form.startsAt) : undefined,
    // The last day is included: the delegation ends at the next midnight.
    ...(form.endsAt ? { endsAt: bangkokMidnightAfter(form.endsAt) } : {}),
    ...(form.reference.trim() ? { reference: form.reference.trim() } : {}),
  });
  const errors = await problems(dto);
  if (actingHead && !form.groupId) errors.push(`กรุณาเลือก${FIELD_TH.groupId}`);
  return { dto, errors };
}

export function adminPage(users: Users, groups: Groups, delegations: Delegations) {
  const names = new Map(users.map((u) => [u.id, u.name]));
  const people = users
    .filter((u) => u.active)
    .map((u) => ({ id: u.id, label: `${u.name} (${u.username})` }));
  const options = (selected: number | null) => [
    { value: '', label: '— ไม่กำหนด —', selected: selected === null },
    ...people.map((p) => ({ value: String(p.id), label: p.label, selected: p.id === selected })),
  ];
  return {
    users: users.map((u) => ({
      id: u.id,
      name: u.name,
      username: u.username,
      position: u.position ?? '',
      group: u.group ?? '',
      roles: u.roles.map((r) => ROLE_LABELS_TH[r as keyof typeof ROLE_LABELS_TH] ?? r).join(', '),
      active: u.active,
    })),
    groups: groups.map((g) => ({
      id: g.id,
      name: g.name,
      head: names.get(g.headUserId ?? 0) ?? '—',
      deputy: names.get(g.deputyUserId ?? 0) ?? '—',
      headOptions: options(g.headUserId),
      deputyOptions: options(g.deputyUserId),
    })),
    groupChoices: groups.map((g) => ({ value: g.id, label: g.name })),
    roleChoices: OFFICE_ROLES.map((r) => ({ value: r, label: ROLE_LABELS_TH[r] })),
    people,
    delegations: delegations.map((d) => ({
      id: d.id,
      kind: d.groupId === null ? KIND_TH[d.kind] : `ปฏิบัติหน้าที่ผู้อำนวยการ${d.group ?? 'กลุ่ม'}`,
      delegate: d.delegate ?? names.get(d.delegateUserId) ?? '',
      documents: d.groupId === null ? d.documentKinds.map((k) => DOC_TH[k] ?? k).join(', ') : '—',
      period: `${thaiDate(d.startsAt)} – ${d.endsAt ? thaiDate(d.endsAt) : 'ไม่กำหนด'}`,
      reference: d.reference,
      status: d.revokedAt ? 'ยกเลิกแล้ว' : d.inForce ? 'มีผลอยู่' : 'ไม่มีผล',
      revocable: d.revokedAt === null,
    })),
    kindChoices: KIND_CHOICES,
    docChoices: Object.entries(DOC_TH).map(([value, label]) => ({ value, label })),
  };
}

export type AdminPage = ReturnType<typeof adminPage>;

/** A confirmation step before an action that is hard to notice and stops others' work (M10). */
export interface ConfirmModel {
  heading: string;
  facts: Array<{ term: string; detail: string }>;
  consequences: string[];
  action: string;
  fields: Array<{ name: string; value: string }>;
  confirmLabel: string;
  back: string;
  backLabel: string;
}

/** What suspending this person stops: a director or group head holds up every chain through them. */
export function suspendConfirmation(user: Users[number], groups: Groups): ConfirmModel | undefined {
  if (!user.active) return undefined;
  const heads = groups.filter((g) => g.headUserId === user.id).map((g) => g.name);
  const oversees = groups.filter((g) => g.deputyUserId === user.id).map((g) => g.name);
  const consequences = [
    `${user.name} จะเข้าสู่ระบบไม่ได้ทันที และรับหนังสือหรือการแจ้งเตือนไม่ได้จนกว่าจะเปิดใช้งานอีกครั้ง`,
  ];
  if (user.roles.includes('director')) {
    consequences.push(
      'ท่านนี้เป็นผู้อำนวยการ: บันทึก ประกาศ และคำสั่งทุกเรื่องที่ต้องเสนอผู้อำนวยการจะค้างอยู่ ไม่มีผู้ใดลงนามได้ จนกว่าจะเปิดใช้งานอีกครั้งหรือมอบอำนาจรักษาราชการแทน',
    );
  }
  if (oversees.length > 0) {
    consequences.push(`เรื่องของ${oversees.join(' ')}ที่รอรองผู้อำนวยการที่กำกับดูแลจะค้างอยู่ที่ขั้นนี้`);
  }
  if (heads.length > 0) {
    consequences.push(
      `เรื่องของ${heads.join(' ')}ที่รอผู้อำนวยการกลุ่มจะค้างอยู่ จนกว่าจะมอบผู้ปฏิบัติหน้าที่ผู้อำนวยการกลุ่ม`,
    );
  }
  consequences.push('เรื่องที่รอท่านนี้พิจารณาอยู่จะค้างจนกว่าจะเปิดใช้งานอีกครั้ง');
  return {
    heading: `ยืนยันการระงับการใช้งานของ ${user.name}`,
    facts: [
      { term: 'ชื่อ', detail: user.name },
      { term: 'ชื่อผู้ใช้', detail: user.username },
      { term: 'ตำแหน่ง', detail: user.position ?? '—' },
      {
        term: 'บทบาท',
        detail: user.roles
          .map((r) => ROLE_LABELS_TH[r as keyof typeof ROLE_LABELS_TH] ?? r)
          .join(', '),
      },
    ],
    consequences,
    action: `/admin/users/${user.id}/active`,
    fields: [{ name: 'active', value: '0' }],
    confirmLabel: 'ยืนยันระงับการใช้งาน',
    back: '/admin#users',
    backLabel: 'ไม่ระงับ กลับหน้าผู้ดูแลระบบ',
  };
}

/** What revoking stops: the delegate signs for the director (or heads the group) no more. */
export function revokeConfirmation(
  row: AdminPage['delegations'][number],
  groupId: number | null,
): ConfirmModel | undefined {
  if (!row.revocable) return undefined;
  const consequences =
    groupId === null
      ? [
          `${row.delegate} จะลงนาม${row.kind}ใน${row.documents}ไม่ได้อีกตั้งแต่ตอนนี้`,
          'เรื่องที่ยังไม่ได้ลงนามจะต้องเสนอผู้อำนวยการตามลำดับปกติ',
        ]
      : [
          `${row.delegate} จะไม่ได้${row.kind}อีกตั้งแต่ตอนนี้`,
          'เรื่องที่รอผู้ปฏิบัติหน้าที่อยู่จะกลับไปรอผู้อำนวยการกลุ่มทันที',
        ];
  return {
    heading: `ยืนยันการยกเลิกการมอบอำนาจให้ ${row.delegate}`,
    facts: [
      { term: 'ประเภท', detail: row.kind },
      { term: 'ผู้รับมอบ', detail: row.delegate },
      { term: 'เอกสาร', detail: row.documents },
      { term: 'ช่วงเวลา', detail: row.period },
      ...(row.reference ? [{ term: 'คำสั่งอ้างอิง', detail: row.reference }] : []),
    ],
    consequences,
    action: `/admin/delegations/${row.id}/revoke`,
    fields: [],
    confirmLabel: 'ยืนยันยกเลิกการมอบอำนาจ',
    back: '/admin#delegations',
    backLabel: 'ไม่ยกเลิก กลับหน้าผู้ดูแลระบบ',
  };
}

/** The office's Garuda as the admin page shows it (issue 21, R3). */
export interface EmblemModel {
  state: OfficeEmblemState;
  uploaded: boolean;
  placeholder: boolean;
  sealingRefused: boolean;
  /** Changes with the emblem, so the browser shows the new one after an upload. */
  imageUrl: string;
  /** Why the last upload was refused, tied to the file field. */
  error: string;
}

export function emblemModel(status: EmblemStatus, error = ''): EmblemModel {
  return {
    state: status.state,
    uploaded: status.state === 'uploaded',
    placeholder: status.state === 'placeholder',
    sealingRefused: status.sealingRefused,
    imageUrl: `/admin/emblem?v=${status.sha256 ?? status.state}`,
    error,
  };
}
