// ESM TypeScript through ts-jest; run with NODE_OPTIONS=--experimental-vm-modules (see package.json).
const transform = { '^.+\\.ts$': ['ts-jest', { useESM: true }] };
const common = {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform,
  setupFiles: ['<rootDir>/tests/support/node-version.ts', '<rootDir>/tests/support/runner-stdout.ts']
};

export default {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/tests/integration/**/*.test.ts'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'] },
    // The emulators' answers against Azure's REST specifications (tests/conformance/specs) and Microsoft's examples.
    { ...common, displayName: 'conformance', testMatch: ['<rootDir>/tests/conformance/**/*.test.ts'] }
  ],
  testTimeout: 60000
};
