/**
 * The Excel side of reconciliation against a fake workbook that answers like Office.js: the export
 * is read in blocks within the sync budget (ceil(rows / 5,000) + 2), a payload error halves the
 * block, the source sheet is never written, and a long result table is written in blocks.
 */
import { blockRows, columnRuns, isPayloadTooLarge, MAX_BLOCK_CELLS } from "../../src/excel/blocks";
import { neededColumns, readSettlementSheet } from "../../src/excel/readSettlement";
import { insertPlanInBlocks, splitBulk } from "../../src/excel/writeBulk";
import { detectHeader } from "../../src/core/settlement";
import { SheetBuilder } from "../../src/templates/builder";
import { reconcileRows } from "../../src/core/settlement";
import { reconcileJson, reconcileSheet } from "../../src/taskpane/reconcileRun";
import type { WorkbookHost } from "../../src/taskpane/host";
import type { SheetPlan } from "../../src/templates/plan";
import { LANGUAGE_FILES } from "../settlement/languageFiles";
import { breakdown202501, US_202309_RESPONSE } from "../settlement/openApiSamples";
import { MY_INCOME, myOrder } from "../settlement/layouts";

type Value = string | number | boolean | null;

interface FakeBook {
  values: Map<string, Value[][]>;
  syncs: number;
  /** Cells a single sync may carry before Excel answers "payload too large". */
  cellLimit: number;
  writes: string[];
  added: string[];
  deleted: string[];
}

/** Just enough of Excel.RequestContext for reading ranges by index and writing blocks. */
function fakeContext(book: FakeBook): Excel.RequestContext {
  let pending: (() => number)[] = [];
  const sheetOf = (name: string) => ({
    getUsedRangeOrNullObject: () => {
      const used: Record<string, unknown> = { load: () => undefined };
      pending.push(() => {
        const v = book.values.get(name) ?? [];
        used.isNullObject = v.length === 0;
        used.rowIndex = 0;
        used.columnIndex = 0;
        used.rowCount = v.length;
        used.columnCount = Math.max(0, ...v.map((r) => r.length));
        return 4;
      });
      return used;
    },
    getRangeByIndexes: (row: number, column: number, rows: number, columns: number) => {
      const range: Record<string, unknown> = { load: () => undefined };
      pending.push(() => {
        const v = book.values.get(name) ?? [];
        range.values = Array.from({ length: rows }, (_, i) =>
          Array.from({ length: columns }, (_, j) => v[row + i]?.[column + j] ?? ""),
        );
        return rows * columns;
      });
      return range;
    },
    getRange: (address: string) =>
      new Proxy(
        {},
        {
          set(_t, prop, value) {
            book.writes.push(`${name}!${address}.${String(prop)}`);
            pending.push(() => (Array.isArray(value) ? value.length * (value[0]?.length ?? 1) : 1));
            return true;
          },
        },
      ),
    delete: () => book.deleted.push(name),
  });
  return {
    workbook: { worksheets: { getItem: sheetOf } },
    sync: async () => {
      book.syncs++;
      const batch = pending;
      pending = [];
      const cells = batch.reduce((n, f) => n + f(), 0);
      if (cells > book.cellLimit) {
        const e = new Error("The request payload size has exceeded the limit.");
        (e as { code?: string }).code = "RequestPayloadSizeLimitExceeded";
        throw e;
      }
    },
  } as unknown as Excel.RequestContext;
}

const HEADER = [
  "Statement date (UTC)",
  "Statement ID",
  "Currency",
  "Type",
  "Order/adjustment ID",
  "Order created date",
  "Total settlement amount",
  "Net sales",
  "Fees",
  "Referral fee",
  "Some new fee",
  "Adjustment amount",
  "Customer payment",
  "Platform discounts",
  "Sales tax payment",
  "Buyer note",
];

function statement(rows: number): Value[][] {
  const out: Value[][] = [["TikTok Shop statement export (banner)"], [], HEADER];
  for (let i = 0; i < rows; i++) {
    const id = `5764${String(i).padStart(14, "0")}`;
    out.push([
      "2025/03/10",
      "7480001",
      "USD",
      "Order",
      id,
      "2025/03/01",
      18.8,
      20,
      -1.2,
      -1.2,
      0,
      0,
      21.2,
      0,
      1.2,
      "hi",
    ]);
  }
  return out;
}

function book(values: Value[][], cellLimit = 1e9): FakeBook {
  return { values: new Map([["Export", values]]), syncs: 0, cellLimit, writes: [], added: [], deleted: [] };
}

test("block sizing stays under the cell cap and runs of columns are contiguous", () => {
  expect(blockRows(10)).toBe(5000);
  expect(blockRows(40)).toBe(MAX_BLOCK_CELLS / 40);
  expect(columnRuns([0, 1, 2, 7, 8, 4])).toEqual([
    [0, 3],
    [4, 1],
    [7, 2],
  ]);
  expect(isPayloadTooLarge({ code: "RequestPayloadSizeLimitExceeded" })).toBe(true);
  expect(isPayloadTooLarge(new Error("InvalidArgument"))).toBe(false);
});

test("reads only the columns reconciliation needs: keyed columns and the fee block, not free text", () => {
  const header = detectHeader(statement(1));
  const cols = neededColumns(header).map((i) => HEADER[i]);
  expect(cols).toContain("Referral fee");
  expect(cols).toContain("Some new fee"); // inside the fee block: totalled as "not modelled"
  expect(cols).not.toContain("Buyer note");
});

test.each([1, 4997, 12_000])("%i rows: ceil(rows / 5,000) + 2 syncs, every row and ID exact", async (n) => {
  const b = book(statement(n));
  const progress: number[] = [];
  const read = await readSettlementSheet(fakeContext(b), "Export", { onProgress: (done) => progress.push(done) });
  const dataRows = n + 3; // banner, blank, header
  expect(read.rows.length).toBe(dataRows);
  expect(b.syncs).toBeLessThanOrEqual(Math.ceil(dataRows / 5000) + 2);
  expect(read.rows[3][4]).toBe("576400000000000000");
  expect(read.rows[dataRows - 1][4]).toBe(`5764${String(n - 1).padStart(14, "0")}`);
  // Below the header rows, only the needed columns are read ("Buyer note" is not).
  if (dataRows > 15) expect(read.rows[dataRows - 1][15]).toBeUndefined();
  expect(b.writes).toEqual([]); // the source is never written
  expect(progress[progress.length - 1]).toBe(dataRows);
});

test("a payload error halves the block and the read still completes", async () => {
  const b = book(statement(3000), 10_000);
  const read = await readSettlementSheet(fakeContext(b), "Export");
  expect(read.rows.length).toBe(3003);
  expect(read.rows[3002][4]).toBe("576400000000002999");
});

test("an empty sheet or a sheet with no known header is refused with a message", async () => {
  await expect(readSettlementSheet(fakeContext(book([])), "Export")).rejects.toThrow(/empty/);
  await expect(
    readSettlementSheet(
      fakeContext(
        book([
          ["a", "b"],
          [1, 2],
        ]),
      ),
      "Export",
    ),
  ).rejects.toThrow(/Order\/adjustment ID/);
});

test("cancel stops reading between blocks", async () => {
  const controller = new AbortController();
  const b = book(statement(20_000));
  const reading = readSettlementSheet(fakeContext(b), "Export", {
    signal: controller.signal,
    onProgress: (done) => done > 5000 && controller.abort(),
  });
  await expect(reading).rejects.toThrow(/Cancelled/);
});

test("a plan's bulk rows are split off and written in blocks after the rest", async () => {
  const builder = new SheetBuilder("t", "Result");
  builder.set("A1", "Title", "title");
  for (let r = 3; r <= 12_002; r++) builder.set(`A${r}`, `=Export!E${r}`).set(`B${r}`, r, undefined, "0");
  builder.bulkRows(3, 12_002);
  const plan = builder.build();
  const { head, body } = splitBulk(plan);
  expect(head.cells.map((c) => c.address)).toEqual(["A1"]);
  expect(body!.formulas.length).toBe(12_000);
  expect(body!.formulas[0]).toEqual(["=Export!E3", 3]);
  expect(body!.formats[0]).toEqual(["General", "0"]);

  // applyPlan's own context needs sheet listing and adding: a minimal stand-in records them.
  const b = book([]);
  const ctx = fakeContext(b) as unknown as { workbook: Record<string, unknown> };
  const worksheets = ctx.workbook.worksheets as Record<string, unknown>;
  const recorder = (): unknown =>
    new Proxy(function () {}, {
      get: (_t, p) => (p === "then" ? undefined : recorder()),
      set: () => true,
      apply: () => recorder(),
    });
  Object.assign(worksheets, { load: () => undefined, items: [{ name: "Export" }], add: () => recorder() });
  ctx.workbook.tables = { load: () => undefined, items: [] };
  const result = await insertPlanInBlocks(ctx as unknown as Excel.RequestContext, plan, { dataValidation: false });
  expect(result.sheetName).toBe("Result");
  const blocks = b.writes.filter((w) => w.endsWith(".formulas"));
  expect(blocks).toEqual(["Result!A3:B5002.formulas", "Result!A5003:B10002.formulas", "Result!A10003:B12002.formulas"]);
  expect(result.syncs).toBe(2 + 3);
});

/**
 * The pane's Excel host reduced to what Reconcile uses: readSettlement reads the fake workbook the
 * way host.ts's Excel host does (readSettlementSheet on a request context); insertPlan records.
 */
function paneHost(b: FakeBook) {
  const plans: SheetPlan[] = [];
  const host: WorkbookHost = {
    kind: "excel",
    insertPlan: async (plan) => {
      plans.push(plan);
      return plan.sheetName;
    },
    listSheets: async () => [...b.values.keys()],
    readSettlement: (sheet, options) => readSettlementSheet(fakeContext(b), sheet, options),
    loadSetting: () => null,
    saveSetting: async () => undefined,
  };
  return { host, plans };
}

describe("issue #21: each language's file as a sheet, read through Office.js and reconciled by the pane", () => {
  test.each(LANGUAGE_FILES.map((f) => [f.name, f] as const))("%s", async (name, file) => {
    const b: FakeBook = { ...book([]), values: new Map([[name, file.rows as Value[][]]]) };
    const { host, plans } = paneHost(b);
    const steps: string[] = [];
    const out = await reconcileSheet(host, {
      sheet: name,
      market: null,
      tolerance: null,
      onProgress: (step) => steps.push(step),
    });
    const direct = reconcileRows(file.rows, { fileName: name });
    const { summary } = out;
    expect({
      layout: summary.layout,
      language: summary.language,
      market: summary.market,
      currency: summary.currency,
      headerRow: summary.headerRow,
      matched: summary.matched,
      mismatched: summary.mismatched,
    }).toEqual(file.expected);
    expect([summary.matched, summary.mismatched, summary.orders, summary.rows]).toEqual([
      direct.matched,
      direct.mismatched,
      direct.orders,
      direct.rows,
    ]);
    expect(summary.identity.broken).toBe(0);
    expect(summary.unexplainedFees.rows).toBe(0);
    expect(out.mismatches).toEqual([]);
    expect(steps).toContain("Reading");
    expect(b.writes).toEqual([]); // the source sheet is never written
    expect(plans).toHaveLength(1);
    expect(out.sheetName).toBe(plans[0].sheetName);
    // The result refers back into the source sheet by name.
    expect(JSON.stringify(plans[0])).toContain(`'${name}'!`);
  });
});

describe("issue #21: a saved Open API response reconciled by the pane, no source sheet", () => {
  test("202309 flat transactions (US): two matches, one referral fee 0.18 too high", async () => {
    const b = book([]);
    const { host, plans } = paneHost(b);
    const out = await reconcileJson(host, {
      fileName: "statement_transactions.json",
      text: JSON.stringify(US_202309_RESPONSE),
      market: null,
      tolerance: null,
    });
    expect(out.summary).toMatchObject({ market: "US", currency: "USD", orders: 3, matched: 2, mismatched: 1 });
    expect(out.mismatches.map((m) => [m.overcharged, m.order])).toEqual([
      [true, expect.stringContaining("576460752303423490")],
    ]);
    expect(b.syncs).toBe(0); // nothing read from the workbook
    expect(plans).toHaveLength(1);
    expect(JSON.stringify(plans[0])).not.toMatch(/'[^']*'!/);
  });

  test("202501 breakdowns (MY), an array of pages: the same counts as the Income export of the same orders", async () => {
    const ids = ["578000000000000001", "578000000000000002"];
    const pages = [
      { code: 0, data: { currency: "MYR", next_page_token: "p2", transactions: [breakdown202501(ids[0])] } },
      { code: 0, data: { currency: "MYR", transactions: [breakdown202501(ids[1])] } },
    ];
    const { host, plans } = paneHost(book([]));
    const out = await reconcileJson(host, {
      fileName: "p.json",
      text: JSON.stringify(pages),
      market: null,
      tolerance: null,
    });
    // The Income export of the same orders (without the platform support fee, which has no API field).
    const file = reconcileRows([
      MY_INCOME,
      ...ids.map((id) =>
        myOrder(id, { "Platform support fee": "0", "Total fees": "-2.78", "Total settlement amount": "87.22" }),
      ),
    ]);
    expect(out.summary).toMatchObject({ market: "MY", currency: "MYR", orders: 2, matched: 2, mismatched: 0 });
    const transaction = (lines: typeof file.lines) =>
      lines!.map((l) => [l.id, l.fees.transaction?.status, l.fees.transaction?.expected?.toString()]);
    expect(transaction(out.summary.lines)).toEqual(transaction(file.lines));
    expect(transaction(out.summary.lines)).toEqual(ids.map((id) => [id, "match", "-2.78"]));
    expect(plans).toHaveLength(1);
  });
});

test("in a Thai pane, the layout title the pane and the sheet's subtitle show is the Thai one, not the summary's English", async () => {
  const { applyLanguage } = await import("../../src/taskpane/language");
  const file = LANGUAGE_FILES.find((f) => f.expected.language === "th")!;
  const b: FakeBook = { ...book([]), values: new Map([[file.name, file.rows as Value[][]]]) };
  const { host, plans } = paneHost(b);
  await applyLanguage("th");
  try {
    const out = await reconcileSheet(host, { sheet: file.name, market: null, tolerance: null });
    expect(out.summary.layoutTitle).toMatch(/^Income export/);
    expect(out.layoutTitle).not.toMatch(/Income export/);
    expect(out.layoutTitle).toMatch(/[\u0e00-\u0e7f]/); // Thai script
    expect(String(plans[0].cells.find((c) => c.role === "subtitle")?.content)).toContain(out.layoutTitle);
  } finally {
    await applyLanguage("en");
  }
});
