import { homeOf, navFor } from './nav';

const hrefs = (roles: Parameters<typeof navFor>[0]) => navFor(roles, '/inbox').map((l) => l.href);

describe('navFor', () => {
  it('shows each role the sections its permissions open', () => {
    expect(hrefs(['officer'])).toEqual(['/inbox', '/memos/new', '/oit']);
    expect(hrefs(['registrar', 'officer'])).toEqual([
      '/inbox',
      '/memos/new',
      '/incoming',
      '/incoming/new',
      '/oit',
      '/registers',
      '/audit',
    ]);
    expect(hrefs(['admin'])).toEqual(['/oit', '/registers', '/audit', '/admin', '/admin/import']);
    expect(hrefs(['platform_admin'])).toEqual(['/platform']);
    expect(hrefs(['director'])).toEqual([
      '/inbox',
      '/memos/new',
      '/incoming',
      '/oit',
      '/registers',
      '/audit',
    ]);
  });

  it('marks the import page, not the admin page, current on /admin/import', () => {
    const current = navFor(['admin'], '/admin/import').filter((l) => l.current);
    expect(current.map((l) => l.href)).toEqual(['/admin/import']);
  });

  it('marks the longest matching section current', () => {
    const current = navFor(['officer'], '/memos/new').filter((l) => l.current);
    expect(current.map((l) => l.href)).toEqual(['/memos/new']);
    const desk = navFor(['registrar'], '/incoming/new').filter((l) => l.current);
    expect(desk.map((l) => l.href)).toEqual(['/incoming/new']);
    const letter = navFor(['registrar'], '/incoming/12').filter((l) => l.current);
    expect(letter.map((l) => l.href)).toEqual(['/incoming']);
  });

  it('says on the inbox link how many items wait, in Thai digits, and nothing when none', () => {
    const inbox = (waiting?: number) => navFor(['director'], '/oit', waiting)[0];
    expect(inbox(3)).toMatchObject({ href: '/inbox', badge: 'รอท่าน ๓' });
    expect(inbox(120).badge).toBe('รอท่าน ๑๒๐');
    expect(inbox(0).badge).toBe('');
    expect(inbox().badge).toBe('');
    expect(navFor(['director'], '/oit', 3).filter((l) => l.badge)).toHaveLength(1);
  });

  it('lands staff on the inbox and the administrator on the admin page', () => {
    expect(homeOf(['deputy'])).toBe('/inbox');
    expect(homeOf(['admin'])).toBe('/admin');
    expect(homeOf(['platform_admin'])).toBe('/platform');
  });
});
