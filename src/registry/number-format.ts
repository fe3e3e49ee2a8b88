import { thaiNumeral } from '../common/thai/thai-format';
import type { Register } from './register';

/**
 * How a register's numbers are printed: outgoing memos `ศธ ๐๔๓๐๕/๑๒๓`, orders and
 * announcements `๑๒๐/๒๕๖๕`.
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
    case 'order':
    case 'announcement':
      return `${thaiNumeral(seq)}/${thaiNumeral(year)}`;
  }
}
