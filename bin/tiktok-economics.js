#!/usr/bin/env node
// The formula-engine CLI. `npm install` builds it (the "prepare" script) into build/cli.
const path = require("path");
const fs = require("fs");

const built = path.join(__dirname, "..", "build", "cli", "cli", "cli.js");
if (!fs.existsSync(built)) {
  console.error("The CLI is not built yet: run `npm install` (or `npm run build:cli`) in the project folder.");
  process.exit(2);
}
const { main } = require(built);
const code = main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text + "\n"),
  err: (text) => process.stderr.write(text + "\n"),
});
process.exitCode = code;
