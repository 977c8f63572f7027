import { Role } from '@actorgraph/access';
import { registerEnumType } from '@nestjs/graphql';

// The rule itself lives in libs/access (the CLI needs it too); here it becomes a GraphQL enum.
export { Role, roleAllows } from '@actorgraph/access';

registerEnumType(Role, {
  name: 'Role',
  description: 'What an API key may do; each role includes the ones before it.',
  valuesMap: {
    READER: { description: 'Read every query (needed only when reads are not public).' },
    EDITOR: { description: 'Also write: the curation mutations.' },
    ADMIN: { description: 'Also manage API keys and load datasets in bulk.' },
  },
});
