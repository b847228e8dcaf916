import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '../config/config.module.js';

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
        extra: { max: config.DATABASE_POOL_SIZE, application_name: 'kokeilu' },
        logging: false,
      }),
    }),
  ],
})
export class DatabaseModule {}
