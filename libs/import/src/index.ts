export * from './coded-events';
export * from './table';
export { ImportModule } from './import.module';
