import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiResponse } from '@nestjs/swagger';

export class FieldErrorDto {
  @ApiProperty({ example: 'businessId' }) field: string;
  @ApiProperty({ example: 'not a valid Finnish business ID' }) message: string;
}

export class ProblemDto {
  @ApiProperty({ example: 'urn:kokeilu:problem:validation_failed' }) type: string;
  @ApiProperty({ example: 'Bad Request' }) title: string;
  @ApiProperty({ example: 400 }) status: number;
  @ApiProperty() detail: string;
  @ApiProperty({ example: 'validation_failed' }) code: string;
  @ApiPropertyOptional() instance?: string;
  @ApiPropertyOptional() requestId?: string;
  @ApiPropertyOptional({ type: [FieldErrorDto] }) errors?: FieldErrorDto[];
}

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input; `errors` names each field',
  401: 'Missing, expired or invalid credentials',
  403: 'Authenticated but not allowed',
  404: 'Not found, or not visible to the caller',
  409: 'Conflicts with the current state',
  413: 'Request body too large',
  422: 'Breaks a domain rule',
  429: 'Rate limit exceeded',
};

/** Documents the problem+json answers a route can give. */
export function ApiProblems(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status] ?? 'Error',
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDto' } } },
      }),
    ),
  );
}

/** A route that needs a signed-in user: documents the bearer scheme and the auth failures. */
export function ApiAuth(...extra: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(ApiBearerAuth(), ApiProblems(401, ...extra));
}
