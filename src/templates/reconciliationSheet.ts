/**
 * The reconciliation sheet: one row per order or adjustment of a settlement export, with what TikTok
 * charged (the file's own cells, by reference) beside what the published rule says (a live
 * TIKTOK.EXPECTEDFEE formula on the same cells), the difference and a status — so a seller can audit
 * every number — and a summary with the take rate by month. Built as a plan, so Excel, the preview
 * and the tests apply the same sheet; the source sheet is only ever read.
 */
import type { Decimal } from "../core/decimal";
import { CURRENCIES } from "../core/money";
import { categoryText, fitsNone } from "../core/settlement/categoryLabel";
import { layoutTitleOf } from "../core/settlement/summary";
import { say } from "../i18n/active";
import {
  type ColumnKey,
  type Header,
  type ReconcileSummary,
  type ReconciledLine,
  type SettlementFee,
  marketContext,
} from "../core/settlement";
import { DATE, fitWidth, INTEGER, moneyFormat, PERCENT, SheetBuilder, signedWordsFormat } from "./builder";
import { fill, literal, SHEETS_EN, type SheetsCatalog } from "./sheets";
import { columnLetter } from "./plan";
import type { SheetPlan } from "./plan";

/** Where the file's cells are: the sheet (null = this sheet) and how rows/columns map to A1. */
export interface SourceCells {
  readonly sheet: string | null;
  /** Sheet row (1-based) of the rows' first entry. */
  readonly firstRow: number;
  /** Sheet column letter of a column index of the rows (the pane may read only some columns). */
  column(index: number): string;
}

export interface ReconciliationInput {
  readonly templateId: string;
  readonly sheetName: string;
  readonly title: string;
  readonly subtitle: string;
  readonly header: Header;
  readonly summary: ReconcileSummary;
  /**
   * The file's cells; null when no sheet holds them (a saved Open API response the pane read): the
   * charged and expected amounts are then written as values, the differences stay formulas.
   */
  readonly source: SourceCells | null;
  /** Cells the plan may not write (the sample block of the template), as [firstRow, lastRow]. */
  readonly reservedRows?: readonly [number, number];
  /** First row of the reconciliation table; default 14. */
  readonly tableRow?: number;
  /** The sheet's words: a language's sheets catalog (English by default). */
  readonly text?: SheetsCatalog;
}

/** EXPECTEDFEE's amount arguments, in its order, and the file column each comes from. */
const AMOUNT_ARGUMENTS: readonly ColumnKey[] = [
  "customerPayment",
  "platformDiscount",
  "salesTax",
  "subtotalAfter",
  "customerRefund",
  "platformDiscountRefund",
  "salesTaxRefund",
  "refundSubtotalAfter",
  "quantity",
];

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}

const toNumber = (d: Decimal | null): number | string => (d === null ? "" : d.toNumber());

/**
 * Excel refuses a formula longer than 8,192 characters. An order whose row-by-row formula would be
 * longer (a call is 120–310 characters, with the source sheet's name in every reference) is priced on
 * its summed rows: up to half a cent per row from the summary's row-by-row rounding, and per-SKU
 * caps applied once — the status column may then differ from the summary's for that order.
 */
const MAX_FORMULA_LENGTH = 8000;

export function reconciliationPlan(input: ReconciliationInput): SheetPlan {
  const { header, summary, source } = input;
  const market = summary.market;
  const currency = CURRENCIES.get(summary.currency)?.code ?? "USD";
  const money = moneyFormat(currency);
  const text = input.text ?? SHEETS_EN;
  const T = text.reconciliation;
  const S = T.statuses;
  const feeName = (fee: SettlementFee) => text.fees[fee];
  // A difference says who gained: "$0.50 overcharged" rather than "−$0.50".
  const difference = signedWordsFormat(currency, T.differenceWords);
  // The fee columns as reconciliation reads them: the market context knows where each market keeps them.
  const { feeColumns } = marketContext(header, market);
  const fees = feeColumns.map((f) => f.fee);
  const prefix = source === null || source.sheet === null ? "" : quoteSheet(source.sheet);
  /**
   * A column's cell(s) for a line: its one row, row `at` of it (0-based), or — an order over several
   * rows (per-SKU statements) — their SUM (blank rows between them add nothing).
   */
  const refAt = (i: number | undefined, line: ReconciledLine, sum = true, at?: number): string => {
    if (i === undefined || source === null) return "";
    const col = source.column(i);
    const first = source.firstRow + line.firstRow - 1;
    if (at !== undefined) return `${prefix}${col}${first + at}`;
    const last = source.firstRow + line.lastRow - 1;
    return first === last || !sum ? `${prefix}${col}${first}` : `SUM(${prefix}${col}${first}:${col}${last})`;
  };
  const ref = (key: ColumnKey, line: ReconciledLine, sum = true, at?: number): string =>
    refAt(header.index[key], line, sum, at);

  const b = new SheetBuilder(input.templateId, input.sheetName);
  b.set("A1", input.title, "title");
  b.set("A2", input.subtitle, "subtitle");
  b.input("A3", "B3", T.market, market);
  b.input("A4", "B4", T.tolerance, summary.tolerance.toNumber(), money);
  b.set("A5", T.layout, "label").set("B5", say(layoutTitleOf(summary)), "output");

  const top = input.tableRow ?? 14;
  const first = top + 1;
  const lines = (summary.lines ?? []).slice();
  const last = Math.max(first, first + lines.length - 1);

  // The table: ID, type, created, rows, then actual / expected / difference per fee, status, notes.
  const headerCells: string[] = [T.id, T.type, T.created, T.rows];
  const feeCols: { fee: SettlementFee; source: number; actual: string; expected: string; diff: string }[] = [];
  let c = 4;
  for (const { fee, index: source } of feeColumns) {
    feeCols.push({ fee, source, actual: columnLetter(c), expected: columnLetter(c + 1), diff: columnLetter(c + 2) });
    headerCells.push(fill(T.charged, { fee: feeName(fee) }), T.expected, T.difference);
    c += 3;
  }
  const statusCol = columnLetter(c);
  const impliedCol = columnLetter(c + 1);
  const noteCol = columnLetter(c + 2);
  headerCells.push(T.status, T.impliedRate, T.note);
  headerCells.forEach((h, i) => b.set(`${columnLetter(i)}${top}`, h, "header"));

  lines.forEach((line, i) => {
    const r = first + i;
    // A reference keeps the file's text ID exactly (an 18-digit number would lose digits).
    b.set(`A${r}`, source === null ? line.id : `=${ref("id", line, false)}`, "output");
    b.set(`B${r}`, line.type, "output");
    b.set(`C${r}`, line.created ?? "", "output", DATE);
    b.set(`D${r}`, line.rows, "output", INTEGER);
    const diffs: string[] = [];
    for (const f of feeCols) {
      const check = line.fees[f.fee];
      if (source === null) b.set(`${f.actual}${r}`, toNumber(check?.actual ?? null), "output", money);
      else b.set(`${f.actual}${r}`, `=${refAt(f.source, line)}`, "output", money);
      if (line.status === "skipped" || !check || check.status === "not modelled") {
        b.set(`${f.expected}${r}`, S.notModelled, "note");
        continue;
      }
      // The rule this fee's expected amount came from (its category, its VAT), so the formula
      // checks the same rule as the summary.
      const named = check.pricedBy?.category ?? null;
      const category = named ? `,"${named.replace(/"/g, '""')}"` : "";
      const fee = check.pricedBy?.withVat ? `${f.fee} incl. VAT` : f.fee;
      const call = (at?: number) => {
        const args = AMOUNT_ARGUMENTS.map((k) => ref(k, line, true, at));
        while (args.length > 0 && args[args.length - 1] === "") args.pop();
        const amounts = args.length ? `,${args.join(",")}` : "";
        const pad = category ? ",".repeat(AMOUNT_ARGUMENTS.length - args.length) : "";
        return `TIKTOK.EXPECTEDFEE("${fee}",$B$3,C${r}${amounts}${pad}${category})`;
      };
      // Each SKU row is charged and rounded on its own (and per-SKU caps apply per row), as the
      // summary prices it: a sum of one call per row, while the rows are adjacent and the formula
      // stays within what Excel takes. A fee charged once per order is one call.
      const adjacent = line.lastRow - line.firstRow + 1 === line.rows;
      const perRow =
        line.rows > 1 && adjacent && f.fee !== "orderFee"
          ? Array.from({ length: line.rows }, (_, k) => call(k)).join("+")
          : null;
      const formula = perRow !== null && perRow.length < MAX_FORMULA_LENGTH ? perRow : call();
      if (source === null) b.set(`${f.expected}${r}`, toNumber(check.expected), "output", money);
      else b.set(`${f.expected}${r}`, `=${formula}`, "output", money);
      b.set(`${f.diff}${r}`, `=${f.actual}${r}-${f.expected}${r}`, "output", difference);
      diffs.push(`${f.diff}${r}`);
    }
    // Who gained, in the status itself: fees are signed as in the file (a charge is negative), so
    // charged − rule below zero means TikTok took more than its rule.
    const within = diffs.map((d) => `ABS(${d})<=$B$4`).join(",");
    const net = `SUM(${diffs.join(",")})`;
    const status =
      line.status === "skipped"
        ? S.skipped
        : diffs.length === 0
          ? S.notModelled
          : `=IFERROR(IF(AND(${within}),${literal(S.match)},IF(${net}<0,${literal(S.overcharged)},IF(${net}>0,${literal(S.undercharged)},${literal(S.mismatch)}))),${literal(S.checkCells)})`;
    b.set(`${statusCol}${r}`, status, "output");
    b.set(`${impliedCol}${r}`, toNumber(line.impliedRate), "output", PERCENT);
    const notes = [
      line.said ? say(line.said) : line.reason,
      line.idLostDigits ? T.idLostDigits : null,
      // The inferred category in the sheet's language ("fits Beauty", or "none fits …").
      line.categoryLabel && !summary.join
        ? fill(fitsNone(line.categoryLabel) ? T.commissionIs : T.commissionFits, {
            category: categoryText(line.categoryLabel, say),
          })
        : null,
      line.identityDifference && !line.identityDifference.isZero()
        ? fill(T.identityDifference, { amount: line.identityDifference.toString() })
        : null,
      line.unexplainedFees && !line.unexplainedFees.isZero()
        ? fill(T.unexplainedFees, { amount: line.unexplainedFees.toString() })
        : null,
    ].filter((n): n is string => !!n);
    b.set(`${noteCol}${r}`, notes.join("; "), "note");
  });

  // Summary beside the inputs: counts and totals are formulas over the table, so they follow edits.
  const statusRange = `${statusCol}${first}:${statusCol}${last}`;
  b.set("D3", T.orders, "label").set("E3", summary.orders, "output", INTEGER);
  b.set("D4", T.matched, "label").set("E4", `=COUNTIF(${statusRange},${literal(S.match)})`, "output", INTEGER);
  b.set("D5", T.mismatched, "label").set(
    "E5",
    `=COUNTIF(${statusRange},${literal(`${S.mismatch}*`)})`,
    "total",
    INTEGER,
  );
  b.set("D6", T.notModelled, "label").set(
    "E6",
    `=COUNTIF(${statusRange},${literal(S.notModelled)})`,
    "output",
    INTEGER,
  );
  b.set("D7", T.skipped, "label").set("E7", `=COUNTIF(${statusRange},${literal(S.skipped)})`, "output", INTEGER);

  // Fee and difference side by side: the chart's labels and values are one rectangle.
  b.set("G3", T.fee, "header").set("H3", T.differenceTotal, "header").set("I3", T.chargedTotal, "header");
  b.set("J3", T.expectedTotal, "header");
  fees.forEach((fee, i) => {
    const r = 4 + i;
    const f = feeCols.find((x) => x.fee === fee)!;
    b.set(`G${r}`, feeName(fee), "label");
    b.set(`I${r}`, `=SUM(${f.actual}${first}:${f.actual}${last})`, "output", money);
    const modelled = lines.some((l) => l.status !== "skipped" && l.fees[fee] && l.fees[fee]!.status !== "not modelled");
    if (!modelled) {
      b.set(`H${r}`, S.notModelled, "note");
      return;
    }
    b.set(`H${r}`, `=SUM(${f.diff}${first}:${f.diff}${last})`, "total", difference);
    // Only rows with an expected amount count: "not modelled" rows have no difference either.
    b.set(`J${r}`, `=SUM(${f.expected}${first}:${f.expected}${last})`, "output", money);
  });

  // To the right of the table: take rate by month (the file's own totals, as values: they summarise
  // every row), the fee columns not modelled, the join with the order export, and the charts. Nothing
  // goes below the table, so a host can write its rows in blocks.
  const right = c + 4;
  const col = (i: number) => columnLetter(right + i);
  const months = summary.takeRate.slice(0, 36);
  b.set(`${col(0)}${top - 2}`, T.takeRateTitle, "section");
  T.takeRateHeader.forEach((h, i) => b.set(`${col(i)}${top}`, h, "header"));
  months.forEach((m, i) => {
    const r = top + 1 + i;
    b.set(`${col(0)}${r}`, m.month, "output");
    b.set(`${col(1)}${r}`, toNumber(m.rate), "output", PERCENT);
    b.set(`${col(2)}${r}`, m.revenue.toNumber(), "output", money);
    b.set(`${col(3)}${r}`, m.fees.toNumber(), "output", money);
    b.set(`${col(4)}${r}`, m.platformFees.toNumber(), "output", money);
    b.set(`${col(5)}${r}`, toNumber(m.platformRate), "output", PERCENT);
  });
  let r = top + 2 + Math.max(months.length, 1);
  if (summary.notModelledColumns.length > 0) {
    b.set(`${col(0)}${r}`, T.notModelledColumns, "section");
    summary.notModelledColumns.slice(0, 60).forEach((nm, i) => {
      b.set(`${col(0)}${r + 1 + i}`, nm.name, "label").set(
        `${col(2)}${r + 1 + i}`,
        nm.total.toNumber(),
        "output",
        money,
      );
    });
    r += 2 + Math.min(summary.notModelledColumns.length, 60);
  }
  if (summary.affiliateRefunds.count > 0) {
    const a = summary.affiliateRefunds;
    b.set(`${col(0)}${r}`, T.affiliateRefunds, "label").set(`${col(2)}${r}`, a.count, "output", INTEGER);
    b.set(`${col(0)}${r + 1}`, T.affiliateRefundsMatched, "label");
    b.set(`${col(2)}${r + 1}`, a.matched, "output", INTEGER);
    r += 3;
  }
  if (summary.join) {
    b.set(`${col(0)}${r}`, T.unsettled, "label");
    b.set(`${col(2)}${r}`, summary.join.unsettledCount, "output", INTEGER);
    b.set(`${col(0)}${r + 1}`, T.noOrder, "label");
    b.set(`${col(2)}${r + 1}`, summary.join.noOrderCount, "output", INTEGER);
  }
  // Each chart beside the data it shows: the fees' differences right of their summary (rows 3–11,
  // above the table and the take-rate block), the take rate right of its month table.
  if (fees.length > 0) {
    b.chart({
      kind: "ColumnClustered",
      source: `G3:H${3 + fees.length}`,
      title: T.differenceChart,
      from: "K3",
      to: `N${top - 3}`,
      axisFormat: money,
    });
  }
  if (months.length > 0) {
    b.chart({
      kind: "ColumnClustered",
      source: `${col(0)}${top}:${col(1)}${top + months.length}`,
      title: T.takeRateChart,
      from: `${col(6)}${top}`,
      to: `${col(12)}${top + 14}`,
    });
  }
  b.set("A8", text.common.rateBook, "footer").set("B8", "=TIKTOK.RATEBOOK()", "footer");
  b.set("A9", T.footerNote, "note");
  if (lines.length > 0) b.bulkRows(first, last);
  // Mismatches and overcharges in the flag colours, wherever they are on the sheet.
  b.highlightText(statusRange, S.mismatch);
  for (const f of feeCols) b.highlightNegative(`${f.diff}${first}:${f.diff}${last}`);
  if (fees.length > 0) b.highlightNegative(`H4:H${3 + fees.length}`);

  b.freezeRows(top);
  // Widths in points, wide enough for what each column shows ("$1,234.56 overcharged",
  // "mismatch: undercharged"); the summary above the table (G:J) shares the table's columns.
  const widths: Record<string, number> = { A: 150, B: 70, C: 80, D: 84 };
  for (const f of feeCols) Object.assign(widths, { [f.actual]: 120, [f.expected]: 84, [f.diff]: 116 });
  Object.assign(widths, { [statusCol]: 124, [impliedCol]: 70, [noteCol]: 260 });
  for (const [column, least] of Object.entries({ G: 100, H: 116, I: 84, J: 84 }))
    widths[column] = Math.max(widths[column] ?? 0, least);
  for (const [column, points] of Object.entries(widths)) b.width(column, points);
  // Headers whole (the cell beside each is filled), the take-rate table's too, and the types.
  headerCells.forEach((text, i) => b.widthAtLeast(columnLetter(i), fitWidth(text, true)));
  T.takeRateHeader.forEach((h, i) => b.widthAtLeast(col(i), Math.max(fitWidth(h, true), 70)));
  b.widthAtLeast("B", Math.max(0, ...lines.map((l) => fitWidth(l.type, false, 160))));
  // The statuses and the worded differences in this sheet's language, whole.
  b.widthAtLeast(statusCol, Math.max(...Object.values(S).map((s) => fitWidth(s))));
  const worded = Math.max(
    fitWidth(`$1,234.56${T.differenceWords.negative}`),
    fitWidth(`$1,234.56${T.differenceWords.positive}`),
  );
  for (const f of feeCols) b.widthAtLeast(f.diff, worded);
  if (fees.length > 0) b.widthAtLeast("H", worded);
  return b.build();
}
