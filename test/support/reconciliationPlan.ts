/**
 * A file's rows reconciled and planned as the pane's reconciliation sheet, its cells read from a
 * sheet `sourceSheet` (from row 1): what the sheet tests build, with placeholder titles.
 */
import { type Cell, detectHeader, reconcileRows } from "../../src/core/settlement";
import type { SheetsCatalog } from "../../src/templates/sheets";
import { columnLetter } from "../../src/templates/plan";
import { reconciliationPlan } from "../../src/templates/reconciliationSheet";

export function reconciledPlan(
  rows: readonly (readonly Cell[])[],
  opts: { sourceSheet?: string; text?: SheetsCatalog } = {},
) {
  const summary = reconcileRows(rows);
  const plan = reconciliationPlan({
    templateId: "t",
    sheetName: "Result",
    title: "t",
    subtitle: "t",
    header: detectHeader(rows),
    summary,
    source: { sheet: opts.sourceSheet ?? "Src", firstRow: 1, column: columnLetter },
    ...(opts.text ? { text: opts.text } : {}),
  });
  return { summary, plan };
}
