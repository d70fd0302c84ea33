/**
 * `npm start`, `npm run preview` and `npm stop` as a developer runs them: real processes on real
 * ports, each waited for a bounded time and stopped by its PID. Records go to a temporary folder so
 * the tests never touch a server someone runs in this checkout.
 */
import { type ChildProcess, spawn } from "child_process";
import fs from "fs";
import net from "net";
import os from "os";
import path from "path";

const root = path.resolve(__dirname, "../..");
const script = (name: string) => path.join(root, "scripts", name);
const recordsDir = fs.mkdtempSync(path.join(os.tmpdir(), "tiktok-econ-servers-"));
const env = { ...process.env, TIKTOK_ECONOMICS_SERVERS_DIR: recordsDir, CI: "", TIKTOK_ECONOMICS_FORCE_PREVIEW: "1" };
const started: ChildProcess[] = [];

// A server builds the preview before it listens: minutes on a loaded 2-core machine.
jest.setTimeout(360_000);

afterAll(() => {
  for (const child of started) {
    if (child.exitCode !== null || child.signalCode !== null || !child.pid) continue;
    try {
      process.kill(child.pid, "SIGKILL");
    } catch {
      // Already gone between the check and the kill.
    }
  }
  fs.rmSync(recordsDir, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen({ host: "localhost", port: 0 }, () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function launch(file: string, args: string[], extraEnv: Record<string, string>): Running {
  const child = spawn(process.execPath, [file, ...args], { cwd: root, env: { ...env, ...extraEnv } });
  started.push(child);
  let text = "";
  child.stdout!.on("data", (d) => (text += d));
  child.stderr!.on("data", (d) => (text += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => text, exited };
}

async function until(what: string, check: () => boolean, ms = 150_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function serving(r: Running): Promise<void> {
  await until(
    "the server to listen",
    () => /Serving the Excel-free preview at/.test(r.output()) || r.child.exitCode !== null,
  );
  if (r.child.exitCode !== null) throw new Error(`the server exited: ${r.output()}`);
}

function records(): { pid: number; port: number }[] {
  return fs.readdirSync(recordsDir).map((f) => JSON.parse(fs.readFileSync(path.join(recordsDir, f), "utf8")));
}

/**
 * `npm stop`, run without blocking this process: it is the parent of the servers it launched, and a
 * server that exits while we sat in spawnSync would stay a zombie, alive to stop.js's signal 0, until
 * its 5 s wait ran out.
 */
async function stop(): Promise<{ status: number | null; stdout: string }> {
  const r = launch(script("stop.js"), [], {});
  // "close", not "exit": by then all of its output has been read.
  const closed = new Promise<number | null>((resolve) => r.child.on("close", (code) => resolve(code)));
  const timer = setTimeout(() => r.child.kill("SIGKILL"), 30_000);
  const status = await closed;
  clearTimeout(timer);
  return { status, stdout: r.output() };
}

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

test("a second npm start on a taken port says which port and how to choose another, and leaves the first server's record", async () => {
  const port = await freePort();
  const first = launch(script("start.js"), [], { PREVIEW_PORT: String(port) });
  await serving(first);
  // Its first compile ends before the stop below, so serve.js keeps webpack's cache of it, and the
  // servers of the tests after this one (and of the next run) compile from it in seconds.
  await until("the first compile", () => /compiled/.test(first.output()));
  const before = records(); // npm start's server: serve.js, the child of start.js
  expect(before.map((r) => r.port)).toEqual([port]);

  const second = launch(script("start.js"), [], { PREVIEW_PORT: String(port) });
  expect(await second.exited).toBe(1);
  expect(second.output()).toContain(`Port ${port} on localhost is taken by the Excel-free preview of this project`);
  expect(second.output()).toContain(`PREVIEW_PORT=${port + 1} npm start`);
  expect(second.output()).not.toMatch(/^\s+at /m); // no stack trace
  expect(records()).toEqual(before);

  expect((await stop()).stdout).toContain(`Stopped the Excel-free preview at http://localhost:${port}/`);
  expect(await first.exited).toBe(0);
  expect(records()).toEqual([]);
});

test("a port held by another program is named, with the variable that chooses another", async () => {
  const blocker = net.createServer();
  const port = await freePort();
  await new Promise<void>((resolve) => blocker.listen({ host: "localhost", port }, resolve));
  try {
    const r = launch(script("serve.js"), ["preview"], { PREVIEW_PORT: String(port) });
    expect(await r.exited).toBe(1);
    expect(r.output().trim()).toBe(
      `Port ${port} on localhost is taken by another program. Choose another port: PREVIEW_PORT=${port + 1} npm start (or npm run preview).`,
    );
    expect(records()).toEqual([]);
  } finally {
    await new Promise((resolve) => blocker.close(resolve));
  }
  const bad = launch(script("serve.js"), ["preview"], { PREVIEW_PORT: "http" });
  expect(await bad.exited).toBe(1);
  expect(bad.output().trim()).toBe("PREVIEW_PORT=http is not a port number (1–65535).");
});

test("one npm stop ends both npm start's preview and npm run preview; they listen on localhost only", async () => {
  const [a, b] = [await freePort(), await freePort()];
  const viaStart = launch(script("start.js"), [], { PREVIEW_PORT: String(a) });
  const viaPreview = launch(script("serve.js"), ["preview"], { PREVIEW_PORT: String(b) });
  await serving(viaStart);
  await serving(viaPreview);
  expect(await canConnect("127.0.0.1", a)).toBe(true);
  const outside = Object.values(os.networkInterfaces())
    .flat()
    .find((i) => i && i.family === "IPv4" && !i.internal);
  if (outside) expect(await canConnect(outside.address, a)).toBe(false);

  const r = await stop();
  expect(r.status).toBe(0);
  expect(r.stdout).toContain(`(PID ${viaPreview.child.pid})`);
  expect(await viaStart.exited).toBe(0);
  expect(await viaPreview.exited).toBe(0);
  expect(records()).toEqual([]);
  expect(await canConnect("127.0.0.1", a)).toBe(false);
  expect(await canConnect("127.0.0.1", b)).toBe(false);
});

test("npm stop never signals a PID whose command line is not our server", async () => {
  const stranger = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
  started.push(stranger);
  fs.writeFileSync(
    path.join(recordsDir, `${stranger.pid}.json`),
    JSON.stringify({ pid: stranger.pid, name: "the Excel-free preview", commandLine: "node scripts/serve.js preview" }),
  );
  const r = await stop();
  expect(r.stdout).toContain(
    `Not running any more: the Excel-free preview (PID ${stranger.pid}); its record is removed, nothing signalled.`,
  );
  expect(r.stdout).toContain("No server of this project is running.");
  expect(stranger.exitCode).toBeNull();
  expect(() => process.kill(stranger.pid!, 0)).not.toThrow();
  expect(records()).toEqual([]);
  process.kill(stranger.pid!, "SIGKILL");
});

test("the add-in dev server binds localhost and answers CORS only to Office origins", async () => {
  const config = require(path.join(root, "webpack.config.js"));
  const saved = { http: process.env.DEV_SERVER_HTTP, host: process.env.DEV_SERVER_HOST };
  process.env.DEV_SERVER_HTTP = "1";
  delete process.env.DEV_SERVER_HOST;
  try {
    const { devServer } = await config({ WEBPACK_SERVE: true }, { mode: "development" });
    expect(devServer.host).toBe("localhost");
    expect(devServer.port).toBe(3000);
    process.env.DEV_SERVER_HOST = "0.0.0.0";
    expect((await config({ WEBPACK_SERVE: true }, { mode: "development" })).devServer.host).toBe("0.0.0.0");
  } finally {
    process.env.DEV_SERVER_HTTP = saved.http;
    if (saved.host === undefined) delete process.env.DEV_SERVER_HOST;
    else process.env.DEV_SERVER_HOST = saved.host;
    if (saved.http === undefined) delete process.env.DEV_SERVER_HTTP;
  }
  const cors = (origin?: string) => config.officeCorsHeaders({ headers: origin ? { origin } : {} });
  expect(cors("https://excel.officeapps.live.com")["Access-Control-Allow-Origin"]).toBe(
    "https://excel.officeapps.live.com",
  );
  expect(cors("https://contoso.sharepoint.com")["Access-Control-Allow-Origin"]).toBe("https://contoso.sharepoint.com");
  expect(cors("https://evil.example")["Access-Control-Allow-Origin"]).toBeUndefined();
  expect(cors("https://office.com.evil.example")["Access-Control-Allow-Origin"]).toBeUndefined();
  expect(cors()["Access-Control-Allow-Origin"]).toBeUndefined();
});
