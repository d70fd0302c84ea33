#!/usr/bin/env node
/**
 * The checks `npm test` runs before Jest: the type check, the lint and the CLI build, side by side
 * (each is one process on one core) and with their caches (.tmp/tsc, .tmp/eslint, build/cli), so an
 * unchanged tree is checked in seconds. Same compiler options, same ESLint config and files as
 * `npm run typecheck`, `npm run lint` (office-addin-lint check runs this ESLint with this config) and
 * `npm run build:cli`. Each one's output is printed whole, in this order; any failure fails the run.
 */
const { spawn } = require("child_process");
const path = require("path");

const root = path.resolve(__dirname, "..");
const bin = (pkg, file) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
const tsc = bin("typescript", "bin/tsc");
const eslint = bin("eslint", "bin/eslint.js");

const CHECKS = [
  {
    name: "typecheck",
    args: [
      tsc,
      "--noEmit",
      "-p",
      "tsconfig.json",
      "--incremental",
      "--tsBuildInfoFile",
      ".tmp/tsc/typecheck.tsbuildinfo",
    ],
  },
  {
    name: "lint",
    args: [
      eslint,
      "-c",
      "eslint.config.mjs",
      "--cache",
      "--cache-location",
      ".tmp/eslint/cache",
      "{src,test,scripts}/**/*.{ts,js}",
    ],
  },
  { name: "build:cli", args: [tsc, "-p", "tsconfig.cli.json"] },
];

function run(check) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, check.args, { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", (e) => resolve({ check, code: 1, output: String(e), seconds: 0 }));
    child.on("close", (code) => resolve({ check, code, output, seconds: (Date.now() - started) / 1000 }));
  });
}

Promise.all(CHECKS.map(run)).then((results) => {
  let failed = false;
  for (const r of results) {
    const ok = r.code === 0;
    failed ||= !ok;
    process.stdout.write(`${ok ? "✓" : "✗"} ${r.check.name} (${r.seconds.toFixed(1)} s)\n`);
    if (r.output.trim() !== "") process.stdout.write(r.output.endsWith("\n") ? r.output : `${r.output}\n`);
  }
  process.exit(failed ? 1 : 0);
});
