import { parseRole, Role, roleAllows } from './role';

describe('roles', () => {
  it.each([
    [Role.READER, Role.READER, true],
    [Role.READER, Role.EDITOR, false],
    [Role.READER, Role.ADMIN, false],
    [Role.EDITOR, Role.READER, true],
    [Role.EDITOR, Role.EDITOR, true],
    [Role.EDITOR, Role.ADMIN, false],
    [Role.ADMIN, Role.READER, true],
    [Role.ADMIN, Role.EDITOR, true],
    [Role.ADMIN, Role.ADMIN, true],
  ])('a %s key may do what needs %s: %s', (have, need, allowed) => {
    expect(roleAllows(have, need)).toBe(allowed);
  });

  it('reads role names and nothing else', () => {
    expect(parseRole('editor')).toBe(Role.EDITOR);
    expect(parseRole('EDITOR')).toBeNull();
    expect(parseRole('root')).toBeNull();
  });
});
