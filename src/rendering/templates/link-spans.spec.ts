import { linkSpans, toThaiDigitsOutsideLinks } from './link-spans';

const found = (text: string): string[] => linkSpans(text).map((s) => text.slice(s.start, s.end));

describe('web and e-mail addresses in document text', () => {
  it('finds http, https and www addresses up to white space, Thai script or end punctuation', () => {
    expect(found('ดูที่ https://www.nkp2.go.th/ita/2568?id=7 ภายในวันที่ 5')).toEqual([
      'https://www.nkp2.go.th/ita/2568?id=7',
    ]);
    expect(found('แบบฟอร์ม (http://a.go.th/f1.pdf), และwww.obec.go.th/64ได้')).toEqual([
      'http://a.go.th/f1.pdf',
      'www.obec.go.th/64',
    ]);
    expect(found('ลิงก์ HTTPS://A.GO.TH/1\u00a0ฉบับที่ 2')).toEqual(['HTTPS://A.GO.TH/1']);
    expect(found('<a href="http://127.0.0.1:8080/x">')).toEqual(['http://127.0.0.1:8080/x']);
  });

  it('finds e-mail addresses, also right after Thai text', () => {
    expect(found('ส่งที่อีเมลsaraban04305@obec2.go.th หรือ a.b+1@mail.example.com.')).toEqual([
      'saraban04305@obec2.go.th',
      'a.b+1@mail.example.com',
    ]);
  });

  it('ignores what only looks like an address', () => {
    expect(found('ข้อ 1.2 ครั้งที่ 3/2568 @ห้องประชุม 2 wwwx.go.th http:// shttp://x.th')).toEqual([]);
  });

  it('merges an e-mail address inside a URL into the URL', () => {
    expect(found('https://x.th/?to=a1@b2.th ok')).toEqual(['https://x.th/?to=a1@b2.th']);
  });

  it('keeps digits of addresses ASCII and writes every other digit in Thai', () => {
    expect(
      toThaiDigitsOutsideLinks(
        'ภายใน 15 วัน ที่ https://ita.go.th/2568/q1 หรือ it2@nkp.go.th โทร. 0 4251 1111',
      ),
    ).toBe('ภายใน ๑๕ วัน ที่ https://ita.go.th/2568/q1 หรือ it2@nkp.go.th โทร. ๐ ๔๒๕๑ ๑๑๑๑');
    expect(toThaiDigitsOutsideLinks('ศธ 04305/123')).toBe('ศธ ๐๔๓๐๕/๑๒๓');
    expect(toThaiDigitsOutsideLinks('')).toBe('');
  });
});
