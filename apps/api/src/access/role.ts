// The rule itself lives in libs/access (the CLI needs it too); schema/graphql-enums.ts makes Role a GraphQL enum.
export { Role, roleAllows } from '@actorgraph/access';
