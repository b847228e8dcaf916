// Loaded into every e2e test file (jest's setupFilesAfterEnv): a response that drifts from the
// OpenAPI document fails the supertest request that received it, and any drift no request claimed
// (a request made with fetch, say) fails the test after which it is found.
import { Test } from 'supertest';
import { describeDrifts, recordContractCounts, takeAllDrifts, takeDrift } from './contract.js';

type Assert = (this: Test, error: Error | null, res: { headers: Record<string, string> } | undefined, fn?: (error: Error | null, res: unknown) => void) => void;

const proto = Test.prototype as unknown as { assert: Assert };
const assert = proto.assert;
proto.assert = function assertAndCheckContract(this: Test, error, res, fn) {
  const drift = takeDrift(res?.headers?.['x-request-id']);
  if (!drift || !fn) return assert.call(this, error, res, fn);
  return assert.call(this, error, res, (own, response) => fn.call(this, own ?? new Error(describeDrifts([drift])), response));
};

afterEach(() => {
  const left = takeAllDrifts();
  if (left.length) throw new Error(describeDrifts(left));
});

afterAll(() => {
  recordContractCounts();
  const left = takeAllDrifts();
  if (left.length) throw new Error(describeDrifts(left));
});
