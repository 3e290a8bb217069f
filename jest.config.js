// Handwritten tests. *.spec.ts needs nothing but Node; *.integ.spec.ts starts loopback servers;
// *.browser.spec.ts drives Debian's Chromium; *.jvm.spec.ts runs the pinned Smithy CLI (Java 17 + Maven).
// Suffixes say what a test needs.
/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  testMatch: ["<rootDir>/test/**/*.spec.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "<rootDir>/test/tsconfig.json" }] },
  globalSetup: "<rootDir>/test/support/global-setup.ts",
  testEnvironment: "node",
  modulePathIgnorePatterns: ["<rootDir>/build/", "<rootDir>/bench/", "<rootDir>/packages/[^/]+/src/"],
  testTimeout: 30000,
};
