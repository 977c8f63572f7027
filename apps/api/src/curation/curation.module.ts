import { NetworkModule } from '@actorgraph/network';
import { Module } from '@nestjs/common';
import { ChangesModule } from '../changes/changes.module';
import { AddAliasResolver } from './add-alias/add-alias.resolver';
import { AddAliasService } from './add-alias/add-alias.service';
import { CurationTransaction } from './curation-transaction';
import { DeleteInteractionResolver } from './delete-interaction/delete-interaction.resolver';
import { DeleteInteractionService } from './delete-interaction/delete-interaction.service';
import { MergeActorsResolver } from './merge-actors/merge-actors.resolver';
import { MergeActorsService } from './merge-actors/merge-actors.service';
import { RecordChecker } from './record-checker';
import { RecordInteractionResolver } from './record-interaction/record-interaction.resolver';
import { RecordInteractionService } from './record-interaction/record-interaction.service';
import { UpsertActorResolver } from './upsert-actor/upsert-actor.resolver';
import { UpsertActorService } from './upsert-actor/upsert-actor.service';
import { UpsertRelationResolver } from './upsert-relation/upsert-relation.resolver';
import { UpsertRelationService } from './upsert-relation/upsert-relation.service';

/** The curators' mutations: one folder per mutation, each write in one transaction with its change log entry. */
@Module({
  imports: [ChangesModule, NetworkModule],
  providers: [
    CurationTransaction,
    RecordChecker,
    UpsertActorResolver,
    UpsertActorService,
    AddAliasResolver,
    AddAliasService,
    RecordInteractionResolver,
    RecordInteractionService,
    UpsertRelationResolver,
    UpsertRelationService,
    MergeActorsResolver,
    MergeActorsService,
    DeleteInteractionResolver,
    DeleteInteractionService,
  ],
})
export class CurationModule {}
