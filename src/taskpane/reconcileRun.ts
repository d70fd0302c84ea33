/**
 * Reconciling a sheet of the workbook: read the export (host), check every fee against the rate
 * book (core), and write the result to a NEW sheet (host). Loaded on demand when the user presses
 * Reconcile, so the statement reader never weighs on the pane's start.
 */
import type { DecimalInput } from "../core/decimal";
import { type Cell, detectHeader, reconcileRows, type ReconcileSummary } from "../core/settlement";
import type { SettlementCells } from "../excel/readSettlement";
import { columnLetter } from "../templates/plan";
import { reconciliationPlan } from "../templates/reconciliationSheet";
import type { WorkbookHost } from "./host";

export interface ReconcileRequest {
  readonly sheet: string;
  /** Market code, or null to take it from the file's currency column. */
  readonly market: string | null;
  /** Largest difference still a match, per fee; null for one minor unit. */
  readonly tolerance: DecimalInput | null;
  readonly signal?: AbortSignal;
  readonly onProgress?: (step: "Reading" | "Writing", done: number, total: number) => void;
}

export interface ReconcileOutcome {
  readonly summary: ReconcileSummary;
  readonly sheetName: string;
}

/** A whole sheet's values as a settlement (the preview holds them in memory). */
export function cellsFromValues(values: readonly (readonly Cell[])[]): SettlementCells {
  const rows = values.map((r) => r.slice());
  const header = detectHeader(rows);
  return { rows, header, columns: header.columns.map((c) => c.index), syncs: 0 };
}

export async function reconcileSheet(host: WorkbookHost, request: ReconcileRequest): Promise<ReconcileOutcome> {
  if (!host.readSettlement) throw new Error("Reading a sheet needs Excel or the preview (npm run preview).");
  const cells = await host.readSettlement(request.sheet, {
    signal: request.signal,
    onProgress: (done, total) => request.onProgress?.("Reading", done, total),
  });
  const summary = reconcileRows(cells.rows, { market: request.market, tolerance: request.tolerance });
  const plan = reconciliationPlan({
    templateId: "reconciliation",
    sheetName: `Reconciled ${request.sheet}`,
    title: `Reconciliation of "${request.sheet}"`,
    subtitle: `${summary.layoutTitle}, ${summary.market} (${summary.currency}): charged = the file's cells, expected = TIKTOK.EXPECTEDFEE by the rule in force on each order's date.`,
    header: cells.header,
    summary,
    source: { sheet: request.sheet, firstRow: 1, column: columnLetter },
  });
  const sheetName = await host.insertPlan(plan, {
    signal: request.signal,
    onProgress: (done, total) => request.onProgress?.("Writing", done, total),
  });
  return { summary, sheetName };
}
