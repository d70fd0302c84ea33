/**
 * Reconciling a sheet of the workbook: read the export (host), check every fee against the rate
 * book (core), and write the result to a NEW sheet (host). Loaded on demand when the user presses
 * Reconcile, so the statement reader never weighs on the pane's start.
 */
import { dec, type DecimalInput } from "../core/decimal";
import { CURRENCIES } from "../core/money";
import {
  type Cell,
  type ColumnMapping,
  detectHeader,
  openApiTable,
  type ReconciledLine,
  reconcileRows,
  type ReconcileSummary,
  SETTLEMENT_FEES,
} from "../core/settlement";
import { headerOf, type SettlementCells } from "../excel/readSettlement";
import { columnLetter } from "../templates/plan";
import { FEE_KINDS } from "../core/feeKinds";
import { layoutTitleOf } from "../core/settlement/summary";
import { say } from "../i18n/active";
import { reconciliationPlan } from "../templates/reconciliationSheet";
import { formatMoney } from "./format";
import type { InsertOptions, WorkbookHost } from "./host";
import { fill } from "../templates/sheets";
import { currentLanguage, feeLabel, sheetsText } from "./language";
import { paneText } from "./messages";

export interface ReconcileRequest {
  /** The sheet holding the export; its name also tells the market when nothing else does. */
  readonly sheet: string;
  /** Market code, or null to take it from the file's currency column. */
  readonly market: string | null;
  /** Largest difference still a match, per fee; null for one minor unit. */
  readonly tolerance: DecimalInput | null;
  readonly signal?: AbortSignal;
  readonly onProgress?: (step: "Reading" | "Writing", done: number, total: number) => void;
  /** A column mapping the user confirmed (#21), for a sheet whose header no dictionary knows. */
  readonly mapping?: ColumnMapping;
}

/** A mismatched order as the pane lists it: which order, which fees, by how much and who gained. */
export interface MismatchNote {
  readonly order: string;
  readonly fees: readonly string[];
  /** "you were charged USD 0.50 more than the rule" (or less). */
  readonly verdict: string;
  /** True when the seller was charged more than the rule gives (the file's fee is larger). */
  readonly overcharged: boolean;
}

export interface ReconcileOutcome {
  readonly summary: ReconcileSummary;
  /** The layout's title in the pane's language (the summary's is English). */
  readonly layoutTitle: string;
  readonly sheetName: string;
  /** The largest mismatches (at most MISMATCHES_SHOWN), largest first. */
  readonly mismatches: readonly MismatchNote[];
}

/** How many mismatched orders the pane names; the sheet has them all. */
export const MISMATCHES_SHOWN = 5;

/**
 * An order's mismatched fees in words. Fees are signed as in the file (a charge is negative), so a
 * difference (charged − rule) below zero means the seller was charged more.
 */
export function mismatchNote(line: ReconciledLine, currencyCode: string): MismatchNote {
  const minor = CURRENCIES.get(currencyCode)?.minorUnit ?? 2;
  const money = (d: { toFixed(dp: number): string }) => formatMoney(d, currencyCode, minor);
  const T = paneText().reconcile;
  const lang = currentLanguage();
  let total = dec(0);
  const fees: string[] = [];
  for (const fee of SETTLEMENT_FEES) {
    const check = line.fees[fee];
    if (!check || check.status !== "mismatch" || check.difference === null || check.expected === null) continue;
    total = total.plus(check.difference);
    fees.push(
      T.fee(
        lang === "en" ? FEE_KINDS[fee].label : feeLabel(fee, lang),
        money(check.actual ?? dec(0)),
        money(check.expected),
      ),
    );
  }
  const overcharged = total.isNegative();
  const amount = money(total.abs());
  return {
    order: T.order(line.id, line.created),
    fees,
    verdict: overcharged ? T.overcharged(amount) : T.undercharged(amount),
    overcharged,
  };
}

/** A whole sheet's values as a settlement (the preview holds them in memory). */
export function cellsFromValues(values: readonly (readonly Cell[])[], mapping?: ColumnMapping): SettlementCells {
  const rows = values.map((r) => r.slice());
  const header = headerOf(rows, mapping);
  return { rows, header, columns: header.columns.map((c) => c.index), syncs: 0 };
}

/** A saved Open API response the user picked: its file name and its text (read locally). */
export interface ReconcileJsonRequest extends Omit<ReconcileRequest, "sheet"> {
  readonly fileName: string;
  readonly text: string;
}

export async function reconcileSheet(host: WorkbookHost, request: ReconcileRequest): Promise<ReconcileOutcome> {
  if (!host.readSettlement) throw new Error(paneText().reconcile.needsHost);
  const cells = await host.readSettlement(request.sheet, {
    signal: request.signal,
    onProgress: (done, total) => request.onProgress?.("Reading", done, total),
    ...(request.mapping ? { mapping: request.mapping } : {}),
  });
  const summary = reconcileRows(cells.rows, {
    market: request.market,
    tolerance: request.tolerance,
    fileName: request.sheet,
    ...(request.mapping ? { mapping: request.mapping } : {}),
  });
  const source = { sheet: request.sheet, firstRow: 1, column: columnLetter };
  return writeOutcome(host, request, request.sheet, cells.header, summary, source);
}

/**
 * Reconciles a saved TikTok Shop Open API response (202309, 202501 or unsettled statement
 * transactions) the user brought as a file: no network, no source sheet. Bad JSON is refused with
 * a message and nothing is written.
 */
export async function reconcileJson(host: WorkbookHost, request: ReconcileJsonRequest): Promise<ReconcileOutcome> {
  let json: unknown;
  try {
    json = JSON.parse(request.text);
  } catch (e) {
    throw new Error(paneText().reconcile.badJson(request.fileName, e instanceof Error ? e.message : String(e)));
  }
  const table = openApiTable(json);
  const rows: Cell[][] = [table.header.slice(), ...table.rows];
  const header = detectHeader(rows);
  const summary = reconcileRows(rows, {
    market: request.market,
    tolerance: request.tolerance,
    fileName: request.fileName,
  });
  return writeOutcome(host, request, request.fileName, header, summary, null);
}

async function writeOutcome(
  host: WorkbookHost,
  request: Omit<ReconcileRequest, "sheet">,
  name: string,
  header: SettlementCells["header"],
  summary: ReconcileSummary,
  source: Parameters<typeof reconciliationPlan>[0]["source"],
): Promise<ReconcileOutcome> {
  const text = sheetsText();
  const R = text.reconciliation;
  const layoutTitle = say(layoutTitleOf(summary));
  const plan = reconciliationPlan({
    templateId: "reconciliation",
    sheetName: fill(R.sheetName, { sheet: name }),
    title: fill(R.sheetTitle, { sheet: name }),
    subtitle: fill(R.sheetSubtitle, {
      layout: layoutTitle,
      market: summary.market,
      currency: summary.currency,
    }),
    text,
    header,
    summary,
    source,
  });
  const insert: InsertOptions = {
    language: currentLanguage(),
    signal: request.signal,
    onProgress: (done, total) => request.onProgress?.("Writing", done, total),
  };
  const sheetName = await host.insertPlan(plan, insert);
  const mismatches = summary.largestDifferences
    .slice(0, MISMATCHES_SHOWN)
    .map((line) => mismatchNote(line, summary.currency));
  return { summary, layoutTitle, sheetName, mismatches };
}
