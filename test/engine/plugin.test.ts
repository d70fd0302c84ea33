/** TIKTOK.* functions evaluated by the formula engine agree with the core and map errors alike. */
import { evaluateFormula, EngineWorkbook } from "../../src/engine/workbook";

test("scalar functions, dotted names, literal and cell arguments", () => {
  expect(evaluateFormula('=TIKTOK.SHOPFEE(20,"US")')).toBe(1.2);
  expect(evaluateFormula('=TIKTOK.SHOPCOMMISSION(50,"US",,,,5,10)')).toBe(2.7);
  expect(evaluateFormula('TIKTOK.SHOPFEE(20,"US",,,,,,"2024-03-31")')).toBe(0.7);
  const wb = new EngineWorkbook();
  const s = wb.addEmptySheet("S");
  wb.set(s, "A1", 100);
  wb.set(s, "A2", "us");
  wb.set(s, "A3", "=TIKTOK.SHOPFEE(A1,A2)*2");
  expect(wb.value(s, "A3")).toBe(12);
  wb.set(s, "A1", 50);
  expect(wb.value(s, "A3")).toBe(6);
  wb.destroy();
});

test("errors carry the Excel type and message", () => {
  expect(evaluateFormula('=TIKTOK.SHOPFEE(-5,"US")')).toEqual({
    error: "#VALUE!",
    message: expect.stringMatching(/price is negative/),
  });
  expect(evaluateFormula('=TIKTOK.SHOPFEE(20,"ZZ")')).toEqual({
    error: "#N/A",
    message: expect.stringMatching(/Unknown market "ZZ"/),
  });
  expect(evaluateFormula('=TIKTOK.SHOPPRICE(20,1,"US")')).toEqual({
    error: "#NUM!",
    message: expect.stringMatching(/impossible/),
  });
  expect(evaluateFormula("=TIKTOK.SHOPFEE(NA())")).toEqual({ error: "#N/A", message: expect.any(String) });
});

test("tables spill, with literal arguments at their exact size", () => {
  const t = evaluateFormula('=TIKTOK.SHOPFEES(20,"US")') as unknown[][];
  expect(t[0]).toEqual(["Component", "Rate", "Base", "Amount", "Source"]);
  expect(t.length).toBe(3);
  expect(t[1][3]).toBe(1.2);
});

test("a table with cell arguments spills to its maximum size, padded with blanks", () => {
  const wb = new EngineWorkbook();
  const s = wb.addEmptySheet("S");
  wb.set(s, "A1", "US");
  wb.set(s, "B1", "=TIKTOK.CATEGORIES(A1)");
  const values = wb.values(s);
  expect(values[0][1]).toBe("Category");
  expect(values[1][1]).toBe("All other categories");
  expect(wb.errors(s)).toEqual([]);
  wb.destroy();
});
