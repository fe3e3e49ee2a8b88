import { Module } from '@nestjs/common';
import { ActingHeadRepository } from './acting-head.repository';
import { DelegationSweep } from './delegation-sweep';

/**
 * Acting group heads' steps (issue 20). Depends on nothing of the org or memo modules, so the
 * org module (which gives and revokes delegations) and the scheduler can both run the sweep.
 */
@Module({
  providers: [ActingHeadRepository, DelegationSweep],
  exports: [DelegationSweep],
})
export class ActingHeadModule {}
