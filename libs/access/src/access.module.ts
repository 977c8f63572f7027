import { Module } from '@nestjs/common';
import { ApiKeyStore } from './api-key.store';
import { KeyAuthenticator } from './key-authenticator';

/** API keys and their checking. Needs the (global) ConfigModule and Neo4jModule. */
@Module({ providers: [ApiKeyStore, KeyAuthenticator], exports: [ApiKeyStore, KeyAuthenticator] })
export class AccessModule {}
