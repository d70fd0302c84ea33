/**
 * Reconciliation of a settlement export against the rate book: rows in, one line per order or
 * adjustment ID out, each modelled fee with its actual amount (from the file), the expected amount
 * (rate book in force on the order's created date, on the base the market's rule defines, from the
 * file's own columns) and the difference; then a summary.
 *
 * Rows are pushed one at a time so a CSV of a million rows streams: the reconciler keeps only the
 * rows of the order being read (rows of one ID are consecutive in every export seen), running
 * totals, the largest differences, and — only when an order export is joined — the settled IDs.
 *
 * This file only coordinates: it finds the header (layouts.ts), waits for the market, builds the
 * market context once (marketContext.ts), then hands each row to the row reader (rowReader.ts),
 * each order's rows to closeLine (line.ts, which prices them with price.ts) and each line to the
 * summary (summary.ts).
 */
import { Decimal, ZERO } from "../decimal";
import { invalidValue } from "../errors";
import { message } from "./messages";
import { HEADER_SCAN_ROWS, type Header, detectHeaderRow, refusal } from "./layouts";
import { closeLine, isOrderType } from "./line";
import { headerFromMapping, isMappedHeader, requireConfirmed, typeRewriter } from "./mapping";
import { type MarketContext, marketContext, marketOfFile } from "./marketContext";
import { type Pricing, pricing } from "./price";
import { type RowData, RowReader, currencyNamedBy } from "./rowReader";
import { SummaryTally } from "./summary";
import { type Cell, isEmptyCell } from "./values";

import type { ReconcileOptions, ReconcileSummary, ReconciledLine, Reconciler } from "./types";

export type {
  FeeStatus,
  LineStatus,
  FeeCheck,
  ReconciledLine,
  FeeTotals,
  MonthTakeRate,
  ReconcileSummary,
  JoinResult,
  ReconcileOptions,
  Reconciler,
} from "./types";

/** Rows read before any row named the currency wait for it, up to this many. */
const MAX_WAITING = 1000;

/** Where a reconciler is: looking for the header, waiting for the market, or reading its rows. */
type Phase =
  | { readonly kind: "header"; readonly scanned: (readonly Cell[])[] }
  | { readonly kind: "market"; readonly header: Header; readonly waiting: { row: readonly Cell[]; at: number }[] }
  | { readonly kind: "rows"; readonly file: FileReconciler };

/** The rows of a file whose market is known: read, grouped by ID, closed into lines, tallied. */
class FileReconciler {
  readonly pricing: Pricing;
  private readonly reader: RowReader;
  private readonly orders: ReconcileOptions["orders"];
  private readonly otherFeeTotals: Decimal[];
  private group: RowData[] = [];

  constructor(
    readonly ctx: MarketContext,
    options: ReconcileOptions,
    private readonly tally: SummaryTally,
    private readonly emit: (line: ReconciledLine) => void,
  ) {
    this.reader = new RowReader(ctx);
    this.pricing = pricing(ctx, options.tolerance);
    this.orders = options.orders;
    this.otherFeeTotals = ctx.otherFeeColumns.map(() => ZERO);
  }

  take(row: readonly Cell[], at: number): void {
    if (row.length === 0 || row.every(isEmptyCell)) return;
    const data = this.reader.read(row, at);
    if (!data) return;
    this.tally.counts.rows++;
    const totals = this.otherFeeTotals;
    for (let k = 0; k < totals.length; k++) {
      const v = data.otherFees[k];
      if (v !== null && !v.isZero()) totals[k] = totals[k].plus(v);
    }
    if (data.lostDigits) {
      this.close();
      this.closeRows([data]);
      return;
    }
    if (this.group.length > 0 && this.group[0].id !== data.id) this.close();
    this.group.push(data);
  }

  /** Closes the order being read. */
  close(): void {
    const rows = this.group;
    this.group = [];
    if (rows.length > 0) this.closeRows(rows);
  }

  private closeRows(rows: readonly RowData[]): void {
    this.tally.counts.orders++;
    const line = closeLine(this.pricing, rows, this.orders);
    for (const r of rows) this.tally.row(r.id, r.identityDifference, r.unexplained, this.pricing.tolerance);
    this.emit(line);
  }

  /** The fee columns not modelled, with their totals. */
  otherFees(): { name: string; total: Decimal }[] {
    const h = this.ctx.header;
    return this.ctx.otherFeeColumns.map((i, k) => ({ name: h.columns[i].name, total: this.otherFeeTotals[k] }));
  }
}

/** Reconciles rows pushed one by one. */
export function createReconciler(options: ReconcileOptions = {}): Reconciler {
  const lines: ReconciledLine[] | null = options.onLine ? null : [];
  const tally = new SummaryTally(options.largest ?? 20, Boolean(options.orders), isOrderType);
  const emit = (line: ReconciledLine): void => {
    tally.line(line);
    if (lines) lines.push(line);
    else options.onLine?.(line);
  };
  let phase: Phase = { kind: "header", scanned: [] };
  let sheetRow = 0;
  // A mapping is checked before any row: an unconfirmed one is never applied.
  const mapping = options.mapping ?? null;
  if (mapping) requireConfirmed(mapping);
  const rewrite = mapping ? typeRewriter(mapping) : null;

  /** A row of the scanned top of the sheet: the header ends the scan. */
  function scan(scanned: (readonly Cell[])[], row: readonly Cell[]): void {
    scanned.push(row);
    if (mapping) {
      // A mapping reads only its own header: another file is refused, never read by the dictionaries instead.
      if (isMappedHeader(mapping, row)) {
        phase = { kind: "market", header: headerFromMapping(mapping, row, scanned.length - 1), waiting: [] };
      } else if (scanned.length >= HEADER_SCAN_ROWS) {
        throw mappedHeaderMissing(mapping.header);
      }
      return;
    }
    const h = detectHeaderRow(row, scanned.length - 1);
    if (h) {
      if (h.layout.id === "orderExport") {
        throw invalidValue("file", message("settlement.orderExportGiven", {}));
      }
      phase = { kind: "market", header: h, waiting: [] };
    } else if (scanned.length >= HEADER_SCAN_ROWS) {
      throw refusal(scanned);
    }
  }

  /**
   * A data row while the market is unknown: the caller's market, else the one its currency names,
   * narrowed by the file's name and its fee columns (marketContext.ts `marketOfFile`; EUR needs the
   * caller's). In a file with a Currency column, a row that names none waits for a row that does.
   */
  function awaitMarket(p: Extract<Phase, { kind: "market" }>, row: readonly Cell[] | null, at: number): void {
    if (row !== null && (row.length === 0 || row.every(isEmptyCell))) return;
    let market = options.market;
    if (!market) {
      const code = row === null ? "" : currencyNamedBy(row, p.header);
      if (code === "" && row !== null && p.header.index.currency !== undefined && p.waiting.length < MAX_WAITING) {
        p.waiting.push({ row, at });
        return;
      }
      market = marketOfFile(p.header, code, options.fileName);
    }
    const file = new FileReconciler(marketContext(p.header, market), options, tally, emit);
    phase = { kind: "rows", file };
    for (const w of p.waiting) file.take(w.row, w.at);
    if (row !== null) file.take(row, at);
  }

  /** The row with its type value read through the mapping's kinds. */
  function typed(row: readonly Cell[], h: Header): readonly Cell[] {
    const at = h.index.type;
    if (!rewrite || at === undefined || typeof row[at] !== "string") return row;
    const copy = row.slice();
    copy[at] = rewrite(row[at] as string);
    return copy;
  }

  return {
    push(row) {
      sheetRow++;
      if (phase.kind === "rows") phase.file.take(typed(row, phase.file.ctx.header), sheetRow);
      else if (phase.kind === "market") awaitMarket(phase, typed(row, phase.header), sheetRow);
      else scan(phase.scanned, row);
    },
    finish() {
      if (phase.kind === "header") throw mapping ? mappedHeaderMissing(mapping.header) : refusal(phase.scanned);
      // No row named a currency: the market from the file's name or fee columns, or the question.
      if (phase.kind === "market" && phase.waiting.length > 0) awaitMarket(phase, null, sheetRow);
      const h = phase.kind === "market" ? phase.header : phase.file.ctx.header;
      if (phase.kind === "market" || tally.counts.rows === 0) {
        throw invalidValue("file", message("settlement.noDataRows", { layout: h.layout.title, row: h.row + 1 }));
      }
      return summaryOf(phase.file, tally, options, lines);
    },
  };
}

/** The refusal of a file that lacks its mapping's header. */
function mappedHeaderMissing(header: readonly string[]): Error {
  const cells = header
    .slice(0, 5)
    .map((c) => `"${c}"`)
    .join(", ");
  return invalidValue("columns", message("settlement.mappingHeaderNotFound", { rows: HEADER_SCAN_ROWS, cells }));
}

/** The summary of a file read to its end. */
function summaryOf(
  file: FileReconciler,
  tally: SummaryTally,
  options: ReconcileOptions,
  lines: ReconciledLine[] | null,
): ReconcileSummary {
  file.close();
  const { ctx } = file;
  const h = ctx.header;
  const read = new Set<number>([...Object.values(h.index), ...ctx.feeBlock]);
  return {
    layout: h.layout.id,
    language: h.language,
    layoutTitle: h.layout.title,
    mapped: (options.mapping ?? null) !== null,
    headerRow: h.row + 1,
    market: ctx.market.code,
    currency: ctx.currency.code,
    tolerance: file.pricing.tolerance,
    ...tally.totals(),
    notModelledColumns: file.otherFees(),
    unreadColumns: h.columns.filter((col) => col.name !== "" && !read.has(col.index)).map((col) => col.name),
    join: tally.join(options.orders),
    affiliateRefunds: tally.affiliateRefunds(),
    lines,
  };
}

/** One-shot reconciliation of rows already in memory (a sheet read by the task pane, a test). */
export function reconcileRows(rows: Iterable<readonly Cell[]>, options: ReconcileOptions = {}): ReconcileSummary {
  const r = createReconciler(options);
  for (const row of rows) r.push(row);
  return r.finish();
}

/** The lines of a summary built without onLine (empty otherwise). */
export function linesOf(summary: ReconcileSummary): readonly ReconciledLine[] {
  return summary.lines ?? [];
}

export { Decimal };
