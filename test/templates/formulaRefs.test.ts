/** Formulas moved down a row and written in R1C1, as Excel fills a table's calculated column. */
import { shiftFormulaRows, toR1C1 } from "../../src/templates/plan";

test("relative rows move, $ rows stay; text, sheet names and function names are left alone", () => {
  expect(shiftFormulaRows("=E9*D9-H9+G9", 3)).toBe("=E12*D12-H12+G12");
  expect(shiftFormulaRows("=TIKTOK.SHOPFEE(E9,$B$3,C9,D9,G9,H9)", 1)).toBe("=TIKTOK.SHOPFEE(E10,$B$3,C10,D10,G10,H10)");
  expect(shiftFormulaRows("=IF(A9=\"B9\",'Q1 A9'!B9,LOG10(A$9))", 2)).toBe("=IF(A11=\"B9\",'Q1 A9'!B11,LOG10(A$9))");
  expect(shiftFormulaRows("=SUM(K9:K18)", 1)).toBe("=SUM(K10:K19)");
});

test("R1C1: the same text for the same formula in every row", () => {
  expect(toR1C1("=E9*D9-H9+G9", "K9")).toBe("=RC[-6]*RC[-7]-RC[-3]+RC[-4]");
  expect(toR1C1("=E10*D10-H10+G10", "K10")).toBe(toR1C1("=E9*D9-H9+G9", "K9"));
  expect(toR1C1("=TIKTOK.SHOPFEE(E9,$B$3,C9)", "L9")).toBe("=TIKTOK.SHOPFEE(RC[-7],R3C2,RC[-9])");
  expect(toR1C1("=$A9+B$1+K9", "K9")).toBe("=RC1+R1C[-9]+RC");
});
