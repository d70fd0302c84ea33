/** Jest: TypeScript through SWC (fast); `npm run typecheck` (tsc) is the type check. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.(t|j)s$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "typescript" }, target: "es2020" }, module: { type: "commonjs" } },
    ],
  },
  setupFiles: ["<rootDir>/test/support/custom-functions-stub.ts"],
  testTimeout: 60000,
  // Jest's default (cores − 1) runs a 2-core machine serially; the suite is CPU-bound, so use both.
  maxWorkers: 2,
  // The first suite needing each shared test build starts first, so no worker idles waiting for one.
  testSequencer: "<rootDir>/test/support/sequencer.js",
};
