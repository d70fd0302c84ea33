/**
 * Debian's Firefox ESR for browser tests, driven over WebDriver BiDi with no driver package.
 *
 * Why not playwright-core: its Firefox is a patched build it downloads (not reachable here), and
 * its BiDi channel for a stock Firefox (`firefox.launch({ channel: "moz-firefox" })`) launches ESR
 * 153 but fails on the first page: `browser.newContext: Protocol error
 * (emulation.setMediaFeaturesOverride): unknown command` — it sends a command this Firefox does not
 * implement yet. So Firefox is started with `--remote-debugging-port` and spoken to directly: a
 * WebSocket (RFC 6455, text frames only: what BiDi uses) over node's http upgrade, and the few BiDi
 * commands a page test needs (navigate, evaluate, console errors).
 *
 * No network: the profile sends every request that is not for this machine to a closed port, and
 * the page is served with office.js from the @microsoft/office-js package instead of the CDN.
 */
import { type ChildProcess, spawn } from "child_process";
import crypto from "crypto";
import fs from "fs";
import http from "http";
import os from "os";
import path from "path";
import type { Socket } from "net";
import { serveDirectory } from "./browser";

export const FIREFOX = process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr";

/** Why Firefox cannot be used here, or null when it can. */
export function firefoxMissing(): string | null {
  try {
    fs.accessSync(FIREFOX, fs.constants.X_OK);
    return null;
  } catch {
    return `no Firefox at ${FIREFOX} (apt-get install firefox-esr, or set FIREFOX_PATH)`;
  }
}

/** A minimal WebSocket client: text messages out (masked, as a client must) and in. */
class WebSocketClient {
  private buffer = Buffer.alloc(0);
  private fragments: Buffer[] = [];
  onMessage: (text: string) => void = () => {};

  private constructor(private readonly socket: Socket) {
    socket.on("data", (chunk: Buffer) => this.receive(chunk));
  }

  static connect(url: string): Promise<WebSocketClient> {
    const u = new URL(url);
    const key = crypto.randomBytes(16).toString("base64");
    return new Promise((resolve, reject) => {
      const req = http.request({
        host: u.hostname,
        port: u.port,
        path: u.pathname,
        headers: {
          Connection: "Upgrade",
          Upgrade: "websocket",
          "Sec-WebSocket-Version": "13",
          "Sec-WebSocket-Key": key,
        },
      });
      req.on("upgrade", (_res, socket, head) => {
        const ws = new WebSocketClient(socket);
        if (head.length > 0) ws.receive(head);
        resolve(ws);
      });
      req.on("response", (res) => reject(new Error(`WebSocket upgrade refused: HTTP ${res.statusCode}`)));
      req.on("error", reject);
      req.end();
    });
  }

  send(text: string, opcode = 0x1): void {
    const payload = Buffer.from(text);
    const mask = crypto.randomBytes(4);
    const n = payload.length;
    const header =
      n < 126
        ? Buffer.from([0x80 | opcode, 0x80 | n])
        : n < 65536
          ? Buffer.from([0x80 | opcode, 0x80 | 126, n >> 8, n & 0xff])
          : Buffer.concat([Buffer.from([0x80 | opcode, 0x80 | 127]), bigEndian64(n)]);
    const masked = Buffer.alloc(n);
    for (let i = 0; i < n; i++) masked[i] = payload[i] ^ mask[i % 4];
    this.socket.write(Buffer.concat([header, mask, masked]));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      if (this.buffer.length < 2) return;
      const fin = (this.buffer[0] & 0x80) !== 0;
      const opcode = this.buffer[0] & 0x0f;
      let length = this.buffer[1] & 0x7f;
      let offset = 2;
      if (length === 126) {
        if (this.buffer.length < 4) return;
        length = this.buffer.readUInt16BE(2);
        offset = 4;
      } else if (length === 127) {
        if (this.buffer.length < 10) return;
        length = Number(this.buffer.readBigUInt64BE(2));
        offset = 10;
      }
      if (this.buffer.length < offset + length) return;
      const payload = this.buffer.subarray(offset, offset + length);
      this.buffer = this.buffer.subarray(offset + length);
      if (opcode === 0x9) this.send(payload.toString(), 0xa);
      else if (opcode === 0x1 || opcode === 0x0) {
        this.fragments.push(Buffer.from(payload));
        if (fin) {
          const text = Buffer.concat(this.fragments).toString("utf8");
          this.fragments = [];
          this.onMessage(text);
        }
      }
    }
  }

  close(): void {
    this.socket.destroy();
  }
}

function bigEndian64(n: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(BigInt(n));
  return b;
}

/** Preferences of the test profile: no updates, telemetry or remote services; nothing off this machine. */
const PREFS: Record<string, string | number | boolean> = {
  "network.proxy.type": 1,
  "network.proxy.http": "127.0.0.1",
  "network.proxy.http_port": 9,
  "network.proxy.ssl": "127.0.0.1",
  "network.proxy.ssl_port": 9,
  "network.proxy.allow_hijacking_localhost": false,
  "network.captive-portal-service.enabled": false,
  "network.connectivity-service.enabled": false,
  "app.update.enabled": false,
  "app.update.auto": false,
  "browser.shell.checkDefaultBrowser": false,
  "browser.startup.homepage": "about:blank",
  "browser.newtabpage.enabled": false,
  "browser.safebrowsing.malware.enabled": false,
  "browser.safebrowsing.phishing.enabled": false,
  "datareporting.policy.dataSubmissionEnabled": false,
  "datareporting.healthreport.uploadEnabled": false,
  "toolkit.telemetry.enabled": false,
  "extensions.update.enabled": false,
  "services.settings.server": "http://127.0.0.1:9/",
};

export interface FirefoxPage {
  readonly version: string;
  /** Console messages of level error and uncaught exceptions since the page opened. */
  readonly errors: string[];
  goto(url: string): Promise<void>;
  /** The value of a script expression in the page (awaited when it is a promise). */
  evaluate<T>(expression: string): Promise<T>;
  /** Waits until the expression is truthy. */
  waitFor(expression: string, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** Starts Firefox headless with a fresh profile and opens its first tab for a test. */
export async function launchFirefox(): Promise<FirefoxPage> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "tiktok-econ-firefox-"));
  fs.writeFileSync(
    path.join(profile, "user.js"),
    Object.entries(PREFS)
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
      .join("\n"),
  );
  const child: ChildProcess = spawn(
    FIREFOX,
    ["--headless", "--no-remote", "--remote-debugging-port=0", "--profile", profile, "about:blank"],
    // Firefox refuses to start as root with a HOME it does not own.
    { env: { ...process.env, HOME: profile, MOZ_CRASHREPORTER_DISABLE: "1" }, stdio: ["ignore", "pipe", "pipe"] },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let log = "";
    const timer = setTimeout(
      () => reject(new Error(`Firefox did not start its WebDriver BiDi server:\n${log}`)),
      60_000,
    );
    const read = (chunk: Buffer) => {
      log += chunk.toString();
      const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stderr!.on("data", read);
    child.stdout!.on("data", read);
    child.on("exit", (code) => reject(new Error(`Firefox exited (${code}) before it listened:\n${log}`)));
  });
  const ws = await WebSocketClient.connect(`${endpoint}/session`);
  let nextId = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const errors: string[] = [];
  ws.onMessage = (text) => {
    const msg = JSON.parse(text) as {
      id?: number;
      type?: string;
      result?: unknown;
      error?: string;
      message?: string;
      method?: string;
      params?: { level?: string; text?: string };
    };
    if (msg.id !== undefined && pending.has(msg.id)) {
      const p = pending.get(msg.id)!;
      pending.delete(msg.id);
      if (msg.type === "error") p.reject(new Error(`${msg.error}: ${msg.message}`));
      else p.resolve(msg.result);
    } else if (msg.method === "log.entryAdded" && msg.params?.level === "error") {
      errors.push(msg.params.text ?? "");
    }
  };
  const send = <T>(method: string, params: Record<string, unknown> = {}): Promise<T> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      ws.send(JSON.stringify({ id, method, params }));
    });

  const session = await send<{ capabilities: { browserVersion: string } }>("session.new", { capabilities: {} });
  await send("session.subscribe", { events: ["log.entryAdded"] });
  const tree = await send<{ contexts: { context: string }[] }>("browsingContext.getTree", {});
  const context = tree.contexts[0].context;
  await send("browsingContext.setViewport", { context, viewport: { width: 360, height: 900 } }).catch(() => {});

  const evaluate = async <T>(expression: string): Promise<T> => {
    const r = await send<{
      type: string;
      result?: { type: string; value?: unknown };
      exceptionDetails?: { text: string };
    }>(
      "script.evaluate",
      // JSON in, JSON out: the value comes back as a string BiDi need not serialise by type.
      { expression: `(async () => JSON.stringify(await (${expression})))()`, target: { context }, awaitPromise: true },
    );
    if (r.type === "exception") throw new Error(`In the page: ${r.exceptionDetails?.text} (${expression})`);
    const v = r.result?.value;
    return (typeof v === "string" ? JSON.parse(v) : undefined) as T;
  };

  return {
    version: session.capabilities.browserVersion,
    errors,
    goto: async (url) => {
      await send("browsingContext.navigate", { context, url, wait: "complete" });
    },
    evaluate,
    waitFor: async (expression, timeoutMs = 15_000) => {
      const end = Date.now() + timeoutMs;
      while (!(await evaluate<boolean>(`Boolean(${expression})`))) {
        if (Date.now() > end) throw new Error(`Timed out waiting for ${expression}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    close: async () => {
      await send("browser.close").catch(() => {});
      ws.close();
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) resolve();
        else {
          const t = setTimeout(() => {
            child.kill("SIGKILL");
            resolve();
          }, 10_000);
          child.once("exit", () => {
            clearTimeout(t);
            resolve();
          });
        }
      });
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

const OFFICE_DIST = path.resolve(__dirname, "../../node_modules/@microsoft/office-js/dist");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
/**
 * Serves a build on 127.0.0.1, its pages pointing at office.js under /office-js/ (the package's
 * copy, same origin, which the page's CSP allows as 'self') instead of Microsoft's CDN.
 */
export async function serveWithLocalOffice(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  return serveDirectory(root, {
    mounts: { "/office-js/": OFFICE_DIST },
    rewriteHtml: (html) => html.split(OFFICE_CDN).join("/office-js/"),
  });
}
