import { registerEnumType } from '@nestjs/graphql';

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

registerEnumType(Role, {
  name: 'Role',
  description: 'What an API key may do; each role includes the ones before it.',
  valuesMap: {
    READER: { description: 'Read every query (needed only when reads are not public).' },
    EDITOR: { description: 'Also write: the curation mutations.' },
    ADMIN: { description: 'Also manage API keys and load datasets in bulk.' },
  },
});
