/**
 * Records of the dev servers this checkout runs (`npm start`, `npm run preview`, `npm run dev-server`),
 * one file per server process under .tmp/servers, written and removed by that process only — so a
 * second server can never delete the first one's record. `npm stop` signals a recorded PID only after
 * checking that the process is still ours: same command line as recorded, naming scripts/serve.js,
 * and (where /proc tells) running in this folder. A reused PID is left alone.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
// TIKTOK_ECONOMICS_SERVERS_DIR: tests keep their records apart from servers a developer runs here.
const dir = process.env.TIKTOK_ECONOMICS_SERVERS_DIR || path.join(root, ".tmp", "servers");

function recordFile(pid) {
  return path.join(dir, `${pid}.json`);
}

function write(record) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(recordFile(record.pid), JSON.stringify(record, null, 2));
}

/** Removes the record of `pid` (a server removes only its own). */
function remove(pid) {
  fs.rmSync(recordFile(pid), { force: true });
}

function list() {
  if (!fs.existsSync(dir)) return [];
  const records = [];
  for (const name of fs.readdirSync(dir)) {
    if (!/^\d+\.json$/.test(name)) continue;
    try {
      records.push({ ...JSON.parse(fs.readFileSync(path.join(dir, name), "utf8")), file: path.join(dir, name) });
    } catch {
      records.push({ pid: Number(name.replace(".json", "")), file: path.join(dir, name), unreadable: true });
    }
  }
  return records;
}

/** The process's command line as one string, or null when it does not run (or cannot be read). */
function commandLine(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return null;
  if (process.platform === "linux") {
    try {
      return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean).join(" ");
    } catch {
      return null;
    }
  }
  if (process.platform === "win32") {
    const r = spawnSync(
      "powershell",
      ["-NoProfile", "-Command", `(Get-CimInstance Win32_Process -Filter "ProcessId=${pid}").CommandLine`],
      { encoding: "utf8" },
    );
    const text = (r.stdout || "").trim();
    return r.status === 0 && text ? text : null;
  }
  const r = spawnSync("ps", ["-o", "command=", "-p", String(pid)], { encoding: "utf8" });
  const text = (r.stdout || "").trim();
  return r.status === 0 && text ? text : null;
}

function workingDirectory(pid) {
  try {
    return fs.realpathSync(`/proc/${pid}/cwd`);
  } catch {
    return null; // not Linux, or not ours to read: the command line check stands alone
  }
}

/** True when the recorded process runs and is the server that wrote the record. */
function isOurs(record) {
  if (record.unreadable) return false;
  const line = commandLine(record.pid);
  if (line === null || line !== record.commandLine || !/serve\.js/.test(line)) return false;
  const cwd = workingDirectory(record.pid);
  return cwd === null || cwd === fs.realpathSync(root);
}

/** The command line this process would show to commandLine() (argv as the OS keeps it). */
function ownCommandLine() {
  return commandLine(process.pid) ?? [process.argv0, ...process.argv.slice(1)].join(" ");
}

/** Whether a process with this PID exists (EPERM: it does, owned by another user). */
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

module.exports = { root, dir, write, remove, list, isOurs, commandLine, ownCommandLine, alive };
