#!/usr/bin/env node
/**
 * The checks `npm test` runs before Jest: the type check, the lint and the CLI build, side by side
 * (each is one process on one core) and with their caches (.tmp/tsc, .tmp/eslint, build/cli), so an
 * unchanged tree is checked in seconds. The commands are package.json's own: `npm run typecheck` and
 * `npm run build:cli` as written there, and `npm run lint`'s files with the ESLint config
 * office-addin-lint check uses, plus a cache. Each one's output is printed whole, in this order; any
 * failure fails the run.
 */
const { spawn } = require("child_process");
const path = require("path");

const root = path.resolve(__dirname, "..");
const bin = (pkg, file) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
const tsc = bin("typescript", "bin/tsc");
const eslint = bin("eslint", "bin/eslint.js");

const { scripts } = require("../package.json");

/** A package.json script that runs tsc, as arguments for node (its options are all plain words). */
function tscScript(name) {
  const [command, ...options] = scripts[name].split(" ");
  if (command !== "tsc") throw new Error(`scripts.${name} no longer starts with tsc: update scripts/checks.js`);
  return [tsc, ...options];
}

/** The files `npm run lint` checks (its --files glob). */
const lintFiles = /--files "([^"]+)"/.exec(scripts.lint)?.[1];
if (!lintFiles) throw new Error("scripts.lint has no --files glob: update scripts/checks.js");

const CHECKS = [
  { name: "typecheck", args: tscScript("typecheck") },
  {
    name: "lint",
    args: [eslint, "-c", "eslint.config.mjs", "--cache", "--cache-location", ".tmp/eslint/cache", lintFiles],
  },
  { name: "build:cli", args: tscScript("build:cli") },
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
