#!/usr/bin/env node
/**
 * `npm start`: on Windows and macOS, build and sideload into Excel desktop with
 * office-addin-debugging (as the Yeoman Office templates do). Where Excel cannot be sideloaded
 * (Linux, CI, containers) say so in one line and start the Excel-free preview instead.
 */
const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const pkg = require(path.join(root, "package.json"));
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const pidFile = path.join(root, ".tmp", "start.pid");

function run(args) {
  const r = spawnSync(npm, args, { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

function canSideload() {
  if (process.env.TIKTOK_ECONOMICS_FORCE_PREVIEW === "1" || process.env.CI) return false;
  return process.platform === "win32" || process.platform === "darwin";
}

function startInBackground(args, description) {
  fs.mkdirSync(path.dirname(pidFile), { recursive: true });
  // Its own process group, so stopping it also stops the server npm starts underneath.
  const group = process.platform !== "win32";
  const child = spawn(npm, args, { cwd: root, stdio: "inherit", shell: !group, detached: group });
  fs.writeFileSync(pidFile, String(child.pid));
  if (description) console.log(description);
  const stop = () => {
    try {
      if (group) process.kill(-child.pid, "SIGTERM");
      else child.kill("SIGTERM");
    } catch {
      // already gone
    }
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  child.on("exit", (code) => {
    fs.rmSync(pidFile, { force: true });
    process.exit(code ?? 0);
  });
}

if (canSideload()) {
  run(["run", "build:dev"]);
  run(["exec", "--", "office-addin-debugging", "start", "manifest.xml", "desktop"]);
} else {
  const why = process.env.CI ? "CI" : process.platform;
  if (pkg.scripts.preview) {
    console.log(`Excel cannot be sideloaded here (${why}): starting the Excel-free preview instead (npm run preview).`);
    startInBackground(["run", "preview"], "");
  } else {
    console.log(
      `Excel cannot be sideloaded here (${why}): serving the add-in pages; sideload manifest.xml by hand (README "Sideloading").`,
    );
    run(["run", "build:dev"]);
    startInBackground(
      ["run", "dev-server"],
      [
        "The add-in is served at https://localhost:3000/taskpane.html.",
        "To use it in Excel on the web: open a workbook, Home > Add-ins > More add-ins > Upload My Add-in, and choose manifest.xml.",
        "Stop with Ctrl+C or `npm stop`.",
      ].join("\n"),
    );
  }
}
