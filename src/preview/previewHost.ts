/**
 * The preview's workbook: the formula engine holds the sheets; the task pane talks to it through the
 * same WorkbookHost interface it uses for Excel.
 */
import { type EditedBlock, EngineWorkbook, type ImportedValue } from "../engine/workbook";
import type { SheetChange, WorkbookHost } from "../taskpane/host";
import { market } from "../core/rates";
import { categoryChoices } from "../templates/choiceLists";
import { formatForMarket, inRange, marketCellFor } from "../templates/marketFormats";
import {
  type CellRole,
  type PlannedChart,
  type PlannedConditionalFormat,
  type PlannedMarketFormat,
  type SheetPlan,
  parseAddress,
  address,
  shiftFormulaRows,
} from "../templates/plan";

/** An in-cell dropdown as the preview can show it; `choices` are as Excel would list them now. */
export interface CellDropdown {
  readonly choices: readonly string[];
  readonly strict: boolean;
  readonly prompt: string;
}

/**
 * A cell's number format, as Excel would show it: where the plan makes amounts follow a market cell,
 * the format is that market's currency at the moment it is read (the same rule as Excel's
 * conditional formats), else the format the plan set.
 */
/** The market code a cell names (Excel's MATCH on the codes: any case, trimmed), or null. */
function marketCode(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const code = value.trim().toUpperCase();
  try {
    return market(code).code === code ? code : null;
  } catch {
    return null;
  }
}

export class MarketFormats extends Map<string, string> {
  constructor(
    entries: Iterable<[string, string]>,
    private readonly rules: readonly PlannedMarketFormat[],
    private readonly read: (cell: string) => unknown,
  ) {
    super(entries);
  }

  override get(cell: string): string | undefined {
    for (const r of this.rules) {
      if (!inRange(r.range, cell)) continue;
      const format = formatForMarket(this.read(marketCellFor(r.range, r.marketCell, cell)));
      if (format) return format;
    }
    return super.get(cell);
  }
}

/**
 * Cell roles, with the plan's conditional formats applied as Excel applies them: a cell whose value
 * meets a rule (a number below zero, a text starting with "mismatch") reads as "flag" while it does.
 */
export class FlaggedRoles extends Map<string, CellRole> {
  private readonly rules: {
    box: { top: number; left: number; bottom: number; right: number };
    rule: PlannedConditionalFormat;
  }[];

  constructor(
    entries: Iterable<[string, CellRole]>,
    rules: readonly PlannedConditionalFormat[],
    private readonly read: (cell: string) => unknown,
    /** Roles of cells a plan did not place but that belong to it now (rows a table grew into). */
    private readonly extra: (cell: string) => CellRole | undefined = () => undefined,
  ) {
    super(entries);
    this.rules = rules.map((rule) => {
      const [a, b = a] = rule.range.replace(/\$/g, "").split(":").map(parseAddress);
      return { box: { top: a.row, left: a.column, bottom: b.row, right: b.column }, rule };
    });
  }

  override get(cell: string): CellRole | undefined {
    if (this.rules.length > 0) {
      const p = parseAddress(cell);
      for (const { box, rule } of this.rules) {
        if (p.row < box.top || p.row > box.bottom || p.column < box.left || p.column > box.right) continue;
        const v = this.read(cell);
        const flagged =
          rule.rule === "negative"
            ? typeof v === "number" && v < 0
            : typeof v === "string" && v.toLowerCase().startsWith((rule.text ?? "").toLowerCase());
        if (flagged) return "flag";
      }
    }
    return super.get(cell) ?? this.extra(cell);
  }
}

export interface SheetLook {
  /** Number formats by address; `get` follows market cells (see MarketFormats). */
  readonly formats: Map<string, string>;
  readonly roles: Map<string, CellRole>;
  /** Column letter → width in points, as the template sets it in Excel. */
  readonly widths: Readonly<Record<string, number>>;
  /** Address → its dropdown (Excel's list validation), for cells the plan gives one. */
  readonly dropdowns?: ReadonlyMap<string, CellDropdown>;
  /** Charts drawn over the grid where Excel would place them. */
  readonly charts?: readonly PlannedChart[];
}

/**
 * A plan's table that grows, as an Excel table does, when rows are pasted or typed into the row
 * below it: its calculated columns are filled into the new rows, which take the last row's look.
 */
interface GrowingTable {
  /** 0-based rows: the first data row and the plan's last one. */
  readonly first: number;
  readonly planLast: number;
  readonly left: number;
  readonly right: number;
  /** Calculated columns (0-based) with the first data row's formula. */
  readonly calculated: readonly { readonly column: number; readonly formula: string }[];
  /** Role and number format of the plan's last row, by column. */
  readonly roles: ReadonlyMap<number, CellRole>;
  readonly formats: ReadonlyMap<number, string>;
}

export class PreviewWorkbook {
  readonly engine = new EngineWorkbook();
  readonly looks = new Map<string, SheetLook>();
  private listeners: ((activeSheet: string) => void)[] = [];
  private sheetListeners: ((change: SheetChange) => void)[] = [];
  private settings = new Map<string, string>();
  private readonly tables = new Map<string, GrowingTable[]>();

  constructor() {
    this.engine.onEdit((edit) => this.growTables(edit));
    const first = this.engine.addEmptySheet("Sheet1");
    this.looks.set(first, { formats: new Map(), roles: new Map(), widths: {}, charts: [] });
  }

  onChange(listener: (activeSheet: string) => void): void {
    this.listeners.push(listener);
  }

  notify(sheet: string): void {
    for (const l of this.listeners) l(sheet);
  }

  /** Tells the pane a sheet was added: by the add-in (a plan) or by the user (a file opened). */
  private sheetAdded(sheet: string, byAddin: boolean): void {
    for (const l of this.sheetListeners) l({ sheet, byAddin });
  }

  insertPlan(plan: SheetPlan): string {
    const name = this.engine.addPlan(plan);
    const formats = new Map<string, string>();
    const roles = new Map<string, CellRole>();
    for (const c of plan.cells) {
      if (c.numberFormat) formats.set(c.address, c.numberFormat);
      if (c.role) roles.set(c.address, c.role);
    }
    const read = (cell: string) => this.engine.value(name, cell);
    const tables = this.growingTables(plan, roles, formats);
    this.tables.set(name, tables);
    this.looks.set(name, {
      formats: new MarketFormats(formats, plan.marketFormats ?? [], read),
      roles: new FlaggedRoles(roles, plan.conditionalFormats, read, (cell) => this.grownRole(name, cell)),
      widths: plan.columnWidths,
      dropdowns: this.dropdowns(name, plan),
      charts: plan.charts,
    });
    this.notify(name);
    this.sheetAdded(name, true);
    return name;
  }

  private growingTables(plan: SheetPlan, roles: Map<string, CellRole>, formats: Map<string, string>): GrowingTable[] {
    const content = new Map(plan.cells.map((c) => [c.address, c.content]));
    return plan.tables
      .filter((t) => (t.calculatedColumns ?? []).length > 0)
      .map((t) => {
        const [a, b] = t.range.split(":").map(parseAddress);
        const first = a.row + 1;
        const calculated = (t.calculatedColumns ?? []).flatMap((letters) => {
          const column = parseAddress(`${letters}1`).column;
          const formula = content.get(address(first, column));
          return typeof formula === "string" && formula.startsWith("=") ? [{ column, formula }] : [];
        });
        const lastRoles = new Map<number, CellRole>();
        const lastFormats = new Map<number, string>();
        for (let c = a.column; c <= b.column; c++) {
          const role = roles.get(address(b.row, c));
          const format = formats.get(address(b.row, c));
          if (role) lastRoles.set(c, role);
          if (format) lastFormats.set(c, format);
        }
        return {
          first,
          planLast: b.row,
          left: a.column,
          right: b.column,
          calculated,
          roles: lastRoles,
          formats: lastFormats,
        };
      });
  }

  /** The last row a table holds now: the plan's, and the rows below whose calculated cells are filled. */
  private tableLast(sheet: string, t: GrowingTable): number {
    const probe = t.calculated[0];
    let last = t.planLast;
    while (probe && !this.engine.isEmpty(sheet, address(last + 1, probe.column))) last++;
    return last;
  }

  /** An edit that reaches the row under a table grows it: the calculated columns fill the new rows. */
  private growTables(edit: EditedBlock): void {
    const bottom = edit.row + edit.rows - 1;
    for (const t of this.tables.get(edit.sheet) ?? []) {
      if (edit.column > t.right || edit.column + edit.columns - 1 < t.left) continue;
      const last = this.tableLast(edit.sheet, t);
      if (edit.row > last + 1 || bottom <= last) continue;
      const formats = this.looks.get(edit.sheet)?.formats;
      for (let r = last + 1; r <= bottom; r++) {
        for (const c of t.calculated) {
          const cell = address(r, c.column);
          if (this.engine.isEmpty(edit.sheet, cell))
            this.engine.fill(edit.sheet, cell, shiftFormulaRows(c.formula, r - t.first));
        }
        for (const [c, format] of t.formats) if (!formats?.has(address(r, c))) formats?.set(address(r, c), format);
      }
    }
  }

  /** The role of a cell in a row a table grew into (none once the row is gone again, e.g. undone). */
  private grownRole(sheet: string, cell: string): CellRole | undefined {
    const tables = this.tables.get(sheet);
    if (!tables || tables.length === 0) return undefined;
    const p = parseAddress(cell);
    for (const t of tables) {
      if (p.row <= t.planLast || p.column < t.left || p.column > t.right) continue;
      const probe = t.calculated[0];
      if (probe && !this.engine.isEmpty(sheet, address(p.row, probe.column))) return t.roles.get(p.column);
    }
    return undefined;
  }

  /** A new sheet holding values read from a file (see importFile.ts); returns its name. */
  insertValues(
    wanted: string,
    rows: readonly (readonly ImportedValue[])[],
    formats: Map<string, string>,
    widths: Readonly<Record<string, number>>,
  ): string {
    const name = this.engine.addValues(wanted, rows);
    this.looks.set(name, { formats, roles: new Map(), widths, charts: [] });
    this.notify(name);
    this.sheetAdded(name, false);
    return name;
  }

  /**
   * Expands each planned dropdown to its cells. A fixed list is read from its cells once; a category
   * list follows its market cell each time it is read (Excel evaluates its OFFSET formula, which
   * the formula engine cannot: it takes OFFSET's arguments only as literals).
   */
  private dropdowns(sheet: string, plan: SheetPlan): Map<string, CellDropdown> {
    const out = new Map<string, CellDropdown>();
    const cells = (range: string) => {
      const [a, b = a] = range.replace(/\$/g, "").split(":").map(parseAddress);
      const list: string[] = [];
      for (let r = a.row; r <= b.row; r++) for (let c = a.column; c <= b.column; c++) list.push(address(r, c));
      return list;
    };
    for (const d of plan.dropdowns ?? []) {
      const marketCell = d.categoriesOf?.replace(/\$/g, "");
      const fixed = marketCell
        ? []
        : cells(d.source)
            .map((cell) => this.engine.value(sheet, cell))
            .filter((v): v is string | number => typeof v === "string" || typeof v === "number")
            .map(String);
      const engine = this.engine;
      const dropdown: CellDropdown = {
        get choices() {
          if (!marketCell) return fixed;
          const code = marketCode(engine.value(sheet, marketCell));
          return code ? categoryChoices(code) : [];
        },
        strict: d.strict,
        prompt: d.prompt,
      };
      for (const cell of cells(d.range)) out.set(cell, dropdown);
    }
    return out;
  }

  /** A sheet's computed values as plain cells (an error as its code, e.g. "#N/A"). */
  readValues(sheet: string): (string | number | boolean | null)[][] {
    return this.engine.values(sheet).map((row) => row.map((v) => (v !== null && typeof v === "object" ? v.error : v)));
  }

  host(): WorkbookHost {
    return {
      kind: "preview",
      listSheets: async () => this.engine.sheetNames(),
      onSheetsChanged: (listener) => {
        this.sheetListeners.push(listener);
      },
      // The Reconcile tab reads an opened statement from memory; its reader loads on first use.
      readSettlement: async (sheet, options) => {
        if (!this.engine.sheetNames().includes(sheet)) throw new Error(`There is no sheet "${sheet}".`);
        const rows = this.readValues(sheet);
        if (rows.length === 0)
          throw new Error(`Sheet "${sheet}" is empty: open a settlement export into it (Open file…).`);
        if (options?.signal?.aborted) throw new Error("Cancelled.");
        const { cellsFromValues } = await import(/* webpackChunkName: "reconcile" */ "../taskpane/reconcileRun");
        options?.onProgress?.(rows.length, rows.length);
        return cellsFromValues(rows, options?.mapping);
      },
      readTop: async (sheet, count) => {
        if (!this.engine.sheetNames().includes(sheet)) throw new Error(`There is no sheet "${sheet}".`);
        return this.readValues(sheet).slice(0, count);
      },
      insertPlan: async (plan) => this.insertPlan(plan),
      loadSetting: (key) => this.settings.get(key) ?? null,
      saveSetting: async (key, value) => {
        this.settings.set(key, value);
      },
    };
  }
}
