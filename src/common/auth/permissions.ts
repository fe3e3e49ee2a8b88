import { OFFICE_ROLES, Role } from './roles';

/** Everyone who works on documents: every office role but the system administrator. */
const STAFF: readonly Role[] = OFFICE_ROLES.filter((r) => r !== 'admin');

/**
 * What each role may do, by name; the one place that says so. API routes and web pages name a
 * permission (`@Can`), the menu and the pages' controls ask `may`. Per-record rules (whose memo,
 * whose step, secrecy) still apply on top.
 */
export const PERMISSIONS = {
  /** Write, edit, attach to, submit and withdraw memos. */
  draft: STAFF,
  /** Endorse, send back or refuse a memo at one's own step. */
  approve: ['group_head', 'deputy', 'director'],
  /** Read the office's memos in progress (not drafts, not secret ones) besides one's own chain. */
  seeOfficeWork: ['director', 'deputy', 'registrar'],
  viewRegisters: ['registrar', 'director', 'deputy', 'admin'],
  /** Register incoming letters (ลงรับ), add their files, propose them to an executive. */
  receiveIncoming: ['registrar'],
  /** Endorse an incoming letter waiting on one (เกษียนสั่งการ). */
  endorseIncoming: ['director', 'deputy'],
  /**
   * Read the letters on one's path and do one's part: assign, acknowledge, close. Everyone in an
   * office (off a letter's path: 404, as for a memo); the platform administrator: 403.
   */
  handleIncoming: OFFICE_ROLES,
  cancelNumber: ['registrar'],
  /** Register a document made outside Saraban, reserve numbers (จองเลข) and use them. */
  numberOutside: ['registrar'],
  /** Keep the directory of schools and outside agencies that letters are e-mailed to. */
  manageRecipients: ['admin', 'registrar'],
  /** Pick schools and agencies when addressing a letter: everyone in an office. */
  viewRecipients: OFFICE_ROLES,
  /** See who has received any issued document, and resend it (the author may for their own). */
  dispatchLetters: ['registrar'],
  /** The whole office sees every day which OIT items are covered (and reads OIT settings). */
  viewOitDashboard: OFFICE_ROLES,
  /** Which document counts as evidence of which item: confirm, reject, link, register evidence. */
  decideOitLinks: ['oit_coordinator'],
  /** Rules, responsible groups, survey results and the year's submission. */
  manageOit: ['oit_coordinator'],
  loadOitCatalog: ['oit_coordinator', 'admin'],
  viewAudit: ['registrar', 'admin', 'director'],
  /**
   * Read what is circulated to one and acknowledge it (รับทราบ); see and finish one's tasks and
   * one's group's: everyone in an office.
   */
  acknowledgeCirculation: OFFICE_ROLES,
  /** See who has read any memo circulated (its author and the head of its group may too). */
  followCirculation: ['director', 'deputy'],
  /** Grant and revoke delegations (รักษาราชการแทน) over the API. */
  delegate: ['admin', 'director'],
  /** Users, groups, the admin pages, the outbox, holidays and when to escalate. */
  administer: ['admin'],
  /** The office's holidays and escalation setting (working days count without them). */
  viewCalendar: OFFICE_ROLES,
  /** Create, list, deactivate offices (counts only, never their documents). */
  manageOffices: ['platform_admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

/** The roles that hold a permission. */
export const rolesFor = (permission: Permission): readonly Role[] => PERMISSIONS[permission];

/** Whether someone holding these roles may do this. */
export const may = (roles: readonly Role[], permission: Permission): boolean =>
  rolesFor(permission).some((r) => roles.includes(r));
