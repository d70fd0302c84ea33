/**
 * A workbook in the formula engine: sheets built from sheet plans (the same plans the Excel host
 * writes), or typed formulas, evaluated by HyperFormula with the TIKTOK.* functions registered.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import { type SheetPlan, address, parseAddress, toGrid } from "../templates/plan";
import { uniqueSheetName } from "../templates/sheetNames";
import { ENGINE_CONFIG, registerTikTokFunctions } from "./plugin";

/** A value read from a file: text, a number, a boolean or nothing. */
export type ImportedValue = string | number | boolean | null;

export type EngineValue = number | string | boolean | null | { error: string; message: string };

export function toEngineValue(v: unknown): EngineValue {
  if (v instanceof DetailedCellError) return { error: v.value, message: v.message };
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

/** A number literal with an exponent, not part of a name or a cell reference (A1E3 is no number). */
const EXPONENT_LITERAL = /(^|[^A-Za-z0-9_$.!:])(\d+(?:\.\d*)?|\.\d+)E([+-]?\d)/g;

/**
 * Formula text as HyperFormula reads it: Excel accepts `1E+3` but HyperFormula's lexer only knows a
 * lower-case `e`. Text in double quotes (strings) and single quotes (sheet names) is left alone.
 */
export function toEngineFormula(content: string): string {
  if (!content.startsWith("=")) return content;
  let out = "";
  let i = 0;
  while (i < content.length) {
    const quote = content[i];
    if (quote === '"' || quote === "'") {
      // A doubled quote inside is an escaped quote: the literal ends at the first single one.
      let j = i + 1;
      while (j < content.length && !(content[j] === quote && content[j + 1] !== quote))
        j += content[j] === quote ? 2 : 1;
      out += content.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    let j = i;
    while (j < content.length && content[j] !== '"' && content[j] !== "'") j++;
    out += content.slice(i, j).replace(EXPONENT_LITERAL, "$1$2e$3");
    i = j;
  }
  return out;
}

function toEngineContent<T>(content: T): T {
  return (typeof content === "string" ? toEngineFormula(content) : content) as T;
}

/**
 * HyperFormula rounds every number it hands out to `precisionRounding` digits by multiplying with
 * 10^(digits − magnitude), which overflows to Infinity below about 1e-294 and yields NaN. Excel shows
 * such a number (15 significant digits), so the raw value is read and rounded here instead.
 */
function roundLikeExcel(raw: unknown): number {
  const n =
    typeof raw === "object" && raw !== null && "val" in raw ? Number((raw as { val: unknown }).val) : Number(raw);
  return Number.isFinite(n) ? Number(n.toPrecision(15)) : n;
}

/** Cells just written by an edit: the sheet and the rectangle (0-based top-left, size). */
export interface EditedBlock {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

export class EngineWorkbook {
  readonly hf: HyperFormula;
  private readonly editListeners: ((edit: EditedBlock) => void)[] = [];

  /**
   * Hears every cell edit (set, setBlock) while it is being made: what a listener writes then is
   * part of the same undo step (the preview fills a table's calculated columns into pasted rows).
   */
  onEdit(listener: (edit: EditedBlock) => void): void {
    this.editListeners.push(listener);
  }

  private edit(edit: EditedBlock, write: () => void): void {
    if (this.editListeners.length === 0) return write();
    this.hf.batch(() => {
      write();
      for (const l of this.editListeners) l(edit);
    });
  }

  constructor() {
    registerTikTokFunctions();
    this.hf = HyperFormula.buildEmpty({ ...ENGINE_CONFIG });
    // Excel's bare TRUE and FALSE; HyperFormula knows only the functions TRUE() and FALSE().
    this.hf.addNamedExpression("TRUE", "=TRUE()");
    this.hf.addNamedExpression("FALSE", "=FALSE()");
  }

  sheetNames(): string[] {
    return this.hf.getSheetNames();
  }

  /** Adds a new sheet holding the plan (never an existing one) and returns its name. */
  addPlan(plan: SheetPlan): string {
    const name = uniqueSheetName(plan.sheetName, this.sheetNames());
    this.hf.addSheet(name);
    const id = this.sheetId(name);
    // "" in a plan means an empty cell (as Excel reads it), not a text of length zero: spills need the room.
    const content = toGrid(plan).formulas.map((row) => row.map((c) => (c === "" ? null : toEngineContent(c))));
    this.hf.setSheetContent(id, content);
    this.hf.clearUndoStack();
    return name;
  }

  addEmptySheet(wanted: string): string {
    const name = uniqueSheetName(wanted, this.sheetNames());
    this.hf.addSheet(name);
    // As in Excel, a new sheet cannot be undone: undo steps back through cell edits only.
    this.hf.clearUndoStack();
    return name;
  }

  /**
   * Adds a new sheet holding imported values (a statement, a CSV): text stays exactly the text it
   * was — never read as a formula, a date or a number (order IDs longer than 15 digits survive) —
   * and numbers and booleans stay what they are.
   */
  addValues(wanted: string, rows: readonly (readonly ImportedValue[])[]): string {
    const name = this.addEmptySheet(wanted);
    // A leading apostrophe tells the engine "text as typed", as it does in Excel.
    const content = rows.map((row) => row.map((v) => (typeof v === "string" ? (v === "" ? null : `'${v}`) : v)));
    if (content.length > 0) this.hf.setSheetContent(this.sheetId(name), content);
    this.hf.clearUndoStack();
    return name;
  }

  sheetId(name: string): number {
    const id = this.hf.getSheetId(name);
    if (id === undefined) throw new Error(`No sheet named "${name}"`);
    return id;
  }

  /** Sets a cell to a value or a formula (text starting with "="). */
  set(sheet: string, cell: string, content: string | number | boolean | null): void {
    const p = parseAddress(cell);
    const id = this.sheetId(sheet);
    this.edit({ sheet, row: p.row, column: p.column, rows: 1, columns: 1 }, () =>
      this.hf.setCellContents({ sheet: id, row: p.row, col: p.column }, [[toEngineContent(content)]]),
    );
  }

  /** True when the cell holds nothing; usable while an edit is in progress (unlike value()). */
  isEmpty(sheet: string, cell: string): boolean {
    const p = parseAddress(cell);
    return this.hf.isCellEmpty({ sheet: this.sheetId(sheet), row: p.row, col: p.column });
  }

  /** Writes one cell's content as part of an edit in progress (from an onEdit listener). */
  fill(sheet: string, cell: string, content: string): void {
    const p = parseAddress(cell);
    this.hf.setCellContents({ sheet: this.sheetId(sheet), row: p.row, col: p.column }, [[toEngineContent(content)]]);
  }

  /** Sets a block of cells from `cell` rightwards and down, each read as if typed (one undo step). */
  setBlock(sheet: string, cell: string, rows: readonly (readonly (string | null)[])[]): void {
    const p = parseAddress(cell);
    const content = rows.map((row) => row.map((c) => (c === null || c === "" ? null : toEngineFormula(c))));
    const id = this.sheetId(sheet);
    const columns = Math.max(0, ...rows.map((r) => r.length));
    this.edit({ sheet, row: p.row, column: p.column, rows: rows.length, columns }, () =>
      this.hf.setCellContents({ sheet: id, row: p.row, col: p.column }, content),
    );
  }

  /** Undoes the last cell edit (not a sheet insertion); false when there is none. */
  undo(): boolean {
    if (!this.hf.isThereSomethingToUndo()) return false;
    this.hf.undo();
    return true;
  }

  redo(): boolean {
    if (!this.hf.isThereSomethingToRedo()) return false;
    this.hf.redo();
    return true;
  }

  value(sheet: string, cell: string): EngineValue {
    const p = parseAddress(cell);
    return this.exported(
      this.sheetId(sheet),
      p.row,
      p.column,
      this.hf.getCellValue({ sheet: this.sheetId(sheet), row: p.row, col: p.column }),
    );
  }

  /** A value as HyperFormula exported it, with its NaN for tiny numbers replaced by the number. */
  private exported(sheet: number, row: number, col: number, v: unknown): EngineValue {
    if (typeof v === "number" && Number.isNaN(v)) {
      return roundLikeExcel(this.hf.dependencyGraph.getCellValue({ sheet, row, col }));
    }
    return toEngineValue(v);
  }

  /** What the cell holds as typed: its formula, a value, or text with the apostrophe that keeps it text. */
  content(sheet: string, cell: string): string | number | boolean | null {
    const p = parseAddress(cell);
    const raw: unknown = this.hf.getCellSerialized({ sheet: this.sheetId(sheet), row: p.row, col: p.column });
    if (raw === null || raw === undefined) return null;
    if (typeof raw === "number" || typeof raw === "string" || typeof raw === "boolean") return raw;
    return String(raw);
  }

  formula(sheet: string, cell: string): string | undefined {
    const p = parseAddress(cell);
    return this.hf.getCellFormula({ sheet: this.sheetId(sheet), row: p.row, col: p.column });
  }

  /** Every computed value of a sheet, as a rectangle from A1. */
  values(sheet: string): EngineValue[][] {
    const id = this.sheetId(sheet);
    return this.hf.getSheetValues(id).map((row, r) => row.map((v, c) => this.exported(id, r, c, v)));
  }

  /** Addresses and values of the cells holding an error. */
  errors(sheet: string): { cell: string; error: string; message: string }[] {
    const out: { cell: string; error: string; message: string }[] = [];
    this.values(sheet).forEach((row, r) =>
      row.forEach((v, c) => {
        if (v && typeof v === "object") out.push({ cell: address(r, c), error: v.error, message: v.message });
      }),
    );
    return out;
  }

  destroy(): void {
    this.hf.destroy();
  }
}

/** Evaluates one formula on its own, as the CLI's `eval` does. */
export function evaluateFormula(formula: string): EngineValue | EngineValue[][] {
  const wb = new EngineWorkbook();
  try {
    const sheet = wb.addEmptySheet("Sheet1");
    const text = formula.trim().startsWith("=") ? formula.trim() : `=${formula.trim()}`;
    wb.set(sheet, "A1", text);
    const values = wb.values(sheet);
    const isSpill = values.length > 1 || (values[0]?.length ?? 0) > 1;
    return isSpill ? values : (values[0]?.[0] ?? null);
  } finally {
    wb.destroy();
  }
}
