import { Module } from '@nestjs/common';
import { TestbedService } from './testbed.service.js';

/** Test beds: the catalogue cities publish and companies search. Policy and Audit come from global modules. */
@Module({
  providers: [TestbedService],
  exports: [TestbedService],
})
export class TestbedsModule {}
