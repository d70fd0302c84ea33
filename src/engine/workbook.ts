/**
 * A workbook in the formula engine: sheets built from sheet plans (the same plans the Excel host
 * writes), or typed formulas, evaluated by HyperFormula with the TIKTOK.* functions registered.
 */
import { DetailedCellError, HyperFormula, type RawCellContent, type SimpleCellAddress } from "hyperformula";
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

/**
 * Why a formula does not read, in plain words (never the parser's tokens), or "" when no simple
 * reason shows: an unclosed text, a bracket too many or too few, semicolons between arguments.
 */
export function formulaHint(formula: string): string {
  let depth = 0;
  let inText = false;
  let semicolon = false;
  for (const ch of formula) {
    if (ch === '"') inText = !inText;
    else if (inText) continue;
    else if (ch === "(") depth++;
    else if (ch === ")" && --depth < 0) return 'a closing parenthesis ")" has no "(" before it';
    else if (ch === ";") semicolon = true;
  }
  if (inText) return 'a text in quotes (") is not closed';
  if (depth > 0) return 'a closing parenthesis ")" is missing';
  if (semicolon) return "arguments are separated with commas (,), not semicolons";
  return "";
}

/**
 * A formula Excel would not enter: it says "There's a problem with this formula" and keeps the cell
 * as it was. Thrown instead of writing the engine's parse error (#ERROR!, its parser's tokens) into
 * the cell.
 */
export class FormulaProblem extends Error {
  constructor(
    readonly cell: string,
    readonly formula: string,
  ) {
    const hint = formulaHint(formula);
    super(
      `There's a problem with this formula${hint ? `: ${hint}` : ""}. ` +
        "Not trying to type a formula? Type an apostrophe (') first, as in '=1+1.",
    );
    this.name = "FormulaProblem";
  }
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

/** The two HyperFormula 3.5 internals respill() uses (the version is pinned in package.json). */
interface EngineInternals {
  readonly _crudOperations: {
    readonly operations: { setCellContent(at: SimpleCellAddress, content: RawCellContent): unknown };
  };
  recomputeIfDependencyGraphNeedsIt(): unknown;
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

  /**
   * Sets a cell to a value or a formula (text starting with "="); a formula the engine cannot read
   * is refused with a FormulaProblem, as Excel refuses it, and the cell keeps what it held.
   */
  set(sheet: string, cell: string, content: string | number | boolean | null): void {
    const p = parseAddress(cell);
    const id = this.sheetId(sheet);
    const engineContent = toEngineContent(content);
    this.checkFormula(cell, content, engineContent);
    this.edit({ sheet, row: p.row, column: p.column, rows: 1, columns: 1 }, () =>
      this.hf.setCellContents({ sheet: id, row: p.row, col: p.column }, [[engineContent]]),
    );
    this.respill();
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

  /**
   * Sets a block of cells from `cell` rightwards and down, each read as if typed (one undo step);
   * nothing is written when one of them is a formula the engine cannot read (a FormulaProblem).
   */
  setBlock(sheet: string, cell: string, rows: readonly (readonly (string | null)[])[]): void {
    const p = parseAddress(cell);
    const content = rows.map((row, r) =>
      row.map((c, k) => {
        if (c === null || c === "") return null;
        const engineContent = toEngineFormula(c);
        this.checkFormula(address(p.row + r, p.column + k), c, engineContent);
        return engineContent;
      }),
    );
    const id = this.sheetId(sheet);
    const columns = Math.max(0, ...rows.map((r) => r.length));
    this.edit({ sheet, row: p.row, column: p.column, rows: rows.length, columns }, () =>
      this.hf.setCellContents({ sheet: id, row: p.row, col: p.column }, content),
    );
    this.respill();
  }

  private checkFormula(cell: string, typed: unknown, engineContent: unknown): void {
    if (typeof engineContent === "string" && engineContent.startsWith("=") && !this.hf.validateFormula(engineContent))
      throw new FormulaProblem(cell, String(typed));
  }

  /** Undoes the last cell edit (not a sheet insertion); false when there is none. */
  undo(): boolean {
    if (!this.hf.isThereSomethingToUndo()) return false;
    this.hf.undo();
    this.respill();
    return true;
  }

  redo(): boolean {
    if (!this.hf.isThereSomethingToRedo()) return false;
    this.hf.redo();
    this.respill();
    return true;
  }

  /**
   * Spills each formula showing #SPILL! again, as Excel does as soon as the cells in its way are
   * empty. HyperFormula 3.5 recomputes a formula only when its inputs change, and the cells a
   * result spills into are not its inputs, so emptying them left #SPILL! until the formula was
   * entered again (handsontable/hyperformula#1287). Each such formula is entered again here: the
   * same text, so through the engine's own cell operation, which records no undo step (undo and
   * redo restore that same text anyway). Still blocked, it shows #SPILL! again.
   */
  private respill(): void {
    const engine = this.hf as unknown as EngineInternals;
    const blocked: SimpleCellAddress[] = [];
    for (const array of this.hf.arrayMapping.arrayMapping.values()) {
      const v = this.hf.getCellValue(array.leftCorner);
      if (v instanceof DetailedCellError && v.type === "SPILL") blocked.push(array.leftCorner);
    }
    if (blocked.length === 0) return;
    for (const at of blocked) {
      const formula = this.hf.getCellFormula(at);
      if (formula !== undefined) engine._crudOperations.operations.setCellContent(at, formula);
    }
    engine.recomputeIfDependencyGraphNeedsIt();
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

/**
 * Evaluates formulas one at a time, each on an empty sheet, in one engine kept between calls (a
 * new engine costs more than most formulas): for callers that evaluate many, such as the tests.
 */
export class FormulaEvaluator {
  private readonly wb = new EngineWorkbook();
  private readonly sheet = this.wb.addEmptySheet("Sheet1");

  /**
   * The formula's value, or the rows it spills. `cells` are filled first (values as typed, e.g.
   * ["A1", 10]), so the formula can name them; it then goes in row 1 right of them, where its
   * spill reaches none of them.
   */
  evaluate(
    formula: string,
    cells: readonly (readonly [string, string | number | boolean])[] = [],
  ): EngineValue | EngineValue[][] {
    const id = this.wb.sheetId(this.sheet);
    this.wb.hf.clearSheet(id);
    const text = formula.trim().startsWith("=") ? formula.trim() : `=${formula.trim()}`;
    let column = 0;
    for (const [cell, value] of cells) {
      this.wb.set(this.sheet, cell, value);
      column = Math.max(column, parseAddress(cell).column + 1);
    }
    this.wb.set(this.sheet, address(0, column), text);
    const all = this.wb.values(this.sheet).map((row) => row.slice(column));
    // Rows below the spill that only the filled cells reach are not the formula's.
    while (all.length > 1 && all[all.length - 1].every((v) => v === null)) all.pop();
    const width = Math.max(1, ...all.map((row) => row.length));
    const values = all.map((row) => [...row, ...Array<EngineValue>(width - row.length).fill(null)]);
    const isSpill = values.length > 1 || (values[0]?.length ?? 0) > 1;
    return isSpill ? (cells.length === 0 ? this.wb.values(this.sheet) : values) : (values[0]?.[0] ?? null);
  }

  destroy(): void {
    this.wb.destroy();
  }
}

/** Evaluates one formula on its own (after filling `cells`, if any), as the CLI's `eval` does; a FormulaProblem when it does not read. */
export function evaluateFormula(
  formula: string,
  cells: readonly (readonly [string, string | number | boolean])[] = [],
): EngineValue | EngineValue[][] {
  const evaluator = new FormulaEvaluator();
  try {
    return evaluator.evaluate(formula, cells);
  } finally {
    evaluator.destroy();
  }
}
