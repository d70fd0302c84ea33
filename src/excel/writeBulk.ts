/**
 * Writes a plan whose long table (plan.bulkRows) is too big for one Excel request: everything else
 * through applyPlan (a new sheet, 2 syncs), then the table's rows in blocks of at most 5,000 rows,
 * one sync each, halving a block when Excel answers that the payload is too large. On failure or
 * cancel the half-made sheet is deleted, so nothing is left behind.
 */
import { type CellContent, type SheetPlan, columnLetter, parseAddress } from "../templates/plan";
import { type ApplyResult, applyPlan, type HostFeatures, TemplateInsertError } from "./applyPlan";
import { checkCancelled, syncInBlocks } from "./blocks";

export interface BulkOptions {
  readonly onProgress?: (rowsWritten: number, rows: number) => void;
  readonly signal?: AbortSignal;
  readonly maxBlockRows?: number;
}

/** The plan without its bulk rows, and those rows as formula and format grids from column A. */
export function splitBulk(plan: SheetPlan): {
  head: SheetPlan;
  body: { first: number; formulas: CellContent[][]; formats: string[][] } | null;
} {
  const bulk = plan.bulkRows;
  if (!bulk) return { head: plan, body: null };
  const inBulk = (address: string) => {
    const row = parseAddress(address).row + 1;
    return row >= bulk.first && row <= bulk.last;
  };
  let width = 1;
  for (const c of plan.cells) if (inBulk(c.address)) width = Math.max(width, parseAddress(c.address).column + 1);
  const rows = bulk.last - bulk.first + 1;
  const formulas: CellContent[][] = Array.from({ length: rows }, () => Array<CellContent>(width).fill(""));
  const formats: string[][] = Array.from({ length: rows }, () => Array<string>(width).fill("General"));
  for (const c of plan.cells) {
    if (!inBulk(c.address)) continue;
    const p = parseAddress(c.address);
    formulas[p.row + 1 - bulk.first][p.column] = c.content;
    if (c.numberFormat) formats[p.row + 1 - bulk.first][p.column] = c.numberFormat;
  }
  return {
    head: { ...plan, cells: plan.cells.filter((c) => !inBulk(c.address)), bulkRows: undefined },
    body: { first: bulk.first, formulas, formats },
  };
}

export async function insertPlanInBlocks(
  context: Excel.RequestContext,
  plan: SheetPlan,
  features: HostFeatures,
  options: BulkOptions = {},
): Promise<ApplyResult> {
  const { head, body } = splitBulk(plan);
  checkCancelled(options.signal);
  const applied = await applyPlan(context, head, features);
  if (!body) return applied;
  let syncs = applied.syncs;
  const sheet = context.workbook.worksheets.getItem(applied.sheetName);
  const width = body.formulas[0]?.length ?? 1;
  const total = body.formulas.length;
  try {
    syncs += await syncInBlocks(
      context,
      total,
      width,
      { ...options, onBlock: (done) => options.onProgress?.(done, total) },
      (offset, count) => {
        const top = body.first + offset;
        const range = sheet.getRange(`A${top}:${columnLetter(width - 1)}${top + count - 1}`);
        range.numberFormat = body.formats.slice(offset, offset + count);
        range.formulas = body.formulas.slice(offset, offset + count);
      },
    );
    return { sheetName: applied.sheetName, syncs };
  } catch (error) {
    let rolledBack = false;
    try {
      sheet.delete();
      syncs++;
      await context.sync();
      rolledBack = true;
    } catch {
      rolledBack = false;
    }
    if (error instanceof Error && error.name === "CancelledError") throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new TemplateInsertError(
      rolledBack
        ? `Could not write the sheet (${reason}); the half-made sheet was removed.`
        : `Could not write the sheet (${reason}); remove the sheet "${applied.sheetName}" by hand.`,
      rolledBack,
    );
  }
}
