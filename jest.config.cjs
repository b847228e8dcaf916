// jest runs the ESM sources as CommonJS: @swc/jest compiles TypeScript and the ESM-only packages
// in node_modules (NestJS 12 and friends) to CommonJS, cached in .jest-cache. On Node 24 jest could
// load those packages untransformed through require(esm), but only with --experimental-vm-modules,
// and that flag alone doubles the CPU time of the unit tests (measured: 22.7 s → 41.5 s of CPU for
// the same 511 tests), so the transform stays.
const fs = require('node:fs');
const path = require('node:path');

function esmPackages(dir = path.join(__dirname, 'node_modules')) {
  const names = [];
  for (const entry of fs.readdirSync(dir)) {
    if (entry.startsWith('.')) continue;
    const full = path.join(dir, entry);
    if (entry.startsWith('@')) {
      for (const sub of fs.readdirSync(full)) names.push(...checkPackage(path.join(full, sub), `${entry}/${sub}`));
    } else {
      names.push(...checkPackage(full, entry));
    }
  }
  return names;
}

function checkPackage(dir, name) {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    return pkg.type === 'module' ? [name] : [];
  } catch {
    return [];
  }
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
// CommonJS packages that import() an ESM-only one: jest's CommonJS runtime cannot run a dynamic
// import, so these are transformed too (swc turns the import() into a require()).
const dynamicImporters = ['@fastify/cookie'];
const esm = [...esmPackages(), ...dynamicImporters];

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      keepClassNames: true,
      target: 'es2024',
    },
    module: { type: 'commonjs', ignoreDynamic: false },
  },
];

const common = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j|mj)s$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(${esm.map(escape).join('|')})/)`],
  moduleNameMapper: {
    '^@kokeilu/([a-z-]+)/([a-z-]+)$': '<rootDir>/libs/$1/src/$2.ts',
    '^@kokeilu/([a-z-]+)$': '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  cacheDirectory: '<rootDir>/.jest-cache',
};

module.exports = {
  // Two files at a time, also on two cores (jest's default would be one worker there): an e2e file
  // spends most of its time waiting on PostgreSQL, Redis, the queue worker and the browser, and
  // files never meet, each having its own database copy, Redis key prefix, mail folder, ports,
  // throwaway redis-server and child processes (`--runInBand` runs them in turn).
  maxWorkers: 2,
  // Global only: jest ignores testTimeout inside a project. A hang detector, not a speed limit: two
  // files share the two cores, so a step may take twice as long as it would alone.
  testTimeout: 120_000,
  // Every suite closes what it opens; this only keeps a stray socket from holding a CI run open.
  forceExit: true,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/global-setup.ts',
      globalTeardown: '<rootDir>/test/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/test/support/contract-hooks.ts'],
    },
  ],
};
