export { appConfigSchema, type AppConfig } from './app-config.schema';
export { ConfigError, loadAppConfig } from './load-app-config';
export { APP_CONFIG, ConfigModule } from './config.module';
export { SERVICE_VERSION } from './service-version';
