// Every migration, in order. Add new ones at the end; never edit one that has shipped.
import { CreateOrganization1764000000000 } from './1764000000000-CreateOrganization';
import { CreatePosition1764000000100 } from './1764000000100-CreatePosition';
import { CreateOrgGroup1764000000200 } from './1764000000200-CreateOrgGroup';
import { CreateAppUser1764000000300 } from './1764000000300-CreateAppUser';
import { AddOrgGroupLeaders1764000000400 } from './1764000000400-AddOrgGroupLeaders';
import { CreateDelegation1764000000500 } from './1764000000500-CreateDelegation';

export const MIGRATIONS = [
  CreateOrganization1764000000000,
  CreatePosition1764000000100,
  CreateOrgGroup1764000000200,
  CreateAppUser1764000000300,
  AddOrgGroupLeaders1764000000400,
  CreateDelegation1764000000500,
];
