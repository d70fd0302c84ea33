/**
 * The task pane as a user meets it beside a workbook (the Excel-free preview), at Office's narrow
 * 320 px pane, in the light and the dark palette: the Reconcile tab follows the workbook's sheets
 * and names what does not match, Insert keeps the keyboard where it was and says what it inserts,
 * typed input survives a tab switch, and the sheets it writes are readable where they land.
 */
import fs from "fs";
import os from "os";
import path from "path";
import type { Page } from "playwright-core";
import { launchBrowser, runWebpack, serveDirectory } from "../support/browser";
import { contrast } from "../support/contrast";

jest.setTimeout(180_000);

let dist: string;
let server: Awaited<ReturnType<typeof serveDirectory>>;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
const pageErrors: string[] = [];

/** Office's task pane is 320 px wide by default; the preview's is 340 px, so the tests narrow it. */
const PANE_320 = ".preview { grid-template-columns: 1fr 320px !important; }";

beforeAll(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), "tiktok-econ-preview-pane-"));
  await runWebpack(require("../../webpack.preview.config.js")({}, { mode: "development" }), dist);
  server = await serveDirectory(dist);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dist) fs.rmSync(dist, { recursive: true, force: true });
});

async function openPreview(colorScheme: "light" | "dark" = "light"): Promise<Page> {
  const page = await browser.context.newPage();
  await page.emulateMedia({ colorScheme });
  await page.setViewportSize({ width: 1280, height: 800 });
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.goto(server.url);
  await page.waitForSelector(".grid");
  await page.addStyleTag({ content: PANE_320 });
  return page;
}

/** Opens a file through the preview's "Open file…" button, as a user does. */
async function openFile(page: Page, name: string, text: string): Promise<string> {
  await page.click('td[data-cell="A1"]');
  await page.setInputFiles(".import-input", { name, mimeType: "text/csv", buffer: Buffer.from(text) });
  await page.waitForFunction(() =>
    /^(Opened|Could not open)/.test(document.querySelector(".cell-message")?.textContent ?? ""),
  );
  return (await page.textContent(".cell-message")) ?? "";
}

/** A US statement (order details) in which order …003 is charged 3.50 where the rule gives 3.00. */
const MARCH = [
  "Statement date (UTC),Statement ID,Currency,Type,Order/adjustment ID,SKU ID,Quantity,Order created date,Total settlement amount,Net sales,Fees,Referral fee,Adjustment amount,Customer payment,Platform discounts,Sales tax payment",
  "2025/03/10,7480001,USD,Order,576460000000000001,1729001,1,2025/03/01,18.8,20,-1.2,-1.2,0,21.2,0,1.2",
  "2025/03/10,7480001,USD,Order,576460000000000002,1729002,1,2025/03/02,42.3,45,-2.7,-2.7,0,38.6,10,3.6",
  "2025/03/17,7480002,USD,Order,576460000000000003,1729003,2,2025/03/09,46.5,50,-3.5,-3.5,0,53.5,0,3.5",
  "2025/04/07,7480003,USD,Logistics reimbursement,576460000000009001,,0,,4,0,0,0,4,0,0,0",
].join("\n");

async function reconcile(page: Page): Promise<string> {
  await page.click("#panel-reconcile button.primary");
  await page.waitForFunction(() =>
    /^Written to the new sheet|Could not|Cannot|No |Sheet|There/.test(
      document.querySelector("#panel-reconcile .status")?.textContent ?? "",
    ),
  );
  return (await page.textContent("#panel-reconcile .status")) ?? "";
}

/** The colour of an element and the background it is painted on (the nearest one set). */
async function colours(page: Page, selector: string): Promise<{ color: string; background: string }> {
  return page.$eval(selector, (el) => {
    let bg = "rgba(0, 0, 0, 0)";
    for (let e: Element | null = el; e; e = e.parentElement) {
      const c = getComputedStyle(e).backgroundColor;
      if (c !== "rgba(0, 0, 0, 0)" && c !== "transparent") {
        bg = c;
        break;
      }
    }
    return { color: getComputedStyle(el).color, background: bg };
  });
}

describe.each(["light", "dark"] as const)("Reconcile beside a workbook (%s)", (scheme) => {
  let page: Page;
  beforeAll(async () => {
    page = await openPreview(scheme);
  });
  afterAll(async () => page?.close());

  test("a file opened while the Reconcile tab is shown is listed and chosen at once, and reconciles", async () => {
    await page.click("#tab-reconcile");
    await page.waitForSelector('#reconcile-sheet option[value="Sheet1"]', { state: "attached" });
    expect(await openFile(page, "march.csv", MARCH)).toBe('Opened "march.csv" as sheet "march".');
    // No switching tabs: the list follows the workbook, and the sheet just opened is the choice.
    await page.waitForFunction(
      () => (document.querySelector("#reconcile-sheet") as HTMLSelectElement).value === "march",
    );
    expect(await page.$$eval("#reconcile-sheet option", (os) => os.map((o) => o.textContent))).toEqual([
      "Sheet1",
      "march",
    ]);
    expect(await reconcile(page)).toBe('Written to the new sheet "Reconciled march".');
    // The reconciliation the pane wrote is listed, but the choice stays on the user's own sheet.
    await page.waitForSelector('#reconcile-sheet option[value="Reconciled march"]', { state: "attached" });
    expect(await page.inputValue("#reconcile-sheet")).toBe("march");
  });

  test("the result names the mismatched order, its fee, the amount and who gained, in a colour that reads", async () => {
    const summary = page.locator("#panel-reconcile .reconcile-summary");
    expect(await summary.textContent()).toContain("2 match, 1 mismatch");
    // One fact per line across the pane, not the calculator's two squeezed columns.
    const layout = await summary.evaluate((ul) => ({
      display: getComputedStyle(ul).gridTemplateColumns.split(" ").length,
      width: ul.getBoundingClientRect().width,
    }));
    expect(layout.display).toBe(1);
    expect(layout.width).toBeGreaterThan(250);
    const flagged = await colours(page, "#panel-reconcile .reconcile-summary .bad");
    expect(contrast(flagged.color, flagged.background)).toBeGreaterThanOrEqual(4.5);
    const body = await colours(page, "#panel-reconcile h2");
    expect(flagged.color).not.toBe(body.color);

    const items = await page.locator("#panel-reconcile .mismatches li").allTextContents();
    expect(items).toHaveLength(1);
    expect(items[0]).toContain("Order 576460000000000003 (2025-03-09)");
    expect(items[0]).toContain("Commission: charged USD -3.50, rule USD -3.00");
    expect(items[0]).toContain("you were charged USD 0.50 more than the rule");
    const verdict = await colours(page, "#panel-reconcile .mismatches .verdict");
    expect(contrast(verdict.color, verdict.background)).toBeGreaterThanOrEqual(4.5);
    expect(verdict.color).toBe(flagged.color);
    // The sheet says it too: the status names the direction and is flagged; differences say who gained.
    const cell = (a: string) => page.locator(`td[data-cell="${a}"]`);
    expect(await cell("H17").textContent()).toBe("mismatch: overcharged");
    expect(await cell("H15").textContent()).toBe("match");
    expect(await cell("H17").getAttribute("class")).toMatch(/\brole-flag\b/);
    expect(await cell("H15").getAttribute("class")).not.toMatch(/\brole-flag\b/);
    const flag = await colours(page, 'td[data-cell="H17"]');
    const plain = await colours(page, 'td[data-cell="H15"]');
    expect(flag.background).not.toBe(plain.background);
    expect(contrast(flag.color, flag.background)).toBeGreaterThanOrEqual(4.5);
    expect(await cell("G17").textContent()).toBe("$0.50 overcharged");
    expect(await cell("G15").textContent()).toBe("$0.00");
    expect(await cell("H4").textContent()).toBe("$0.50 overcharged");
    expect(await cell("E5").textContent()).toBe("1");
    await page.screenshot({ path: path.join(".tmp", "screenshots", `preview-reconcile-320-${scheme}.png`) });
    expect(pageErrors).toEqual([]);
  });
});

describe("Insert from the keyboard", () => {
  let page: Page;
  beforeAll(async () => {
    page = await openPreview();
  });
  afterAll(async () => page?.close());

  test("each Insert button says which sheet it inserts", async () => {
    const names = await page.$$eval("[data-template]", (bs) => bs.map((b) => b.getAttribute("aria-label") ?? ""));
    expect(names.length).toBe(7);
    expect(new Set(names).size).toBe(names.length);
    expect(
      await page.getByRole("button", { name: "Insert Shop product P&L across markets", exact: true }).count(),
    ).toBe(1);
    for (const name of names) expect(name).toMatch(/^Insert \S/);
  });

  test("after Insert the focus stays on the button pressed, not on the page body", async () => {
    await page.focus('[data-template="shop-catalog"]');
    await page.keyboard.press("Enter");
    await page.waitForSelector('.card:has([data-template="shop-catalog"]) .status.ok');
    const focused = await page.evaluate(() => ({
      tag: document.activeElement?.tagName,
      template: document.activeElement?.getAttribute("data-template"),
    }));
    expect(focused).toEqual({ tag: "BUTTON", template: "shop-catalog" });
    // Enter again inserts again, from where the keyboard is.
    await page.keyboard.press("Enter");
    await page.waitForSelector('[data-sheet="Shop catalog margins (2)"]');
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-template"))).toBe("shop-catalog");
  });
});

test("typed input survives switching tabs: the calculator and Reconcile keep what was typed", async () => {
  const page = await openPreview();
  await page.click("#tab-calculator");
  await page.fill("input[name=price]", "123");
  await page.fill("#panel-calculator input[name=affiliate]", "7");
  await page.click("#tab-reconcile");
  await page.fill("#reconcile-tolerance", "0.05");
  await page.click("#tab-templates");
  await page.click("#tab-calculator");
  expect(await page.inputValue("input[name=price]")).toBe("123");
  expect(await page.inputValue("#panel-calculator input[name=affiliate]")).toBe("7");
  await page.click("#tab-reconcile");
  expect(await page.inputValue("#reconcile-tolerance")).toBe("0.05");
  await page.close();
});
