#!/usr/bin/env node
/**
 * `npm start`: on Windows and macOS, build and sideload into Excel desktop with
 * office-addin-debugging (as the Yeoman Office templates do). Where Excel cannot be sideloaded
 * (Linux, CI, containers), or the sideloading tool is not installed (it is an optional dependency),
 * say so in one line and run the Excel-free preview (scripts/serve.js) in the foreground.
 */
const { spawn, spawnSync } = require("child_process");
const path = require("path");

const root = path.resolve(__dirname, "..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

function sideloadingTool() {
  try {
    return require.resolve("office-addin-debugging/package.json", { paths: [root] });
  } catch {
    return null;
  }
}

function whyNoExcel() {
  if (process.env.TIKTOK_ECONOMICS_FORCE_PREVIEW === "1") return "TIKTOK_ECONOMICS_FORCE_PREVIEW=1";
  if (process.env.CI) return "CI";
  if (process.platform !== "win32" && process.platform !== "darwin") return process.platform;
  if (!sideloadingTool()) return "the optional sideloading tool office-addin-debugging is not installed";
  return null;
}

function run(args) {
  const r = spawnSync(npm, args, { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const why = whyNoExcel();
if (why === null) {
  run(["run", "build:dev"]);
  run(["exec", "--", "office-addin-debugging", "start", "manifest.xml", "desktop"]);
} else {
  console.log(`Excel cannot be sideloaded here (${why}): starting the Excel-free preview instead (npm run preview).`);
  // The server runs as our child in the foreground; its own record lets `npm stop` end it.
  const child = spawn(process.execPath, [path.join(__dirname, "serve.js"), "preview"], { cwd: root, stdio: "inherit" });
  const forward = (signal) => () => child.kill(signal);
  process.on("SIGINT", forward("SIGINT"));
  process.on("SIGTERM", forward("SIGTERM"));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
