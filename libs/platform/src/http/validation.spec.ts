import { Type } from 'class-transformer';
import { IsEmail, IsInt, IsObject, IsString, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { DomainError } from '../errors/domain-error.js';
import { createValidationPipe } from './validation.js';

class AddressInput {
  @IsString() @MinLength(1) @MaxLength(10) street: string;
}

class SignUpInput {
  @IsEmail() @MaxLength(254) email: string;
  @IsString() @MinLength(12) @MaxLength(128) password: string;
  @IsInt() @Min(1) @Max(10) seats: number;
  @IsObject() @ValidateNested() @Type(() => AddressInput) address: AddressInput;
}

async function fieldsOf(body: unknown): Promise<{ field: string; message: string }[]> {
  try {
    await createValidationPipe().transform(body, { type: 'body', metatype: SignUpInput });
  } catch (error) {
    return (error as DomainError).details.fields ?? [];
  }
  return [];
}

describe('validation messages', () => {
  it('says once that each missing field is required', async () => {
    expect(await fieldsOf({})).toEqual([
      { field: 'email', message: 'email is required' },
      { field: 'password', message: 'password is required' },
      { field: 'seats', message: 'seats is required' },
      { field: 'address', message: 'address is required' },
    ]);
  });

  it('gives one message per field: the wrong type before the range, the range alone when the type is right', async () => {
    const fields = await fieldsOf({ email: 'anna@example.fi', password: 42, seats: 11, address: { street: '' } });
    expect(fields).toEqual([
      { field: 'password', message: 'password must be a string' },
      { field: 'seats', message: 'seats must not be greater than 10' },
      { field: 'address.street', message: 'street must be longer than or equal to 1 characters' },
    ]);
  });

  it('names a null where a value is required as required, and an unknown field as not accepted', async () => {
    const fields = await fieldsOf({ email: null, password: 'a-long-password', seats: 2, address: { street: 'Katu 1' }, admin: true });
    expect(fields).toEqual(
      expect.arrayContaining([
        { field: 'email', message: 'email is required' },
        { field: 'admin', message: 'admin is not an accepted field' },
      ]),
    );
    expect(fields).toHaveLength(2);
  });
});
