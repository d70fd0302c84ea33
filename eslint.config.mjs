// ESLint for `npm run lint` (office-addin-lint check): the Office add-in rules from
// eslint-plugin-office-addins on our TypeScript sources.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**", ".tmp/**"] },
  ...officeAddins.configs.recommended,
  {
    files: ["src/**/*.ts", "test/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
    // TypeScript checks names itself (and knows Office, document and the test globals).
    // The same name for a value and its type (Decimal) is idiomatic TypeScript.
    rules: { "no-undef": "off", "no-redeclare": "off" },
  },
  {
    files: ["**/*.js"],
    languageOptions: { ecmaVersion: "latest", sourceType: "commonjs", globals: { require: "readonly", module: "writable", process: "readonly", console: "readonly", Buffer: "readonly", __dirname: "readonly", setTimeout: "readonly", clearTimeout: "readonly" } },
  },
];
