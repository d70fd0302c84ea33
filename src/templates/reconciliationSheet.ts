/**
 * The reconciliation sheet: one row per order or adjustment of a settlement export, with what TikTok
 * charged (the file's own cells, by reference) beside what the published rule says (a live
 * TIKTOK.EXPECTEDFEE formula on the same cells), the difference and a status — so a seller can audit
 * every number — and a summary with the take rate by month. Built as a plan, so Excel, the preview
 * and the tests apply the same sheet; the source sheet is only ever read.
 */
import type { Decimal } from "../core/decimal";
import { FEE_KINDS } from "../core/feeKinds";
import { CURRENCIES } from "../core/money";
import {
  type ColumnKey,
  type Header,
  type ReconcileSummary,
  type ReconciledLine,
  type SettlementFee,
  marketContext,
} from "../core/settlement";
import { DATE, fitWidth, INTEGER, moneyFormat, PERCENT, SheetBuilder, signedWordsFormat } from "./builder";
import { SHEET_TEXT } from "./messages";
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
  readonly source: SourceCells;
  /** Cells the plan may not write (the sample block of the template), as [firstRow, lastRow]. */
  readonly reservedRows?: readonly [number, number];
  /** First row of the reconciliation table; default 14. */
  readonly tableRow?: number;
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
  const T = SHEET_TEXT.reconciliation;
  // A difference says who gained: "$0.50 overcharged" rather than "−$0.50".
  const difference = signedWordsFormat(currency, T.differenceWords);
  // The fee columns as reconciliation reads them: the market context knows where each market keeps them.
  const { feeColumns } = marketContext(header, market);
  const fees = feeColumns.map((f) => f.fee);
  const prefix = source.sheet === null ? "" : quoteSheet(source.sheet);
  /**
   * A column's cell(s) for a line: its one row, row `at` of it (0-based), or — an order over several
   * rows (per-SKU statements) — their SUM (blank rows between them add nothing).
   */
  const refAt = (i: number | undefined, line: ReconciledLine, sum = true, at?: number): string => {
    if (i === undefined) return "";
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
  b.input("A3", "B3", "Market", market);
  b.input("A4", "B4", "Tolerance per fee", summary.tolerance.toNumber(), money);
  b.set("A5", "File layout", "label").set("B5", summary.layoutTitle, "output");

  const top = input.tableRow ?? 14;
  const first = top + 1;
  const lines = (summary.lines ?? []).slice();
  const last = Math.max(first, first + lines.length - 1);

  // The table: ID, type, created, rows, then actual / expected / difference per fee, status, notes.
  const headerCells = ["Order/adjustment ID", "Type", "Created", "Rows"];
  const feeCols: { fee: SettlementFee; source: number; actual: string; expected: string; diff: string }[] = [];
  let c = 4;
  for (const { fee, index: source } of feeColumns) {
    feeCols.push({ fee, source, actual: columnLetter(c), expected: columnLetter(c + 1), diff: columnLetter(c + 2) });
    headerCells.push(`${FEE_KINDS[fee].label}: charged`, "expected", T.differenceHeader);
    c += 3;
  }
  const statusCol = columnLetter(c);
  const impliedCol = columnLetter(c + 1);
  const noteCol = columnLetter(c + 2);
  headerCells.push("Status", "Implied rate", "Note");
  headerCells.forEach((h, i) => b.set(`${columnLetter(i)}${top}`, h, "header"));

  lines.forEach((line, i) => {
    const r = first + i;
    // A reference keeps the file's text ID exactly (an 18-digit number would lose digits).
    b.set(`A${r}`, `=${ref("id", line, false)}`, "output");
    b.set(`B${r}`, line.type, "output");
    b.set(`C${r}`, line.created ?? "", "output", DATE);
    b.set(`D${r}`, line.rows, "output", INTEGER);
    const diffs: string[] = [];
    for (const f of feeCols) {
      const actual = refAt(f.source, line);
      b.set(`${f.actual}${r}`, `=${actual}`, "output", money);
      const check = line.fees[f.fee];
      if (line.status === "skipped" || !check || check.status === "not modelled") {
        b.set(`${f.expected}${r}`, "not modelled", "note");
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
      b.set(`${f.expected}${r}`, `=${formula}`, "output", money);
      b.set(`${f.diff}${r}`, `=${f.actual}${r}-${f.expected}${r}`, "output", difference);
      diffs.push(`${f.diff}${r}`);
    }
    // Who gained, in the status itself: fees are signed as in the file (a charge is negative), so
    // charged − rule below zero means TikTok took more than its rule.
    const within = diffs.map((d) => `ABS(${d})<=$B$4`).join(",");
    const net = `SUM(${diffs.join(",")})`;
    const status =
      line.status === "skipped"
        ? "skipped"
        : diffs.length === 0
          ? "not modelled"
          : `=IFERROR(IF(AND(${within}),"${T.match}",IF(${net}<0,"${T.overcharged}",IF(${net}>0,"${T.undercharged}","${T.mismatch}"))),"check the cells")`;
    b.set(`${statusCol}${r}`, status, "output");
    b.set(`${impliedCol}${r}`, toNumber(line.impliedRate), "output", PERCENT);
    const notes = [
      line.reason,
      line.idLostDigits ? "ID stored as a number: digits lost, not matched" : null,
      line.category && !summary.join
        ? /^(none fits|nothing charged)/.test(line.category)
          ? `commission: ${line.category}`
          : `commission fits ${line.category}`
        : null,
      line.identityDifference && !line.identityDifference.isZero()
        ? `settlement ≠ revenue + fees + adjustments by ${line.identityDifference.toString()}`
        : null,
      line.unexplainedFees && !line.unexplainedFees.isZero()
        ? `total fees differ from their columns by ${line.unexplainedFees.toString()}`
        : null,
    ].filter((n): n is string => !!n);
    b.set(`${noteCol}${r}`, notes.join("; "), "note");
  });

  // Summary beside the inputs: counts and totals are formulas over the table, so they follow edits.
  const statusRange = `${statusCol}${first}:${statusCol}${last}`;
  b.set("D3", "Orders", "label").set("E3", summary.orders, "output", INTEGER);
  b.set("D4", "Matched", "label").set("E4", `=COUNTIF(${statusRange},"match")`, "output", INTEGER);
  b.set("D5", "Mismatched", "label").set("E5", `=COUNTIF(${statusRange},"${T.mismatch}*")`, "total", INTEGER);
  b.set("D6", "Not modelled", "label").set("E6", `=COUNTIF(${statusRange},"not modelled")`, "output", INTEGER);
  b.set("D7", "Skipped", "label").set("E7", `=COUNTIF(${statusRange},"skipped")`, "output", INTEGER);

  // Fee and difference side by side: the chart's labels and values are one rectangle.
  b.set("G3", "Fee", "header").set("H3", "Difference", "header").set("I3", "Charged", "header");
  b.set("J3", "Expected", "header");
  fees.forEach((fee, i) => {
    const r = 4 + i;
    const f = feeCols.find((x) => x.fee === fee)!;
    b.set(`G${r}`, FEE_KINDS[fee].label, "label");
    b.set(`I${r}`, `=SUM(${f.actual}${first}:${f.actual}${last})`, "output", money);
    const modelled = lines.some((l) => l.status !== "skipped" && l.fees[fee] && l.fees[fee]!.status !== "not modelled");
    if (!modelled) {
      b.set(`H${r}`, "not modelled", "note");
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
  b.set(`${col(0)}${top - 2}`, "Take rate by month", "section");
  ["Month", "Take rate", "Revenue", "All TikTok fees", "Platform fees", "Platform rate"].forEach((h, i) =>
    b.set(`${col(i)}${top}`, h, "header"),
  );
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
    b.set(`${col(0)}${r}`, "Fee columns not modelled (kept, with their totals)", "section");
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
    b.set(`${col(0)}${r}`, "Affiliate commission refunds", "label").set(`${col(2)}${r}`, a.count, "output", INTEGER);
    b.set(`${col(0)}${r + 1}`, "… matched to their order in this file", "label");
    b.set(`${col(2)}${r + 1}`, a.matched, "output", INTEGER);
    r += 3;
  }
  if (summary.join) {
    b.set(`${col(0)}${r}`, "Delivered orders never settled", "label");
    b.set(`${col(2)}${r}`, summary.join.unsettledCount, "output", INTEGER);
    b.set(`${col(0)}${r + 1}`, "Settled IDs with no order", "label");
    b.set(`${col(2)}${r + 1}`, summary.join.noOrderCount, "output", INTEGER);
  }
  // Each chart beside the data it shows: the fees' differences right of their summary (rows 3–11,
  // above the table and the take-rate block), the take rate right of its month table.
  if (fees.length > 0) {
    b.chart({
      kind: "ColumnClustered",
      source: `G3:H${3 + fees.length}`,
      title: "Charged − expected, by fee",
      from: "K3",
      to: `N${top - 3}`,
      axisFormat: money,
    });
  }
  if (months.length > 0) {
    b.chart({
      kind: "ColumnClustered",
      source: `${col(0)}${top}:${col(1)}${top + months.length}`,
      title: "Take rate by month",
      from: `${col(6)}${top}`,
      to: `${col(12)}${top + 14}`,
    });
  }
  b.set("A8", "Rate book", "footer").set("B8", "=TIKTOK.RATEBOOK()", "footer");
  b.set(
    "A9",
    "Charged amounts are the file's own cells; expected amounts are formulas by the published rule in force on the order's date. A mismatch is a question for Seller Center, not proof of an error.",
    "note",
  );
  if (lines.length > 0) b.bulkRows(first, last);
  // Mismatches and overcharges in the flag colours, wherever they are on the sheet.
  b.highlightText(statusRange, T.mismatch);
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
  ["Month", "Take rate", "Revenue", "All TikTok fees", "Platform fees", "Platform rate"].forEach((text, i) =>
    b.widthAtLeast(col(i), Math.max(fitWidth(text, true), 70)),
  );
  b.widthAtLeast("B", Math.max(0, ...lines.map((l) => fitWidth(l.type, false, 160))));
  return b.build();
}
