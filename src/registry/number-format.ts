import { thaiNumeral } from '../common/thai/thai-format';
import type { Register } from './register';

/**
 * How a register's numbers are printed: outgoing memos and letters `ศธ ๐๔๓๐๕/๑๒๓`, circulars
 * `ศธ ๐๔๓๐๕/ว ๑๒`, orders and announcements `๑๒๐/๒๕๖๕`.
 */
export function formatRegisterNumber(
  register: Register,
  bookCode: string,
  seq: number,
  year: number,
): string {
  switch (register) {
    case 'outgoing':
      return `${bookCode}/${thaiNumeral(seq)}`;
    case 'circular':
      return `${bookCode}/ว ${thaiNumeral(seq)}`;
    case 'order':
    case 'announcement':
      return `${thaiNumeral(seq)}/${thaiNumeral(year)}`;
  }
}
