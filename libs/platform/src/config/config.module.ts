import { DynamicModule, Global, Inject, Module } from '@nestjs/common';
import { AppConfig, loadConfig } from './config.js';

export const APP_CONFIG = Symbol('APP_CONFIG');
export const InjectConfig = () => Inject(APP_CONFIG);

@Global()
@Module({})
export class ConfigModule {
  /** Validates `env` once at boot; a bad value stops the process with a message per field. */
  static forRoot(env: Record<string, string | undefined> = process.env): DynamicModule {
    const config = loadConfig(env);
    return {
      module: ConfigModule,
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}

export type { AppConfig };
