import { toCsv } from './csv';

describe('toCsv', () => {
  it('quotes commas, quotes and newlines, and neutralises formulas', () => {
    const csv = toCsv(
      ['a', 'b'],
      [
        ['x,y', 'say "hi"'],
        ['=HYPERLINK("http://x")', null],
        ['line\nbreak', 5],
      ],
    );
    expect(csv).toBe(
      '\uFEFFa,b\r\n"x,y","say ""hi"""\r\n"\'=HYPERLINK(""http://x"")",\r\n"line\nbreak",5\r\n',
    );
  });
});
