export { AccessModule } from './access.module';
export { apiKeyId, apiKeyMatches, generateApiKey, hashApiKey, type GeneratedApiKey } from './api-key-secret';
export { ApiKeyStore, type ApiKeyRecord, type StoredApiKey } from './api-key.store';
export { parseConfiguredKeys, type ConfiguredKey } from './configured-keys';
export { KeyAuthenticator, type AuthenticatedKey } from './key-authenticator';
export { parseRole, Role, roleAllows } from './role';
