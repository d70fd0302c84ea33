/** The preview grid's state and what keys mean, without a page: selection, edit modes, notices, sizes. */
import fc from "fast-check";
import type { EngineValue } from "../../src/engine/workbook";
import {
  type GridState,
  type KeyPress,
  GOTO_LIMIT,
  MIN_SIZE,
  afterPaste,
  badAddressNotice,
  contentText,
  display,
  editorKey,
  formulaBarKey,
  goTo,
  gridKey,
  initialState,
  lastUsed,
  listRefusal,
  reachTo,
  rowWindow,
  select,
  setMode,
  sheetSize,
  showSheet,
  statusMessage,
  toggleEditMode,
  withNotice,
} from "../../src/preview/gridModel";

const size = { rows: 40, columns: 12 };
const context = { size, pageRows: 10, lastUsed: { row: 7, column: 3 } };
const key = (k: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});
const at = (row: number, column: number, sheet = "Sheet1"): GridState => select(initialState(sheet), { row, column });

describe("state transitions", () => {
  test("a new grid starts at A1 of its sheet, ready, with no notice", () => {
    expect(initialState("Sheet1")).toEqual({
      sheet: "Sheet1",
      selected: { row: 0, column: 0 },
      reach: { row: 0, column: 0 },
      mode: "ready",
      notice: null,
    });
  });

  test("moving the selection clears the last action's notice; nothing else changes", () => {
    const s = withNotice(setMode(at(2, 2), "edit"), { text: "Opened", error: false });
    const moved = select(s, { row: 3, column: 2 });
    expect(moved).toEqual({ ...s, selected: { row: 3, column: 2 }, notice: null });
    // Pure: the state before is untouched.
    expect(s.notice).toEqual({ text: "Opened", error: false });
  });

  test("F2 while typing switches between Edit and Enter", () => {
    expect(toggleEditMode(setMode(at(0, 0), "enter")).mode).toBe("edit");
    expect(toggleEditMode(setMode(at(0, 0), "edit")).mode).toBe("enter");
  });

  test("another sheet opens at A1, ready, with its reach reset", () => {
    const s = reachTo(setMode(at(9, 4), "edit"), { row: 99, column: 25 });
    expect(showSheet(s, "Other")).toEqual({ ...initialState("Other"), notice: s.notice });
  });

  test("the reach only grows", () => {
    const s = reachTo(at(0, 0), { row: 50, column: 3 });
    expect(reachTo(s, { row: 10, column: 8 }).reach).toEqual({ row: 50, column: 8 });
  });

  test("a paste reaches the block's far corner from the selection", () => {
    const rows = [["SKU", "Price"], ["A-1", "19.99", "extra"], ["B-2"]];
    expect(afterPaste(at(9, 9), rows).reach).toEqual({ row: 11, column: 11 });
  });

  test("the name box beyond the drawn sheet makes that cell the reach; inside it, the reach stays", () => {
    const far = goTo(at(0, 0), { row: 99, column: 25 }, size);
    expect(far.selected).toEqual({ row: 99, column: 25 });
    expect(far.reach).toEqual({ row: 99, column: 25 });
    const near = goTo(at(0, 0), { row: 5, column: 5 }, size);
    expect(near.reach).toEqual({ row: 0, column: 0 });
    expect(near.selected).toEqual({ row: 5, column: 5 });
  });

  test("a wrong address is explained with the limits", () => {
    expect(badAddressNotice("A1:B2")).toEqual({
      text: '"A1:B2" is not a cell in this preview: type an address such as B12 (rows 1–200000, columns A–IV).',
      error: true,
    });
  });
});

describe("keys on the grid", () => {
  test.each<[string, Partial<KeyPress>, ReturnType<typeof gridKey>]>([
    ["z", { ctrlKey: true }, { kind: "undo" }],
    ["z", { metaKey: true }, { kind: "undo" }],
    ["y", { ctrlKey: true }, { kind: "redo" }],
    ["Z", { ctrlKey: true, shiftKey: true }, { kind: "redo" }],
    ["ArrowDown", {}, { kind: "select", to: { row: 3, column: 2 } }],
    ["Enter", { shiftKey: true }, { kind: "select", to: { row: 1, column: 2 } }],
    ["Tab", {}, { kind: "select", to: { row: 2, column: 3 } }],
    ["Home", {}, { kind: "select", to: { row: 2, column: 0 } }],
    ["Home", { ctrlKey: true }, { kind: "select", to: { row: 0, column: 0 } }],
    ["End", { ctrlKey: true }, { kind: "select", to: { row: 7, column: 3 } }],
    ["PageDown", {}, { kind: "select", to: { row: 12, column: 2 } }],
    ["F2", {}, { kind: "edit", text: null, how: "edit" }],
    ["Delete", {}, { kind: "clear" }],
    ["Backspace", {}, { kind: "edit", text: "", how: "enter" }],
    ["7", {}, { kind: "edit", text: "7", how: "enter" }],
    ["=", {}, { kind: "edit", text: "=", how: "enter" }],
    ["c", { ctrlKey: true }, null],
    ["Escape", {}, null],
    ["F6", {}, null],
  ])("%s %j on C3", (k, mods, command) => {
    expect(gridKey(at(2, 2), key(k, mods), context)).toEqual(command);
  });

  test("Tab at the sheet's edge leaves the grid (the keyboard is never trapped); inside it, it moves", () => {
    expect(gridKey(at(4, 0), key("Tab", { shiftKey: true }), context)).toEqual({ kind: "leave" });
    expect(gridKey(at(4, size.columns - 1), key("Tab"), context)).toEqual({ kind: "leave" });
    // Arrows at the edge stay put (the selection is kept, as in Excel), they do not leave.
    expect(gridKey(at(0, 0), key("ArrowLeft"), context)).toEqual({ kind: "select", to: { row: 0, column: 0 } });
  });

  test("every key keeps the selection inside the sheet", () => {
    const keys = ["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Enter", "Tab", "Home", "PageUp", "PageDown"];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...keys), fc.boolean(), fc.boolean()), { maxLength: 100 }),
        (presses) => {
          let s = at(0, 0);
          for (const [k, shiftKey, ctrlKey] of presses) {
            const command = gridKey(s, key(k, { shiftKey, ctrlKey }), context);
            if (command?.kind === "select") s = select(s, command.to);
            expect(s.selected.row).toBeGreaterThanOrEqual(0);
            expect(s.selected.row).toBeLessThan(size.rows);
            expect(s.selected.column).toBeGreaterThanOrEqual(0);
            expect(s.selected.column).toBeLessThan(size.columns);
          }
        },
      ),
    );
  });
});

describe("keys while typing", () => {
  test("Enter and Tab commit and move in both modes", () => {
    for (const mode of ["enter", "edit"] as const) {
      expect(editorKey(mode, { key: "Enter", shiftKey: true }, size)).toEqual({
        kind: "commit",
        key: "Enter",
        shift: true,
      });
      expect(editorKey(mode, { key: "Tab", shiftKey: false }, size)).toEqual({
        kind: "commit",
        key: "Tab",
        shift: false,
      });
    }
  });

  test("an arrow commits in Enter mode and moves the caret in Edit mode (F2)", () => {
    expect(editorKey("enter", { key: "ArrowUp", shiftKey: false }, size)).toEqual({
      kind: "commit",
      key: "ArrowUp",
      shift: false,
    });
    expect(editorKey("edit", { key: "ArrowUp", shiftKey: false }, size)).toBeNull();
  });

  test("Escape cancels, F2 switches modes, other keys type", () => {
    expect(editorKey("enter", { key: "Escape", shiftKey: false }, size)).toEqual({ kind: "cancel" });
    expect(editorKey("edit", { key: "F2", shiftKey: false }, size)).toEqual({ kind: "toggleMode" });
    expect(editorKey("enter", { key: "a", shiftKey: false }, size)).toBeNull();
    expect(editorKey("enter", { key: "Home", shiftKey: false }, size)).toBeNull();
  });

  test("in the formula bar arrows move the caret; Enter, Tab and Escape act", () => {
    expect(formulaBarKey({ key: "ArrowDown", shiftKey: false })).toBeNull();
    expect(formulaBarKey({ key: "Tab", shiftKey: true })).toEqual({ kind: "commit", key: "Tab", shift: true });
    expect(formulaBarKey({ key: "Escape", shiftKey: false })).toEqual({ kind: "cancel" });
    expect(formulaBarKey({ key: "F2", shiftKey: false })).toBeNull();
  });
});

describe("what the grid shows", () => {
  test("the status bar: a notice first, else the cell's error, else its list's prompt", () => {
    const error: EngineValue = { error: "#N/A", message: 'Unknown market "Narnia"' };
    const s = setMode(at(0, 1), "enter");
    expect(statusMessage(s, "B1", error, "Pick a market")).toEqual({
      mode: "Enter",
      text: 'B1: #N/A — Unknown market "Narnia"',
      error: true,
    });
    expect(statusMessage(withNotice(s, { text: "Opened", error: false }), "B1", error, undefined)).toEqual({
      mode: "Enter",
      text: "Opened",
      error: false,
    });
    expect(statusMessage(at(0, 0), "A1", 5, "Pick a market")).toEqual({
      mode: "Ready",
      text: "Pick a market",
      error: false,
    });
    expect(statusMessage(at(0, 0), "A1", null, undefined).text).toBe("");
  });

  test("a strict list refuses text outside it (any case, spaces around ignored), never formulas or empty text", () => {
    const list = { choices: ["US", "UK"], strict: true, prompt: "" };
    expect(listRefusal(list, " uk ", "B2")).toBeNull();
    expect(listRefusal(list, "=A1", "B2")).toBeNull();
    expect(listRefusal(list, "  ", "B2")).toBeNull();
    expect(listRefusal({ ...list, strict: false }, "Narnia", "B2")).toBeNull();
    expect(listRefusal(undefined, "Narnia", "B2")).toBeNull();
    expect(listRefusal(list, "Narnia", "B2")).toEqual({
      text: 'B2: "Narnia" is not in this cell\'s list (US, UK).',
      error: true,
    });
    const long = { ...list, choices: Array.from({ length: 14 }, (_, i) => `C${i}`) };
    expect(listRefusal(long, "x", "A1")?.text).toMatch(/\(C0, C1, .*, C11, …\)\.$/);
  });

  test("values as Excel shows them, and the formula bar's text of a content", () => {
    expect(display(6, undefined)).toEqual({ text: "6", kind: "number" });
    expect(display(true, undefined)).toEqual({ text: "TRUE", kind: "boolean" });
    expect(display({ error: "#VALUE!", message: "m" }, undefined)).toEqual({ text: "#VALUE!", kind: "error" });
    expect(display(null, undefined)).toEqual({ text: "", kind: "text" });
    expect(contentText(null)).toBe("");
    expect(contentText(false)).toBe("FALSE");
    expect(contentText("=A1*2")).toBe("=A1*2");
    expect(contentText(1.5)).toBe("1.5");
  });

  test("the drawn sheet: Excel's first screen at least, room beyond the used cells, charts and reach", () => {
    expect(sheetSize([], [], { row: 0, column: 0 })).toEqual(MIN_SIZE);
    const values: EngineValue[][] = Array.from({ length: 60 }, () => Array(20).fill(1));
    expect(sheetSize(values, [], { row: 0, column: 0 })).toEqual({ rows: 65, columns: 22 });
    expect(sheetSize([], [{ from: "A50", to: "P70" }], { row: 0, column: 0 })).toEqual({ rows: 75, columns: 18 });
    expect(sheetSize([], [], { row: 99, column: 25 })).toEqual({ rows: 105, columns: 28 });
    expect(sheetSize([], [], { row: GOTO_LIMIT.rows - 1, column: GOTO_LIMIT.columns - 1 })).toEqual(GOTO_LIMIT);
  });

  test("Ctrl+End's cell: the last used row and the last used column", () => {
    expect(lastUsed([])).toEqual({ row: 0, column: 0 });
    expect(
      lastUsed([
        [1, null, null],
        [null, null, "x"],
        [null, 2, null],
        [null, null, null],
      ]),
    ).toEqual({ row: 2, column: 2 });
  });

  test("the viewport's rows: the screen and a margin of 20, inside the sheet", () => {
    expect(rowWindow(0, 30, 40)).toEqual({ firstVisible: 0, lastVisible: 31, first: 0, last: 39 });
    expect(rowWindow(100, 30, 5000)).toEqual({ firstVisible: 100, lastVisible: 131, first: 80, last: 151 });
    expect(rowWindow(6000, 30, 5000)).toEqual({ firstVisible: 4999, lastVisible: 4999, first: 4979, last: 4999 });
  });
});
