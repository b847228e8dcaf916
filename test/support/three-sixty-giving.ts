import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { fullFormats } from 'ajv-formats/dist/formats.js';

/**
 * Validators for the 360Giving Data Standard's own schemas (copies in ./360giving, JSON Schema
 * 2020-12). Formats are checked: the standard's dates are `oneOf` a date-time format and a day
 * pattern, which only tells the two apart when formats are enforced.
 */

const read = (name: string) => JSON.parse(readFileSync(join(__dirname, '360giving', name), 'utf8')) as { $id: string; properties: { grants: { items: { $ref: string } } } };

export interface ThreeSixtyGivingValidators {
  package: ValidateFunction;
  grant: ValidateFunction;
}

let cached: ThreeSixtyGivingValidators | undefined;

export function threeSixtyGivingValidators(): ThreeSixtyGivingValidators {
  if (cached) return cached;
  const grantSchema = read('360-giving-schema.json');
  const packageSchema = read('360-giving-package-schema.json');
  // The standard's schemas carry their own keywords (codelist, rollUp …) that JSON Schema does not
  // define, and name the 2020-12 meta-schema by its http:// address, which Ajv does not hold: the
  // schemas are taken as the standard publishes them, without checking them against a meta-schema.
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false, formats: fullFormats });
  ajv.addSchema(grantSchema);
  // The package schema names the grant schema by the address of an earlier release: the same document here.
  const referenced = packageSchema.properties.grants.items.$ref;
  if (referenced !== grantSchema.$id) ajv.addSchema({ ...grantSchema, $id: referenced });
  cached = { package: ajv.compile(packageSchema), grant: ajv.getSchema(grantSchema.$id)! };
  return cached;
}

export function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`).join('\n');
}
