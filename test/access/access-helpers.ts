/** Headers that present an API key the way clients are told to. */
export function bearer(secret: string): Record<string, string> {
  return { authorization: `Bearer ${secret}` };
}

export const CREATE_KEY = `mutation Create($name: String!, $role: Role!) {
  createApiKey(name: $name, role: $role) { id name role secret }
}`;
export const REVOKE_KEY = 'mutation Revoke($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }';
export const LIST_KEYS = '{ apiKeys { id name role createdAt revokedAt } }';
export const STATS = '{ stats { actors } }';
