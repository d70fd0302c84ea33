#!/usr/bin/env node
/**
 * Runs one dev server in this process: `node scripts/serve.js preview` (the Excel-free preview,
 * `npm run preview`, and `npm start` where Excel cannot be sideloaded) or `node scripts/serve.js
 * dev-server` (the add-in pages for Excel, `npm run dev-server`). webpack-dev-server runs in-process
 * so the recorded PID is the server itself and `npm stop` needs no process-group guessing.
 *
 * Ports: the preview uses PREVIEW_PORT, or from 3000 the first free port (printed). The add-in dev
 * server must use package.json config.dev_server_port (3000): the manifest points at it. A taken
 * port is reported in one line — which port, who holds it if it is ours, how to choose another —
 * never with a stack trace. Both bind localhost unless PREVIEW_HOST / DEV_SERVER_HOST say otherwise.
 */
const fs = require("fs");
const net = require("net");
const path = require("path");
const servers = require("./servers");

const pkg = require(path.join(servers.root, "package.json"));

const KINDS = {
  preview: {
    name: "the Excel-free preview",
    config: "webpack.preview.config.js",
    portVariable: "PREVIEW_PORT",
    hostVariable: "PREVIEW_HOST",
    defaultPort: 3000,
    // Nothing else points at the preview's port, so a taken default moves on to the next free one.
    portMayMove: true,
  },
  "dev-server": {
    name: "the add-in dev server",
    config: "webpack.config.js",
    portVariable: null,
    hostVariable: "DEV_SERVER_HOST",
    defaultPort: Number(pkg.config.dev_server_port),
    portMayMove: false,
  },
};
const PORTS_TO_TRY = 20;
/** How many servers of one kind at once get a compile cache (npm start and npm run preview make two). */
const CACHE_SLOTS = 3;

class StartError extends Error {}

/** Resolves true when host:port can be bound now (the server binds it a moment later). */
function portIsFree(host, port) {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error) => {
      if (error.code === "EADDRINUSE" || error.code === "EACCES") resolve(false);
      else reject(new StartError(`Cannot listen on ${host}:${port}: ${error.message}`));
    });
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

function requestedPort(kind) {
  const text = kind.portVariable ? process.env[kind.portVariable] : undefined;
  if (text === undefined || text === "") return null;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new StartError(`${kind.portVariable}=${text} is not a port number (1–65535).`);
  }
  return port;
}

function heldByUs(port) {
  return servers.list().find((r) => r.port === port && servers.isOurs(r));
}

function takenMessage(kind, host, port) {
  const ours = heldByUs(port);
  const holder = ours
    ? `by ${ours.name} of this project (PID ${ours.pid}, ${ours.url}) — it is already running; \`npm stop\` ends it`
    : "by another program";
  if (kind.portVariable) {
    return `Port ${port} on ${host} is taken ${holder}. Choose another port: ${kind.portVariable}=${port + 1} npm start (or npm run preview).`;
  }
  return `Port ${port} on ${host} is taken ${holder}. The add-in dev server must use port ${port}: manifest.xml points at https://localhost:${port}/ — free the port and start again.`;
}

async function choosePort(kind, host) {
  const requested = requestedPort(kind);
  const first = requested ?? kind.defaultPort;
  if (await portIsFree(host, first)) return first;
  if (requested !== null || !kind.portMayMove) throw new StartError(takenMessage(kind, host, first));
  for (let port = first + 1; port < first + PORTS_TO_TRY && port <= 65535; port++) {
    if (await portIsFree(host, port)) {
      console.log(
        `Port ${first} is taken (${heldByUs(first) ? "by this project's other server" : "by another program"}): using port ${port} instead. Set ${kind.portVariable} to choose the port.`,
      );
      return port;
    }
  }
  throw new StartError(`${takenMessage(kind, host, first)} (ports ${first}–${first + PORTS_TO_TRY - 1} are all taken)`);
}

/** Creates the lock directory `lock` holding our PID, or returns false if it exists (atomic: a rename). */
function claim(lock) {
  const staging = `${lock}.staging-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging);
  fs.writeFileSync(path.join(staging, "pid"), String(process.pid));
  try {
    fs.renameSync(staging, lock); // fails onto an existing lock, which is never empty
    return true;
  } catch {
    fs.rmSync(staging, { recursive: true, force: true });
    return false;
  }
}

/**
 * Makes `target` (another slot's cache) a copy of `source` (slot 0's, the one a lone server keeps
 * current) by hard links, so a second server starts warm too. Not while slot 0 is being written
 * (webpack writes `name_` files, moves index.pack aside, renames them, and writes index.pack last):
 * a new index.pack afterwards means it was, and `target` is dropped (a cold compile is still right).
 */
function startFrom(source, target) {
  const index = path.join(source, "index.pack");
  try {
    const before = fs.statSync(index, { throwIfNoEntry: false });
    const names = before ? fs.readdirSync(source) : [];
    if (!before || names.some((n) => n.endsWith("_") || n.endsWith(".old"))) return;
    fs.rmSync(target, { recursive: true, force: true });
    fs.mkdirSync(target);
    for (const n of names) fs.linkSync(path.join(source, n), path.join(target, n));
    if (fs.statSync(index, { throwIfNoEntry: false })?.ino !== before.ino) throw new Error("written meanwhile");
  } catch {
    fs.rmSync(target, { recursive: true, force: true });
  }
}

/**
 * Webpack's filesystem cache under .tmp/webpack-cache, so a restarted server compiles in about 2 s
 * instead of 9 (the preview). Webpack's cache must not be written by two processes at once, and two
 * servers of one kind may run side by side (npm start and npm run preview), so each holds a slot: a
 * lock directory with its PID, freed on exit. A slot whose holder died without freeing it (killed)
 * is taken over by renaming its lock to `<lock>.<dead pid>`, kept until the taker exits, so a second
 * taker's rename fails and only one takes it. With every slot held the server compiles uncached.
 */
function compileCache(kindName, configFile) {
  const dir = path.join(servers.root, ".tmp", "webpack-cache");
  fs.mkdirSync(dir, { recursive: true });
  for (let slot = 0; slot < CACHE_SLOTS; slot++) {
    const name = `serve-${kindName}-${slot}`;
    const lock = path.join(dir, `${name}.lock`);
    let taken = null;
    if (!claim(lock)) {
      let holder = NaN;
      try {
        holder = Number(fs.readFileSync(path.join(lock, "pid"), "utf8"));
      } catch {
        // Freed just now: the next server to start will find it free.
      }
      if (!Number.isInteger(holder) || holder <= 0 || servers.alive(holder)) continue;
      taken = `${lock}.${holder}`;
      try {
        fs.renameSync(lock, taken);
      } catch {
        continue; // another server took it over first
      }
      if (!claim(lock)) continue;
    }
    if (slot > 0) startFrom(path.join(dir, `serve-${kindName}-0`), path.join(dir, name));
    process.on("exit", () => {
      for (const held of [lock, taken]) if (held) fs.rmSync(held, { recursive: true, force: true });
    });
    return {
      type: "filesystem",
      cacheDirectory: dir,
      name,
      buildDependencies: { config: [configFile] },
      // Stored right after the first compile: servers are often stopped within seconds (npm stop, tests).
      idleTimeoutForInitialStore: 0,
    };
  }
  return false;
}

async function main() {
  const kindName = process.argv[2];
  const kind = KINDS[kindName];
  if (!kind) throw new StartError(`Usage: node scripts/serve.js ${Object.keys(KINDS).join("|")}`);
  const host = process.env[kind.hostVariable] || "localhost";
  const port = await choosePort(kind, host);

  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const configFile = path.join(servers.root, kind.config);
  const makeConfig = require(configFile);
  const config = await makeConfig({ WEBPACK_SERVE: true }, { mode: "development" });
  config.mode = "development";
  try {
    config.cache = compileCache(kindName, configFile);
  } catch {
    config.cache = false; // a cache that cannot be kept (a read-only checkout) only costs time
  }
  const devServer = { ...config.devServer, host, port };
  delete config.devServer;
  const compiler = webpack(config);
  const server = new WebpackDevServer(devServer, compiler);

  let record = null;
  let stopping = false;
  const stop = async (code) => {
    if (stopping) return;
    stopping = true;
    if (record) servers.remove(record.pid);
    setTimeout(() => process.exit(code), 3000).unref(); // a stuck watcher must not keep the port
    try {
      await server.stop();
      // Writes the compile cache if webpack has not yet (it writes when idle), so the next start is quick.
      if (config.cache) await new Promise((resolve) => compiler.close(resolve));
    } finally {
      process.exit(code);
    }
  };
  process.on("SIGINT", () => stop(0));
  process.on("SIGTERM", () => stop(0));

  await server.start();
  const scheme = devServer.server && devServer.server.type === "https" ? "https" : "http";
  const url = `${scheme}://${host}:${port}/${kindName === "dev-server" ? "taskpane.html" : ""}`;
  record = {
    pid: process.pid,
    kind: kindName,
    name: kind.name,
    port,
    host,
    url,
    commandLine: servers.ownCommandLine(),
    started: new Date().toISOString(),
  };
  servers.write(record);
  console.log(`Serving ${kind.name} at ${url} (PID ${process.pid}). Stop with Ctrl+C or \`npm stop\`.`);
}

function fail(error) {
  servers.remove(process.pid); // our own record, if we got that far
  if (error instanceof StartError) console.error(error.message);
  else if (error && error.code === "EADDRINUSE")
    console.error(`The port was taken just now: ${error.message}. Try again.`);
  else console.error(`Could not start the server: ${error && error.message ? error.message : error}`);
  process.exit(1);
}

// A listen error surfaces as an 'error' event inside webpack-dev-server, not as a rejection.
process.on("uncaughtException", fail);
main().catch(fail);
