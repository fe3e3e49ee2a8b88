import { DomainError } from '../common/errors/domain-error';
import type { Organization } from '../org/organization.entity';
import type { User } from '../org/user.entity';
import type { RequestedSecrecy } from './dto/memo.dto';
import type { Secrecy } from './memo.enums';

/** ส่วนราชการ and its phone as printed on a new memo: the author's group within the office. */
export function owningUnit(
  author: Pick<User, 'group'>,
  office: Pick<Organization, 'name' | 'phone'>,
): { department: string; phone: string } {
  return {
    department: author.group ? `${author.group.name} ${office.name}` : office.name,
    phone: author.group?.phone ?? office.phone,
  };
}

export function refuseTopSecret(requested: RequestedSecrecy | undefined): Secrecy {
  if (requested === 'top_secret') throw new DomainError('TOP_SECRET_REFUSED');
  return requested ?? 'normal';
}
