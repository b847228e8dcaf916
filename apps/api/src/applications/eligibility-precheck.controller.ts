import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, Authenticated, CurrentActor } from '@kokeilu/access';
import { EligibilityPrecheckService } from '@kokeilu/applications';
import { UuidParam } from '@kokeilu/platform';
import { EligibilityPrecheckDto } from './eligibility-precheck.dto.js';

@ApiTags('applications')
@Controller('applications/:id/eligibility')
export class EligibilityPrecheckController {
  constructor(private readonly prechecks: EligibilityPrecheckService) {}

  @Get('precheck')
  @Authenticated(400, 403, 404)
  @ApiOperation({ summary: "Runs the call's eligibility rules on the working copy without submitting it" })
  @ApiOkResponse({
    type: EligibilityPrecheckDto,
    description:
      'A dry run of the check a submission starts: the working copy with the partners that have accepted, judged by the same rules. Stores nothing. ' +
      'The consortium only: the call’s city, its deciders and evaluators get 403.',
  })
  precheck(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.prechecks.precheck(actor, id);
  }
}
