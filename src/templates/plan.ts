/**
 * A sheet plan: everything a scenario sheet holds — values, formulas, number formats, roles
 * (input, output, header…), column widths, tables, charts, conditional formats — as plain data,
 * with no Office import. Hosts (Excel, the formula engine) apply a plan; templates build one.
 */

/** What a cell is for; each host maps a role to its look (inputs are the cells users change). */
export type CellRole =
  | "title"
  | "subtitle"
  | "section"
  | "header"
  | "label"
  | "input"
  | "output"
  | "total"
  | "note"
  | "footer"
  /** A cell a conditional format flags (a negative profit, a mismatch): hosts that cannot run the rule show it so. */
  | "flag";

export type CellContent = number | string | boolean;

export interface PlannedCell {
  /** A1 address on the sheet, e.g. "B3". */
  readonly address: string;
  /** A value, or a formula starting with "=". */
  readonly content: CellContent;
  readonly numberFormat?: string;
  readonly role?: CellRole;
}

export interface PlannedTable {
  readonly name: string;
  /** Header row included, e.g. "A4:L14". */
  readonly range: string;
  readonly style: string;
  readonly showTotals?: boolean;
  /**
   * Columns (letters) whose formula is the same in every row: Excel's calculated columns, which it
   * fills into rows pasted or typed below the table as the table grows (the preview does the same).
   */
  readonly calculatedColumns?: readonly string[];
}

export type ChartKind = "ColumnClustered" | "BarClustered" | "Pie" | "Doughnut" | "Line" | "ColumnStacked";

export interface PlannedChart {
  readonly kind: ChartKind;
  /** Data with its labels, e.g. "A20:B24". */
  readonly source: string;
  readonly seriesBy: "Columns" | "Rows";
  readonly title: string;
  /** Top-left and bottom-right cells the chart covers. */
  readonly from: string;
  readonly to: string;
  /**
   * The value axis's number format (and its tooltips' in the preview): the source cells' own, so an
   * axis reads 30.00% and -$0.90 rather than 0.3 and -0.9. Set by the builder from the cells.
   */
  readonly axisFormat?: string;
}

export interface PlannedConditionalFormat {
  readonly range: string;
  /** "negative": numbers below zero; "beginsWith": text that starts with `text` (any case, as Excel compares). */
  readonly rule: "negative" | "beginsWith";
  readonly text?: string;
  readonly fontColor: string;
  readonly fill: string;
}

/**
 * Amount cells whose currency follows a market cell: changing the market (UK → FR) changes the
 * number format (£ → €) as well as the numbers. Hosts turn it into one rule per currency
 * (Excel: conditional formats that set the number format; the preview: the same choice in code).
 */
export interface PlannedMarketFormat {
  /** A rectangle of amount cells, e.g. "B7:E11". */
  readonly range: string;
  /** The market cell the range's top-left cell follows, e.g. "B$5"; `$` fixes a row or column as in Excel. */
  readonly marketCell: string;
}

/**
 * An in-cell dropdown (Excel data validation, list rule) whose choices are cells of the same sheet,
 * so a long list (Indonesia has 28 categories, some with commas) is never cut to Excel's 255
 * characters of inline list text.
 */
export interface PlannedDropdown {
  /** The cells that get the dropdown, e.g. "B5:E5". */
  readonly range: string;
  /**
   * Where the choices are, as Excel reads a list source (without "="): cells of this sheet
   * ("$A$46:$A$61"), or a formula that picks them (a category list that follows a market cell).
   */
  readonly source: string;
  /**
   * Set when the choices are the categories of the market named in this cell (absolute, "$B$5"):
   * hosts that cannot evaluate `source` (the preview) take the list from the rate book instead.
   */
  readonly categoriesOf?: string;
  /** true: other values are refused (Excel's "Stop"); false: allowed after a note ("Information"). */
  readonly strict: boolean;
  /** Shown when the cell is selected (Excel's input prompt, at most 255 characters). */
  readonly prompt: string;
  /**
   * The prompt's title (at most 32 characters) and the alert shown for a value not in the list, in
   * the sheet's language; hosts fall back to English without them.
   */
  readonly words?: { readonly promptTitle: string; readonly alertTitle: string; readonly alertMessage: string };
}

export interface SheetPlan {
  readonly templateId: string;
  /** Wanted sheet name; the host makes it unique and valid. */
  readonly sheetName: string;
  readonly cells: readonly PlannedCell[];
  /** Column letter → width in points. */
  readonly columnWidths: Readonly<Record<string, number>>;
  readonly tables: readonly PlannedTable[];
  readonly charts: readonly PlannedChart[];
  readonly conditionalFormats: readonly PlannedConditionalFormat[];
  /** Amount formats that follow a market cell (empty when a sheet's currency is fixed). */
  readonly marketFormats?: readonly PlannedMarketFormat[];
  readonly dropdowns?: readonly PlannedDropdown[];
  /** Rows frozen at the top (a header that stays visible). */
  readonly freezeRows: number;
  /**
   * Rows (1-based, inclusive) of one long uniform table that a host may write in blocks after the
   * rest (a reconciliation of 100,000 orders is too big for one Excel request). Nothing else of the
   * plan lies below `first`.
   */
  readonly bulkRows?: { readonly first: number; readonly last: number };
}

/** A1 helpers ----------------------------------------------------------------------------------- */

export function columnLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function parseAddress(address: string): { row: number; column: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address);
  if (!m) throw new Error(`not an A1 address: ${address}`);
  return { row: Number(m[2]) - 1, column: columnIndex(m[1]) };
}

export function address(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

/** The grid a plan fills, as one rectangle from A1: what a host writes in a single call. */
export interface PlanGrid {
  readonly range: string;
  readonly rows: number;
  readonly columns: number;
  /** Values and formulas; "" where the plan has nothing. */
  readonly formulas: CellContent[][];
  /** Number formats; "General" where the plan sets none. */
  readonly numberFormats: string[][];
}

export function toGrid(plan: SheetPlan): PlanGrid {
  let rows = 1;
  let columns = 1;
  for (const c of plan.cells) {
    const p = parseAddress(c.address);
    rows = Math.max(rows, p.row + 1);
    columns = Math.max(columns, p.column + 1);
  }
  const formulas: CellContent[][] = Array.from({ length: rows }, () => Array<CellContent>(columns).fill(""));
  const numberFormats: string[][] = Array.from({ length: rows }, () => Array<string>(columns).fill("General"));
  for (const c of plan.cells) {
    const p = parseAddress(c.address);
    formulas[p.row][p.column] = c.content;
    if (c.numberFormat) numberFormats[p.row][p.column] = c.numberFormat;
  }
  return { range: `A1:${address(rows - 1, columns - 1)}`, rows, columns, formulas, numberFormats };
}

/** Rectangles of cells that share a role, merged along rows, so a host styles few ranges. */
export function roleRanges(plan: SheetPlan): { role: CellRole; range: string }[] {
  const byRole = new Map<CellRole, { row: number; column: number }[]>();
  for (const c of plan.cells) {
    if (!c.role) continue;
    const list = byRole.get(c.role) ?? [];
    list.push(parseAddress(c.address));
    byRole.set(c.role, list);
  }
  const out: { role: CellRole; range: string }[] = [];
  for (const [role, cells] of byRole) {
    cells.sort((a, b) => a.row - b.row || a.column - b.column);
    let i = 0;
    while (i < cells.length) {
      const start = cells[i];
      let end = start;
      while (i + 1 < cells.length && cells[i + 1].row === start.row && cells[i + 1].column === end.column + 1) {
        i++;
        end = cells[i];
      }
      const a = address(start.row, start.column);
      const b = address(end.row, end.column);
      out.push({ role, range: a === b ? a : `${a}:${b}` });
      i++;
    }
  }
  return out;
}

/** A cell reference in a formula: `$` parts fixed, not part of a name or a function (LOG10( is no cell). */
const REFERENCE = /(?<![A-Za-z0-9_.])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

/** Applies `map` to every cell reference of a formula outside its text literals and quoted sheet names. */
function mapReferences(
  formula: string,
  map: (ref: { columnFixed: boolean; column: number; rowFixed: boolean; row: number }) => string,
): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const quote = formula[i];
    if (quote === '"' || quote === "'") {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === quote && formula[j + 1] !== quote))
        j += formula[j] === quote ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    let j = i;
    while (j < formula.length && formula[j] !== '"' && formula[j] !== "'") j++;
    out += formula
      .slice(i, j)
      .replace(REFERENCE, (_m, c$: string, letters: string, r$: string, digits: string) =>
        map({ columnFixed: c$ === "$", column: columnIndex(letters), rowFixed: r$ === "$", row: Number(digits) - 1 }),
      );
    i = j;
  }
  return out;
}

/** The formula as it reads `rows` rows further down (relative rows move, `$` rows stay), as Excel fills it. */
export function shiftFormulaRows(formula: string, rows: number): string {
  return mapReferences(
    formula,
    (r) =>
      `${r.columnFixed ? "$" : ""}${columnLetter(r.column)}${r.rowFixed ? "$" : ""}${r.rowFixed ? r.row + 1 : r.row + 1 + rows}`,
  );
}

/** The formula of cell `at` in R1C1 notation (the same text in every row of a calculated column). */
export function toR1C1(formula: string, at: string): string {
  const cell = parseAddress(at);
  const part = (letter: "R" | "C", fixed: boolean, index: number, from: number) =>
    fixed ? `${letter}${index + 1}` : index === from ? letter : `${letter}[${index - from}]`;
  return mapReferences(
    formula,
    (r) => `${part("R", r.rowFixed, r.row, cell.row)}${part("C", r.columnFixed, r.column, cell.column)}`,
  );
}
