import { Module } from '@nestjs/common';
import { ChangeRecorder } from './change-recorder';

/** The change log's writer, for the API's mutations and the CLI's loads and imports. Needs the (global) Neo4jModule. */
@Module({ providers: [ChangeRecorder], exports: [ChangeRecorder] })
export class ChangeLogModule {}
