/**
 * The browser suites' builds, made once and shared: each suite used to run its own webpack build
 * of the same sources (three preview builds and two add-in builds per `npm test`). A build is keyed
 * by the content of everything it is made from, kept under .tmp/builds, and reused by every suite
 * and every later run until a source changes; suites running at once wait for the one that builds.
 * Suites only read a shared build (extra files are served through serveDirectory's mounts). The
 * production build is shared the same way, for the bundle-size and manifest checks.
 */
import crypto from "crypto";
import fs from "fs";
import path from "path";
import { runWebpack } from "./browser";

const ROOT = path.resolve(__dirname, "../..");
const BUILDS = path.join(ROOT, ".tmp", "builds");
/** What a build is made from: the sources, the assets, the build scripts and configurations. */
const INPUTS = [
  "src",
  "assets",
  "scripts",
  "docs",
  "webpack.config.js",
  "webpack.preview.config.js",
  "package.json",
  // How the builds are made (below, and runWebpack) is an input too: a change there rebuilds.
  "test/support/builds.ts",
  "test/support/browser.ts",
];
const WAIT_MS = 10 * 60_000;

type Kind = "preview" | "addin" | "production";
/** The URL a production build is made for: the manifest and its links point there. */
export const PRODUCTION_URL = "https://addin.example.test/tiktok/";

function filesUnder(entry: string): string[] {
  const full = path.join(ROOT, entry);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return [entry];
  return fs
    .readdirSync(full, { withFileTypes: true })
    .flatMap((d) => filesUnder(path.join(entry, d.name)))
    .sort();
}

/** A hash of the inputs' paths and contents. */
function inputsHash(kind: Kind): string {
  const hash = crypto
    .createHash("sha256")
    .update(kind)
    .update(kind === "production" ? PRODUCTION_URL : "");
  for (const file of INPUTS.flatMap(filesUnder))
    hash
      .update(file)
      .update("\0")
      .update(fs.readFileSync(path.join(ROOT, file)));
  return hash.digest("hex").slice(0, 16);
}

async function build(kind: Kind, outDir: string): Promise<void> {
  const configFile = path.join(ROOT, kind === "preview" ? "webpack.preview.config.js" : "webpack.config.js");
  const factory = require(configFile);
  const cache = { name: kind, configFile };
  if (kind !== "production") {
    // Not minified: Terser is most of a build from a cold cache (after a change to package.json or a
    // webpack configuration, or on CI): the preview's takes 31 s of CPU, 11 s without, and browsers
    // load the larger files as fast. Still production mode (development mode made the browser tests
    // slower). The production build is minified, as shipped.
    const config = await factory({}, { mode: "development" });
    config.optimization = { ...config.optimization, minimize: false };
    await runWebpack(config, outDir, { ...cache, name: `${kind}-unminified` });
    return;
  }
  process.env.ADDIN_PUBLIC_URL = PRODUCTION_URL;
  try {
    await runWebpack(await factory({ WEBPACK_BUILD: true }, { mode: "production" }), outDir, cache);
  } finally {
    delete process.env.ADDIN_PUBLIC_URL;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The folder of a development build of the preview or the add-in, built if no current one exists. */
export async function sharedBuild(kind: Kind): Promise<string> {
  const dir = path.join(BUILDS, `${kind}-${inputsHash(kind)}`);
  const done = path.join(dir, ".complete");
  const lock = `${dir}.lock`;
  fs.mkdirSync(BUILDS, { recursive: true });
  const started = Date.now();
  while (!fs.existsSync(done)) {
    let mine = false;
    try {
      fs.mkdirSync(lock); // atomic: one suite builds, the others wait for .complete
      mine = true;
    } catch {
      // A lock left by a killed run is taken over once it is older than a build can take.
      const held = fs.statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > WAIT_MS) fs.rmSync(lock, { recursive: true, force: true });
    }
    if (mine) {
      try {
        const partial = `${dir}.partial-${process.pid}`;
        fs.rmSync(partial, { recursive: true, force: true });
        await build(kind, partial);
        fs.writeFileSync(path.join(partial, ".complete"), "");
        fs.rmSync(dir, { recursive: true, force: true });
        fs.renameSync(partial, dir);
        prune(kind, dir);
      } finally {
        fs.rmSync(lock, { recursive: true, force: true });
      }
    } else {
      if (Date.now() - started > WAIT_MS)
        throw new Error(`Waited ${WAIT_MS / 60_000} min for the ${kind} build in ${dir}.`);
      await sleep(250);
    }
  }
  return dir;
}

/** Older builds of the same kind go once a newer one exists. */
function prune(kind: Kind, keep: string): void {
  for (const name of fs.readdirSync(BUILDS)) {
    const full = path.join(BUILDS, name);
    if (full !== keep && new RegExp(`^${kind}-[0-9a-f]{16}$`).test(name))
      fs.rmSync(full, { recursive: true, force: true });
  }
}
