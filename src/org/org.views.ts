import { Delegation } from './delegation.entity';
import { OrgGroup } from './org-group.entity';
import { Organization } from './organization.entity';
import { fullName, User } from './user.entity';

/** What clients see of a user: never the password hash. */
export interface UserView {
  id: number;
  username: string;
  name: string;
  titlePrefix: string;
  firstName: string;
  lastName: string;
  position: string | null;
  groupId: number | null;
  group: string | null;
  roles: string[];
  email: string | null;
  active: boolean;
}

export const toUserView = (u: User): UserView => ({
  id: u.id,
  username: u.username,
  name: fullName(u),
  titlePrefix: u.titlePrefix,
  firstName: u.firstName,
  lastName: u.lastName,
  position: u.position?.name ?? null,
  groupId: u.groupId,
  group: u.group?.name ?? null,
  roles: [...u.roles],
  email: u.email,
  active: u.active,
});

export const toGroupView = (g: OrgGroup) => ({
  id: g.id,
  name: g.name,
  shortName: g.shortName,
  phone: g.phone,
  headUserId: g.headUserId,
  deputyUserId: g.deputyUserId,
});

export const toOrganizationView = (o: Organization) => ({
  id: o.id,
  code: o.code,
  name: o.name,
  shortName: o.shortName,
  bookCode: o.bookCode,
  parentAgency: o.parentAgency,
  address: o.address,
  phone: o.phone,
});

export const toDelegationView = (d: Delegation, now = new Date()) => ({
  id: d.id,
  kind: d.kind,
  delegateUserId: d.delegateUserId,
  delegate: d.delegate ? fullName(d.delegate) : undefined,
  /** An acting group head's group; null for the director's delegations. */
  groupId: d.groupId ?? null,
  group: d.group?.name ?? undefined,
  documentKinds: [...d.documentKinds],
  startsAt: d.startsAt,
  endsAt: d.endsAt,
  reference: d.reference,
  revokedAt: d.revokedAt,
  inForce:
    d.revokedAt === null &&
    d.startsAt.getTime() <= now.getTime() &&
    (d.endsAt === null || d.endsAt.getTime() > now.getTime()),
});
