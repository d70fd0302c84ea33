#!/usr/bin/env node
/**
 * `npm test` runs this first (the "pretest" script): the browser tests drive a real Chromium, so make
 * sure one is there. CHROMIUM_PATH wins when set; otherwise Debian's /usr/bin/chromium, installed with
 * apt-get when missing and we may (root, or sudo without a password). Never a download from the
 * web: Debian's package, as CI uses. If it cannot be had, say what to do and fail before the suite.
 * Then the fonts the pane's Thai and CJK width checks need, the same way (ensureFonts).
 */
const { spawnSync } = require("child_process");
const fs = require("fs");

const DEFAULT = "/usr/bin/chromium";

function executable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function has(command) {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

/** The command prefix that runs apt-get as root, or null when we may not. */
function rootPrefix() {
  if (process.getuid && process.getuid() === 0) return [];
  if (has("sudo") && spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0) return ["sudo", "-n"];
  return null;
}

function run(prefix, args) {
  const [command, ...rest] = [...prefix, ...args];
  const r = spawnSync(command, rest, {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return r.status === 0;
}

/**
 * Thai and CJK fonts, so the pane's 320 px checks measure real glyphs rather than empty boxes
 * (a bare Debian has neither). Debian's smallest packages that cover Thai (TLWG) and Chinese and
 * Japanese (WenQuanYi Zen Hei, 7 MB; Noto CJK would be 56 MB). Installed when missing and we may;
 * otherwise a note, never a failure: the checks still run, with fallback widths.
 */
const FONTS = [
  { lang: "th", package: "fonts-thai-tlwg" },
  { lang: "zh-cn", package: "fonts-wqy-zenhei" },
  { lang: "ja", package: "fonts-wqy-zenhei" },
];

function hasFontFor(lang) {
  const r = spawnSync("fc-list", [`:lang=${lang}`, "family"], { encoding: "utf8" });
  return r.status === 0 && r.stdout.trim() !== "";
}

function ensureFonts() {
  if (process.env.ENSURE_FONTS === "0" || process.platform !== "linux" || !has("fc-list")) return;
  const missing = [...new Set(FONTS.filter((f) => !hasFontFor(f.lang)).map((f) => f.package))];
  if (missing.length === 0) return;
  const prefix = has("apt-get") ? rootPrefix() : null;
  if (prefix) {
    console.log(`Fonts the pane's width checks need are missing: installing ${missing.join(", ")} (apt-get)…`);
    const install = () => run(prefix, ["apt-get", "install", "-y", "-qq", "--no-install-recommends", ...missing]);
    if (install() || (run(prefix, ["apt-get", "update", "-qq"]) && install())) return;
  }
  console.error(
    `Note: no ${missing.join(" or ")} here, so the pane's width checks in Thai, Chinese and Japanese measure ` +
      `fallback glyphs (install: sudo apt-get install ${missing.join(" ")}).`,
  );
}

function main() {
  const code = ensureBrowser();
  if (code === 0) ensureFonts();
  return code;
}

function ensureBrowser() {
  const wanted = process.env.CHROMIUM_PATH;
  if (wanted) {
    if (executable(wanted)) return 0;
    console.error(`CHROMIUM_PATH is ${wanted}, which is not an executable file: fix it or unset it.`);
    return 1;
  }
  if (executable(DEFAULT)) return 0;

  const howTo =
    "The browser tests need Chromium at /usr/bin/chromium: install it (Debian/Ubuntu: `sudo apt-get install chromium`) " +
    "or point CHROMIUM_PATH at a Chromium or Chrome executable, then run `npm test` again.";
  const prefix = process.platform === "linux" && has("apt-get") ? rootPrefix() : null;
  if (!prefix) {
    console.error(`Chromium is missing. ${howTo}`);
    return 1;
  }
  console.log("Chromium is missing: installing Debian's chromium package for the browser tests (apt-get)…");
  const install = () => run(prefix, ["apt-get", "install", "-y", "-qq", "chromium"]);
  // The package lists may be stale or empty on a fresh machine: refresh them only when needed.
  const installed = install() || (run(prefix, ["apt-get", "update", "-qq"]) && install());
  if (installed && executable(DEFAULT)) {
    console.log(`Chromium installed at ${DEFAULT}.`);
    return 0;
  }
  console.error(`Installing Chromium with apt-get did not give ${DEFAULT}. ${howTo}`);
  return 1;
}

process.exitCode = main();
