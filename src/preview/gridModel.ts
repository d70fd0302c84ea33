/**
 * The preview grid's state and its transitions, as pure functions (no DOM, no engine): which cell
 * is selected, how far the sheet is drawn, the edit mode, the message in the status bar, and what
 * a key press means. grid.ts applies them; the viewport, editor and tabs draw the result.
 */
import { paneText } from "../taskpane/messages";
import type { EngineValue } from "../engine/workbook";
import { rangeBox } from "./chartData";
import { type EditMode, type Position, jumpBy, moveBy, startsEntry } from "./gridNavigation";
import { formatNumber } from "./numberFormat";
import type { CellDropdown } from "./previewHost";

export interface SheetSize {
  readonly rows: number;
  readonly columns: number;
}

/** A message about the last action (a refused edit, an opened file), shown until the selection moves. */
export interface Notice {
  readonly text: string;
  readonly error: boolean;
}

export interface GridState {
  /** The sheet shown. */
  readonly sheet: string;
  readonly selected: Position;
  /** The farthest cell gone to with the name box or filled by a paste: the sheet is drawn at least that far. */
  readonly reach: Position;
  readonly mode: EditMode;
  readonly notice: Notice | null;
}

/** An empty sheet still shows Excel's first screen: A–L and 40 rows. */
export const MIN_SIZE: SheetSize = { rows: 40, columns: 12 };
/** Room to type beyond the last used cell. */
export const SPARE: SheetSize = { rows: 5, columns: 2 };
/** How far the name box can go: the engine's rows, and columns A–IV (columns are all drawn). */
export const GOTO_LIMIT: SheetSize = { rows: 200_000, columns: 256 };

/** Rows drawn above and below the visible ones, so short scrolls need no redraw. */
const OVERSCAN_ROWS = 20;

/** The status bar's mode word, in the pane's language ("Ready", "Enter", "Edit" in English). */
export function modeLabel(mode: EditMode): string {
  return paneText().preview[mode];
}

const ORIGIN: Position = { row: 0, column: 0 };

export function initialState(sheet: string): GridState {
  return { sheet, selected: ORIGIN, reach: ORIGIN, mode: "ready", notice: null };
}

/** Another sheet, from A1 and not scrolled, as Excel opens a sheet tab. */
export function showSheet(state: GridState, sheet: string): GridState {
  return { ...state, sheet, selected: ORIGIN, reach: ORIGIN, mode: "ready" };
}

/** A new selection; the last action's message goes away. */
export function select(state: GridState, selected: Position): GridState {
  return { ...state, selected, notice: null };
}

export function withNotice(state: GridState, notice: Notice | null): GridState {
  return { ...state, notice };
}

export function setMode(state: GridState, mode: EditMode): GridState {
  return { ...state, mode };
}

/** F2 while typing: switches between moving the caret (Edit) and pointing with arrows (Enter), as in Excel. */
export function toggleEditMode(state: GridState): GridState {
  return { ...state, mode: state.mode === "edit" ? "enter" : "edit" };
}

/** The sheet is drawn at least as far as `to` (a cell gone to, the far corner of a paste). */
export function reachTo(state: GridState, to: Position): GridState {
  return {
    ...state,
    reach: { row: Math.max(state.reach.row, to.row), column: Math.max(state.reach.column, to.column) },
  };
}

/** After a paste of `rows` at the selection: the sheet reaches the block's far corner. */
export function afterPaste(state: GridState, rows: readonly (readonly unknown[])[]): GridState {
  const width = Math.max(...rows.map((r) => r.length));
  return reachTo(state, { row: state.selected.row + rows.length - 1, column: state.selected.column + width - 1 });
}

/** The name box went to `to`: beyond the drawn sheet the sheet grows to it (the reach is that cell). */
export function goTo(state: GridState, to: Position, size: SheetSize): GridState {
  const beyond = to.row >= size.rows || to.column >= size.columns;
  return select(beyond ? { ...state, reach: to } : state, to);
}

/** The notice for an address the name box cannot go to. */
export function badAddressNotice(typed: string): Notice {
  return {
    text: `"${typed}" is not a cell in this preview: type an address such as B12 (rows 1–${GOTO_LIMIT.rows}, columns A–IV).`,
    error: true,
  };
}

/**
 * How many rows and columns to draw: the used cells and charts with room to type beyond them, at
 * least Excel's first screen and the reach, at most the name box's limit.
 */
export function sheetSize(
  values: readonly (readonly EngineValue[])[],
  charts: readonly { from: string; to: string }[],
  reach: Position,
): SheetSize {
  let used = 0;
  for (const row of values) used = Math.max(used, row.length);
  let rows = values.length;
  for (const c of charts) {
    const box = rangeBox(`${c.from}:${c.to}`);
    rows = Math.max(rows, box.bottom + 1);
    used = Math.max(used, box.right + 1);
  }
  return {
    rows: Math.min(GOTO_LIMIT.rows, Math.max(MIN_SIZE.rows, rows + SPARE.rows, reach.row + 1 + SPARE.rows)),
    columns: Math.min(
      GOTO_LIMIT.columns,
      Math.max(MIN_SIZE.columns, used + SPARE.columns, reach.column + 1 + SPARE.columns),
    ),
  };
}

/** Excel's Ctrl+End: the last used row and the last used column (that cell may be empty). */
export function lastUsed(values: readonly (readonly EngineValue[])[]): Position {
  let row = 0;
  let column = 0;
  values.forEach((cells, r) =>
    cells.forEach((v, c) => {
      if (v === null) return;
      row = Math.max(row, r);
      column = Math.max(column, c);
    }),
  );
  return { row, column };
}

/** A computed value as the grid shows it, and its kind (the cell's class: alignment, colour). */
export function display(v: EngineValue, format: string | undefined): { text: string; kind: string } {
  if (typeof v === "number") return { text: formatNumber(v, format), kind: "number" };
  if (typeof v === "boolean") return { text: v ? "TRUE" : "FALSE", kind: "boolean" };
  if (v && typeof v === "object") return { text: v.error, kind: "error" };
  return { text: v ?? "", kind: "text" };
}

/** What the formula bar shows for a cell's content: its formula, else the value as typed. */
export function contentText(content: string | number | boolean | null): string {
  if (content === null) return "";
  if (typeof content === "boolean") return content ? "TRUE" : "FALSE";
  return String(content);
}

/**
 * The status bar's message for the selected cell: the last action's notice, else the cell's error
 * and its message, else the input message of the cell's list (as Excel shows it).
 */
export function statusMessage(
  state: GridState,
  cell: string,
  value: EngineValue,
  prompt: string | undefined,
): { mode: string; text: string; error: boolean } {
  const mode = modeLabel(state.mode);
  if (state.notice) return { mode, text: state.notice.text, error: state.notice.error };
  if (value && typeof value === "object")
    return { mode, text: `${cell}: ${value.error} — ${value.message}`, error: true };
  return { mode, text: prompt ?? "", error: false };
}

/**
 * Excel's stop alert for a cell with a strict list: the notice refusing `typed`, or null when the
 * list takes it. The check ignores case and spaces around, and skips empty text and formulas.
 */
export function listRefusal(list: CellDropdown | undefined, typed: string, cell: string): Notice | null {
  if (!list?.strict || typed.trim() === "" || typed.startsWith("=")) return null;
  const choices = list.choices;
  if (choices.some((c) => c.toLowerCase() === typed.trim().toLowerCase())) return null;
  const shown = choices.slice(0, 12).join(", ") + (choices.length > 12 ? ", …" : "");
  return { text: `${cell}: "${typed}" is not in this cell's list (${shown}).`, error: true };
}

/** The keys of a key press, as the grid reads them. */
export interface KeyPress {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
}

/** What a key pressed on the grid (not in an editor) does. */
export type GridCommand =
  | { readonly kind: "undo" }
  | { readonly kind: "redo" }
  /** Tab at the sheet's edge: the browser moves the focus on, so the keyboard is never trapped. */
  | { readonly kind: "leave" }
  | { readonly kind: "select"; readonly to: Position }
  /** Open the editor on `text`, or on the cell's content when null (F2). */
  | { readonly kind: "edit"; readonly text: string | null; readonly how: Exclude<EditMode, "ready"> }
  | { readonly kind: "clear" };

/**
 * A key on the selected cell, as in Excel: Ctrl+Z/Ctrl+Y (and Ctrl+Shift+Z) undo and redo; Home,
 * Ctrl+Home, Ctrl+End and PageUp/PageDown jump; arrows, Enter and Tab step (Shift reverses Enter and
 * Tab); F2 edits the content; Delete empties the cell; Backspace and a printable character start
 * typing over it. Null for any other key (the browser's default stays).
 */
export function gridKey(
  state: GridState,
  e: KeyPress,
  context: { size: SheetSize; pageRows: number; lastUsed: Position },
): GridCommand | null {
  const ctrl = e.ctrlKey || e.metaKey;
  if (ctrl && (e.key === "z" || e.key === "y" || e.key === "Z"))
    return { kind: e.key === "y" || e.shiftKey ? "redo" : "undo" };
  const from = state.selected;
  const step = moveBy(from, e.key, e.shiftKey, context.size);
  if (e.key === "Tab" && step?.column === from.column) return { kind: "leave" };
  const jump = jumpBy(from, e, context.size, context.pageRows, context.lastUsed);
  if (jump) return { kind: "select", to: jump };
  if (step) return { kind: "select", to: step };
  if (e.key === "F2") return { kind: "edit", text: null, how: "edit" };
  if (e.key === "Delete") return { kind: "clear" };
  if (e.key === "Backspace") return { kind: "edit", text: "", how: "enter" };
  if (startsEntry(e)) return { kind: "edit", text: e.key, how: "enter" };
  return null;
}

/** What a key pressed while typing into a cell (or the formula bar) does. */
export type EditCommand =
  /** Write what was typed, then move as the key moves (Enter down, Tab right, an arrow in Enter mode). */
  | { readonly kind: "commit"; readonly key: string; readonly shift: boolean }
  | { readonly kind: "cancel" }
  | { readonly kind: "toggleMode" };

/**
 * A key in the in-cell editor: Enter and Tab commit and move; in Enter mode (typing replaced the
 * cell) an arrow does too, in Edit mode (F2) it moves the caret; Escape cancels; F2 switches modes.
 */
export function editorKey(mode: EditMode, e: { key: string; shiftKey: boolean }, size: SheetSize): EditCommand | null {
  // moveBy answers null only for a key that does not move (wherever the selection is).
  const arrowCommits = mode === "enter" && moveBy(ORIGIN, e.key, false, size) !== null;
  if (e.key === "Enter" || e.key === "Tab" || arrowCommits) return { kind: "commit", key: e.key, shift: e.shiftKey };
  if (e.key === "Escape") return { kind: "cancel" };
  if (e.key === "F2") return { kind: "toggleMode" };
  return null;
}

/** A key in the formula bar: Enter and Tab commit and move, Escape cancels; arrows move the caret. */
export function formulaBarKey(e: { key: string; shiftKey: boolean }): EditCommand | null {
  if (e.key === "Enter" || e.key === "Tab") return { kind: "commit", key: e.key, shift: e.shiftKey };
  if (e.key === "Escape") return { kind: "cancel" };
  return null;
}

/**
 * The rows the viewport puts in the page for a screen of `visible` rows with `firstVisible` at the
 * top: the visible ones clamped to the sheet, and a margin of OVERSCAN_ROWS either side.
 */
export function rowWindow(
  firstVisible: number,
  visible: number,
  rows: number,
): { firstVisible: number; lastVisible: number; first: number; last: number } {
  const first = Math.min(rows - 1, firstVisible);
  const last = Math.min(rows - 1, first + visible + 1);
  return {
    firstVisible: first,
    lastVisible: last,
    first: Math.max(0, first - OVERSCAN_ROWS),
    last: Math.min(rows - 1, last + OVERSCAN_ROWS),
  };
}
