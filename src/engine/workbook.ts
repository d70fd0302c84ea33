/**
 * A workbook in the formula engine: sheets built from sheet plans (the same plans the Excel host
 * writes), or typed formulas, evaluated by HyperFormula with the TIKTOK.* functions registered.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import { type SheetPlan, address, parseAddress, toGrid } from "../templates/plan";
import { uniqueSheetName } from "../templates/sheetNames";
import { ENGINE_CONFIG, registerTikTokFunctions } from "./plugin";

export type EngineValue = number | string | boolean | null | { error: string; message: string };

export function toEngineValue(v: unknown): EngineValue {
  if (v instanceof DetailedCellError) return { error: v.value, message: v.message };
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

export class EngineWorkbook {
  readonly hf: HyperFormula;

  constructor() {
    registerTikTokFunctions();
    this.hf = HyperFormula.buildEmpty({ ...ENGINE_CONFIG });
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
    const content = toGrid(plan).formulas.map((row) => row.map((c) => (c === "" ? null : c)));
    this.hf.setSheetContent(id, content);
    return name;
  }

  addEmptySheet(wanted: string): string {
    const name = uniqueSheetName(wanted, this.sheetNames());
    this.hf.addSheet(name);
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
    this.hf.setCellContents({ sheet: this.sheetId(sheet), row: p.row, col: p.column }, [[content]]);
  }

  value(sheet: string, cell: string): EngineValue {
    const p = parseAddress(cell);
    return toEngineValue(this.hf.getCellValue({ sheet: this.sheetId(sheet), row: p.row, col: p.column }));
  }

  formula(sheet: string, cell: string): string | undefined {
    const p = parseAddress(cell);
    return this.hf.getCellFormula({ sheet: this.sheetId(sheet), row: p.row, col: p.column });
  }

  /** Every computed value of a sheet, as a rectangle from A1. */
  values(sheet: string): EngineValue[][] {
    return this.hf.getSheetValues(this.sheetId(sheet)).map((row) => row.map(toEngineValue));
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
