import type { OnApplicationShutdown } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig, type DatabaseConfig } from '@app/config';
import { dataSourceOptions, guardDataSourceConnections } from '@app/database';
import { ACCESS_ENTITIES } from './tables';

/** Injects the DataSource of the access core's database (`@Inject(ACCESS_DATA_SOURCE)`). */
export const ACCESS_DATA_SOURCE = Symbol('ACCESS_DATA_SOURCE');

/**
 * Where the access core's tables are, when not in the app's own database (ACCESS_DATABASE_URL
 * names another one); null when they are in the same one.
 */
export function separateAccessDatabase(database: DatabaseConfig): DatabaseConfig | null {
  if (database.accessUrl === undefined || database.accessUrl === database.url) return null;
  return { ...database, url: database.accessUrl, accessUrl: undefined };
}

/**
 * The access core's connection for one app: the app's own DataSource when the core's tables are
 * in the same database (no second pool), else one of its own to ACCESS_DATABASE_URL, closed
 * with the app. Every read and write of the `access` schema goes through it, so a context whose
 * records live elsewhere still decides and records in the one core.
 */
export class AccessDatabase implements OnApplicationShutdown {
  private constructor(
    readonly dataSource: DataSource,
    private readonly owned: boolean,
  ) {}

  static async open(own: DataSource, config: AppConfig): Promise<AccessDatabase> {
    const separate = separateAccessDatabase(config.database);
    if (!separate) return new AccessDatabase(own, false);
    // Named as the app's own connections are: the database's sessions say which app they serve.
    const { applicationName = 'sochung' } = own.options as { applicationName?: string };
    const dataSource = await new DataSource(
      dataSourceOptions(separate, { entities: ACCESS_ENTITIES, applicationName }),
    ).initialize();
    guardDataSourceConnections(dataSource);
    return new AccessDatabase(dataSource, true);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.owned && this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

export const accessDatabaseProviders = [
  {
    provide: AccessDatabase,
    inject: [getDataSourceToken(), APP_CONFIG],
    useFactory: (own: DataSource, config: AppConfig) => AccessDatabase.open(own, config),
  },
  { provide: ACCESS_DATA_SOURCE, inject: [AccessDatabase], useFactory: (access: AccessDatabase) => access.dataSource },
];
