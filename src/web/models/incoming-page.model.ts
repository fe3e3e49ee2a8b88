import type { Actor } from '../../common/auth/actor';
import { may } from '../../common/auth/permissions';
import { bangkokMidnight } from '../../common/thai/bangkok-time';
import type { LetterView } from '../../incoming/incoming.views';
import type { UserView } from '../../org/org.views';
import type { AfterApprovalSection } from './after-approval.model';
import { endorsePlanFields } from './endorse-plan.model';
import { fileSize, secrecyClass, thaiDate, thaiDateTime, urgencyClass } from '../format';

/** Common orders (เกษียนสั่งการ); "…" becomes the groups ticked below (app.js). */
export const ORDER_PRESETS = [
  'ทราบ',
  'ทราบ มอบ … ดำเนินการ',
  'มอบ … พิจารณาดำเนินการ',
  'ทราบ แจ้งผู้เกี่ยวข้องทราบ',
  'ทราบ ถือปฏิบัติ',
];

export const FORWARD_NOTE = 'เรียน ผู้อำนวยการ เพื่อโปรดพิจารณา';

/** The office's people and groups the letter page names and offers. */
export interface OfficePeople {
  users: UserView[];
  groups: Array<{ id: number; name: string; shortName: string | null }>;
}

const isExecutive = (u: UserView) =>
  u.active && (u.roles.includes('director') || u.roles.includes('deputy'));

/** The director first, then the deputies: whom a letter may be put before. */
export const executivesFor = (users: UserView[], me: number) =>
  users
    .filter((u) => isExecutive(u) && u.id !== me)
    .sort((a, b) => Number(b.roles.includes('director')) - Number(a.roles.includes('director')))
    .map((u) => ({ username: u.username, label: `${u.name} (${u.position ?? ''})` }));

const letterDay = (iso: string) => (iso ? thaiDate(bangkokMidnight(iso)) : '');

/** Forwards and orders in the order they were made, as the เกษียน column reads. */
function history(view: LetterView, nameOf: (u: string | null) => string) {
  const forwards = view.forwards.map((f) => ({
    at: new Date(f.at),
    kind: 'forward',
    title: `เสนอ ${nameOf(f.toUsername)}`,
    note: f.note,
    who: nameOf(f.byUsername),
    extra: '',
  }));
  const orders = view.endorsements.map((e) => ({
    at: new Date(e.at),
    kind: 'approved',
    title: e.forwardToUsername ? `ส่งต่อ ${nameOf(e.forwardToUsername)}` : 'สั่งการ',
    note: e.note,
    who: [e.byName ?? '', e.byPosition].filter(Boolean).join(' · '),
    extra: e.dueAt ? `ภายใน ${thaiDate(new Date(e.dueAt))}` : '',
  }));
  return [...forwards, ...orders]
    .sort((a, b) => a.at.getTime() - b.at.getTime())
    .map((h) => ({ ...h, date: thaiDateTime(h.at) }));
}

/** What the viewer may do now; the services check it again on every post. */
function actionsOf(view: LetterView, actor: Actor, people: OfficePeople) {
  const me = people.users.find((u) => u.id === actor.userId);
  const username = me?.username ?? '';
  const open = view.assignments.filter((a) => a.state !== 'done');
  const headed = open.filter((a) => a.headUsername === username);
  const mine = open.filter((a) => a.assigneeUsername === username);
  const takesOver = actor.roles.includes('director') && view.secrecy === 'normal';
  const endorse =
    may(actor.roles, 'endorseIncoming') &&
    view.status === 'forwarded' &&
    (view.waitingOn?.id === actor.userId || takesOver);
  const endorsed = view.status === 'endorsed';
  const assignTo = headed.map((a) => ({
    groupName: a.groupName,
    people: people.users
      .filter((u) => u.active && u.groupId === a.groupId)
      .map((u) => ({ username: u.username, label: u.name })),
  }));
  return {
    forward: may(actor.roles, 'receiveIncoming') && view.status === 'received',
    endorse,
    assign: endorsed && assignTo.length > 0 ? assignTo : null,
    acknowledge: endorsed && mine.some((a) => a.state === 'assigned'),
    close: endorsed && (mine.length > 0 || headed.length > 0),
    reply: endorsed && mine.length > 0 && may(actor.roles, 'draft'),
  };
}

/** Everything the letter page shows, for this viewer; `after`: its circulation and tasks. */
export function letterPage(
  view: LetterView,
  actor: Actor,
  people: OfficePeople,
  after: AfterApprovalSection | null = null,
) {
  const byUsername = new Map(people.users.map((u) => [u.username, u]));
  const nameOf = (u: string | null) => (u ? (byUsername.get(u)?.name ?? u) : '');
  const actions = actionsOf(view, actor, people);
  const any = Object.values(actions).some(Boolean);
  return {
    id: view.id,
    version: view.version,
    receiveNumber: view.receiveNumber,
    subject: view.subject,
    statusLabel: view.statusLabel,
    statusClass: `badge badge-status ${view.status}`,
    urgencyLabel: view.urgency === 'normal' ? '' : view.urgencyLabel,
    urgencyClass: urgencyClass(view.urgency),
    secrecyLabel: view.secrecy === 'normal' ? '' : view.secrecyLabel,
    secrecyClass: secrecyClass(view.secrecy),
    receivedAt: thaiDateTime(new Date(view.receivedAt)),
    receivedBy: view.receivedBy?.name ?? '',
    fromAgency: view.fromAgency,
    theirNumber: view.theirNumber,
    theirDate: letterDay(view.theirDate),
    to: view.to,
    waitingOn: view.waitingOn?.name ?? '',
    dueAt: view.dueAt ? thaiDate(new Date(view.dueAt)) : '',
    stampedHref: `/incoming/${view.id}/stamped.pdf`,
    files: view.files.map((f) => ({
      name: f.fileName,
      size: fileSize(f.size),
      href: `/incoming/${view.id}/files/${f.id}`,
    })),
    history: history(view, nameOf),
    assignments: view.assignments.map((a) => ({
      groupName: a.groupName,
      number: a.groupReceiveNumber,
      assignee: nameOf(a.assigneeUsername),
      stateLabel: a.stateLabel,
      stateClass: a.state === 'done' ? 'approved' : 'in_review',
      action: a.action,
      dueAt: a.dueAt ? thaiDate(new Date(a.dueAt)) : '',
    })),
    replies: view.replies.map((r) => ({ href: `/memos/${r.memoId}`, number: r.docNumber ?? '' })),
    actions: { ...actions, any },
    executives: executivesFor(people.users, actor.userId),
    groups: people.groups.map((g) => ({ id: g.id, name: g.name, short: g.shortName || g.name })),
    forwardNote: FORWARD_NOTE,
    presets: ORDER_PRESETS,
    endorsePlan: actions.endorse ? endorsePlanFields(people.users) : null,
    after,
  };
}

export type LetterPage = ReturnType<typeof letterPage>;
