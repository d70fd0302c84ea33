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

async function main() {
  const kindName = process.argv[2];
  const kind = KINDS[kindName];
  if (!kind) throw new StartError(`Usage: node scripts/serve.js ${Object.keys(KINDS).join("|")}`);
  const host = process.env[kind.hostVariable] || "localhost";
  const port = await choosePort(kind, host);

  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const makeConfig = require(path.join(servers.root, kind.config));
  const config = await makeConfig({ WEBPACK_SERVE: true }, { mode: "development" });
  config.mode = "development";
  const devServer = { ...config.devServer, host, port };
  delete config.devServer;
  const server = new WebpackDevServer(devServer, webpack(config));

  let record = null;
  let stopping = false;
  const stop = async (code) => {
    if (stopping) return;
    stopping = true;
    if (record) servers.remove(record.pid);
    setTimeout(() => process.exit(code), 3000).unref(); // a stuck watcher must not keep the port
    try {
      await server.stop();
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
