// Unit tests of the runtime sources, next to the code (src/<feature>/*.spec.ts). Node alone: no Java, no generated
// client. Type errors are tsc's job (`npm run typecheck`); ts-jest only transpiles (isolatedModules).
/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  testMatch: ["<rootDir>/src/**/*.spec.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.json" }] },
  testEnvironment: "node",
};
