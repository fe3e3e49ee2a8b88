import { formatRegisterNumber } from './number-format';

describe('formatRegisterNumber', () => {
  it('prints outgoing numbers after the book code, in Thai digits', () => {
    expect(formatRegisterNumber('outgoing', 'ศธ ๐๔๓๐๕', 123, 2569)).toBe('ศธ ๐๔๓๐๕/๑๒๓');
  });

  it('prints circulars from their own ว register after the book code', () => {
    expect(formatRegisterNumber('circular', 'ศธ ๐๔๓๐๕', 12, 2569)).toBe('ศธ ๐๔๓๐๕/ว ๑๒');
  });

  it('prints orders and announcements as number/year', () => {
    expect(formatRegisterNumber('order', 'ศธ ๐๔๓๐๕', 120, 2565)).toBe('๑๒๐/๒๕๖๕');
    expect(formatRegisterNumber('announcement', 'ศธ ๐๔๓๐๕', 7, 2569)).toBe('๗/๒๕๖๙');
  });
});
