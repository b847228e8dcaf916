import { ApiProperty } from '@nestjs/swagger';
import { EligibilityVerdictDto } from './application.dto.js';

export class EligibilityPrecheckDto {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'The version of the working copy that was judged' }) version: number;
  @ApiProperty({ description: 'Every rule passed: a submission of this version would be judged eligible, the test beds and organisations staying as they are' })
  eligible: boolean;
  @ApiProperty({ type: [EligibilityVerdictDto], description: "Each of the call's rules in the order the eligibility check runs them, with its reason in fi, sv and en" })
  verdicts: EligibilityVerdictDto[];
}
