#!/usr/bin/env node
/**
 * Renders the add-in icons from assets/src/*.svg into assets/icon-<size>.png with Debian's
 * Chromium (headless, through playwright-core). The 16 px icon has its own pixel-aligned drawing.
 * Run after editing the SVGs: `node scripts/render-icons.js`; the PNGs are committed.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { chromium } = require("playwright-core");

const root = path.resolve(__dirname, "..");
const SIZES = [16, 32, 64, 80, 128];

async function main() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "icons-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  try {
    const page = await context.newPage();
    for (const size of SIZES) {
      const source = size <= 16 ? "icon-16.svg" : "icon.svg";
      const svg = fs.readFileSync(path.join(root, "assets", "src", source), "utf8");
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<html><body style="margin:0;background:transparent"><img style="display:block;width:${size}px;height:${size}px" src="data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}"></body></html>`,
      );
      // eslint-disable-next-line no-undef -- runs in the page
      await page.waitForFunction(() => document.images[0].complete);
      await page.screenshot({
        path: path.join(root, "assets", `icon-${size}.png`),
        omitBackground: true,
        clip: { x: 0, y: 0, width: size, height: size },
      });
      console.log(`assets/icon-${size}.png`);
    }
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
