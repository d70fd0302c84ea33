/** The Excel host: sync count, no overwrite on a name clash, rollback on failure. */
import { applyPlan, TemplateInsertError } from "../../src/excel/applyPlan";
import { TEMPLATES } from "../../src/templates";
import { SheetBuilder } from "../../src/templates/builder";
import { MARKETS } from "../../src/core/rates";
import { SHOP_MARKETS } from "../../src/core/rates/markets";
import { categoryChoices } from "../../src/templates/choiceLists";
import { columnIndex, columnLetter } from "../../src/templates/plan";
import { fakeContext, newState } from "../support/fakeExcel";

// The lists hold one row per shop market (one column of categories each): they grow with the rate book.
// The lists start in column G (markets), categories from H, one column per market.
const LAST_LIST = columnLetter(6 + SHOP_MARKETS.length);

const settings = { market: "US" };

test.each(TEMPLATES.map((t) => [t.id, t] as const))(
  "%s is written in at most 3 syncs (2 when all goes well)",
  async (_id, t) => {
    const state = newState();
    const result = await applyPlan(fakeContext(state), t.build(settings));
    expect(result.syncs).toBe(2);
    expect(state.syncs).toBe(2);
    expect(state.log.filter((l) => l.startsWith("worksheets.add"))).toHaveLength(1);
  },
);

test("a plan 100 times larger still takes 2 syncs", async () => {
  const b = new SheetBuilder("big", "Big");
  for (let r = 1; r <= 10000; r++)
    for (const c of ["A", "B", "C", "D", "E"]) b.set(`${c}${r}`, r, r % 2 ? "input" : "output");
  const state = newState();
  const result = await applyPlan(fakeContext(state), b.build());
  expect(result.syncs).toBe(2);
  // One write of all values, one of all formats, whatever the size.
  expect(state.log.filter((l) => l.includes(".formulas = "))).toHaveLength(1);
  expect(state.log.filter((l) => l.includes(".numberFormat = "))).toHaveLength(1);
});

test("a taken sheet name becomes 'Name (2)', then 'Name (3)'; nothing existing is written to", async () => {
  const plan = TEMPLATES[0].build(settings);
  const state = newState({ sheets: ["Sheet1", plan.sheetName, `${plan.sheetName} (2)`] });
  const result = await applyPlan(fakeContext(state), plan);
  expect(result.sheetName).toBe(`${plan.sheetName} (3)`);
  // Every write goes to the new sheet; none to an existing one.
  const writes = state.log.filter((l) => l.startsWith("sheet["));
  expect(writes.length).toBeGreaterThan(10);
  expect(writes.every((l) => l.startsWith(`sheet[${plan.sheetName} (3)]`))).toBe(true);
});

test("table names are made unique across the workbook", async () => {
  const plan = TEMPLATES.find((t) => t.id === "shop-catalog")!.build(settings);
  const state = newState({ tables: ["TikTokCatalog"] });
  await applyPlan(fakeContext(state), plan);
  expect(state.log).toContainEqual(
    expect.stringMatching(/^sheet\[Shop catalog margins\]\.tables\.add\(.*\)\.name = "TikTokCatalog_2"$/),
  );
});

test("when the write fails, the half-made sheet is removed and the error says so", async () => {
  const state = newState({ failOnSync: 2 });
  const promise = applyPlan(fakeContext(state), TEMPLATES[0].build(settings));
  await expect(promise).rejects.toBeInstanceOf(TemplateInsertError);
  await expect(applyPlan(fakeContext(newState({ failOnSync: 2 })), TEMPLATES[0].build(settings))).rejects.toThrow(
    /Could not insert .*simulated.*half-made sheet was removed/,
  );
  expect(state.deleted).toEqual([TEMPLATES[0].build(settings).sheetName]);
  expect(state.syncs).toBe(3);
});

test("a failed first sync (reading names) creates nothing", async () => {
  const state = newState({ failOnSync: 1 });
  await expect(applyPlan(fakeContext(state), TEMPLATES[0].build(settings))).rejects.toThrow(/simulated/);
  expect(state.log.filter((l) => l.startsWith("worksheets.add"))).toHaveLength(0);
});

describe("shop P&L: formats and dropdowns that follow the market", () => {
  const plan = TEMPLATES.find((t) => t.id === "shop-pnl")!.build(settings);
  const sheet = `sheet[${plan.sheetName}]`;
  const run = async (features?: { dataValidation: boolean }) => {
    const state = newState();
    const result = await applyPlan(fakeContext(state), plan, features);
    return { state, result };
  };

  test("every amount block gets one number-format rule per currency, still in 2 syncs", async () => {
    const { state, result } = await run();
    expect(result.syncs).toBe(2);
    const currencies = new Set(MARKETS.map((m) => m.currency));
    for (const f of plan.marketFormats!) {
      const adds = state.log.filter((l) => l === `${sheet}.getRange("${f.range}").conditionalFormats.add("Custom")`);
      expect(adds).toHaveLength(currencies.size);
    }
    // The € rule of the price block (B7:E11) recognises FR as well as DE, each column reading its own row 5.
    const prefix = `${sheet}.getRange("B7:E11").conditionalFormats.add("Custom").custom`;
    const formulas = state.log.filter((l) => l.startsWith(`${prefix}.rule.formula = `));
    const formats = state.log.filter((l) => l.startsWith(`${prefix}.format.numberFormat = `));
    const euro = formulas.findIndex((l) => l.includes("|FR|"));
    expect(formulas[euro]).toContain("UPPER(TRIM(B$5))");
    expect(formulas[euro]).toContain("|DE|");
    expect(formats[euro]).toBe(`${prefix}.format.numberFormat = ${JSON.stringify('"€"#,##0.00;-"€"#,##0.00')}`);
    const pound = formulas.findIndex((l) => l.includes("|UK|"));
    expect(formats[pound]).toContain('\\"£\\"#,##0.00');
    expect(formulas[pound]).toContain("|GB|");
  });

  test("market and category cells get list dropdowns that read the rate book's lists on the sheet", async () => {
    const { state } = await run();
    const rules = state.log.filter((l) => l.includes(".dataValidation.rule = "));
    expect(rules).toContain(
      `${sheet}.getRange("B5:E5").dataValidation.rule = ${JSON.stringify({ list: { inCellDropDown: true, source: `=$G$61:$G$${60 + SHOP_MARKETS.length}` } })}`,
    );
    // The market list holds every market code, in order, where the rule points.
    const at = new Map(plan.cells.map((c) => [c.address, c.content]));
    expect(Array.from({ length: SHOP_MARKETS.length }, (_, i) => at.get(`G${61 + i}`))).toEqual(
      SHOP_MARKETS.map((m) => m.code),
    );
    // Each category cell lists the column of whatever market its own market cell names now (OFFSET + MATCH).
    const source = (range: string) =>
      JSON.parse(rules.find((l) => l.startsWith(`${sheet}.getRange("${range}")`))!.split(" = ")[1]).list.source;
    expect(source("E6")).toBe(
      `=OFFSET($H$61,0,MATCH(TRIM($E$5),$H$60:$${LAST_LIST}$60,0)-1,COUNTA(OFFSET($H$61,0,MATCH(TRIM($E$5),$H$60:$${LAST_LIST}$60,0)-1,29,1)),1)`,
    );
    // What Excel lists for that formula, read off the plan's cells, for every market typed in E5.
    const listed = (formula: string, typed: string) => {
      const m =
        /^=OFFSET\(\$([A-Z]+)\$(\d+),0,MATCH\(TRIM\(\$E\$5\),\$([A-Z]+)\$(\d+):\$([A-Z]+)\$\d+,0\)-1,COUNTA\(OFFSET\(.*,(\d+),1\)\),1\)$/.exec(
          formula,
        )!;
      const [, topCol, topRow, codesFrom, codesRow, codesTo, height] = m;
      const columns = Array.from({ length: columnIndex(codesTo) - columnIndex(codesFrom) + 1 }, (_, i) =>
        columnLetter(columnIndex(codesFrom) + i),
      );
      const hit = columns.findIndex(
        (c) => String(at.get(`${c}${codesRow}`)).toUpperCase() === typed.trim().toUpperCase(),
      );
      if (hit < 0) return [];
      const col = columnLetter(columnIndex(topCol) + hit);
      const cells = Array.from({ length: Number(height) }, (_, i) => at.get(`${col}${Number(topRow) + i}`));
      return cells.filter((v) => v !== undefined).map(String);
    };
    for (const m of SHOP_MARKETS)
      expect([m.code, listed(source("E6"), ` ${m.code.toLowerCase()}`)]).toEqual([m.code, categoryChoices(m.code)]);
    expect(listed(source("E6"), "ID")).toContain("Books, Magazines & Music");
    expect(listed(source("E6"), "XX")).toEqual([]);
    // A rate typed as the category stays allowed: the alert informs, it does not refuse.
    expect(state.log).toContainEqual(
      expect.stringMatching(/getRange\("E6"\)\.dataValidation\.errorAlert = .*"style":"Information"/),
    );
    expect(rules).toHaveLength(5);
  });

  test("without ExcelApi 1.8 the sheet is written without dropdowns", async () => {
    const { state, result } = await run({ dataValidation: false });
    expect(result.syncs).toBe(2);
    expect(state.log.filter((l) => l.includes("dataValidation"))).toEqual([]);
    expect(state.log.filter((l) => l.includes('conditionalFormats.add("Custom")')).length).toBeGreaterThan(0);
  });
});

test("shop catalog: amounts in every reserved row follow $B$3; the market and category columns get dropdowns", async () => {
  const plan = TEMPLATES.find((t) => t.id === "shop-catalog")!.build({ market: "DE" });
  const state = newState();
  const result = await applyPlan(fakeContext(state), plan);
  expect(result.syncs).toBe(2);
  const sheet = `sheet[${plan.sheetName}]`;
  const euro = state.log.filter(
    (l) =>
      l.startsWith(`${sheet}.getRange("E9:H1008").conditionalFormats.add("Custom").custom.rule.formula = `) &&
      l.includes("$B$3") &&
      l.includes("|FR|"),
  );
  expect(euro).toHaveLength(1);
  const rules = state.log.filter((l) => l.includes(".dataValidation.rule = "));
  expect(rules.map((l) => /getRange\("([^"]+)"\)/.exec(l)![1])).toEqual(["B3", "C9:C1008"]);
  // The lists sit right of the catalog (column Q on), where pasted rows never reach.
  expect(rules[0]).toContain(`"source":"=$Q$5:$Q$${4 + SHOP_MARKETS.length}"`);
  expect(rules[1]).toContain(
    `"source":"=OFFSET($R$5,0,MATCH(TRIM($B$3),$R$4:$${columnLetter(17 + SHOP_MARKETS.length - 1)}$4,0)-1,`,
  );
});

test("statement reconciliation: mismatches and overcharges get Excel's flag colours by rule", async () => {
  const plan = TEMPLATES.find((t) => t.id === "statement-reconciliation")!.build(settings);
  const state = newState();
  await applyPlan(fakeContext(state), plan);
  const sheet = `sheet[${plan.sheetName}]`;
  const at = new Map(plan.cells.map((c) => [c.address, c.content]));
  const column = (header: string) =>
    columnLetter([...Array(30).keys()].find((i) => at.get(`${columnLetter(i)}14`) === header)!);
  const status = column("Status");
  const rule = (range: string, kind: string) => `${sheet}.getRange("${range}").conditionalFormats.add("${kind}")`;
  // The status column of the table: any text starting with "mismatch".
  expect(state.log).toContainEqual(
    `${rule(`${status}15:${status}19`, "ContainsText")}.textComparison.rule = ${JSON.stringify({ operator: "BeginsWith", text: "mismatch" })}`,
  );
  expect(state.log).toContainEqual(
    `${rule(`${status}15:${status}19`, "ContainsText")}.textComparison.format.fill.color = "#FFC7CE"`,
  );
  // Differences below zero (charged more than the rule): each fee's column, and the summary's.
  const below = JSON.stringify({ formula1: "0", operator: "LessThan" });
  const diffs = [...Array(30).keys()].map(columnLetter).filter((c) => at.get(`${c}14`) === "difference");
  expect(diffs.length).toBeGreaterThanOrEqual(2);
  for (const range of [...diffs.map((c) => `${c}15:${c}19`), `H4:H${3 + diffs.length}`])
    expect([range, state.log.includes(`${rule(range, "CellValue")}.cellValue.rule = ${below}`)]).toEqual([range, true]);
});

test("shop catalog: its formula columns are written as calculated columns, so Excel fills rows pasted below", async () => {
  const plan = TEMPLATES.find((t) => t.id === "shop-catalog")!.build(settings);
  const state = newState();
  await applyPlan(fakeContext(state), plan);
  const sheet = `sheet[${plan.sheetName}]`;
  const writes = state.log.filter((l) => l.includes(".formulasR1C1 = "));
  expect(writes.map((l) => /getRange\("([^"]+)"\)/.exec(l)![1])).toEqual([
    "K9:K18",
    "L9:L18",
    "M9:M18",
    "N9:N18",
    "O9:O18",
  ]);
  // After the table exists, one R1C1 formula in every row of a column (what makes it calculated).
  const tableAt = state.log.findIndex((l) => l.startsWith(`${sheet}.tables.add("A8:O18", true)`));
  expect(tableAt).toBeGreaterThan(-1);
  expect(state.log.indexOf(writes[0])).toBeGreaterThan(tableAt);
  const rows = JSON.parse(writes[1].split(" = ")[1]) as string[][];
  expect(rows).toHaveLength(10);
  expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(["=TIKTOK.SHOPFEE(RC[-7],R3C2,RC[-9],RC[-8],RC[-5],RC[-4])"]));
});

test("charts' value axes take the cells' number format where Excel has it (ExcelApi 1.8), never on a pie", async () => {
  const pnl = TEMPLATES.find((t) => t.id === "shop-pnl")!.build(settings);
  const state = newState();
  await applyPlan(fakeContext(state), pnl);
  const axis = state.log.filter((l) => l.includes(".axes.valueAxis.numberFormat = "));
  expect(axis).toHaveLength(1);
  expect(axis[0]).toMatch(/\.numberFormat = "0\.00%"$/);
  const older = newState();
  await applyPlan(fakeContext(older), pnl, { dataValidation: true, chartAxisFormat: false });
  expect(older.log.filter((l) => l.includes("valueAxis"))).toEqual([]);
  const pie = newState();
  await applyPlan(fakeContext(pie), TEMPLATES.find((t) => t.id === "business-model")!.build(settings));
  expect(pie.log.filter((l) => l.includes("valueAxis"))).toEqual([]);
});
