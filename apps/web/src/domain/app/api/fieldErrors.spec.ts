import { ApiError } from './problems';
import { fieldErrorsOf } from './fieldErrors';

const problem = (status: number, errors: { field: string; message: string }[]) => new ApiError(status, status === 409 ? 'conflict' : 'validation_failed', { errors });

describe('fieldErrorsOf', () => {
  it('names each field of the form once, with its message key', () => {
    const error = problem(400, [
      { field: 'email', message: 'must be an e-mail address' },
      { field: 'email', message: 'is required' },
      { field: 'password', message: 'is too short' },
    ]);
    expect(fieldErrorsOf(error, ['email', 'password', 'displayName'] as const)).toEqual([
      { field: 'email', key: 'fieldErrors.email' },
      { field: 'password', key: 'fieldErrors.password' },
    ]);
  });

  it('says a conflict on a field is about a value already taken', () => {
    expect(fieldErrorsOf(problem(409, [{ field: 'businessId', message: 'is already registered' }]), ['businessId'] as const)).toEqual([
      { field: 'businessId', key: 'fieldErrors.businessIdTaken' },
    ]);
  });

  it('leaves out fields the form does not show, and errors that are not the API’s', () => {
    expect(fieldErrorsOf(problem(400, [{ field: 'version', message: 'is required' }]), ['name'] as const)).toEqual([]);
    expect(fieldErrorsOf(new Error('boom'), ['name'] as const)).toEqual([]);
  });
});
