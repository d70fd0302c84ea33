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
  moduleNameMapper: {
    // office-addin-manifest pulls an ESM-only dependency that Jest cannot load; tests that need
    // the manifest parse it themselves.
    "^office-addin-manifest$": "<rootDir>/test/support/office-addin-manifest-stub.js",
  },
  setupFiles: ["<rootDir>/test/support/custom-functions-stub.ts"],
  testTimeout: 60000,
};
