/**
 * Template 7 in the formula engine: the sample statement reconciled with live formulas. Expected
 * amounts follow the US referral rule (6 % × (customer payment + platform discounts − sales tax),
 * seller-us.tiktok.com knowledge_id=5982454398175018); the doctored order is the one mismatch.
 */
import { EngineWorkbook } from "../../src/engine/workbook";
import { templateById } from "../../src/templates";

const plan = templateById("statement-reconciliation")!.build({ market: "US" });
const wb = new EngineWorkbook();
const sheet = wb.addPlan(plan);
afterAll(() => wb.destroy());

function rowOf(id: string): number {
  const values = wb.values(sheet);
  const r = values.findIndex((row, i) => i > 10 && i < 30 && row[0] === id);
  expect(r).toBeGreaterThan(0);
  return r + 1;
}

const cell = (a: string) => wb.value(sheet, a);

test("the sheet has no error cells and says it is sample data", () => {
  expect(wb.errors(sheet)).toEqual([]);
  expect(String(cell("A1"))).toMatch(/SAMPLE/);
});

test("each order's referral fee: charged (the file's cell) and expected (TIKTOK.EXPECTEDFEE)", () => {
  const header = wb.values(sheet)[13];
  const charged = header.indexOf("Commission: charged");
  expect(charged).toBeGreaterThan(0);
  const col = (i: number) => String.fromCharCode(65 + i);
  const check = (id: string, actual: number, expected: number, status: string) => {
    const r = rowOf(id);
    expect(cell(`${col(charged)}${r}`)).toBeCloseTo(actual, 10);
    expect(cell(`${col(charged + 1)}${r}`)).toBe(expected);
    expect(wb.formula(sheet, `${col(charged + 1)}${r}`)).toMatch(/^=TIKTOK\.EXPECTEDFEE\("commission",\$B\$3,C\d+,/);
    expect(cell(`${col(header.indexOf("Status"))}${r}`)).toBe(status);
  };
  check("576460000000000001", -1.2, -1.2, "match"); // 6 % × (21.20 − 1.20)
  check("576460000000000002", -2.7, -2.7, "match"); // 6 % × (38.60 + 10 − 3.60)
  check("576460000000000003", -3.5, -3, "mismatch: overcharged"); // 6 % × (53.50 − 3.50) = 3.00, charged 3.50
  check("576460000000000004", -1.8, -1.8, "match"); // two SKU rows summed: 6 % × (10 + 20)
});

test("the summary counts follow the table", () => {
  expect(cell("E4")).toBe(3); // matched
  expect(cell("E5")).toBe(1); // mismatched
  expect(cell("E7")).toBe(1); // the adjustment, skipped
  expect(cell("G4")).toBe("Commission");
  expect(cell("H4")).toBeCloseTo(-0.5, 10); // charged − expected over all orders
});

test("18-digit order IDs stay text, exactly", () => {
  for (const id of ["576460000000000001", "576460000000000004"]) expect(typeof cell(`A${rowOf(id)}`)).toBe("string");
});

test("the gallery's catalog lists every template, in order, with what the template itself says", () => {
  const { TEMPLATE_LIST } = require("../../src/templates/catalog");
  const { TEMPLATES } = require("../../src/templates");
  expect(TEMPLATE_LIST.map((t: { id: string }) => t.id)).toEqual(TEMPLATES.map((t: { id: string }) => t.id));
  for (const t of TEMPLATES) expect(TEMPLATE_LIST.find((i: { id: string }) => i.id === t.id).title).toBe(t.title);
});
