import Handlebars from 'handlebars';
import { closingStart, TEMPLATE_HELPERS } from './template-helpers';

const hbs = Handlebars.create();
for (const [name, helper] of Object.entries(TEMPLATE_HELPERS)) hbs.registerHelper(name, helper);
const render = (source: string, context: object): string =>
  hbs.compile(source, { strict: true })(context);

describe('template helpers', () => {
  const at = new Date('2022-05-02T02:30:00Z'); // 09:30 in Bangkok

  it('writes Thai digits and Thai dates in Bangkok time', () => {
    expect(render('{{thai t}}', { t: 'ศธ 04305/123 โทร. 0 4251 1111' })).toBe(
      'ศธ ๐๔๓๐๕/๑๒๓ โทร. ๐ ๔๒๕๑ ๑๑๑๑',
    );
    expect(render('{{thaiDate d}}', { d: at })).toBe('๒ พฤษภาคม ๒๕๖๕');
    expect(render('{{thaiShortDate d}}', { d: at })).toBe('๒ พ.ค. ๖๕');
    expect(render('{{thaiTime d}}', { d: at })).toBe('๐๙.๓๐ น.');
  });

  it('dates issuances with the era: ๑๙ มกราคม พ.ศ. ๒๕๖๔ (N4)', () => {
    expect(render('{{thaiDateEra d}}', { d: new Date('2021-01-19T03:00:00Z') })).toBe(
      '๑๙ มกราคม พ.ศ. ๒๕๖๔',
    );
  });

  it('keeps the last paragraph with the signature, and the one before a one-line closing (R2)', () => {
    const long = 'ก'.repeat(200);
    expect(closingStart([])).toBe(0);
    expect(closingStart(['จึงเรียนมาเพื่อโปรดทราบ'])).toBe(0);
    expect(closingStart([long, long, long])).toBe(2);
    expect(closingStart([long, long, 'จึงเรียนมาเพื่อโปรดทราบ'])).toBe(1);
    expect(render('{{#each (leadingParagraphs p)}}[{{this}}]{{/each}}', { p: ['a', 'b'] })).toBe(
      '',
    );
    expect(render('{{#each (closingParagraphs p)}}[{{this}}]{{/each}}', { p: ['a', 'b'] })).toBe(
      '[a][b]',
    );
  });

  it('keeps the digits of web and e-mail addresses ASCII', () => {
    expect(render('{{thai t}}', { t: 'ดู https://a.go.th/q1 หรือ it2@a.go.th ข้อ 3' })).toBe(
      'ดู https://a.go.th/q1 หรือ it2@a.go.th ข้อ ๓',
    );
  });

  it('numbers list items from ๑.', () => {
    expect(render('{{#each l}}[{{itemNumber @index}}]{{/each}}', { l: ['a', 'b'] })).toBe(
      '[๑.][๒.]',
    );
    expect(() => render('{{itemNumber n}}', { n: 'x' })).toThrow(/@index/);
  });

  it('escapes what it returns', () => {
    expect(render('{{thai t}}', { t: '<b>1</b>' })).toBe('&lt;b&gt;๑&lt;/b&gt;');
  });

  it('labels urgency and secrecy, and nothing for normal', () => {
    expect(render('[{{urgencyLabel u}}]', { u: 'very_urgent' })).toBe('[ด่วนมาก]');
    expect(render('[{{urgencyLabel u}}]', { u: 'normal' })).toBe('[]');
    expect(render('[{{secrecyLabel s}}]', { s: 'secret' })).toBe('[ลับมาก]');
    expect(() => render('{{urgencyLabel u}}', { u: 'asap' })).toThrow(/Unknown urgency/);
  });

  it('escapes every character of CSS text but letters and digits', () => {
    expect(render("'{{cssText c}}'", { c: "K7Q2-9XMP'</style>" })).toBe(
      "'K7Q2\\2d 9XMP\\27 \\3c \\2f style\\3e '",
    );
  });

  it('refuses a missing date instead of printing "Invalid Date"', () => {
    expect(() => render('{{thaiDate d}}', { d: null })).toThrow(/valid Date/);
    expect(() => render('{{thaiDate d}}', { d: new Date('x') })).toThrow(/valid Date/);
  });

  it('draws a QR code as markup without the encoded text', () => {
    const url = 'https://example.invalid/verify/<b>';
    const svg = render('{{qrCode u}}', { u: url });
    expect(svg).toMatch(
      /^<svg [^>]*class="qr"[^>]*><path fill="#000" d="(M\d+ \d+h1v1h-1z)+"\/><\/svg>$/,
    );
    expect(svg).not.toContain('example');
  });
});
