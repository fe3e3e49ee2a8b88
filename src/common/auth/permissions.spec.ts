import { may, PERMISSION_NAMES, PERMISSIONS, rolesFor } from './permissions';
import { isRole, OFFICE_ROLES, ROLES } from './roles';

describe('permissions map', () => {
  it('names only known roles, each permission held by someone', () => {
    for (const name of PERMISSION_NAMES) {
      expect(rolesFor(name).length).toBeGreaterThan(0);
      expect(rolesFor(name).filter((r) => !isRole(r))).toEqual([]);
    }
  });

  it('lets the whole office see the OIT dashboard; only the coordinator decides links', () => {
    expect([...PERMISSIONS.viewOitDashboard].sort()).toEqual([...OFFICE_ROLES].sort());
    expect(ROLES.filter((r) => may([r], 'decideOitLinks'))).toEqual(['oit_coordinator']);
  });

  it('gives the platform administrator offices only, nothing of an office’s work', () => {
    const held = PERMISSION_NAMES.filter((p) => may(['platform_admin'], p));
    expect(held).toEqual(['manageOffices']);
    expect(ROLES.filter((r) => may([r], 'manageOffices'))).toEqual(['platform_admin']);
  });

  it('answers for any of several roles held at once', () => {
    expect(may(['officer'], 'approve')).toBe(false);
    expect(may(['officer', 'group_head'], 'approve')).toBe(true);
    expect(may(['admin'], 'draft')).toBe(false);
    expect(may([], 'viewOitDashboard')).toBe(false);
  });
});
