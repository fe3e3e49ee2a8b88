import type { Organization } from '../org/organization.entity';

/** Counts only: a platform administrator never sees an office's documents. */
export interface OfficeHealth {
  activeUsers: number;
  memosThisMonth: number;
}

export const toOfficeView = (o: Organization, health?: OfficeHealth) => ({
  id: o.id,
  code: o.code,
  name: o.name,
  shortName: o.shortName,
  bookCode: o.bookCode,
  parentAgency: o.parentAgency,
  address: o.address,
  phone: o.phone,
  email: o.email,
  active: o.active,
  createdAt: o.createdAt,
  ...(health ? { health } : {}),
});

export type OfficeView = ReturnType<typeof toOfficeView>;
