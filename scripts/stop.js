#!/usr/bin/env node
/**
 * `npm stop`: ends what `npm start` started — the Excel debugging session on Windows and macOS
 * (office-addin-debugging stop), or the preview/dev server it launched here, by its PID.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const pidFile = path.join(root, ".tmp", "start.pid");

if (fs.existsSync(pidFile)) {
  const pid = Number(fs.readFileSync(pidFile, "utf8"));
  try {
    // npm start runs the server in its own process group: stop the whole group.
    process.kill(process.platform === "win32" ? pid : -pid, "SIGTERM");
    console.log(`Stopped the server started by npm start (PID ${pid}).`);
  } catch {
    console.log(`The server started by npm start (PID ${pid}) was no longer running.`);
  }
  fs.rmSync(pidFile, { force: true });
} else if (process.platform === "win32" || process.platform === "darwin") {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const r = spawnSync(npm, ["exec", "--", "office-addin-debugging", "stop", "manifest.xml"], {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  process.exit(r.status ?? 0);
} else {
  console.log("Nothing to stop: npm start is not running.");
}
