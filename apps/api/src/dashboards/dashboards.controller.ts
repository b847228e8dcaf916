import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, Authenticated, CurrentActor } from '@kokeilu/access';
import { ApiProblems, UuidParam } from '@kokeilu/platform';
import { DashboardService } from '@kokeilu/results';
import { CallDashboardDto, CallResultsDto, CityDashboardDto, ProgrammeResultsDto } from './dashboards.dto.js';

@ApiTags('dashboards')
@Controller()
export class DashboardsController {
  constructor(private readonly dashboards: DashboardService) {}

  @Get('calls/:id/dashboard')
  @Authenticated(400, 403, 404)
  @ApiOperation({ summary: "A call's dashboard: applications over time, eligibility by rule, score distributions per criterion and per evaluator, reviewer progress, budget use" })
  @ApiOkResponse({
    type: CallDashboardDto,
    description: "For the coordinators of the call's city and admins (a national call: admins); 403 for others, 404 for them while the call is a draft.",
  })
  call(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.dashboards.call(actor, id);
  }

  @Get('cities/:id/dashboard')
  @Authenticated(400, 403, 404)
  @ApiOperation({ summary: "A city's dashboard: approved bookings per published bed per month, and each bed's use against its capacity" })
  @ApiOkResponse({ type: CityDashboardDto, description: "For the city's coordinators and admins; 403 for others." })
  city(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.dashboards.city(actor, id);
  }

  @Get('calls/:id/results')
  @ApiProblems(400, 404)
  @ApiOperation({ summary: "A decided call's public results: the funded projects, their grants, where the money goes and who pays" })
  @ApiOkResponse({
    type: CallResultsDto,
    description:
      'Public once the funding decision is made; 404 before, for everyone. Scores and people are left out. The first stage (ideas) of a two-stage call funds nothing and has no results of its own: 404 naming the call it leads to (`secondStageId`), which holds the results.',
  })
  results(@UuidParam('id') id: string) {
    return this.dashboards.results(null, id);
  }

  @Get('programme/results')
  @ApiOperation({ summary: "Where the programme's money goes across every decided call: by the call's city and by its focus area" })
  @ApiOkResponse({
    type: ProgrammeResultsDto,
    description:
      "Public. Each decided call's awarded grants count wholly towards its city and its focus area, so both lists add up to the total; calls not yet decided are left out. A two-stage call counts once: its first stage (ideas) funds nothing and is no call here.",
  })
  programme() {
    return this.dashboards.programme();
  }
}
