import { letterTitle, receiveNumberOf, shownSubject } from './shown-subject';
import { documentOf, letterSubject, memoSubject, subjectColumns, subjectOfRow } from './subject';
import { subjectKey, subjectWhere } from './subject';

describe('subjects of circulations and tasks', () => {
  it('reads a row as its memo or its letter', () => {
    expect(subjectOfRow({ memoId: 4, incomingLetterId: null })).toEqual(memoSubject(4));
    expect(subjectOfRow({ memoId: null, incomingLetterId: 9 })).toEqual(letterSubject(9));
  });

  it('writes exactly one of the two ids, and asks for the one set', () => {
    expect(subjectColumns(memoSubject(4))).toEqual({ memoId: 4, incomingLetterId: null });
    expect(subjectColumns(letterSubject(9))).toEqual({ memoId: null, incomingLetterId: 9 });
    expect(subjectWhere(letterSubject(9))).toEqual({ incomingLetterId: 9 });
    expect(subjectWhere(memoSubject(4))).toEqual({ memoId: 4 });
  });

  it('names the document as the access rule knows it', () => {
    expect(documentOf(letterSubject(9))).toEqual({ documentType: 'incoming', documentId: 9 });
    expect(subjectKey(memoSubject(4))).toBe('memo:4');
  });
});

describe('shownSubject', () => {
  const letters = new Map([
    [
      9,
      {
        id: 9,
        subject: 'ประชุม',
        year: 2569,
        receiveNumber: 12,
        secrecy: 'normal' as const,
        fromAgency: 'สพฐ.',
      },
    ],
    [
      10,
      {
        id: 10,
        subject: 'เรื่องลับ',
        year: 2569,
        receiveNumber: 13,
        secrecy: 'secret' as const,
        fromAgency: 'สพฐ.',
      },
    ],
  ]);

  it('names a letter by its subject and เลขรับ, leading to its page', () => {
    expect(shownSubject(letterSubject(9), new Map(), letters)).toEqual({
      kind: 'incoming',
      memoId: null,
      letterId: 9,
      path: '/incoming/9',
      subject: 'ประชุม',
      docNumber: '๑๒/๒๕๖๙',
      secrecy: 'normal',
    });
  });

  it('names a secret letter by its secrecy only', () => {
    expect(shownSubject(letterSubject(10), new Map(), letters)?.subject).toBe('หนังสือลับมาก');
    expect(letterTitle({ subject: 'x', secrecy: 'confidential' })).toBe('หนังสือลับ');
    expect(receiveNumberOf({ receiveNumber: 5, year: 2569 })).toBe('๕/๒๕๖๙');
  });

  it('names a secret memo by its secrecy only', () => {
    const memos = new Map([
      [
        1,
        {
          id: 1,
          subject: 'ลับ',
          docNumber: 'ศธ ๑/๑',
          secrecy: 'confidential' as const,
          authorUserId: 1,
          groupId: null,
          registeredAt: null,
        },
      ],
    ]);
    expect(shownSubject(memoSubject(1), memos, letters)).toMatchObject({
      kind: 'memo',
      path: '/memos/1',
      subject: 'หนังสือลับ',
      docNumber: 'ศธ ๑/๑',
    });
  });

  it('shows nothing of a memo or letter that is gone', () => {
    expect(shownSubject(letterSubject(11), new Map(), letters)).toBeNull();
    expect(shownSubject(memoSubject(1), new Map(), letters)).toBeNull();
  });
});
