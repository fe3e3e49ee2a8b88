import type { Role } from './roles';

/** The authenticated caller, passed explicitly as the first argument of every service call. */
export interface Actor {
  userId: number;
  orgId: number;
  username: string;
  roles: readonly Role[];
  /** Client address, kept for the audit trail. */
  ip?: string;
}
