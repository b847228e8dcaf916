// jest compiles the TypeScript sources to CommonJS with @swc/jest (legacy decorators with their
// metadata, as Nest needs) and loads the ESM-only packages of node_modules (NestJS 12 and
// friends) untransformed through require(esm), which jest supports on Node >= 24.9 with VM
// modules enabled (scripts/jest.mjs passes --experimental-vm-modules).
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
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: {
    '^@kokeilu/([a-z-]+)/([a-z-]+)$': '<rootDir>/libs/$1/src/$2.ts',
    '^@kokeilu/([a-z-]+)$': '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  cacheDirectory: '<rootDir>/.jest-cache',
};

module.exports = {
  // Global only: jest ignores testTimeout inside a project.
  testTimeout: 60_000,
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
    },
  ],
};
