/**
 * The Excel-free preview in headless Chromium: type a formula into a cell and see its value; edit
 * with the keyboard as in Excel (type to replace, F2, arrows, Enter, Tab, Escape); long text spills;
 * the selected cell's error message is in the status bar; press Insert in the real task pane and get
 * a computed sheet with every used column and its charts. A screenshot is saved for README.
 */
import fs from "fs";
import path from "path";
import * as XLSX from "@e965/xlsx";
import type { Page } from "playwright-core";
import { launchBrowser, saveScreenshot, serveDirectory } from "../support/browser";
import { sharedBuild } from "../support/builds";
import { contrast } from "../support/contrast";

jest.setTimeout(120_000);

let server: Awaited<ReturnType<typeof serveDirectory>>;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await serveDirectory(await sharedBuild("preview"));
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
});

/** The selected cell, as the grid marks it and the name box shows it. */
async function selectedCell(): Promise<string> {
  const marked = await page.getAttribute("td.selected", "data-cell");
  expect(await page.inputValue(".name-box")).toBe(marked);
  return marked ?? "";
}

async function cellText(cell: string): Promise<string> {
  return (await page.textContent(`td[data-cell="${cell}"]`)) ?? "";
}

/** Clicks a cell and types into it as a user would (no formula bar). */
async function typeInCell(cell: string, text: string, then = "Enter") {
  await page.click(`td[data-cell="${cell}"]`);
  await page.keyboard.type(text);
  await page.keyboard.press(then);
}

async function activeSheet(): Promise<string> {
  return (await page.textContent('.sheet-tabs [aria-selected="true"]')) ?? "";
}

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

test("the page has a favicon that is served", async () => {
  const href = await page.getAttribute('link[rel="icon"]', "href");
  expect(href).toBeTruthy();
  const response = await page.request.get(new URL(href ?? "", server.url).toString());
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  expect((await response.body()).length).toBeGreaterThan(100);
});

describe("editing as in Excel", () => {
  test("typing into a selected cell replaces its content and Enter moves down", async () => {
    await typeInCell("C1", "42");
    expect(await cellText("C1")).toBe("42");
    expect(await selectedCell()).toBe("C2");
    await typeInCell("C1", "7");
    expect(await cellText("C1")).toBe("7");
    expect(await page.inputValue(".formula-bar")).toBe("");
    await page.click('td[data-cell="C1"]');
    expect(await page.inputValue(".formula-bar")).toBe("7");
  });

  test("arrows, Enter and Tab move the selection; Shift reverses Enter and Tab", async () => {
    await page.click('td[data-cell="C3"]');
    const moves: [string, string][] = [
      ["Tab", "D3"],
      ["Shift+Tab", "C3"],
      ["Enter", "C4"],
      ["Shift+Enter", "C3"],
      ["ArrowRight", "D3"],
      ["ArrowDown", "D4"],
      ["ArrowLeft", "C4"],
      ["ArrowUp", "C3"],
    ];
    for (const [key, to] of moves) {
      await page.keyboard.press(key);
      expect([key, await selectedCell()]).toEqual([key, to]);
    }
    // The sheet's edge stops the selection, as in Excel.
    await page.click('td[data-cell="A1"]');
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowLeft");
    expect(await selectedCell()).toBe("A1");
    // …but Shift+Tab in column A leaves the grid: the keyboard is never trapped.
    await page.keyboard.press("Shift+Tab");
    expect(await page.evaluate(() => document.activeElement?.className)).not.toBe("grid-host");
    expect(await selectedCell()).toBe("A1");
  });

  test("Tab commits what was typed and moves right; an arrow does too while typing", async () => {
    await typeInCell("E1", "3", "Tab");
    expect(await cellText("E1")).toBe("3");
    expect(await selectedCell()).toBe("F1");
    await page.keyboard.type("=E1*2");
    await page.keyboard.press("ArrowDown");
    expect(await cellText("F1")).toBe("6");
    expect(await selectedCell()).toBe("F2");
  });

  test("F2 edits the existing content: the caret starts at the end and arrows move it", async () => {
    await page.click('td[data-cell="C1"]');
    await page.keyboard.press("F2");
    expect(await page.inputValue(".cell-editor")).toBe("7");
    expect(await page.textContent(".status-mode")).toBe("Edit");
    await page.keyboard.type("5");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.type("1");
    expect(await selectedCell()).toBe("C1");
    await page.keyboard.press("Enter");
    expect(await cellText("C1")).toBe("175");
    expect(await selectedCell()).toBe("C2");
  });

  test("Escape cancels the typing and keeps the old value and the selection", async () => {
    await page.click('td[data-cell="C1"]');
    await page.keyboard.type("999");
    expect(await page.inputValue(".formula-bar")).toBe("999");
    await page.keyboard.press("Escape");
    expect(await cellText("C1")).toBe("175");
    expect(await selectedCell()).toBe("C1");
    expect(await page.inputValue(".formula-bar")).toBe("175");
    expect(await page.textContent(".status-mode")).toBe("Ready");
    expect(await page.locator(".cell-editor").count()).toBe(0);
  });

  test("Delete empties the selected cell", async () => {
    await typeInCell("G1", "gone");
    await page.click('td[data-cell="G1"]');
    await page.keyboard.press("Delete");
    expect(await cellText("G1")).toBe("");
  });

  test("Ctrl+Z undoes the last edit and Ctrl+Y redoes it", async () => {
    await typeInCell("C5", "1");
    await typeInCell("C5", "2");
    await page.keyboard.press("Control+z");
    expect(await cellText("C5")).toBe("1");
    await page.keyboard.press("Control+y");
    expect(await cellText("C5")).toBe("2");
    await page.click('td[data-cell="C5"]');
    await page.keyboard.press("Delete");
  });

  test("pasting rows from a spreadsheet fills cells from the selection, read as typed; copy gives the shown text", async () => {
    await page.click('td[data-cell="J10"]');
    const copied = await page.evaluate(() => {
      const host = document.querySelector(".grid-host") as HTMLElement;
      const paste = new DataTransfer();
      paste.setData("text/plain", "SKU\tPrice\r\nA-1\t19.99\r\nB-2\t=K11*2\r\n");
      host.dispatchEvent(new ClipboardEvent("paste", { clipboardData: paste, bubbles: true, cancelable: true }));
      const copy = new DataTransfer();
      host.dispatchEvent(new ClipboardEvent("copy", { clipboardData: copy, bubbles: true, cancelable: true }));
      return copy.getData("text/plain");
    });
    expect(copied).toBe("SKU");
    expect([await cellText("J10"), await cellText("K10"), await cellText("J11"), await cellText("K11")]).toEqual([
      "SKU",
      "Price",
      "A-1",
      "19.99",
    ]);
    expect(await cellText("K12")).toBe("39.98");
    await page.keyboard.press("Control+z");
    expect(await cellText("K12")).toBe("");
    expect(await cellText("J10")).toBe("");
  });

  test("the name box goes to a typed address, beyond the drawn sheet too; a wrong one is explained", async () => {
    await page.fill(".name-box", "z100");
    await page.press(".name-box", "Enter");
    expect(await selectedCell()).toBe("Z100");
    expect(await page.isVisible('td[data-cell="Z100"]')).toBe(true);
    await page.keyboard.type("far");
    await page.keyboard.press("Enter");
    expect(await cellText("Z100")).toBe("far");
    await page.fill(".name-box", "A1:B2");
    await page.press(".name-box", "Enter");
    expect(await page.textContent(".cell-message")).toMatch(/^"A1:B2" is not a cell in this preview/);
    expect(await page.inputValue(".name-box")).toBe("Z101");
    // Ctrl+End is the last used row and column; Ctrl+Home is A1; Home the row's first column.
    await page.click('td[data-cell="Z101"]');
    await page.keyboard.press("Control+Home");
    expect(await selectedCell()).toBe("A1");
    await page.keyboard.press("Control+End");
    expect(await selectedCell()).toBe("Z100");
    await page.keyboard.press("Home");
    expect(await selectedCell()).toBe("A100");
    await page.keyboard.press("PageUp");
    const row = Number((await selectedCell()).slice(1));
    expect(row).toBeLessThan(90);
    await page.fill(".name-box", "Z100");
    await page.press(".name-box", "Enter");
    await page.keyboard.press("Delete");
    expect(await cellText("Z100")).toBe("");
    await page.keyboard.press("Control+Home");
  });

  test("the selected cell's error message shows in the status bar, not only on hover", async () => {
    await page.click('td[data-cell="B1"]');
    expect(await page.textContent(".status-bar .cell-message")).toMatch(/^B1: #N\/A — Unknown market "Narnia"/);
    await page.click('td[data-cell="A1"]');
    expect(await page.textContent(".status-bar .cell-message")).toBe("");
  });

  test("long text spills into empty neighbours and is clipped (no '…') at the next filled cell", async () => {
    const text = "A long label that runs on across the empty cells to its right";
    await typeInCell("A8", text);
    const spill = await page.$eval('td[data-cell="A8"]', (td) => {
      const span = td.firstElementChild as HTMLElement;
      return {
        spills: td.classList.contains("spill"),
        cell: td.getBoundingClientRect().width,
        shown: span.getBoundingClientRect().width,
        need: span.scrollWidth,
      };
    });
    expect(spill.spills).toBe(true);
    expect(spill.shown).toBeGreaterThan(spill.cell * 2);
    expect(spill.shown).toBeGreaterThanOrEqual(spill.need - 1);
    expect(await cellText("A8")).toBe(text);
    // A value in the next cell stops the spill: the text is clipped at the cell's own edge.
    await typeInCell("B8", "1");
    const clipped = await page.$eval('td[data-cell="A8"]', (td) => ({
      spills: td.classList.contains("spill"),
      overflow: getComputedStyle(td).overflow,
      ellipsis: getComputedStyle(td.firstElementChild as HTMLElement).textOverflow,
    }));
    expect(clipped).toEqual({ spills: false, overflow: "hidden", ellipsis: "clip" });
  });
});

describe("numbers and booleans as Excel reads them", () => {
  test.each([
    ["1E+3", "1000"],
    ["=1E+3", "1000"],
    ["=1E+3+1", "1001"],
    ["=TRUE", "TRUE"],
    ["=IF(FALSE,1,2)", "2"],
    ["TRUE", "TRUE"],
  ])("%s shows %s", async (typed, shown) => {
    await typeInCell("H1", typed);
    expect(await cellText("H1")).toBe(shown);
  });

  test("1E+308 is a number, not an error", async () => {
    await typeInCell("H2", "=1E+308");
    await page.click('td[data-cell="H2"]');
    expect(await page.getAttribute('td[data-cell="H2"]', "class")).toMatch(/\bnumber\b/);
    expect(
      await page.evaluate(() => {
        const w = window as unknown as { tiktokEconomicsPreview: { engine: { value(s: string, c: string): unknown } } };
        return w.tiktokEconomicsPreview.engine.value("Sheet1", "H2");
      }),
    ).toBe(1e308);
  });

  test('a tiny result never prints NaN: =TIKTOK.RATE("commission","US",1e-300)', async () => {
    await typeInCell("H3", '=TIKTOK.RATE("commission","US",1e-300)');
    expect(await cellText("H3")).not.toMatch(/NaN/);
    expect(await cellText("H3")).toMatch(/^1e-300$/i);
  });
});

describe("a spill, as in Excel", () => {
  test("a spill blocked by a cell spills as soon as that cell is emptied, and undo and redo follow", async () => {
    await typeInCell("L21", "in the way");
    await typeInCell("L20", "=SEQUENCE(3)");
    await typeInCell("M20", "=SUM(L20:L22)");
    expect(await cellText("L20")).toBe("#SPILL!");
    await page.click('td[data-cell="L21"]');
    await page.keyboard.press("Delete");
    expect([await cellText("L20"), await cellText("L21"), await cellText("L22")]).toEqual(["1", "2", "3"]);
    expect(await cellText("M20")).toBe("6");
    // Undo puts the blocking text back (#SPILL! again); redo empties it and the spill comes back.
    await page.keyboard.press("Control+z");
    expect([await cellText("L20"), await cellText("L21")]).toEqual(["#SPILL!", "in the way"]);
    await page.keyboard.press("Control+y");
    expect([await cellText("L20"), await cellText("L21"), await cellText("L22")]).toEqual(["1", "2", "3"]);
    for (const cell of ["L20", "M20"]) {
      await page.click(`td[data-cell="${cell}"]`);
      await page.keyboard.press("Delete");
    }
    expect(await cellText("L21")).toBe("");
  });
});

describe("a formula Excel cannot read is refused in Excel's words, not the engine's", () => {
  const ENGINE_WORDS = /#ERROR!|Parsing error|token|RParen|Expecting|-->/;

  test("a missing ')' is refused: the cell is unchanged and the formula stays open to fix", async () => {
    await typeInCell("L25", "=SUM(1,2");
    const message = (await page.textContent(".cell-message")) ?? "";
    expect(message).toMatch(/^L25: There's a problem with this formula/);
    expect(message).toMatch(/\)/);
    expect(message).not.toMatch(ENGINE_WORDS);
    expect(await engineValue("Sheet1", "L25")).toBeNull();
    expect(await cellText("L25")).toBe("");
    // Excel keeps the entry being edited: add the ")" and Enter.
    expect(await page.inputValue(".cell-editor")).toBe("=SUM(1,2");
    await page.keyboard.type(")");
    await page.keyboard.press("Enter");
    expect(await cellText("L25")).toBe("3");
    expect(await selectedCell()).toBe("L26");
  });

  test.each(["=1+", "=SUM(1;2)", "=(1", '="abc', "=1)"])(
    "%s is refused the same way from the formula bar",
    async (typed) => {
      await typeInto("L27", typed);
      const message = (await page.textContent(".cell-message")) ?? "";
      expect(message).toMatch(/^L27: There's a problem with this formula/);
      expect(message).not.toMatch(ENGINE_WORDS);
      expect(await engineValue("Sheet1", "L27")).toBeNull();
      expect(await page.inputValue(".formula-bar")).toBe(typed);
      await page.press(".formula-bar", "Escape");
      expect(await page.inputValue(".formula-bar")).toBe("");
    },
  );

  test("an unknown function is #NAME?, as in Excel; a pasted formula Excel cannot read is not pasted", async () => {
    await typeInCell("L28", "=NOSUCHFUNCTION(1)");
    expect(await cellText("L28")).toBe("#NAME?");
    await page.click('td[data-cell="L28"]');
    await page.keyboard.press("Delete");
    await page.click('td[data-cell="L29"]');
    const pasted = await page.evaluate(() => {
      const host = document.querySelector(".grid-host") as HTMLElement;
      const paste = new DataTransfer();
      paste.setData("text/plain", "1\t=SUM(1,\r\n");
      host.dispatchEvent(new ClipboardEvent("paste", { clipboardData: paste, bubbles: true, cancelable: true }));
      return document.querySelector(".cell-message")?.textContent ?? "";
    });
    expect(pasted).toMatch(/^Not pasted: M29: There's a problem with this formula/);
    expect(pasted).not.toMatch(ENGINE_WORDS);
    expect(await engineValue("Sheet1", "L29")).toBeNull();
    const cells = await page.$$eval("td[data-cell]", (tds) => tds.map((td) => td.textContent ?? ""));
    expect(cells.filter((t) => ENGINE_WORDS.test(t))).toEqual([]);
  });
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

/**
 * Every cell the engine holds a value for, and the ones the grid drew with text while the sheet
 * was scrolled from top to bottom one screen at a time (the grid draws only the rows in view).
 */
async function usedAndDrawn(): Promise<{ used: string[]; drawn: string[] }> {
  const used = await page.evaluate(
    (sheet) => {
      type Book = { engine: { values(s: string): unknown[][] } };
      const book = (window as unknown as { tiktokEconomicsPreview: Book }).tiktokEconomicsPreview;
      const letters = (n: number) => {
        let s = "";
        for (let k = n + 1; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
        return s;
      };
      const out: string[] = [];
      book.engine.values(sheet).forEach((row, r) =>
        row.forEach((v, c) => {
          if (v !== null && v !== "") out.push(`${letters(c)}${r + 1}`);
        }),
      );
      return out;
    },
    await activeSheet(),
  );
  const drawn = new Set<string>();
  await page.$eval(".grid-host", (el) => el.scrollTo(0, 0));
  for (let screen = 0; screen < 100; screen++) {
    await page.evaluate(() => new Promise(requestAnimationFrame));
    const here = await page.$$eval("td[data-cell]", (tds) =>
      tds.filter((td) => (td.textContent ?? "") !== "").map((td) => td.getAttribute("data-cell") ?? ""),
    );
    for (const cell of here) drawn.add(cell);
    const atEnd = await page.$eval(".grid-host", (el) => {
      const end = el.scrollTop + el.clientHeight >= el.scrollHeight - 1;
      el.scrollTop += el.clientHeight - 60;
      return end;
    });
    if (atEnd) break;
  }
  return { used, drawn: used.filter((cell) => drawn.has(cell)) };
}

test("a cell with a list shows its prompt and suggests its choices; a strict list refuses what is not in it", async () => {
  const before = await page.locator(".sheet-tabs [role=tab]").count();
  await page.click('[data-template="shop-pnl"]');
  await page.waitForFunction((n) => document.querySelectorAll(".sheet-tabs [role=tab]").length === n + 1, before);
  const sheet = await activeSheet();
  const list = await page.evaluate((name) => {
    type Look = { dropdowns?: Map<string, { choices: string[]; strict: boolean; prompt: string }> };
    const book = (window as unknown as { tiktokEconomicsPreview: { looks: Map<string, Look> } }).tiktokEconomicsPreview;
    for (const [cell, d] of book.looks.get(name)?.dropdowns ?? []) {
      if (d.choices.includes("UK")) return { cell, choices: d.choices, prompt: d.prompt };
    }
    return null;
  }, sheet);
  expect(list).not.toBeNull();
  const { cell, choices, prompt } = list as { cell: string; choices: string[]; prompt: string };
  await page.click(`td[data-cell="${cell}"]`);
  expect(await page.textContent(".cell-message")).toBe(prompt);
  expect(await page.getAttribute(`td[data-cell="${cell}"]`, "class")).toMatch(/\bhas-list\b/);
  await page.keyboard.type("U");
  expect(await page.getAttribute(".cell-editor", "list")).toBe("cell-choices");
  expect(await page.$$eval("#cell-choices option", (os) => os.map((o) => o.getAttribute("value")))).toEqual(choices);
  await page.keyboard.press("Escape");

  // The same cell under a strict list (Excel's stop alert): a value outside it is refused.
  await page.evaluate(
    ([name, address]) => {
      type D = { choices: string[]; strict: boolean; prompt: string };
      const book = (
        window as unknown as { tiktokEconomicsPreview: { looks: Map<string, { dropdowns: Map<string, D> }> } }
      ).tiktokEconomicsPreview;
      const dropdowns = book.looks.get(name)?.dropdowns;
      const d = dropdowns?.get(address);
      if (dropdowns && d) dropdowns.set(address, { choices: d.choices, prompt: d.prompt, strict: true });
    },
    [sheet, cell],
  );
  const shown = await cellText(cell);
  await page.keyboard.type("Narnia");
  await page.keyboard.press("Enter");
  expect(await page.textContent(".cell-message")).toMatch(
    new RegExp(`^${cell}: "Narnia" is not in this cell's list \\(`),
  );
  expect(await cellText(cell)).toBe(shown);
  expect(await selectedCell()).toBe(cell);
  await page.keyboard.type("uk");
  await page.keyboard.press("Enter");
  expect(await engineValue(sheet, cell)).toBe("uk");
  expect(await selectedCell()).not.toBe(cell);
});

describe("every template in the preview", () => {
  test("the catalog draws its net proceeds, profit and margin (M–O), and every used cell", async () => {
    await page.click('[data-template="shop-catalog"]');
    await page.waitForSelector('.sheet-tabs [aria-selected="true"]:has-text("catalog")');
    const { used, drawn } = await usedAndDrawn();
    expect(drawn).toEqual(used);
    for (const column of ["M", "N", "O"]) {
      expect(used.filter((c) => c.startsWith(column) && /^[A-Z]\d/.test(c)).length).toBeGreaterThan(5);
    }
  });

  test("the brand-launch schedule runs to day 28, and every used cell is drawn", async () => {
    await page.click('[data-template="brand-launch"]');
    await page.waitForSelector('.sheet-tabs [aria-selected="true"]:has-text("aunch")');
    const { used, drawn } = await usedAndDrawn();
    expect(drawn).toEqual(used);
    const headers = await page.$$eval("td.role-header", (tds) => tds.map((td) => td.textContent));
    expect(headers).toContain("28");
  });

  test("each template's charts are drawn over the grid with chart.js, with their data", async () => {
    const ids = await page.$$eval("[data-template]", (bs) => bs.map((b) => b.getAttribute("data-template") ?? ""));
    expect(ids.length).toBeGreaterThanOrEqual(6);
    const charted: string[] = [];
    for (const id of ids) {
      const before = await page.locator(".sheet-tabs [role=tab]").count();
      await page.click(`[data-template="${id}"]`);
      await page.waitForFunction((n) => document.querySelectorAll(".sheet-tabs [role=tab]").length === n + 1, before);
      const planned = await page.evaluate(
        (sheet) => {
          type Book = { looks: Map<string, { charts?: { title: string }[] }> };
          const book = (window as unknown as { tiktokEconomicsPreview: Book }).tiktokEconomicsPreview;
          return (book.looks.get(sheet)?.charts ?? []).map((c) => c.title);
        },
        await activeSheet(),
      );
      const drawn = await page.$$eval(".chart canvas", (canvases) =>
        canvases.map((c) => {
          const canvas = c as HTMLCanvasElement;
          const pixels = canvas.getContext("2d")?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
          let inked = 0;
          for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) inked++;
          return { label: canvas.getAttribute("aria-label") ?? "", inked };
        }),
      );
      expect(drawn.map((d) => d.label.split(". ")[0])).toEqual(planned);
      for (const d of drawn) {
        expect(d.inked).toBeGreaterThan(2000);
        // At least one category with a computed number (not "no value").
        expect(d.label).toMatch(/: -?\$?\d/);
      }
      if (planned.length > 0) charted.push(id);
      if (id === "business-model") {
        await page.locator(".chart").first().scrollIntoViewIfNeeded();
        await saveScreenshot(page, "preview-chart.png", false);
        // The chart follows a recalculation: the advertising revenue input typed as 50.
        const label = await page.$$eval('td[data-cell^="A"]', (tds) =>
          tds.find((td) => td.textContent?.startsWith("Advertising revenue"))?.getAttribute("data-cell"),
        );
        await typeInCell(`B${label?.slice(1)}`, "50");
        expect(await page.getAttribute(".chart canvas", "aria-label")).toMatch(
          /; Advertising: \$50\.0bn;|\. Advertising: \$50\.0bn;/,
        );
      }
    }
    expect(charted).toEqual(expect.arrayContaining(["ad-planner", "brand-launch", "business-model", "live-earnings"]));
    expect(pageErrors).toEqual([]);
  });
});

/** What the engine holds in a cell of a sheet (so text and numbers are told apart exactly). */
async function engineValue(sheet: string, cell: string): Promise<unknown> {
  return page.evaluate(
    ([s, c]) => {
      const w = window as unknown as { tiktokEconomicsPreview: { engine: { value(s: string, c: string): unknown } } };
      return w.tiktokEconomicsPreview.engine.value(s, c);
    },
    [sheet, cell],
  );
}

async function openFile(name: string, mimeType: string, buffer: Buffer): Promise<string> {
  // Moving the selection clears the previous file's message, so the wait below sees the new one.
  await page.click('td[data-cell="A1"]');
  await page.setInputFiles(".import-input", { name, mimeType, buffer });
  await page.waitForFunction(() =>
    /^(Opened|Could not open)/.test(document.querySelector(".cell-message")?.textContent ?? ""),
  );
  return (await page.textContent(".cell-message")) ?? "";
}

describe("opening a CSV or Excel file into a new sheet", () => {
  test("a CSV statement becomes a new sheet: IDs, dates and formula-like text stay exact, amounts are numbers", async () => {
    const csv = [
      "Order/adjustment ID,Type,Order created time,Currency,Total settlement amount,Total revenue,Note",
      '576123456789012345678,Order,05/01/2024,USD,19.99,25,"Shipped, paid"',
      "576123456789012345679,Refund,2024-01-06,USD,-5.5,-6,=1+1",
      "007,Adjustment,,USD,0,0,",
    ].join("\r\n");
    const sheetsBefore = await page.locator(".sheet-tabs [role=tab]").allTextContents();
    const message = await openFile("statement.csv", "text/csv", Buffer.from(`\uFEFF${csv}`));
    expect(message).toBe('Opened "statement.csv" as sheet "statement".');
    expect(await activeSheet()).toBe("statement");
    expect(await page.locator(".sheet-tabs [role=tab]").allTextContents()).toEqual([...sheetsBefore, "statement"]);
    expect(await engineValue("statement", "A1")).toBe("Order/adjustment ID");
    expect(await engineValue("statement", "A2")).toBe("576123456789012345678");
    expect(await engineValue("statement", "A4")).toBe("007");
    expect(await engineValue("statement", "C2")).toBe("05/01/2024");
    expect(await engineValue("statement", "E2")).toBe(19.99);
    expect(await engineValue("statement", "E3")).toBe(-5.5);
    expect(await engineValue("statement", "G2")).toBe("Shipped, paid");
    expect(await engineValue("statement", "G3")).toBe("=1+1");
    expect(await engineValue("statement", "C4")).toBeNull();
    expect(await cellText("A2")).toBe("576123456789012345678");
    // The sheet computes like any other: the statement's net.
    await typeInCell("H2", "=SUM(E2:E4)");
    expect(await cellText("H2")).toBe("14.49");
  });

  test("the Reconcile tab's reader sees the opened statement: its sheet is listed and its cells read exactly", async () => {
    const read = await page.evaluate(async () => {
      type Host = {
        listSheets(): Promise<string[]>;
        readSettlement(sheet: string): Promise<{ rows: unknown[][]; syncs: number }>;
      };
      const book = (window as unknown as { tiktokEconomicsPreview: { host(): Host } }).tiktokEconomicsPreview;
      const host = book.host();
      const cells = await host.readSettlement("statement");
      let missing = "";
      await host.readSettlement("No such sheet").catch((e: Error) => (missing = e.message));
      return { sheets: await host.listSheets(), rows: cells.rows.slice(0, 3), syncs: cells.syncs, missing };
    });
    expect(read.sheets).toContain("statement");
    expect(read.rows[0][0]).toBe("Order/adjustment ID");
    expect(read.rows[1].slice(0, 5)).toEqual(["576123456789012345678", "Order", "05/01/2024", "USD", 19.99]);
    expect(read.rows[2][6]).toBe("=1+1");
    expect(read.syncs).toBe(0);
    expect(read.missing).toBe('There is no sheet "No such sheet".');
  });

  test("a semicolon CSV with decimal commas keeps '19,99' as text instead of guessing", async () => {
    const message = await openFile("eu.csv", "text/csv", Buffer.from("ID;Amount\n1;19,99\n"));
    expect(message).toBe('Opened "eu.csv" as sheet "eu".');
    expect(await engineValue("eu", "A2")).toBe(1);
    expect(await engineValue("eu", "B2")).toBe("19,99");
  });

  test("an xlsx workbook opens each of its sheets as a new sheet, with numbers, text and date formats", async () => {
    const wb = XLSX.utils.book_new();
    const orders = XLSX.utils.aoa_to_sheet([
      ["SKU", "Price", "Paid on", "Shipped"],
      ["A-1", 12.5, 45292, true],
      ["B-2", 8, 45293, false],
    ]);
    orders["C2"].z = "yyyy-mm-dd";
    XLSX.utils.book_append_sheet(wb, orders, "Orders");
    XLSX.utils.book_append_sheet(
      wb,
      XLSX.utils.aoa_to_sheet([
        ["Fee", "Amount"],
        ["Referral", 0.75],
      ]),
      "Fees",
    );
    const buffer = XLSX.write(wb, { type: "buffer", bookType: "xlsx" }) as Buffer;
    const message = await openFile(
      "payouts.xlsx",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer,
    );
    expect(message).toBe('Opened "payouts.xlsx" as sheet "payouts Orders", sheet "payouts Fees".');
    expect(await engineValue("payouts Orders", "A2")).toBe("A-1");
    expect(await engineValue("payouts Orders", "B2")).toBe(12.5);
    expect(await engineValue("payouts Orders", "C3")).toBe(45293);
    expect(await engineValue("payouts Orders", "D2")).toBe(true);
    expect(await engineValue("payouts Fees", "B2")).toBe(0.75);
    expect(
      await page.evaluate(() => {
        type Book = { looks: Map<string, { formats: Map<string, string> }> };
        return (window as unknown as { tiktokEconomicsPreview: Book }).tiktokEconomicsPreview.looks
          .get("payouts Orders")
          ?.formats.get("C2");
      }),
    ).toBe("yyyy-mm-dd");
  });

  test("an empty or unreadable file is refused with a message, and no sheet is added", async () => {
    const before = await page.locator(".sheet-tabs [role=tab]").count();
    expect(await openFile("empty.csv", "text/csv", Buffer.alloc(0))).toBe(
      'Could not open "empty.csv": "empty.csv" is empty.',
    );
    expect(await openFile("blank.csv", "text/csv", Buffer.from(",,\n,,\n"))).toBe(
      'Could not open "blank.csv": "blank.csv" has no cells with data.',
    );
    expect(
      await openFile("broken.xlsx", "application/octet-stream", Buffer.from("PK\u0003\u0004 not really a zip")),
    ).toMatch(/^Could not open "broken\.xlsx": /);
    expect(await page.locator(".sheet-tabs [role=tab]").count()).toBe(before);
    expect(pageErrors).toEqual([]);
  });
});

test("a 5,000-row statement opens, scrolls to its last row and recalculates, drawing only the rows in view", async () => {
  const lines = ["Order/adjustment ID,Type,Total settlement amount"];
  for (let i = 0; i < 5000; i++) lines.push(`5761234567890${String(i).padStart(5, "0")},Order,${(i % 100) + 0.5}`);
  const started = Date.now();
  expect(await openFile("big.csv", "text/csv", Buffer.from(lines.join("\n")))).toBe('Opened "big.csv" as sheet "big".');
  const openMs = Date.now() - started;
  expect(await page.locator("table.grid tbody tr:not(.spacer)").count()).toBeLessThan(150);
  await page.$eval(".grid-host", (el) => el.scrollTo(0, el.scrollHeight));
  await page.waitForSelector('td[data-cell="A5001"]');
  expect(await cellText("A5001")).toBe("576123456789004999");
  const typed = Date.now();
  await typeInCell("D5001", "=SUM(C2:C5001)");
  expect(await cellText("D5001")).toBe("250000");
  const commitMs = Date.now() - typed;
  // Generous bounds for a shared 2-core machine; the report quotes measured times.
  expect(openMs).toBeLessThan(15_000);
  expect(commitMs).toBeLessThan(5_000);
  expect(pageErrors).toEqual([]);
});

test("Reconcile tab end to end: an opened US statement becomes a new sheet that flags the overcharged order", async () => {
  // Referral fee 6 % × (customer payment + platform discounts − sales tax), seller-us.tiktok.com
  // knowledge_id=5982454398175018; order …003 is charged 3.50 where the rule gives 3.00.
  const csv = [
    "Statement date (UTC),Statement ID,Currency,Type,Order/adjustment ID,SKU ID,Quantity,Order created date,Total settlement amount,Net sales,Fees,Referral fee,Adjustment amount,Customer payment,Platform discounts,Sales tax payment",
    "2025/03/10,7480001,USD,Order,576460000000000001,1729001,1,2025/03/01,18.8,20,-1.2,-1.2,0,21.2,0,1.2",
    "2025/03/10,7480001,USD,Order,576460000000000002,1729002,1,2025/03/02,42.3,45,-2.7,-2.7,0,38.6,10,3.6",
    "2025/03/17,7480002,USD,Order,576460000000000003,1729003,2,2025/03/09,46.5,50,-3.5,-3.5,0,53.5,0,3.5",
    "2025/04/07,7480003,USD,Logistics reimbursement,576460000000009001,,0,,4,0,0,0,4,0,0,0",
  ].join("\n");
  // The sheet before may be scrolled far down (the grid draws only the rows in view).
  await page.$eval(".grid-host", (el) => el.scrollTo(0, 0));
  await page.waitForSelector('td[data-cell="A1"]');
  expect(await openFile("march.csv", "text/csv", Buffer.from(csv))).toBe('Opened "march.csv" as sheet "march".');
  await page.click("#tab-reconcile");
  await page.waitForSelector('#reconcile-sheet option[value="march"]', { state: "attached" });
  await page.selectOption("#reconcile-sheet", "march");
  await page.click("#panel-reconcile button.primary");
  await page.waitForFunction(() =>
    /^Written to the new sheet|Could not|Cannot|No /.test(
      document.querySelector("#panel-reconcile .status")?.textContent ?? "",
    ),
  );
  expect(await page.textContent("#panel-reconcile .status")).toBe('Written to the new sheet "Reconciled march".');
  expect(await page.textContent("#panel-reconcile .reconcile-summary")).toContain("2 match, 1 mismatch");
  expect(await activeSheet()).toBe("Reconciled march");
  // The table: charged from the opened sheet, expected by TIKTOK.EXPECTEDFEE, status per order.
  const statuses: unknown[] = [];
  for (let r = 15; r <= 18; r++) statuses.push(await engineValue("Reconciled march", `H${r}`));
  expect(statuses).toEqual(["match", "match", "mismatch: overcharged", "skipped"]);
  expect(await engineValue("Reconciled march", "A17")).toBe("576460000000000003");
  expect(await engineValue("Reconciled march", "F17")).toBe(-3);
  // The opened sheet itself is untouched.
  expect(await engineValue("march", "L4")).toBe(-3.5);
  await page.click('td[data-cell="A1"]');
  await saveScreenshot(page, "reconciliation.png", false);
  expect(pageErrors).toEqual([]);
});

/** A fresh preview page (the shared one carries the state of the tests above), light or dark. */
async function freshPage(colorScheme: "light" | "dark" = "light"): Promise<Page> {
  const p = await browser.context.newPage();
  await p.setViewportSize({ width: 1400, height: 900 });
  await p.emulateMedia({ colorScheme });
  p.on("pageerror", (e) => pageErrors.push(e.message));
  await p.goto(server.url);
  await p.waitForSelector(".grid td[data-cell]");
  return p;
}

describe("the workbook's colours in the light and the dark theme", () => {
  /** Text colour and the colour behind it (the first ancestor with a background) of each sample. */
  async function samples(p: Page): Promise<{ what: string; fg: string; bg: string }[]> {
    return p.evaluate(() => {
      const behind = (el: Element | null): string => {
        for (let e = el; e; e = e.parentElement) {
          const bg = getComputedStyle(e).backgroundColor;
          const alpha = /rgba\(.*,\s*([\d.]+)\)/.exec(bg)?.[1];
          if (alpha === undefined || Number(alpha) > 0) return bg;
        }
        return "rgb(255, 255, 255)";
      };
      const out: { what: string; fg: string; bg: string }[] = [];
      const add = (what: string, el: Element | null) => {
        if (el && (el.textContent ?? "").trim() !== "")
          out.push({ what, fg: getComputedStyle(el).color, bg: behind(el) });
      };
      // One cell of each kind and role the sheet shows (result cells, inputs, totals, headers, errors…).
      const kinds = new Map<string, Element>();
      for (const td of Array.from(document.querySelectorAll(".grid td[data-cell]"))) {
        const kind = td.className.replace(/\b(selected|spill|spill-through|has-list)\b/g, "").trim() || "plain";
        if (!kinds.has(kind) && (td.textContent ?? "").trim() !== "") kinds.set(kind, td);
      }
      for (const [kind, td] of kinds) add(`cell ${kind}`, td);
      add("column header", document.querySelector(".grid th[scope=col]"));
      add("row header", document.querySelector(".grid th[scope=row]"));
      document
        .querySelectorAll(".sheet-tabs [role=tab]")
        .forEach((tab) => add(`sheet tab ${tab.getAttribute("aria-selected") === "true" ? "(selected)" : ""}`, tab));
      add("Open file…", document.querySelector(".import-button"));
      add("status mode", document.querySelector(".status-mode"));
      add("status message", document.querySelector(".cell-message"));
      add("banner", document.querySelector(".preview-banner"));
      return out;
    });
  }

  test.each(["light", "dark"] as const)(
    "%s: result cells, sheet tabs and 'Open file…' are readable (contrast ≥ 4.5:1)",
    async (scheme) => {
      const p = await freshPage(scheme);
      await p.click('[data-template="shop-pnl"]');
      await p.waitForSelector('[data-sheet="Shop P&L by market"][aria-selected="true"]');
      // A cell with an input message, so the status bar has text too.
      await p.click("td.has-list");
      const seen = await samples(p);
      const what = seen.map((s) => s.what);
      expect(what).toEqual(
        expect.arrayContaining(["cell number role-output", "Open file…", "sheet tab (selected)", "sheet tab "]),
      );
      const unreadable = seen
        .map((s) => ({ ...s, ratio: contrast(s.fg, s.bg) }))
        .filter((s) => s.ratio < 4.5)
        .map((s) => `${s.what}: ${s.fg} on ${s.bg} (${s.ratio.toFixed(1)}:1)`);
      expect(unreadable).toEqual([]);
      await p.screenshot({ path: path.join(".tmp", "screenshots", `preview-${scheme}.png`) });
      await p.close();
    },
  );
});

describe("accessibility of the workbook (the ARIA rules axe reported, checked directly)", () => {
  let p: Page;
  beforeAll(async () => {
    p = await freshPage();
  });
  afterAll(async () => {
    await p.close();
  });

  test("the focused grid names the selected cell with aria-activedescendant, on an element whose role allows it", async () => {
    await p.click('td[data-cell="B2"]');
    const focused = await p.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const id = el.getAttribute("aria-activedescendant") ?? "";
      const cell = id ? document.getElementById(id) : null;
      return { role: el.getAttribute("role"), id, inside: Boolean(cell && el.contains(cell)) };
    });
    expect(focused).toEqual({ role: "grid", id: "cell-B2", inside: true });
    await p.keyboard.press("ArrowDown");
    expect(await p.evaluate(() => document.activeElement?.getAttribute("aria-activedescendant"))).toBe("cell-B3");
    // axe's aria-allowed-attr: aria-activedescendant only on roles that manage a focused descendant.
    const allowed = [
      "application",
      "combobox",
      "grid",
      "group",
      "listbox",
      "menu",
      "menubar",
      "radiogroup",
      "searchbox",
      "spinbutton",
      "tablist",
      "textbox",
      "toolbar",
      "tree",
      "treegrid",
    ];
    const misplaced = await p.$$eval(
      "[aria-activedescendant]",
      (els, ok) =>
        els.filter((el) => !ok.includes(el.getAttribute("role") ?? "")).map((el) => el.outerHTML.slice(0, 80)),
      allowed,
    );
    expect(misplaced).toEqual([]);
    // The grid's own attributes are ones a grid may have (no aria-label on a plain div).
    const unnamedRoles = await p.$$eval("[aria-label]:not([role])", (els) =>
      els.filter((el) => ["DIV", "SPAN"].includes(el.tagName)).map((el) => el.className),
    );
    expect(unnamedRoles).toEqual([]);
  });

  test("landmarks: one main, at the top level, and no landmark inside the task pane's aside", async () => {
    const landmarks = await p.evaluate(() => {
      const LANDMARK =
        "main, aside, nav, [role=main], [role=complementary], [role=navigation], [role=region], section[aria-label], section[aria-labelledby]";
      const mains = Array.from(document.querySelectorAll("main, [role=main]"));
      return {
        mains: mains.length,
        nestedMain: mains.filter((m) => m.parentElement?.closest(LANDMARK)).length,
        nestedAside: Array.from(document.querySelectorAll("aside")).filter((a) => a.parentElement?.closest(LANDMARK))
          .length,
      };
    });
    expect(landmarks).toEqual({ mains: 1, nestedMain: 0, nestedAside: 0 });
  });

  test("every header of the grid has visible text (no empty corner header)", async () => {
    const empty = await p.$$eval(".grid th, .grid [role=columnheader], .grid [role=rowheader]", (ths) =>
      ths.filter((th) => (th as HTMLElement).innerText.trim() === "").map((th) => th.outerHTML.slice(0, 60)),
    );
    expect(empty).toEqual([]);
  });

  test("'Open file…' is reached with Tab from the top of the page, before the grid", async () => {
    // From the top of a freshly loaded page (where the keyboard starts).
    await p.reload();
    await p.waitForSelector(".grid td[data-cell]");
    const order: string[] = [];
    for (let i = 0; i < 8; i++) {
      await p.keyboard.press("Tab");
      const at = await p.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return el.closest(".grid-host") ? "grid" : el.className || el.tagName;
      });
      order.push(at);
      if (at === "grid") break;
    }
    expect(order).toContain("import-input");
    expect(order.indexOf("import-input")).toBeLessThan(order.indexOf("grid"));
    // Shift+Tab at A1 leaves the grid altogether (not to an element inside it).
    await p.click('td[data-cell="A1"]');
    await p.keyboard.press("Shift+Tab");
    expect(await p.evaluate(() => Boolean(document.activeElement?.closest(".grid-host")))).toBe(false);
  });

  test("F6 and Shift+F6 move the focus between the workbook and the task pane, as in Office", async () => {
    const where = () =>
      p.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        if (el.closest(".taskpane-frame")) return `pane ${el.id || el.tagName}`;
        if (el.closest(".grid-host")) return `grid ${el.getAttribute("aria-activedescendant")}`;
        return el.className || el.tagName;
      });
    await p.click('td[data-cell="C3"]');
    await p.keyboard.press("F6");
    expect(await where()).toBe("pane tab-templates");
    await p.keyboard.press("F6");
    expect(await where()).toBe("grid cell-C3");
    await p.keyboard.press("Shift+F6");
    expect(await where()).toMatch(/^pane /);
    await p.keyboard.press("Shift+F6");
    expect(await where()).toBe("grid cell-C3");
    // From the formula bar too; and back in the pane, the focus returns where it was.
    await p.focus(".formula-bar");
    await p.keyboard.press("F6");
    expect(await where()).toMatch(/^pane /);
    await p.focus("#tab-rates");
    await p.keyboard.press("F6");
    expect(await where()).toBe("grid cell-C3");
    await p.keyboard.press("F6");
    expect(await where()).toBe("pane tab-rates");
    // The grid still works from the keyboard after coming back.
    await p.keyboard.press("Shift+F6");
    await p.keyboard.press("ArrowRight");
    expect(await where()).toBe("grid cell-D3");
    expect(pageErrors).toEqual([]);
  });
});

test("the pane's footer and help links open the add-in's pages in the preview too (no 404)", async () => {
  const hrefs = await page.$$eval(".app-footer a[href]", (as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(hrefs.map((h) => new URL(h).pathname.split("/").pop()).sort()).toEqual([
    "privacy.html",
    "support.html",
    "terms.html",
  ]);
  for (const href of [...hrefs, new URL("help.html", server.url).href]) {
    const r = await fetch(href);
    const html = await r.text();
    expect([href, r.status]).toEqual([href, 200]);
    expect(html).toMatch(/<title>[^<]*(Support|Privacy policy|Terms of use|function reference)[^<]*<\/title>/i);
  }
  const support = await (await fetch(new URL("support.html", server.url))).text();
  expect(support).toContain("mailto:support@tiktok-economics.example.com");
});
