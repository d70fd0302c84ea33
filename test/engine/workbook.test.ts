/**
 * The engine workbook reads formulas as Excel does: scientific notation with a capital E, bare TRUE
 * and FALSE, and numbers too small for HyperFormula's display rounding (which turned them into NaN).
 */
import fc from "fast-check";
import {
  EngineWorkbook,
  FormulaProblem,
  evaluateFormula,
  formulaHint,
  toEngineFormula,
} from "../../src/engine/workbook";

/** Equal to 14 significant digits: HyperFormula rounds what it shows (precisionRounding 14). */
function expectClose(actual: unknown, expected: number): void {
  expect(typeof actual).toBe("number");
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(Math.abs(expected) * 1e-14);
}

describe("scientific notation as Excel writes it", () => {
  test.each([
    ["=1E+3", 1000],
    ["=1E3", 1000],
    ["=1e3", 1000],
    ["=2.5E-2", 0.025],
    ["=.5E+1", 5],
    ["=1E+308", 1e308],
    ["=-1E+3+1", -999],
    ["=SUM(1E+3,2E+3)", 3000],
  ])("%s = %d", (formula, expected) => {
    expect(evaluateFormula(formula)).toBe(expected);
  });

  test("inside a TIKTOK function: a $1,000 US order pays Shop's 6% referral fee, $60", () => {
    // US referral fee 6% (the rate book's US commission; the same figure test/engine/plugin.test.ts uses for $100 → $6).
    expect(evaluateFormula('=TIKTOK.SHOPFEE(1E+3,"US")')).toBe(60);
  });

  test("text in quotes and quoted sheet names keep their capital E", () => {
    expect(evaluateFormula('="1E+3"')).toBe("1E+3");
    expect(toEngineFormula("='Q1E2'!A1+1E2")).toBe("='Q1E2'!A1+1e2");
    expect(toEngineFormula('="it""s 1E+3"&1E+3')).toBe('="it""s 1E+3"&1e+3');
  });

  test("cell references and names that contain E followed by digits are untouched", () => {
    expect(toEngineFormula("=SUM(E1:E3)+AE10+$E$2+Sheet1!E5")).toBe("=SUM(E1:E3)+AE10+$E$2+Sheet1!E5");
    const wb = new EngineWorkbook();
    const s = wb.addEmptySheet("S");
    wb.set(s, "E1", 2);
    wb.set(s, "A1", "=E1*1E+2");
    expect(wb.value(s, "A1")).toBe(200);
    wb.destroy();
  });

  test("a typed value (not a formula) in scientific notation is a number", () => {
    const wb = new EngineWorkbook();
    const s = wb.addEmptySheet("S");
    wb.set(s, "A1", "1E+3");
    wb.set(s, "A2", "1E+308");
    expect(wb.value(s, "A1")).toBe(1000);
    expect(wb.value(s, "A2")).toBe(1e308);
    wb.destroy();
  });

  test("any number written with a capital exponent evaluates to the same number", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-200, max: 1e200, noNaN: true }), (x) => {
        const text = x.toExponential().toUpperCase();
        expectClose(evaluateFormula(`=${text}`), x);
      }),
      { numRuns: 40 },
    );
  });
});

describe("bare TRUE and FALSE", () => {
  test.each([
    ["=TRUE", true],
    ["=FALSE", false],
    ["=true", true],
    ["=IF(TRUE,1,2)", 1],
    ["=AND(TRUE,FALSE)", false],
    ["=NOT(FALSE)", true],
    ["=TRUE+1", 2],
    ["=TRUE()", true],
  ])("%s", (formula, expected) => {
    expect(evaluateFormula(formula)).toBe(expected);
  });

  test("a typed TRUE is the boolean and a formula can read it", () => {
    const wb = new EngineWorkbook();
    const s = wb.addEmptySheet("S");
    wb.set(s, "A1", "TRUE");
    wb.set(s, "A2", '=IF(A1=TRUE,"yes","no")');
    expect(wb.value(s, "A1")).toBe(true);
    expect(wb.value(s, "A2")).toBe("yes");
    expect(wb.formula(s, "A2")).toBe('=IF(A1=TRUE,"yes","no")');
    wb.destroy();
  });
});

describe("tiny numbers never become NaN", () => {
  test('=TIKTOK.RATE("commission","US",1e-300) shows the rate given as a category: 1E-300', () => {
    expect(evaluateFormula('=TIKTOK.RATE("commission","US",1e-300)')).toBe(1e-300);
    expect(evaluateFormula('=TIKTOK.RATE("commission","US",1E-300)')).toBe(1e-300);
  });

  test("a typed tiny number and formulas on it keep their value in values() and value()", () => {
    const wb = new EngineWorkbook();
    const s = wb.addEmptySheet("S");
    wb.set(s, "A1", 1e-300);
    wb.set(s, "A2", "=A1*2");
    wb.set(s, "A3", "=-5E-324");
    expect(wb.values(s)).toEqual([[1e-300], [2e-300], [-5e-324]]);
    expect(wb.value(s, "A2")).toBe(2e-300);
    wb.destroy();
  });

  test("no number from 1e-320 to 1e300 comes out as NaN", () => {
    fc.assert(
      fc.property(fc.integer({ min: -320, max: 300 }), fc.integer({ min: 1, max: 9 }), (exp, mantissa) => {
        const v = evaluateFormula(`=${mantissa}E${exp}`);
        expect(typeof v).toBe("number");
        expect(Number.isNaN(v)).toBe(false);
        expectClose(v, Number(`${mantissa}e${exp}`));
      }),
      { numRuns: 60 },
    );
  });
});

describe("undo, as in Excel", () => {
  test("steps back through cell edits and forward again", () => {
    const wb = new EngineWorkbook();
    const s = wb.addEmptySheet("S");
    wb.set(s, "A1", 1);
    wb.set(s, "A2", "=A1*2");
    wb.set(s, "A1", 5);
    expect(wb.value(s, "A2")).toBe(10);
    expect(wb.undo()).toBe(true);
    expect(wb.value(s, "A2")).toBe(2);
    expect(wb.redo()).toBe(true);
    expect(wb.value(s, "A2")).toBe(10);
    wb.destroy();
  });

  test("never removes an inserted sheet: a new sheet clears what can be undone", () => {
    const wb = new EngineWorkbook();
    const s = wb.addEmptySheet("S");
    wb.set(s, "A1", 1);
    const t = wb.addValues("Imported", [
      ["ID", "Amount"],
      ["576123456789012345678", 19.99],
    ]);
    expect(wb.undo()).toBe(false);
    expect(wb.sheetNames()).toEqual(["S", "Imported"]);
    expect(wb.value(t, "A2")).toBe("576123456789012345678");
    expect(wb.value(s, "A1")).toBe(1);
    wb.destroy();
  });
});

describe("a spill, as in Excel", () => {
  const column = (wb: EngineWorkbook, s: string) => ["A1", "A2", "A3"].map((c) => wb.value(s, c));
  const spill = (v: unknown) => (v && typeof v === "object" ? (v as { error: string }).error : v);

  test("spills as soon as the cell in its way is emptied, and what reads it follows", () => {
    const wb = new EngineWorkbook();
    const s = wb.addEmptySheet("S");
    wb.set(s, "A2", "in the way");
    wb.set(s, "A1", "=SEQUENCE(3)");
    wb.set(s, "B1", "=SUM(A1:A3)");
    expect(spill(wb.value(s, "A1"))).toBe("#SPILL!");
    wb.set(s, "A2", null);
    expect(column(wb, s)).toEqual([1, 2, 3]);
    expect(wb.value(s, "B1")).toBe(6);
    // A paste that empties the cell spills it too.
    wb.set(s, "A3", "again");
    expect(spill(wb.value(s, "A1"))).toBe("#SPILL!");
    wb.setBlock(s, "A3", [[null]]);
    expect(column(wb, s)).toEqual([1, 2, 3]);
    wb.destroy();
  });

  test("undo and redo follow, and spilling again adds no undo step of its own", () => {
    const wb = new EngineWorkbook();
    const s = wb.addEmptySheet("S");
    wb.set(s, "A2", "in the way");
    wb.set(s, "A1", "=SEQUENCE(3)");
    wb.set(s, "A2", null);
    expect(wb.undo()).toBe(true);
    expect(column(wb, s).map(spill)).toEqual(["#SPILL!", "in the way", null]);
    expect(wb.redo()).toBe(true);
    expect(column(wb, s)).toEqual([1, 2, 3]);
    expect(wb.redo()).toBe(false);
    // Three edits, three undo steps: back to the empty sheet.
    expect([wb.undo(), wb.undo(), wb.undo(), wb.undo()]).toEqual([true, true, true, false]);
    expect(column(wb, s)).toEqual([null, null, null]);
    wb.destroy();
  });

  test("a spill still blocked stays #SPILL!", () => {
    const wb = new EngineWorkbook();
    const s = wb.addEmptySheet("S");
    wb.set(s, "A3", "x");
    wb.set(s, "A1", "=SEQUENCE(3)");
    wb.set(s, "B5", 1);
    expect(spill(wb.value(s, "A1"))).toBe("#SPILL!");
    wb.destroy();
  });
});

describe("a formula the engine cannot read is refused, as Excel refuses it", () => {
  test.each([
    ["=SUM(1,2", 'a closing parenthesis ")" is missing'],
    ["=(1", 'a closing parenthesis ")" is missing'],
    ["=1)", 'a closing parenthesis ")" has no "(" before it'],
    ['="abc', 'a text in quotes (") is not closed'],
    ["=SUM(1;2)", "arguments are separated with commas (,), not semicolons"],
    ["=1+", ""],
    ["=", ""],
  ])("%s: the cell keeps what it held; the message is Excel's, with %j", (formula, hint) => {
    const wb = new EngineWorkbook();
    const s = wb.addEmptySheet("S");
    wb.set(s, "C3", 7);
    let thrown: unknown;
    try {
      wb.set(s, "C3", formula);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(FormulaProblem);
    const problem = thrown as FormulaProblem;
    expect(problem.cell).toBe("C3");
    expect(problem.message).toMatch(/^There's a problem with this formula/);
    expect(problem.message).not.toMatch(/Parsing|token|RParen|Expecting|#ERROR!/);
    expect(formulaHint(formula)).toBe(hint);
    if (hint) expect(problem.message).toContain(hint);
    expect(wb.value(s, "C3")).toBe(7);
    // Nothing was written, so there is no edit to undo but the 7.
    expect([wb.undo(), wb.undo()]).toEqual([true, false]);
    wb.destroy();
  });

  test("a block with one such formula writes nothing and names the cell; text that only looks like one is fine", () => {
    const wb = new EngineWorkbook();
    const s = wb.addEmptySheet("S");
    expect(() =>
      wb.setBlock(s, "B2", [
        ["1", "2"],
        ["3", "=SUM(1,"],
      ]),
    ).toThrow(FormulaProblem);
    try {
      wb.setBlock(s, "B2", [
        ["1", "2"],
        ["3", "=SUM(1,"],
      ]);
    } catch (err) {
      expect((err as FormulaProblem).cell).toBe("C3");
    }
    expect(wb.values(s)).toEqual([]);
    wb.set(s, "A1", "'=SUM(1,");
    expect(wb.value(s, "A1")).toBe("=SUM(1,");
    // A formula that reads but names no function is Excel's #NAME?.
    wb.set(s, "A2", "=NOSUCHFUNCTION(1)");
    expect(wb.value(s, "A2")).toMatchObject({ error: "#NAME?" });
    wb.destroy();
  });
});
