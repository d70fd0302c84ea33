/**
 * Ranges and arrays where one value belongs (docs/functions.md, "Ranges and arrays"): the engine
 * lifts a function that returns one value over them — one call per element, results spilled in the
 * arguments' shape, one-row and one-column arguments repeated along the other direction, #N/A where
 * arguments of different sizes leave no element — and the engine workbook, the CLI's eval (cells
 * set with --set, or array constants) and the Excel wrappers called once per element all agree.
 */
import { main } from "../../src/cli/cli";
import { EngineWorkbook, type EngineValue } from "../../src/engine/workbook";
import * as WRAPPERS from "../../src/functions/generated/functions";

type Cells = [string, string | number | boolean][];

/** The formula in a workbook whose cells are `cells`; the value or spill of its cell. */
function inWorkbook(formula: string, cells: Cells, at = "H1"): EngineValue | EngineValue[][] {
  const wb = new EngineWorkbook();
  try {
    const s = wb.addEmptySheet("S");
    for (const [cell, v] of cells) wb.set(s, cell, v);
    wb.set(s, at, formula);
    const col = at.charCodeAt(0) - 65;
    const rows = wb.values(s).map((row) => row.slice(col));
    const spill = rows.filter((row) => row.some((v) => v !== null && v !== undefined));
    const width = Math.max(...spill.map((r) => r.length));
    const grid = spill.map((r) => [...r, ...Array<EngineValue>(width - r.length).fill(null)]);
    return grid.length === 1 && grid[0].length === 1 ? grid[0][0] : grid;
  } finally {
    wb.destroy();
  }
}

/** The CLI's eval --format json of the formula, with the cells set by --set. */
function viaCli(formula: string, cells: Cells = []): unknown {
  const out: string[] = [];
  const err: string[] = [];
  const sets = cells.flatMap(([cell, v]) => ["--set", `${cell}=${v}`]);
  main(["eval", ...sets, "--format", "json", formula], { out: (t) => out.push(t), err: (t) => err.push(t) });
  return JSON.parse(out.join(""));
}

/** Error cells compared by their code (the CLI prints the same message). */
const codes = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(codes) : v && typeof v === "object" ? (v as { error: string }).error : v;

const shopfee = (WRAPPERS as unknown as Record<string, (...a: unknown[]) => unknown>).shopfee;
/** What Excel's lifting gives: the scalar wrapper called once per element. */
const fee = (price: unknown, market: unknown) => {
  try {
    return shopfee(price, market, null, null, null, null, null, null, null, null);
  } catch (e) {
    return (e as { code: string }).code;
  }
};

const COLUMN: Cells = [
  ["A1", 10],
  ["A2", 20],
  ["A3", 30],
];
const ROW: Cells = [
  ["A1", 10],
  ["B1", 20],
  ["C1", 30],
];
const BLOCK: Cells = [
  ["A1", 10],
  ["B1", 20],
  ["A2", 30],
  ["B2", 40],
];
const MARKETS: Cells = [
  ["D1", "US"],
  ["D2", "UK"],
];

const CASES: [label: string, formula: string, cells: Cells, arrayConstant: string, expected: unknown][] = [
  [
    "a column",
    '=TIKTOK.SHOPFEE(A1:A3,"US")',
    COLUMN,
    '=TIKTOK.SHOPFEE({10;20;30},"US")',
    [[fee(10, "US")], [fee(20, "US")], [fee(30, "US")]],
  ],
  [
    "a row",
    '=TIKTOK.SHOPFEE(A1:C1,"US")',
    ROW,
    '=TIKTOK.SHOPFEE({10,20,30},"US")',
    [[fee(10, "US"), fee(20, "US"), fee(30, "US")]],
  ],
  [
    "a 2-D range",
    '=TIKTOK.SHOPFEE(A1:B2,"UK")',
    BLOCK,
    '=TIKTOK.SHOPFEE({10,20;30,40},"UK")',
    [
      [fee(10, "UK"), fee(20, "UK")],
      [fee(30, "UK"), fee(40, "UK")],
    ],
  ],
  [
    "a row against a column: every pair",
    "=TIKTOK.SHOPFEE(A1:C1,D1:D2)",
    [...ROW, ...MARKETS],
    '=TIKTOK.SHOPFEE({10,20,30},{"US";"UK"})',
    [
      [fee(10, "US"), fee(20, "US"), fee(30, "US")],
      [fee(10, "UK"), fee(20, "UK"), fee(30, "UK")],
    ],
  ],
  [
    "a 2-D range against a column: the column repeats across",
    "=TIKTOK.SHOPFEE(A1:B2,D1:D2)",
    [...BLOCK, ...MARKETS],
    '=TIKTOK.SHOPFEE({10,20;30,40},{"US";"UK"})',
    [
      [fee(10, "US"), fee(20, "US")],
      [fee(30, "UK"), fee(40, "UK")],
    ],
  ],
  [
    "columns of different lengths: #N/A past the shorter",
    "=TIKTOK.SHOPFEE(A1:A3,D1:D2)",
    [...COLUMN, ...MARKETS],
    '=TIKTOK.SHOPFEE({10;20;30},{"US";"UK"})',
    [[fee(10, "US")], [fee(20, "UK")], ["#N/A"]],
  ],
];

test.each(CASES)(
  "%s: workbook = CLI with cells = CLI with an array constant = the wrapper per element",
  (_l, formula, cells, constant, expected) => {
    const workbook = codes(inWorkbook(formula, cells));
    expect(workbook).toEqual(expected);
    expect(codes(viaCli(formula, cells))).toEqual(expected);
    expect(codes(viaCli(constant))).toEqual(expected);
  },
);

test("mixed with scalars: every other argument is the same for each element", () => {
  // SHOPFEE(price, market, category, quantity): quantities 1, 2, 3 of a $20 US item.
  const expected = [[1.2, 2.4, 3.6]];
  expect(codes(viaCli('=TIKTOK.SHOPFEE(20,"US",,{1,2,3})'))).toEqual(expected);
  expect(
    codes(
      inWorkbook('=TIKTOK.SHOPFEE(20,"US",,A1:C1)', [
        ["A1", 1],
        ["B1", 2],
        ["C1", 3],
      ]),
    ),
  ).toEqual(expected);
  // A text argument lifted too: the same fee in two markets.
  expect(codes(viaCli('=TIKTOK.RATE("commission",{"US","UK"})'))).toEqual([[0.06, 0.09]]);
});

test("an element that is bad is an error in its own cell only", () => {
  const v = viaCli('=TIKTOK.SHOPFEE({10,-5,"x"},"US")') as unknown[][];
  expect(codes(v)).toEqual([[0.6, "#VALUE!", "#VALUE!"]]);
  expect((v[0][1] as { message: string }).message).toMatch(/price is negative/);
});

test("empty cells of a range are empty arguments; a 1-cell range is one value, as before", () => {
  expect(codes(inWorkbook('=TIKTOK.SHOPFEE(A1:A4,"US")', COLUMN))).toEqual([[0.6], [1.2], [1.8], ["#VALUE!"]]);
  expect(inWorkbook('=TIKTOK.SHOPFEE(A1:A1,"US")', COLUMN)).toBe(0.6);
});

test("the lifted results spill: a blocked spill is #SPILL!, and other formulas read the spilled cells", () => {
  expect(codes(inWorkbook('=TIKTOK.SHOPFEE(A1:A3,"US")', [...COLUMN, ["H2", "in the way"]]))).toEqual([
    ["#SPILL!"],
    ["in the way"],
  ]);
  const wb = new EngineWorkbook();
  const s = wb.addEmptySheet("S");
  for (const [cell, v] of COLUMN) wb.set(s, cell, v);
  wb.set(s, "B1", '=TIKTOK.SHOPFEE(A1:A3,"US")');
  wb.set(s, "C1", "=SUM(B1:B3)");
  expect(wb.value(s, "C1")).toBe(3.6);
  wb.set(s, "A3", 100);
  expect(wb.value(s, "B3")).toBe(6);
  wb.destroy();
});

test("functions that return a table are not lifted: a range there is #VALUE!, as before", () => {
  const v = viaCli('=TIKTOK.SHOPFEES({10,20},"US")') as { error: string; message: string }[][];
  expect(v[0][0].error).toBe("#VALUE!");
  expect(v[0][0].message).toMatch(/single value, not a range/);
});
