/**
 * The task pane as a user meets it beside a workbook (the Excel-free preview), at Office's narrow
 * 320 px pane, in the light and the dark palette: the Reconcile tab follows the workbook's sheets
 * and names what does not match, Insert keeps the keyboard where it was and says what it inserts,
 * typed input survives a tab switch, and the sheets it writes are readable where they land.
 */
import path from "path";
import type { Page } from "playwright-core";
import { launchBrowser, serveDirectory } from "../support/browser";
import { sharedBuild } from "../support/builds";
import { contrast } from "../support/contrast";
import { LANGUAGE_FILES } from "../settlement/languageFiles";
import { US_202309_RESPONSE } from "../settlement/openApiSamples";

jest.setTimeout(180_000);

let server: Awaited<ReturnType<typeof serveDirectory>>;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
const pageErrors: string[] = [];

/** Office's task pane is 320 px wide by default; the preview's is 340 px, so the tests narrow it. */
const PANE_320 = ".preview { grid-template-columns: 1fr 320px !important; }";

beforeAll(async () => {
  server = await serveDirectory(await sharedBuild("preview"));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
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

describe("the catalog grows with pasted rows, as an Excel table does", () => {
  let page: Page;
  beforeAll(async () => {
    page = await openPreview();
  });
  afterAll(async () => page?.close());

  /** What the engine holds in a cell of the active sheet. */
  const value = (sheet: string, cell: string) =>
    page.evaluate(
      ([s, c]) => {
        const w = window as unknown as { tiktokEconomicsPreview: { engine: { value(s: string, c: string): unknown } } };
        return w.tiktokEconomicsPreview.engine.value(s, c);
      },
      [sheet, cell],
    );

  test("12 SKUs pasted over the 10 samples: every row computed, counted and totalled; Ctrl+Z takes it all back", async () => {
    await page.click('[data-template="shop-catalog"]');
    await page.waitForSelector('.sheet-tabs [aria-selected="true"]:has-text("catalog")');
    const sheet = "Shop catalog margins";
    const skus = Array.from({ length: 12 }, (_, i) =>
      [`SKU-${i + 1}`, `Product ${i + 1}`, "All", 1, 10 + i, 4, 0, 0, 0.1].join("\t"),
    ).join("\r\n");
    await page.click('td[data-cell="A9"]');
    await page.evaluate((text) => {
      const host = document.querySelector(".grid-host") as HTMLElement;
      const paste = new DataTransfer();
      paste.setData("text/plain", text);
      host.dispatchEvent(new ClipboardEvent("paste", { clipboardData: paste, bubbles: true, cancelable: true }));
    }, skus);
    expect(await value(sheet, "A20")).toBe("SKU-12");
    // Rows 19 and 20 joined the table: its grey columns compute them like the rest.
    for (const column of ["K", "L", "M", "N", "O"]) {
      expect([column, typeof (await value(sheet, `${column}20`))]).toEqual([column, "number"]);
      expect(await page.getAttribute(`td[data-cell="${column}20"]`, "class")).toMatch(/role-(output|flag)/);
    }
    expect(await value(sheet, "K20")).toBe(21);
    expect(await page.textContent('td[data-cell="K20"]')).toBe("$21.00");
    expect(await page.textContent('td[data-cell="O20"]')).toMatch(/^\d+\.\d\d%$/);
    // The summary counts 12 SKUs and totals the same 12 rows: 10 + 11 + … + 21.
    expect(await value(sheet, "E3")).toBe(12);
    expect(await value(sheet, "E4")).toBe(186);
    // One undo takes back the paste and the rows it added to the table.
    await page.focus(".grid-host");
    await page.keyboard.press("Control+z");
    expect(await value(sheet, "A20")).toBeNull();
    expect(await value(sheet, "K20")).toBeNull();
    expect(await page.getAttribute('td[data-cell="K20"]', "class")).not.toMatch(/role-/);
    expect(await value(sheet, "E3")).toBe(10);
    expect(pageErrors).toEqual([]);
  });
});

test("changing a sheet's market says plainly that the amounts are kept as typed, in the new currency", async () => {
  const page = await openPreview();
  await page.click('[data-template="shop-pnl"]');
  await page.waitForSelector('.sheet-tabs [aria-selected="true"]:has-text("P&L")');
  await page.click('td[data-cell="B5"]');
  const prompt = (await page.textContent(".cell-message")) ?? "";
  expect(prompt).toMatch(/kept as typed/);
  expect(prompt).toMatch(/enter them in that currency/);
  expect(prompt).not.toMatch(/switch to its currency/);
  // What the prompt says is what happens: $25 stays 25, now in yen.
  await page.keyboard.type("JP");
  await page.keyboard.press("Enter");
  expect(await page.textContent('td[data-cell="B7"]')).toBe("¥25");
  // Settings says the same of every sheet.
  await page.click("#tab-settings");
  const hint = (await page.textContent("#panel-settings .hint")) ?? "";
  expect(hint).toMatch(/keeps the amounts as typed/);
  expect(hint).not.toMatch(/its amounts follow/);
  await page.close();
});

/** Excel beside Office's 320 px task pane on a 1366 px screen: the grid's first screen is this wide. */
const FIRST_SCREEN_PX = 1366 - 320;

describe("charts sit beside their data, over no text, on the first screen, with the cells' formats", () => {
  let page: Page;
  beforeAll(async () => {
    page = await openPreview();
    await page.setViewportSize({ width: 1600, height: 900 });
  });
  afterAll(async () => page?.close());

  type Box = { left: number; top: number; right: number; bottom: number };
  type Planned = { title: string; source: string; from: string; to: string; axisFormat?: string; kind: string };

  /** Every drawn text (spilled text at its full width) that a chart covers, the sheet scrolled top to bottom. */
  async function coveredTexts(): Promise<string[]> {
    const covered = new Set<string>();
    await page.$eval(".grid-host", (el) => el.scrollTo(0, 0));
    for (let screen = 0; screen < 60; screen++) {
      await page.evaluate(() => new Promise(requestAnimationFrame));
      const hits = await page.evaluate(() => {
        const canvas = document.querySelector(".grid-canvas") as HTMLElement;
        const base = canvas.getBoundingClientRect();
        const box = (el: Element) => {
          const r = el.getBoundingClientRect();
          return {
            left: r.left - base.left,
            top: r.top - base.top,
            right: r.right - base.left,
            bottom: r.bottom - base.top,
          };
        };
        const charts = Array.from(document.querySelectorAll(".chart")).map(box);
        const out: string[] = [];
        for (const span of Array.from(document.querySelectorAll("td[data-cell] > .v"))) {
          if ((span.textContent ?? "") === "") continue;
          const t = box(span);
          for (const c of charts)
            if (t.left < c.right - 1 && t.right > c.left + 1 && t.top < c.bottom - 1 && t.bottom > c.top + 1)
              out.push(`${span.parentElement?.getAttribute("data-cell")}: ${span.textContent?.slice(0, 40)}`);
        }
        return out;
      });
      for (const h of hits) covered.add(h);
      const atEnd = await page.$eval(".grid-host", (el) => {
        const end = el.scrollTop + el.clientHeight >= el.scrollHeight - 1;
        el.scrollTop += el.clientHeight - 60;
        return end;
      });
      if (atEnd) break;
    }
    return [...covered];
  }

  /** Cells between a chart and its data: 0 when they touch. */
  function gap(chart: Planned): { rows: number; columns: number } {
    const cell = (a: string) => {
      const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a)!;
      let c = 0;
      for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
      return { row: Number(m[2]) - 1, column: c - 1 };
    };
    const [sa, sb = sa] = chart.source.split(":").map(cell);
    const [ca, cb] = [cell(chart.from), cell(chart.to)];
    const apart = (a1: number, a2: number, b1: number, b2: number) => Math.max(0, b1 - a2 - 1, a1 - b2 - 1);
    return { rows: apart(sa.row, sb.row, ca.row, cb.row), columns: apart(sa.column, sb.column, ca.column, cb.column) };
  }

  const TEMPLATE_IDS = [
    "shop-pnl",
    "live-earnings",
    "ad-planner",
    "brand-launch",
    "business-model",
    "statement-reconciliation",
  ];

  test.each(TEMPLATE_IDS)("%s", async (id) => {
    const before = await page.locator(".sheet-tabs [role=tab]").count();
    await page.click(`[data-template="${id}"]`);
    await page.waitForFunction((n) => document.querySelectorAll(".sheet-tabs [role=tab]").length === n + 1, before);
    const sheet = (await page.textContent('.sheet-tabs [aria-selected="true"]')) ?? "";
    const planned = await page.evaluate((name) => {
      type Book = { looks: Map<string, { charts?: Planned[] }> };
      return (
        (window as unknown as { tiktokEconomicsPreview: Book }).tiktokEconomicsPreview.looks.get(name)?.charts ?? []
      );
    }, sheet);
    expect(planned.length).toBeGreaterThan(0);
    // Beside the data each chart shows: at most three rows or four columns away from it.
    for (const c of planned) {
      const g = gap(c);
      expect([c.title, g.rows <= 3 && g.columns <= 4]).toEqual([c.title, true]);
    }
    // Over no text, spilled notes included.
    expect(await coveredTexts()).toEqual([]);
    // On the first screen beside the pane (the reconciliation's table is wider than a screen: beside its data).
    const boxes: Box[] = await page.$$eval(".chart", (frames) =>
      frames.map((f) => {
        const base = (document.querySelector(".grid-canvas") as HTMLElement).getBoundingClientRect();
        const r = f.getBoundingClientRect();
        return {
          left: r.left - base.left,
          top: r.top - base.top,
          right: r.right - base.left,
          bottom: r.bottom - base.top,
        };
      }),
    );
    if (id !== "statement-reconciliation")
      for (const [i, b] of boxes.entries())
        expect([planned[i].title, b.right <= FIRST_SCREEN_PX]).toEqual([planned[i].title, true]);
    // The value axis in the cells' number format, and the description too.
    const axes = await page.$$eval(".chart", (frames) =>
      frames.map((f) => (f as HTMLElement).dataset.valueAxis ?? null),
    );
    for (const [i, c] of planned.entries()) {
      if (c.kind === "Pie" || c.kind === "Doughnut") continue;
      const ticks = (axes[i] ?? "").split(" | ");
      expect(c.axisFormat).toBeTruthy();
      const pattern = c.axisFormat!.includes("%") ? /^-?\d+(\.\d+)?%$/ : /^-?\$[\d,]+(\.\d\d)?$/;
      for (const t of ticks) expect([c.title, t, pattern.test(t)]).toEqual([c.title, t, true]);
    }
    await page.$eval(".grid-host", (el) => el.scrollTo(0, 0));
    await page.screenshot({ path: path.join(".tmp", "screenshots", `preview-charts-${id}.png`) });
    expect(pageErrors).toEqual([]);
  });
});

test("figures read as meant: 200,000 diamonds for $1,000; the ad planner's revenue says its conversions are unrounded", async () => {
  const page = await openPreview();
  /** The cell right of the label that starts with `label`, on the active sheet. */
  const beside = async (label: string) => {
    const cell = await page.$$eval(
      'td[data-cell^="A"]',
      (tds, text) => tds.find((td) => (td.textContent ?? "").startsWith(text))?.getAttribute("data-cell") ?? "",
      label,
    );
    expect([label, cell]).not.toEqual([label, ""]);
    return (await page.textContent(`td[data-cell="B${cell.slice(1)}"]`)) ?? "";
  };
  await page.click('[data-template="live-earnings"]');
  await page.waitForSelector('.sheet-tabs [aria-selected="true"]:has-text("LIVE")');
  // 199,999 diamonds are $999.995: only a half cent rounded up would make them $1,000.
  expect(await beside("Diamonds needed for $1,000 a month")).toBe("200,000");
  await page.click('[data-template="ad-planner"]');
  await page.waitForSelector('.sheet-tabs [aria-selected="true"]:has-text("planner")');
  expect(await beside("Conversions (expected)")).toBe("210.0");
  // $9,449.99 beside 210 × $45: the label says why.
  expect(await beside("Revenue (unrounded conversions × order value)")).toBe("$9,449.99");
  await page.close();
});

test("a PDF or another binary file is refused with what to open instead, and adds no sheet", async () => {
  const page = await openPreview();
  const tabs = () => page.locator(".sheet-tabs [role=tab]").count();
  const before = await tabs();
  const open = async (name: string, buffer: Buffer) => {
    await page.click('td[data-cell="A1"]');
    await page.setInputFiles(".import-input", { name, mimeType: "application/octet-stream", buffer });
    await page.waitForFunction(() =>
      /^(Opened|Could not open)/.test(document.querySelector(".cell-message")?.textContent ?? ""),
    );
    return (await page.textContent(".cell-message")) ?? "";
  };
  const pdf = Buffer.concat([
    Buffer.from("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> endobj\n"),
    Buffer.alloc(64, 0),
  ]);
  expect(await open("statement.pdf", pdf)).toBe(
    'Could not open "statement.pdf": "statement.pdf" is a PDF, which holds no cells to read. Download the statement as a CSV or Excel file from Seller Center and open that.',
  );
  expect(await open("statement", pdf)).toMatch(/^Could not open "statement": "statement" is a PDF/);
  expect(await open("photo.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]))).toMatch(
    /^Could not open "photo\.png": .*not a CSV or text file of cells/,
  );
  expect(await page.textContent(".cell-message")).not.toMatch(/^Opened/);
  expect(await tabs()).toBe(before);
  await page.close();
});

describe("no clipped labels or numbers in a fresh template", () => {
  let page: Page;
  beforeAll(async () => {
    page = await openPreview();
    await page.setViewportSize({ width: 1600, height: 900 });
  });
  afterAll(async () => page?.close());

  /** Cells whose text is wider than the cell and cannot run on into the next one, the sheet scrolled through. */
  async function clipped(): Promise<string[]> {
    const out = new Set<string>();
    await page.$eval(".grid-host", (el) => el.scrollTo(0, 0));
    for (let screen = 0; screen < 80; screen++) {
      await page.evaluate(() => new Promise(requestAnimationFrame));
      const here = await page.$$eval("td[data-cell] > .v", (spans) =>
        spans
          .filter((span) => {
            const td = span.parentElement as HTMLElement;
            if ((span.textContent ?? "") === "" || td.classList.contains("spill")) return false;
            if ((span as HTMLElement).scrollWidth <= (span as HTMLElement).clientWidth + 1) return false;
            // As in Excel: a number never runs on (it shows ####); text runs on unless the next cell is filled.
            const next = td.nextElementSibling;
            return !td.classList.contains("text") || (next !== null && (next.textContent ?? "") !== "");
          })
          .map((span) => `${span.parentElement?.getAttribute("data-cell")}: ${span.textContent}`),
      );
      for (const c of here) out.add(c);
      const atEnd = await page.$eval(".grid-host", (el) => {
        const end = el.scrollTop + el.clientHeight >= el.scrollHeight - 1;
        el.scrollTop += el.clientHeight - 60;
        return end;
      });
      if (atEnd) break;
    }
    return [...out];
  }

  test.each([
    "shop-pnl",
    "shop-catalog",
    "live-earnings",
    "ad-planner",
    "brand-launch",
    "business-model",
    "statement-reconciliation",
  ])("%s", async (id) => {
    const before = await page.locator(".sheet-tabs [role=tab]").count();
    await page.click(`[data-template="${id}"]`);
    await page.waitForFunction((n) => document.querySelectorAll(".sheet-tabs [role=tab]").length === n + 1, before);
    expect(await clipped()).toEqual([]);
  });
});

describe("?lang= (#23): the preview's own words and the pane in the language asked for", () => {
  test("Japanese: <html lang>, the banner, the workbook's controls and the pane", async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${server.url}?lang=ja`);
    await page.waitForSelector(".grid");
    await page.waitForSelector("[role=tablist][aria-label]");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("ja");
    expect(await page.title()).toBe("TikTok Economics — Excel 不要のプレビュー");
    expect(await page.textContent(".preview-banner")).toMatch(/^Excel 不要のプレビュー/);
    expect(await page.getAttribute(".workbook-pane", "aria-label")).toBe("ブック");
    expect(await page.getAttribute(".taskpane-frame", "aria-label")).toBe("作業ウィンドウ");
    expect(await page.getAttribute(".formula-bar", "aria-label")).toBe("数式バー");
    expect(await page.textContent(".status-mode")).toBe("準備完了");
    expect(await page.locator(".taskpane-frame [role=tab]").first().textContent()).toBe("テンプレート");
    // The preview keeps the focus in the workbook at start, even with the welcome shown.
    expect(await page.evaluate(() => document.activeElement?.closest(".taskpane-frame") === null)).toBe(true);
    await page.close();
  });

  test("an unknown ?lang= falls back to English", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}?lang=xx-YY`);
    await page.waitForSelector(".grid");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(await page.textContent(".status-mode")).toBe("Ready");
    await page.close();
  });
});

describe("issue #21: Reconcile a saved API response and a Thai Income file in the preview", () => {
  let page: Page;
  beforeAll(async () => {
    page = await openPreview();
  });
  afterAll(async () => page?.close());

  /** Nothing in the Reconcile panel reaches past the pane's right edge or scrolls sideways. */
  async function overflowing(): Promise<string[]> {
    return page.$eval("#panel-reconcile", (panel) => {
      const right = panel.getBoundingClientRect().right;
      const out: string[] = [];
      if (panel.scrollWidth > panel.clientWidth + 1)
        out.push(`panel scrolls ${panel.scrollWidth - panel.clientWidth}px`);
      for (const el of Array.from(panel.querySelectorAll("*"))) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && r.right > right + 1)
          out.push(`${el.tagName}.${el.className}: ${el.textContent?.slice(0, 40)}`);
      }
      return out;
    });
  }

  test("the source radios fit the 320 px pane; the JSON choice shows the file field instead of the sheet list", async () => {
    await page.click("#tab-reconcile");
    await page.waitForSelector("#reconcile-source-json");
    expect(await page.isChecked("#reconcile-source-sheet")).toBe(true);
    expect(await page.isVisible("#reconcile-json")).toBe(false);
    expect(await overflowing()).toEqual([]);
    await page.locator("label.choice", { hasText: "A saved API response (JSON)" }).click();
    expect(await page.isChecked("#reconcile-source-json")).toBe(true);
    expect(await page.isVisible("#reconcile-json")).toBe(true);
    expect(await page.isVisible("#reconcile-sheet")).toBe(false);
    expect(await overflowing()).toEqual([]);
    // Each radio's label is on the pane, the radio beside its words.
    const boxes = await page.$$eval("#panel-reconcile .reconcile-source label.choice", (ls) =>
      ls.map((l) => ({ width: l.getBoundingClientRect().width, pane: l.closest("#panel-reconcile")!.clientWidth })),
    );
    expect(boxes).toHaveLength(2);
    for (const b of boxes) expect(b.width).toBeLessThanOrEqual(b.pane);
  });

  test("a saved API response chosen as a file reconciles into a new sheet tab, the summary naming market and counts", async () => {
    await page.check("#reconcile-source-json");
    await page.locator("#reconcile-json").setInputFiles({
      name: "statement_transactions.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(US_202309_RESPONSE)),
    });
    const status = await reconcile(page);
    // Excel's 31-character limit on a sheet name cuts the file's name.
    const sheet = "Reconciled statement_transactio";
    expect(status).toBe(`Written to the new sheet "${sheet}".`);
    await page.waitForSelector(`.sheet-tabs button[data-sheet="${sheet}"]`);
    const summary = (await page.textContent("#panel-reconcile .reconcile-summary")) ?? "";
    expect(summary).toContain(" · US · USD");
    expect(summary).toContain("2 match, 1 mismatch");
    expect(await page.locator("#panel-reconcile .mismatches li").allTextContents()).toEqual([
      expect.stringContaining("576460752303423490"),
    ]);
    expect(await overflowing()).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  // The five files of the done-when (TH, VN and Chinese-UI MY Income, VN unsettled, US unsettled
  // without a Currency column), each opened as a CSV the way a seller opens one.
  test.each(LANGUAGE_FILES.map((f) => [f.name, f] as const))(
    "%s opened in the preview reconciles with its market, currency and counts",
    async (name, file) => {
      const csv = file.rows
        .map((r) =>
          r
            .map((c) => (/[",\n]/.test(String(c ?? "")) ? `"${String(c).replace(/"/g, '""')}"` : String(c ?? "")))
            .join(","),
        )
        .join("\n");
      expect(await openFile(page, `${name}.csv`, csv)).toBe(`Opened "${name}.csv" as sheet "${name}".`);
      await page.check("#reconcile-source-sheet");
      await page.waitForFunction(
        (n) => (document.querySelector("#reconcile-sheet") as HTMLSelectElement).value === n,
        name,
      );
      // Excel's sheet names hold 31 characters: a long file name is cut to fit.
      const written = `Reconciled ${name}`.slice(0, 31);
      expect(await reconcile(page)).toBe(`Written to the new sheet "${written}".`);
      await page.waitForSelector(`.sheet-tabs button[data-sheet="${written}"]`);
      const summary = (await page.textContent("#panel-reconcile .reconcile-summary")) ?? "";
      const { market, currency, matched, mismatched } = file.expected;
      expect(summary).toContain(` · ${market} · ${currency}`);
      expect(summary).toContain(`${matched} match, ${mismatched} mismatch`);
      expect(summary).not.toMatch(/lost/i);
      expect(await overflowing()).toEqual([]);
      expect(pageErrors).toEqual([]);
    },
  );
});

describe("issue #21: a sheet no dictionary knows is mapped in the pane, confirmed, saved and offered again", () => {
  let page: Page;
  beforeAll(async () => {
    page = await openPreview();
  });
  afterAll(async () => page?.close());

  /** MARCH under column names no dictionary holds (a shop tool's own export, say). */
  const INVENTED = [
    "When paid,Batch,Money,Kind,Ref,Item,Qty,Placed,Payout,Sales,Charges,Cut,Corr,Paid by buyer,Promo,Tax",
    ...MARCH.split("\n").slice(1),
  ].join("\n");
  const selected = (key: string) => page.$eval(`#mapping-${key}`, (s) => (s as HTMLSelectElement).value);

  test("Reconcile shows the form pre-filled from the values, with the keys left to the user marked; Discard writes nothing", async () => {
    await page.click("#tab-reconcile");
    expect(await openFile(page, "shop-tool.csv", INVENTED)).toBe('Opened "shop-tool.csv" as sheet "shop-tool".');
    await page.waitForFunction(
      () => (document.querySelector("#reconcile-sheet") as HTMLSelectElement).value === "shop-tool",
    );
    const sheetsBefore = await page.$$eval(".sheet-tabs button", (bs) => bs.map((b) => b.textContent));
    await page.click("#panel-reconcile button.primary");
    await page.waitForSelector("#panel-reconcile .column-mapping");
    expect(await page.textContent("#mapping-title")).toBe("Map the columns");
    // Found by their values: the 18-digit IDs, the currency codes, the column the identity closes on.
    expect(await selected("id")).toBe("Ref");
    expect(await selected("currency")).toBe("Money");
    expect(await selected("settlement")).toBe("Payout");
    expect(await page.textContent("#mapping-id-why")).toContain("15–19-digit numbers");
    // Commission is not told from the transaction fee by values: the user picks it, and is told so.
    expect(await page.$$eval(".column-mapping .field.left label", (ls) => ls.map((l) => l.textContent))).toContain(
      "TikTok Shop commission fee",
    );
    // The focus is on the form's first control, for a keyboard user.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("mapping-id");

    await page.click(".column-mapping button:has-text('Discard')");
    expect(await page.textContent("#panel-reconcile .status")).toBe(
      "The column mapping was discarded: nothing was read or written.",
    );
    expect(await page.$$(".column-mapping")).toHaveLength(0);
    expect(await page.$$eval(".sheet-tabs button", (bs) => bs.map((b) => b.textContent))).toEqual(sheetsBefore);
  });

  test("confirmed, the mapping reconciles the sheet as its English twin (2 match, 1 mismatch) and is saved", async () => {
    await page.click("#panel-reconcile button.primary");
    await page.waitForSelector("#panel-reconcile .column-mapping");
    await page.selectOption("#mapping-commission", "Cut");
    // The bases of the US referral fee (order value = customer payment + platform discounts − sales tax).
    await page.selectOption("#mapping-customerPayment", "Paid by buyer");
    await page.selectOption("#mapping-platformDiscount", "Promo");
    await page.selectOption("#mapping-salesTax", "Tax");
    await page.click(".column-mapping button:has-text('Use these columns')");
    await page.waitForFunction(() =>
      /^Written to the new sheet/.test(document.querySelector("#panel-reconcile .status")?.textContent ?? ""),
    );
    expect(await page.textContent("#panel-reconcile .status")).toBe(
      'Written to the new sheet "Reconciled shop-tool". Column mapping saved with this workbook.',
    );
    expect(await page.textContent("#panel-reconcile .reconcile-summary")).toContain("2 match, 1 mismatch");
    const items = await page.locator("#panel-reconcile .mismatches li").allTextContents();
    expect(items).toHaveLength(1);
    expect(items[0]).toContain("Commission: charged USD -3.50, rule USD -3.00");
  });

  test("the next Reconcile of a sheet with that header offers the saved mapping, applied only when pressed", async () => {
    await page.selectOption("#reconcile-sheet", "shop-tool");
    const tabs = () => page.$$eval(".sheet-tabs button", (bs) => bs.map((b) => b.textContent));
    const before = await tabs();
    await page.click("#panel-reconcile button.primary");
    await page.waitForSelector("#panel-reconcile .saved-mapping");
    expect(await page.textContent("#saved-mapping-title")).toBe("A saved column mapping fits this sheet's header.");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Use it");
    // Offered, not applied: no sheet yet.
    expect(await tabs()).toEqual(before);
    await page.click(".saved-mapping button:has-text('Use it')");
    await page.waitForFunction(() =>
      /^Written to the new sheet/.test(document.querySelector("#panel-reconcile .status")?.textContent ?? ""),
    );
    expect((await tabs()).length).toBe(before.length + 1);
    expect(await page.textContent("#panel-reconcile .reconcile-summary")).toContain("2 match, 1 mismatch");
    expect(pageErrors).toEqual([]);
  });
});
