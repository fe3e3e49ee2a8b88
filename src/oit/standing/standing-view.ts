// O1 (structure) and O2 (executives) as the office keeps them: built from the live groups and
// users, and frozen into the year's submission snapshot in this same shape.
import type { OrgGroup } from '../../org/org-group.entity';
import type { Organization } from '../../org/organization.entity';
import { fullName, User } from '../../org/user.entity';

/** The OIT items these pages evidence, with the page each is served at. */
export const STANDING_PAGES = { O1: 'o1', O2: 'o2' } as const;
export type StandingCode = keyof typeof STANDING_PAGES;
export const STANDING_CODES = Object.keys(STANDING_PAGES) as StandingCode[];

export interface StandingPerson {
  name: string;
  position: string;
  /** The user's e-mail; shown for executives only (O2). */
  email: string | null;
}

export interface StandingExecutive extends StandingPerson {
  /** Names of the groups the deputy oversees (empty for the director). */
  oversees: string[];
}

export interface StandingGroup {
  name: string;
  phone: string;
  head: StandingPerson | null;
  deputy: StandingPerson | null;
}

export interface StandingView {
  org: { code: string; name: string; phone: string; address: string };
  /** When the data was read: now for the live page, the submission time once frozen. */
  asOf: string;
  director: StandingExecutive | null;
  deputies: StandingExecutive[];
  groups: StandingGroup[];
}

const personOf = (u: User): StandingPerson => ({
  name: fullName(u),
  position: u.position?.name ?? '',
  email: u.email,
});

const executive = (u: User, groups: OrgGroup[]): StandingExecutive => ({
  ...personOf(u),
  oversees: groups.filter((g) => g.deputyUserId === u.id).map((g) => g.name),
});

/** Inactive users hold no post: their seat shows as vacant. */
export function buildStandingView(
  org: Organization,
  groups: OrgGroup[],
  users: User[],
  asOf: Date,
): StandingView {
  const active = new Map(users.filter((u) => u.active).map((u) => [u.id, u]));
  const holder = (id: number | null) => {
    const u = id === null ? undefined : active.get(id);
    return u ? personOf(u) : null;
  };
  const withRole = (role: User['roles'][number]) =>
    [...active.values()].filter((u) => u.roles.includes(role)).sort((a, b) => a.id - b.id);
  const director = withRole('director')[0];
  return {
    org: { code: org.code, name: org.name, phone: org.phone, address: org.address },
    asOf: asOf.toISOString(),
    director: director ? executive(director, groups) : null,
    deputies: withRole('deputy').map((u) => executive(u, groups)),
    groups: groups.map((g) => ({
      name: g.name,
      phone: g.phone,
      head: holder(g.headUserId),
      deputy: holder(g.deputyUserId),
    })),
  };
}
