/** Excel's keyboard rules in the preview grid, and how far long text spills. */
import fc from "fast-check";
import {
  jumpBy,
  moveBy,
  parseCellAddress,
  pastedRows,
  spillWidth,
  startsEntry,
} from "../../src/preview/gridNavigation";

const size = { rows: 40, columns: 12 };

test.each([
  ["ArrowDown", false, { row: 3, column: 2 }],
  ["ArrowUp", false, { row: 1, column: 2 }],
  ["ArrowRight", false, { row: 2, column: 3 }],
  ["ArrowLeft", false, { row: 2, column: 1 }],
  ["Enter", false, { row: 3, column: 2 }],
  ["Enter", true, { row: 1, column: 2 }],
  ["Tab", false, { row: 2, column: 3 }],
  ["Tab", true, { row: 2, column: 1 }],
  // Shift+arrow extends a selection in Excel; here it still moves one cell, never the other way.
  ["ArrowDown", true, { row: 3, column: 2 }],
])("%s (shift %s) from C3", (key, shift, to) => {
  expect(moveBy({ row: 2, column: 2 }, key, shift, size)).toEqual(to);
});

test("keys that do not move return null", () => {
  for (const key of ["a", "F2", "Escape", "Delete", "Home"])
    expect(moveBy({ row: 0, column: 0 }, key, false, size)).toBeNull();
});

test("the selection never leaves the sheet", () => {
  const keys = ["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Enter", "Tab"];
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.constantFrom(...keys), fc.boolean()), { maxLength: 200 }), (presses) => {
      let at = { row: 0, column: 0 };
      for (const [key, shift] of presses) {
        at = moveBy(at, key, shift, size) ?? at;
        expect(at.row).toBeGreaterThanOrEqual(0);
        expect(at.row).toBeLessThan(size.rows);
        expect(at.column).toBeGreaterThanOrEqual(0);
        expect(at.column).toBeLessThan(size.columns);
      }
    }),
  );
});

test("one printable character starts typing; shortcuts and named keys do not", () => {
  const plain = { ctrlKey: false, metaKey: false, altKey: false };
  expect(startsEntry({ key: "7", ...plain })).toBe(true);
  expect(startsEntry({ key: "=", ...plain })).toBe(true);
  expect(startsEntry({ key: " ", ...plain })).toBe(true);
  expect(startsEntry({ key: "c", ...plain, ctrlKey: true })).toBe(false);
  expect(startsEntry({ key: "v", ...plain, metaKey: true })).toBe(false);
  expect(startsEntry({ key: "Enter", ...plain })).toBe(false);
  expect(startsEntry({ key: "F2", ...plain })).toBe(false);
});

describe("spillWidth", () => {
  const widths = [100, 50, 50, 50, 50];
  test("text that fits stays in its cell", () => {
    expect(spillWidth(80, 0, widths, () => true)).toEqual({ width: 100, covers: 0 });
  });
  test("text runs over as many empty neighbours as it needs", () => {
    expect(spillWidth(180, 0, widths, () => true)).toEqual({ width: 200, covers: 2 });
  });
  test("a filled neighbour stops the spill", () => {
    expect(spillWidth(400, 0, widths, (c) => c !== 2)).toEqual({ width: 150, covers: 1 });
    expect(spillWidth(400, 0, widths, () => false)).toEqual({ width: 100, covers: 0 });
  });
  test("the sheet's last drawn column stops it", () => {
    expect(spillWidth(1000, 3, widths, () => true)).toEqual({ width: 100, covers: 1 });
  });
});

describe("jumps", () => {
  const at = { row: 10, column: 4 };
  const last = { row: 25, column: 7 };
  const key = (k: string, ctrl = false) => ({ key: k, ctrlKey: ctrl, metaKey: false });
  test("Home goes to the row's first column; Ctrl+Home to A1; Ctrl+End to the last used cell", () => {
    expect(jumpBy(at, key("Home"), size, 20, last)).toEqual({ row: 10, column: 0 });
    expect(jumpBy(at, key("Home", true), size, 20, last)).toEqual({ row: 0, column: 0 });
    expect(jumpBy(at, key("End", true), size, 20, last)).toEqual(last);
    expect(jumpBy(at, { key: "End", ctrlKey: false, metaKey: true }, size, 20, last)).toEqual(last);
  });
  test("PageDown and PageUp move a screen of rows, kept on the sheet", () => {
    expect(jumpBy(at, key("PageDown"), size, 20, last)).toEqual({ row: 30, column: 4 });
    expect(jumpBy(at, key("PageUp"), size, 20, last)).toEqual({ row: 0, column: 4 });
    expect(jumpBy({ row: 35, column: 0 }, key("PageDown"), size, 20, last)).toEqual({ row: 39, column: 0 });
  });
  test("other keys do not jump", () => {
    for (const k of ["End", "ArrowDown", "a", "Enter"]) expect(jumpBy(at, key(k), size, 20, last)).toBeNull();
  });
});

describe("parseCellAddress (the name box)", () => {
  const max = { rows: 200_000, columns: 256 };
  test.each([
    ["A1", { row: 0, column: 0 }],
    ["z100", { row: 99, column: 25 }],
    ["$AA$10", { row: 9, column: 26 }],
    [" IV200000 ", { row: 199_999, column: 255 }],
  ])("%s", (text, pos) => {
    expect(parseCellAddress(text, max)).toEqual(pos);
  });
  test.each(["", "A0", "IW1", "A200001", "1A", "A1:B2", "Sheet1!A1", "ABCD1"])("%s is refused", (text) => {
    expect(parseCellAddress(text, max)).toBeNull();
  });
});

describe("pastedRows (clipboard text from a spreadsheet)", () => {
  test.each([
    ["one", [["one"]]],
    [
      "a\tb\r\nc\td\r\n",
      [
        ["a", "b"],
        ["c", "d"],
      ],
    ],
    ["a\t\tc", [["a", "", "c"]]],
    ['"line 1\nline 2"\tx', [["line 1\nline 2", "x"]]],
    ['"say ""hi"""\t1', [['say "hi"', "1"]]],
    ['5" screen\t2', [['5" screen', "2"]]],
    ["576123456789012345678\t19.99\n", [["576123456789012345678", "19.99"]]],
  ])("%j", (text, rows) => {
    expect(pastedRows(text)).toEqual(rows);
  });

  test("tab-joined rows come back as they were", () => {
    const cell = fc.string().filter((s) => !/[\t\n\r"]/.test(s));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const text = rows.map((r) => r.join("\t")).join("\n");
        // A lone empty cell on the last line is a trailing line break, as spreadsheets write it.
        fc.pre(!(rows[rows.length - 1].length === 1 && rows[rows.length - 1][0] === ""));
        expect(pastedRows(text)).toEqual(rows);
      }),
    );
  });
});
