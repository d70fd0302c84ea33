/**
 * Real headless Chromium for tests: Debian's /usr/bin/chromium driven by playwright-core, with a
 * fresh profile and no background networking; pages are served from a local static server and the
 * Office.js CDN address is answered from the @microsoft/office-js package — no network at all.
 */
import fs from "fs";
import http from "http";
import os from "os";
import path from "path";
import type { AddressInfo } from "net";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const OFFICE_DIST = path.resolve(__dirname, "../../node_modules/@microsoft/office-js/dist");
/** office.js and the files it loads next to itself (strings per locale, telemetry). */
const OFFICE_CDN = /^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/(.+?)(\?.*)?$/;

export async function launchBrowser(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  try {
    fs.accessSync(CHROMIUM, fs.constants.X_OK);
  } catch {
    // `npm test` installs it first (scripts/ensure-browser.js); a bare `npx jest` does not.
    throw new Error(
      `No Chromium at ${CHROMIUM}: run \`npm test\` (it installs Debian's chromium when it may) or \`node scripts/ensure-browser.js\`, or set CHROMIUM_PATH.`,
    );
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "tiktok-econ-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 360, height: 900 },
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
  // Anything off this machine is refused, so a stray request fails the test instead of hanging.
  // (Playwright tries the most recently added route first, so the Office route below wins for office.js.)
  await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort());
  await context.route(OFFICE_CDN, (route) => {
    const relative = OFFICE_CDN.exec(route.request().url())?.[1] ?? "";
    const file = path.join(OFFICE_DIST, relative);
    if (!file.startsWith(OFFICE_DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) return route.abort();
    return route.fulfill({ status: 200, contentType: "application/javascript", body: fs.readFileSync(file, "utf8") });
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "application/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
};

/** How a served folder may differ from plain files: other folders under a path prefix, HTML rewritten. */
export interface ServeOptions {
  /** URL prefix (e.g. "/office-js/") → the folder it serves. */
  readonly mounts?: Readonly<Record<string, string>>;
  /** Applied to every HTML page before it is sent. */
  readonly rewriteHtml?: (html: string) => string;
}

/** Serves a folder on 127.0.0.1 at a free port. */
export async function serveDirectory(
  root: string,
  options: ServeOptions = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const mounts = Object.entries(options.mounts ?? {});
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent((req.url ?? "/").split("?")[0]);
    const mount = mounts.find(([prefix]) => urlPath.startsWith(prefix));
    const [base, relative] = mount
      ? [mount[1], urlPath.slice(mount[0].length)]
      : [root, urlPath === "/" ? "index.html" : urlPath];
    const file = path.join(base, relative);
    if (!file.startsWith(base) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    if (options.rewriteHtml && file.endsWith(".html")) res.end(options.rewriteHtml(fs.readFileSync(file, "utf8")));
    else fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * Runs a webpack configuration into `outDir` and fails with webpack's own error text. With `cacheName`,
 * webpack keeps its module cache under .tmp/webpack-cache, so a rebuild after a one-file change
 * recompiles that file, not the whole add-in; the cache is invalidated by the configuration file and
 * everything it requires (webpack's buildDependencies), and the output is still written whole.
 */
export async function runWebpack(
  config: { output: { path: string }; devtool?: unknown; cache?: unknown },
  outDir: string,
  cacheName?: { name: string; configFile: string },
): Promise<void> {
  const webpack = require("webpack");
  config.output.path = outDir;
  config.devtool = false;
  if (cacheName)
    config.cache = {
      type: "filesystem",
      cacheDirectory: path.resolve(__dirname, "../../.tmp/webpack-cache"),
      name: cacheName.name,
      buildDependencies: { config: [cacheName.configFile] },
    };
  await new Promise<void>((resolve, reject) =>
    webpack(config, (err: Error | null, stats: { hasErrors(): boolean; toString(o: unknown): string }) => {
      if (err) reject(err);
      else if (stats.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve();
    }),
  );
}

/**
 * Saves a screenshot under .tmp/screenshots (ignored by git); with SAVE_SCREENSHOTS=1
 * (`npm run screenshots`) also into docs/images, where README shows it.
 */
export async function saveScreenshot(page: Page, name: string, fullPage: boolean): Promise<string> {
  const dir = process.env.SAVE_SCREENSHOTS === "1" ? "docs/images" : path.join(".tmp", "screenshots");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  await page.screenshot({ path: file, fullPage });
  return file;
}
