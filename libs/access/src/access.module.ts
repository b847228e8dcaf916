import { Global, Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { ActorLoader } from './actor-loader.js';
import { JwtSessionStrategy, JwtStrategy } from './jwt.strategy.js';
import { Policy } from './policy.service.js';

@Global()
@Module({
  imports: [PassportModule],
  providers: [ActorLoader, Policy, JwtStrategy, JwtSessionStrategy],
  exports: [ActorLoader, Policy],
})
export class AccessModule {}
