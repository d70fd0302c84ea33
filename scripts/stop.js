#!/usr/bin/env node
/**
 * `npm stop`: ends every dev server this checkout runs — `npm start`'s preview, `npm run preview`,
 * `npm run dev-server` — by the records they keep (scripts/servers.js), signalling a PID only once its
 * command line shows it is still our server; and, on Windows and macOS, the Excel debugging session
 * (office-addin-debugging stop).
 */
const { spawnSync } = require("child_process");
const servers = require("./servers");

const WAIT_MS = 5000;

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function stopServers() {
  let stopped = 0;
  for (const record of servers.list()) {
    if (!servers.isOurs(record)) {
      // Stale: the server died without cleaning up, or its PID now belongs to another program.
      console.log(
        `Not running any more: ${record.name ?? "a server"} (PID ${record.pid}); its record is removed, nothing signalled.`,
      );
      servers.remove(record.pid);
      continue;
    }
    process.kill(record.pid, "SIGTERM");
    const deadline = Date.now() + WAIT_MS;
    while (servers.alive(record.pid) && Date.now() < deadline) sleep(100);
    if (servers.alive(record.pid)) {
      console.log(`${record.name} (PID ${record.pid}) did not stop within ${WAIT_MS / 1000} s: stopping it by force.`);
      if (servers.isOurs(record)) process.kill(record.pid, "SIGKILL");
    }
    servers.remove(record.pid);
    console.log(`Stopped ${record.name} at ${record.url} (PID ${record.pid}).`);
    stopped++;
  }
  return stopped;
}

const stopped = stopServers();
let sideloadStatus = 0;
if (process.platform === "win32" || process.platform === "darwin") {
  let tool = null;
  try {
    tool = require.resolve("office-addin-debugging/package.json", { paths: [servers.root] });
  } catch {
    // optional dependency not installed: there is no Excel session to stop
  }
  if (tool) {
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const r = spawnSync(npm, ["exec", "--", "office-addin-debugging", "stop", "manifest.xml"], {
      cwd: servers.root,
      stdio: "inherit",
      shell: process.platform === "win32",
    });
    sideloadStatus = r.status ?? 0;
  }
}
if (stopped === 0) console.log("No server of this project is running.");
process.exitCode = sideloadStatus;
