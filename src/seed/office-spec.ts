import type { DelegationKind, DocumentKind } from '../org/delegation.entity';
import type { Role } from '../common/auth/roles';

/** A whole office described as data: the demo office, and the offices tests create. */
export interface OfficeSpec {
  code: string;
  name: string;
  shortName: string;
  bookCode: string;
  parentAgency: string;
  address?: string;
  phone?: string;
  /** The central e-mail printed on letters (saraban@…). */
  email?: string;
  groups: GroupSpec[];
  people: PersonSpec[];
  delegations?: DelegationSpec[];
}

export interface GroupSpec {
  key: string;
  name: string;
  shortName: string;
  phone: string;
  /** Person key of the deputy overseeing the group. */
  deputy?: string;
}

export interface PersonSpec {
  key: string;
  username: string;
  titlePrefix: string;
  firstName: string;
  lastName: string;
  position: string;
  group?: string;
  roles: Role[];
  /** Marks the person as head of their group. */
  heads?: boolean;
  email?: string;
}

export interface DelegationSpec {
  kind: DelegationKind;
  delegate: string;
  documentKinds: DocumentKind[];
  reference: string;
  startsAt: Date;
  endsAt?: Date;
}

export interface SeededOffice {
  orgId: number;
  groupIds: Record<string, number>;
  userIds: Record<string, number>;
}
