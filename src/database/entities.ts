import { Delegation } from '../org/delegation.entity';
import { OrgGroup } from '../org/org-group.entity';
import { Organization } from '../org/organization.entity';
import { Position } from '../org/position.entity';
import { User } from '../org/user.entity';

/** Every entity, listed explicitly so the app, the CLI and tests agree without globbing. */
export const ENTITIES = [Organization, Position, OrgGroup, User, Delegation];
