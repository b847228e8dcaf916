import Module from 'node:module';

/**
 * jest's globalSetup and globalTeardown run outside the module mapper, so the sources' ESM-style
 * `./x.js` imports are resolved here to the `./x.ts` files they name.
 */
const mod = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
const original = mod._resolveFilename;
mod._resolveFilename = function resolve(request: string, ...rest: unknown[]): string {
  try {
    return original.call(this, request, ...rest);
  } catch (error) {
    if (request.startsWith('.') && request.endsWith('.js')) return original.call(this, request.slice(0, -3), ...rest);
    throw error;
  }
};
