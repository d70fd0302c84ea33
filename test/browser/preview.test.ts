/**
 * The Excel-free preview in headless Chromium: type a formula into a cell and see its value; press
 * Insert in the real task pane and get a computed sheet. A screenshot is saved for README.
 */
import fs from "fs";
import os from "os";
import path from "path";
import type { Page } from "playwright-core";
import { launchBrowser, runWebpack, saveScreenshot, serveDirectory } from "../support/browser";

jest.setTimeout(120_000);

let dist: string;
let server: Awaited<ReturnType<typeof serveDirectory>>;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
const pageErrors: string[] = [];

async function buildPreview(outDir: string): Promise<void> {
  await runWebpack(require("../../webpack.preview.config.js")({}, { mode: "development" }), outDir);
}

beforeAll(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), "tiktok-econ-preview-"));
  await buildPreview(dist);
  server = await serveDirectory(dist);
  browser = await launchBrowser();
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 1400, height: 900 });
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.goto(server.url);
  await page.waitForSelector(".grid");
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dist) fs.rmSync(dist, { recursive: true, force: true });
});

async function typeInto(cell: string, text: string) {
  await page.click(`td[data-cell="${cell}"]`);
  await page.fill(".formula-bar", text);
  await page.press(".formula-bar", "Enter");
}

test("typing a TIKTOK formula into a cell shows its value, and the formula bar shows the formula", async () => {
  await typeInto("A1", '=TIKTOK.SHOPFEE(100,"US")');
  expect(await page.textContent('td[data-cell="A1"]')).toBe("6");
  await typeInto("A2", "=A1*2");
  expect(await page.textContent('td[data-cell="A2"]')).toBe("12");
  await page.click('td[data-cell="A1"]');
  expect(await page.inputValue(".formula-bar")).toBe('=TIKTOK.SHOPFEE(100,"US")');
});

test("a bad argument shows the Excel error with its message", async () => {
  await typeInto("B1", '=TIKTOK.SHOPFEE(100,"Narnia")');
  expect(await page.textContent('td[data-cell="B1"]')).toBe("#N/A");
  expect(await page.getAttribute('td[data-cell="B1"]', "title")).toMatch(/Unknown market "Narnia"/);
});

test("Insert in the task pane adds a computed sheet and switches to it", async () => {
  await page.click('[data-template="shop-pnl"]');
  await page.waitForSelector(".card .status.ok");
  expect(await page.textContent(".card .status.ok")).toMatch(/Inserted as sheet "Shop P&L by market"/);
  expect(await page.getAttribute('[data-sheet="Shop P&L by market"]', "aria-selected")).toBe("true");
  expect(await page.textContent('td[data-cell="A1"]')).toBe("Shop product P&L across markets");
  expect(await page.textContent('td[data-cell="B21"]')).toMatch(/^\$\d+\.\d\d$/);
  expect(pageErrors).toEqual([]);
  const file = await saveScreenshot(page, "preview.png", false);
  expect(fs.statSync(file).size).toBeGreaterThan(5000);
});

test("inserting the same template again never touches the first sheet: it gets '(2)'", async () => {
  await page.click('[data-template="shop-pnl"]');
  await page.waitForSelector('[data-sheet="Shop P&L by market (2)"]');
  expect(await page.locator(".sheet-tabs [role=tab]").allTextContents()).toEqual([
    "Sheet1",
    "Shop P&L by market",
    "Shop P&L by market (2)",
  ]);
});
