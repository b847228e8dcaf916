// Runs a TypeScript entry point of the sources in a child process the way jest runs them in the
// test process: `node test/support/run-ts.cjs apps/worker/src/main.ts`. Each .ts file is compiled
// to CommonJS by @swc/core with the project's decorator settings; `@kokeilu/<lib>` resolves to
// libs/<lib>/src/index.ts (`@kokeilu/<lib>/<entry>` to libs/<lib>/src/<entry>.ts) and `./x.js`
// to `./x.ts`; ESM-only packages load through require(esm).
const Module = require('node:module');
const fs = require('node:fs');
const path = require('node:path');
const swc = require('@swc/core');

const root = path.resolve(__dirname, '../..');
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function resolve(request, ...rest) {
  const lib = /^@kokeilu\/([a-z-]+)(?:\/([a-z-]+))?$/.exec(request);
  if (lib) return path.join(root, 'libs', lib[1], 'src', `${lib[2] ?? 'index'}.ts`);
  try {
    return resolveFilename.call(this, request, ...rest);
  } catch (error) {
    if (request.startsWith('.') && request.endsWith('.js')) return resolveFilename.call(this, `${request.slice(0, -3)}.ts`, ...rest);
    throw error;
  }
};

Module._extensions['.ts'] = function compile(module, filename) {
  const { code } = swc.transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    sourceMaps: 'inline',
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      keepClassNames: true,
      target: 'es2022',
    },
    module: { type: 'commonjs', ignoreDynamic: true },
  });
  module._compile(code, filename);
};

require(path.resolve(process.argv[2]));
