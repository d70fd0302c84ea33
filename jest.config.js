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
};
