import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { ApiKeysResolver } from './api-keys.resolver';

@Module({ imports: [AccessModule], providers: [ApiKeysResolver] })
export class ApiKeysModule {}
