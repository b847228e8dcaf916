// jest's globalSetup and globalTeardown run outside its module mapper, so the sources' ESM-style
// `./x.js` imports are resolved here to the `./x.ts` files they name.
const Module = require('node:module');

const original = Module._resolveFilename;
Module._resolveFilename = function resolve(request, ...rest) {
  try {
    return original.call(this, request, ...rest);
  } catch (error) {
    if (request.startsWith('.') && request.endsWith('.js')) return original.call(this, request.slice(0, -3), ...rest);
    throw error;
  }
};
