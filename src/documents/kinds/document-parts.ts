// Parts every document kind prints the same way: signature blocks and the verification box.
import type { Capacity } from '../../memo/memo.enums';
import { actingHeadLine, CAPACITY_TH } from '../../memo/memo.views';
import { fullName, User } from '../../org/user.entity';
import type { SignatureBlock, Verification } from '../../rendering/document.model';
import type { SealedDocument } from '../../sealing/sealed-document.entity';
import type { SealingService } from '../../sealing/sealing.service';

/**
 * `signedAt`: when the signer acted in the system; null while nobody has signed. `groupName`:
 * the group an acting head endorses for.
 */
export function signatureBlock(
  user: User | undefined,
  capacity: Capacity,
  orgName: string,
  signedAt: Date | null,
  groupName = '',
): SignatureBlock {
  return {
    name: user ? fullName(user) : '',
    position: user?.position?.name ?? '',
    capacityLines: capacityLines(capacity, orgName, groupName),
    signedAt,
  };
}

/**
 * "ปฏิบัติราชการแทน" (or "รักษาราชการแทน") on its own line, the principal's position on the
 * next, as the regulation's samples print them (issue 21, N2); an acting group head's one line,
 * "ปฏิบัติหน้าที่ผู้อำนวยการกลุ่ม…", under their own position; nothing when signing as oneself.
 */
export function capacityLines(capacity: Capacity, orgName: string, groupName = ''): string[] {
  if (capacity === 'own') return [];
  if (capacity === 'acting_head') return [actingHeadLine(groupName)];
  return [CAPACITY_TH[capacity], `ผู้อำนวยการ${orgName}`];
}

export const verificationOf = (
  seal: SealedDocument | null,
  sealing: Pick<SealingService, 'verifyUrl'>,
): Verification | null =>
  seal && { code: seal.verifyCode, url: sealing.verifyUrl(seal.verifyCode) };

export const byId = (users: User[]): Map<number, User> => new Map(users.map((u) => [u.id, u]));
