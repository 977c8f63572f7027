/** What an API key may do; each role includes the ones before it. */
export enum Role {
  READER = 'reader',
  EDITOR = 'editor',
  ADMIN = 'admin',
}

const RANK: Record<Role, number> = { [Role.READER]: 0, [Role.EDITOR]: 1, [Role.ADMIN]: 2 };

/** True when a key with role `have` may do what needs `need`. */
export function roleAllows(have: Role, need: Role): boolean {
  return RANK[have] >= RANK[need];
}

/** The role named `text` (`reader`, `editor`, `admin`), or null. */
export function parseRole(text: string): Role | null {
  return (Object.values(Role) as string[]).includes(text) ? (text as Role) : null;
}
