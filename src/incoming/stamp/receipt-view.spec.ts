import { COVER_NOTES, coverView, stampView } from './receipt-view';

const OFFICE = 'สำนักงานเขตพื้นที่การศึกษามัธยมศึกษากรุงเทพมหานคร เขต 1';

describe('stampView', () => {
  it('writes the date and time in Bangkok, Buddhist era, Thai digits', () => {
    const view = stampView({
      officeName: OFFICE,
      receiveNumber: '12',
      receivedAt: new Date('2026-12-02T07:30:00Z'),
    });
    expect(view).toEqual({
      officeName: 'สำนักงานเขตพื้นที่การศึกษามัธยมศึกษากรุงเทพมหานคร เขต ๑',
      longOffice: true,
      receiveNumber: '๑๒',
      date: '๒ ธ.ค. ๒๕๖๙',
      time: '๑๔.๓๐ น.',
    });
  });

  it('counts the day in Bangkok: 17:30 UTC on 31 December is the next year', () => {
    const view = stampView({
      officeName: 'สพม.กท.๑',
      receiveNumber: '๑',
      receivedAt: new Date('2026-12-31T17:30:00Z'),
    });
    expect(view).toMatchObject({ longOffice: false, date: '๑ ม.ค. ๒๕๗๐', time: '๐๐.๓๐ น.' });
  });

  it('refuses an invalid date', () => {
    expect(() =>
      stampView({ officeName: OFFICE, receiveNumber: '๑', receivedAt: new Date('nope') }),
    ).toThrow(TypeError);
  });
});

describe('coverView', () => {
  it('leaves out details that are missing or blank and says why there is a cover page', () => {
    const view = coverView(
      {
        officeName: OFFICE,
        receiveNumber: '๓',
        receivedAt: new Date('2026-12-02T07:30:00Z'),
        theirNumber: 'ศธ 04006/ว1234',
        subject: '  ',
      },
      'unreadable-pdf',
    );
    expect(view.letter).toEqual({
      receivedOn: '๒ ธันวาคม ๒๕๖๙',
      fromAgency: null,
      theirNumber: 'ศธ ๐๔๐๐๖/ว๑๒๓๔',
      theirDate: null,
      subject: null,
    });
    expect(view.note).toBe(COVER_NOTES['unreadable-pdf']);
  });
});
