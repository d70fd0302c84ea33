/**
 * Excel's keyboard rules for the preview grid, as pure functions: where a key moves the selection
 * and how far a long text spills into the empty cells to its right.
 */

export interface Position {
  readonly row: number;
  readonly column: number;
}

/** Ready: keys move the selection. Enter: typing replaced the cell, arrows commit and move. Edit (F2): arrows move the caret. */
export type EditMode = "ready" | "enter" | "edit";

const STEPS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
  Enter: [1, 0],
  Tab: [0, 1],
};

/** The cell a key moves to (Shift reverses Enter and Tab), kept inside the sheet; null if the key does not move. */
export function moveBy(
  from: Position,
  key: string,
  shift: boolean,
  size: { rows: number; columns: number },
): Position | null {
  const step = STEPS[key];
  if (!step) return null;
  const reverse = shift && (key === "Enter" || key === "Tab") ? -1 : 1;
  return {
    row: Math.min(size.rows - 1, Math.max(0, from.row + step[0] * reverse)),
    column: Math.min(size.columns - 1, Math.max(0, from.column + step[1] * reverse)),
  };
}

/**
 * Keys that jump rather than step: Home (first column), Ctrl+Home (A1), Ctrl+End (the last used
 * cell), PageDown/PageUp (a screen of rows). Null for any other key.
 */
export function jumpBy(
  from: Position,
  e: { key: string; ctrlKey: boolean; metaKey: boolean },
  size: { rows: number; columns: number },
  pageRows: number,
  lastUsed: Position,
): Position | null {
  const ctrl = e.ctrlKey || e.metaKey;
  const clampRow = (row: number) => Math.min(size.rows - 1, Math.max(0, row));
  if (e.key === "Home") return ctrl ? { row: 0, column: 0 } : { row: from.row, column: 0 };
  if (e.key === "End" && ctrl) return lastUsed;
  if (e.key === "PageDown") return { row: clampRow(from.row + pageRows), column: from.column };
  if (e.key === "PageUp") return { row: clampRow(from.row - pageRows), column: from.column };
  return null;
}

/** A1 address typed in the name box → a position, or null if it is not one (case and $ ignored). */
export function parseCellAddress(text: string, max: { rows: number; columns: number }): Position | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text.trim());
  if (!m) return null;
  let column = 0;
  for (const ch of m[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  if (row < 1 || row > max.rows || column > max.columns) return null;
  return { row: row - 1, column: column - 1 };
}

/** A key that starts typing into the selected cell (replacing it), as in Excel: one printable character. */
export function startsEntry(e: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): boolean {
  return e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey;
}

/**
 * How wide a left-aligned text may be drawn: its own column, plus each empty neighbour to the right
 * until the text fits or a cell holds something (Excel stops the spill there and clips).
 * `widths` are the columns' drawable widths; returns the width and how many neighbours it covers.
 */
export function spillWidth(
  need: number,
  column: number,
  widths: readonly number[],
  isEmpty: (column: number) => boolean,
): { width: number; covers: number } {
  let width = widths[column] ?? 0;
  let covers = 0;
  for (let c = column + 1; width < need && c < widths.length && isEmpty(c); c++) {
    width += widths[c];
    covers++;
  }
  return { width, covers };
}

/**
 * Clipboard text as rows of cells: lines split on tabs, the trailing line break dropped, and
 * spreadsheet quoting undone ("a ""b""" → a "b", a quoted cell may hold a line break).
 */
export function pastedRows(text: string): string[][] {
  const rows: string[][] = [[]];
  let cell = "";
  let i = 0;
  const body = text.replace(/\r\n?/g, "\n").replace(/\n$/, "");
  while (i <= body.length) {
    if (cell === "" && body[i] === '"') {
      const close = quotedEnd(body, i);
      if (close > 0) {
        cell = body.slice(i + 1, close).replace(/""/g, '"');
        i = close + 1;
        continue;
      }
    }
    const ch = body[i];
    if (ch === "\t" || ch === "\n" || ch === undefined) {
      rows[rows.length - 1].push(cell);
      cell = "";
      if (ch === "\n") rows.push([]);
    } else cell += ch;
    i++;
  }
  return rows;
}

/** Index of the quote closing a quoted cell that starts at `start`, or -1 when it is not one. */
function quotedEnd(text: string, start: number): number {
  for (let j = start + 1; j < text.length; j++) {
    if (text[j] !== '"') continue;
    if (text[j + 1] === '"') {
      j++;
      continue;
    }
    const next = text[j + 1];
    return next === undefined || next === "\t" || next === "\n" ? j : -1;
  }
  return -1;
}
