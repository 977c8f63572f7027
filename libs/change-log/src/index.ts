export { BulkChangeLog, type BatchChangeSink } from './bulk-change-log';
export { BULK_OPERATIONS, type ChangeAuthor, type ChangeEntry, type ChangeRecord } from './change-entry';
export { ChangeLogModule } from './change-log.module';
export { ChangeRecorder } from './change-recorder';
