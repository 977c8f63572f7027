export * from './coded-events';
export { ImportModule } from './import.module';
