import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import pg from 'pg';
import { APP_CONFIG, AppConfig } from '../config/config.module.js';

/**
 * A pooled connection whose backend dies while it is checked out but between queries (the server
 * terminated it, a failover) emits 'error' with no listener attached: the pool listens only to
 * idle connections, and TypeORM drops its listener once it released the connection. Unheard, that
 * event would end the process. The failure still reaches the code using the connection (its next
 * query fails, and the pool discards it), so this listener only keeps the event from crashing it.
 */
export class PooledClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    this.on('error', () => undefined);
  }
}

/** The TypeORM connection. The schema is owned by migrations (`schema.ts`), never synchronised. */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        type: 'postgres' as const,
        url: config.DATABASE_URL,
        autoLoadEntities: true,
        synchronize: false,
        migrationsRun: false,
        extra: { max: config.DATABASE_POOL_SIZE, application_name: 'kokeilu', Client: PooledClient },
        logging: false,
      }),
    }),
  ],
})
export class DatabaseModule {}
