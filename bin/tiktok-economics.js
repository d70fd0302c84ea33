#!/usr/bin/env node
// The formula-engine CLI. `npm install` builds it (the "prepare" script) into build/cli.
const path = require("path");
const fs = require("fs");

const built = path.join(__dirname, "..", "build", "cli", "cli", "cli.js");
if (!fs.existsSync(built)) {
  console.error("The CLI is not built yet: run `npm install` (or `npm run build:cli`) in the project folder.");
  process.exit(2);
}
const { run } = require(built);
run(process.argv.slice(2), {
  out: (text) => process.stdout.write(text + "\n"),
  err: (text) => process.stderr.write(text + "\n"),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`tiktok-economics: ${error && error.stack ? error.stack : error}`);
    process.exitCode = 70; // an internal error, not the user's input (EX_SOFTWARE)
  },
);
