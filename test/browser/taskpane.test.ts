/**
 * The task pane in real headless Chromium, served from a development build, with office.js from the
 * @microsoft/office-js package answering for the CDN. Outside Office, Office.onReady gives no host:
 * the pane must render, list the templates, answer in the calculator, and explain that inserting
 * needs Excel. A screenshot is saved for README.
 */
import fs from "fs";
import os from "os";
import path from "path";
import type { Page } from "playwright-core";
import { TEMPLATES } from "../../src/templates";
import { buildAddin, launchBrowser, saveScreenshot, serveDirectory } from "../support/browser";

jest.setTimeout(120_000);

let dist: string;
let server: Awaited<ReturnType<typeof serveDirectory>>;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), "tiktok-econ-dist-"));
  await buildAddin(dist);
  server = await serveDirectory(dist);
  browser = await launchBrowser();
  page = await browser.context.newPage();
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => consoleErrors.push(e.message));
  await page.goto(`${server.url}taskpane.html`);
  await page.waitForSelector("[role=tablist]");
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dist) fs.rmSync(dist, { recursive: true, force: true });
});

test("renders with the header, tabs and the rate book version, without script errors", async () => {
  expect(await page.textContent("h1")).toBe("TikTok Economics");
  expect(await page.locator("[role=tab]").allTextContents()).toEqual(["Templates", "Calculator", "Settings", "Rates"]);
  expect(await page.textContent(".app-footer")).toMatch(/^Rate book \d{4}-\d{2}-\d{2}\+[0-9a-f]{8}$/);
  expect(await page.textContent(".notice")).toMatch(/Not running in Excel/);
  expect(consoleErrors).toEqual([]);
});

test("lists every template as a card with an Insert button", async () => {
  const titles = await page.locator(".card h3").allTextContents();
  expect(titles).toEqual(TEMPLATES.map((t) => t.title));
  expect(await page.locator(".card button").count()).toBe(TEMPLATES.length);
});

test("Insert outside Excel explains that Excel or the preview is needed", async () => {
  await page.locator(`[data-template="${TEMPLATES[0].id}"]`).click();
  const status = page.locator(".card .status.error").first();
  await status.waitFor();
  expect(await status.textContent()).toMatch(/needs Excel.*npm run preview/);
});

test("the calculator answers: $100 in the US → $6.00 fees, $84.00 net at 10 % affiliate", async () => {
  await page.locator("#tab-calculator").click();
  await page.fill("input[name=price]", "100");
  await page.fill("input[name=unit_cost]", "20");
  await page.fill("input[name=affiliate]", "10");
  await page.selectOption("select[name=market]", "US");
  expect(await page.textContent("[data-output=fees]")).toBe("USD 6.00");
  expect(await page.textContent("[data-output=net]")).toBe("USD 84.00");
  expect(await page.textContent("[data-output=profit]")).toBe("USD 64.00");
  expect(await page.textContent("[data-output=margin]")).toBe("64%");
});

test("the calculator reports bad input instead of a number", async () => {
  await page.fill("input[name=price]", "-5");
  expect(await page.textContent("[data-output=error]")).toMatch(/price is negative/);
});

test("tabs work from the keyboard with a visible focus ring", async () => {
  await page.locator("#tab-templates").click();
  await page.keyboard.press("ArrowRight");
  expect(await page.getAttribute("#tab-calculator", "aria-selected")).toBe("true");
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(outline).toBe("solid");
  await page.keyboard.press("End");
  expect(await page.getAttribute("#tab-rates", "aria-selected")).toBe("true");
  expect(await page.locator(".rates:not(.defaults) tbody tr").count()).toBeGreaterThanOrEqual(15);
  expect(await page.locator(".rates.defaults tbody tr").allTextContents()).toContainEqual(
    expect.stringMatching(/USD per diamond\$0\.005C/),
  );
});

test("fits 320 px without horizontal scrolling, and a screenshot is saved for README", async () => {
  await page.setViewportSize({ width: 320, height: 760 });
  await page.locator("#tab-templates").click();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  const file = await saveScreenshot(page, "taskpane.png", true);
  expect(fs.statSync(file).size).toBeGreaterThan(5000);
});
