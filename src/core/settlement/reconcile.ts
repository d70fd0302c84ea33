/**
 * Reconciliation of a settlement export against the rate book: rows in, one line per order or
 * adjustment ID out, each modelled fee with its actual amount (from the file), the expected amount
 * (rate book in force on the order's created date, on the base the market's rule defines, from the
 * file's own columns) and the difference; then a summary.
 *
 * Rows are pushed one at a time so a CSV of a million rows streams: the reconciler keeps only the
 * rows of the order being read (rows of one ID are consecutive in every export seen), running
 * totals, the largest differences, and — only when an order export is joined — the settled IDs.
 */
import { Decimal, ZERO } from "../decimal";
import type { IsoDate } from "../dates";
import { invalidValue, isCoreError } from "../errors";
import { feeColumnIn } from "../feeKinds";
import { type Currency, currency as currencyOf, minorStep, readNumber } from "../money";
import type { FeeRule } from "../shop/schedule";
import type { ColumnKey } from "./columns";
import { type ExpectedOutcome, type FeeAmounts, SETTLEMENT_FEES, type SettlementFee, applyRule } from "./expectedFee";
import { HEADER_SCAN_ROWS, type Header, detectHeaderRow, feeBlockColumns, refusal } from "./layouts";
import { SummaryTally } from "./summary";
import {
  type RuleLookup,
  canonicalCategory,
  feeCategories,
  lookupRule,
  marketOf,
  marketsForCurrency,
} from "./rateBook";
import { type Cell, isEmptyCell, readAmount, readDate, readId, readText } from "./values";

import type {
  FeeCheck,
  FeeStatus,
  LineStatus,
  ReconcileOptions,
  ReconcileSummary,
  ReconciledLine,
  Reconciler,
} from "./types";

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

interface RowData {
  readonly sheetRow: number;
  readonly id: string;
  readonly lostDigits: boolean;
  readonly type: string;
  readonly created: IsoDate | null;
  readonly settled: IsoDate | null;
  readonly currency: string;
  readonly amounts: FeeAmounts;
  readonly actual: Partial<Record<SettlementFee, Decimal | null>>;
  readonly settlement: Decimal | null;
  readonly revenue: Decimal | null;
  readonly totalFees: Decimal | null;
  readonly identityDifference: Decimal | null;
  readonly unexplained: Decimal | null;
  readonly relatedOrderId: string | null;
  readonly adjustmentReason: string;
  readonly reason: string | null;
}

/**
 * Implied rates are shown and compared to a few significant digits; dividing at the core's 34-digit
 * precision on every line is most of the cost of a large file, so they use a 12-digit clone.
 */
const RateDecimal = Decimal.clone({ precision: 12 });

/** Fees whose rate the book gives per category. */
type RatedFee = "commission" | "growth";

interface Candidate {
  readonly category: string;
  readonly rule: FeeRule;
  readonly vat: boolean;
}

/** Types that are orders (checked); anything else (adjustments, reserves…) is skipped. */
const ORDER_TYPE = /^(order|pesanan|sale|refund|return|pengembalian)/i;

const add = (a: Decimal | null, b: Decimal | null): Decimal | null =>
  a === null ? b : b === null || b.isZero() ? a : a.isZero() ? b : a.plus(b);
/** a − b, skipping the arithmetic for an empty or zero b. */
const sub = (a: Decimal, b: Decimal | null | undefined): Decimal =>
  b === null || b === undefined || b.isZero() ? a : a.minus(b);

/** Reconciles rows pushed one by one. */
export function createReconciler(options: ReconcileOptions = {}): Reconciler {
  const pending: (readonly Cell[])[] = [];
  let header: Header | null = null;
  let sheetRow = 0;
  let marketCode: string | null = null;
  let monthFirst = false;
  /** Rows read before any row named the currency (an adjustment first, say), replayed once it is known. */
  let awaitingMarket: { row: readonly Cell[]; at: number }[] = [];
  let cur: Currency | null = null;
  let tolerance: Decimal | null = null;
  let feeColumns: [SettlementFee, number, string][] = [];
  const feeAtIndex = new Map<number, SettlementFee>();
  let feeBlock: number[] = [];
  let notModelledBlock: number[] = [];
  const notModelledTotals = new Map<number, Decimal>();
  const dateCache = new Map<string, IsoDate | null>();
  const ruleCache = new Map<string, RuleLookup>();

  let group: RowData[] = [];
  const lines: ReconciledLine[] | null = options.onLine ? null : [];
  const tally = new SummaryTally(options.largest ?? 20, Boolean(options.orders), (t) => ORDER_TYPE.test(t));
  const counts = tally.counts;

  let relatedColumns: number[] = [];

  /** The first `Related order ID` that holds an ID (UK files have two such columns). */
  function relatedOrderOf(row: readonly Cell[]): string | null {
    for (const i of relatedColumns) {
      const id = readId(row[i]);
      if (id && !id.lostDigits) return id.id;
    }
    return null;
  }

  function setupHeader(h: Header): void {
    relatedColumns = h.columns.filter((c) => c.key === "relatedOrderId").map((c) => c.index);
    if (h.layout.id === "orderExport") {
      throw invalidValue(
        "file",
        "This is the order export (OrderSKUList), not a settlement: reconcile the Income, statement or unsettled export and give the order export as the orders file.",
      );
    }
    header = h;
    feeBlock = feeBlockColumns(h);
  }

  function setupMarket(code: string): void {
    const m = marketOf(code);
    marketCode = m.code;
    // An ambiguous 06/01/2026 is 1 June in a US file and 6 January elsewhere (UK, VN files).
    monthFirst = m.code === "US";
    cur = currencyOf(m.currency);
    tolerance =
      options.tolerance === null || options.tolerance === undefined
        ? minorStep(cur)
        : readNumber(options.tolerance, "tolerance", { noun: "a tolerance in currency units" });
    const h = header as Header;
    feeColumns = [];
    for (const fee of SETTLEMENT_FEES) {
      const i = h.index[feeColumnIn(fee, m.code)];
      if (i !== undefined) {
        feeColumns.push([fee, i, h.columns[i].name]);
        feeAtIndex.set(i, fee);
      }
    }
    const modelled = new Set(feeColumns.map(([, i]) => i));
    notModelledBlock = feeBlock.filter((i) => !modelled.has(i));
    for (const i of notModelledBlock) notModelledTotals.set(i, ZERO);
  }

  /** The market: the caller's, or the one the currency names (EUR needs the caller's). */
  /** True once the market is known; false for a row that names no currency (wait for the next). */
  function resolveMarket(row: readonly Cell[], h: Header, last: boolean): boolean {
    if (options.market) {
      setupMarket(options.market);
      return true;
    }
    let code = readText(h.index.currency !== undefined ? row[h.index.currency] : null).toUpperCase();
    if (code === "") {
      const sample = readText(h.layout.settlementColumn ? row[h.index[h.layout.settlementColumn] as number] : null);
      code = /^([A-Z]{3})\s/.exec(sample)?.[1] ?? "";
    }
    if (code === "") {
      if (!last) return false;
      throw invalidValue("market", "The file names no currency: give the market (e.g. --market US).");
    }
    const candidates = marketsForCurrency(code);
    if (candidates.length === 0) {
      throw invalidValue(
        "market",
        `The file's currency ${code} is not one of a TikTok Shop market this add-in knows: give the market.`,
      );
    }
    if (candidates.length > 1) {
      throw invalidValue(
        "market",
        `The file is in ${code}, used by ${candidates.map((m) => m.code).join(", ")}: name the market (e.g. --market ${candidates[0].code}).`,
      );
    }
    setupMarket(candidates[0].code);
    return true;
  }

  function cachedDate(value: Cell, column: string, monthFirst: boolean): IsoDate | null {
    if (typeof value !== "string") return readDate(value, column, monthFirst);
    const hit = dateCache.get(value);
    if (hit !== undefined) return hit;
    const d = readDate(value, column, monthFirst);
    if (dateCache.size > 50_000) dateCache.clear();
    dateCache.set(value, d);
    return d;
  }

  function parseRow(row: readonly Cell[], h: Header, rowNumber: number): RowData | null {
    const idCell = h.index.id !== undefined ? row[h.index.id] : undefined;
    const id = readId(idCell);
    if (!id) return null; // blank and summary rows
    const ix = h.index;
    const cell = (k: ColumnKey): Cell => (ix[k] === undefined ? undefined : row[ix[k] as number]);
    let reason: string | null = null;
    const amount = (k: ColumnKey): Decimal | null | undefined => {
      const i = ix[k];
      if (i === undefined) return undefined;
      try {
        return readAmount(row[i], h.columns[i].name);
      } catch (e) {
        if (!isCoreError(e)) throw e;
        reason ??= e.message;
        return null;
      }
    };
    let created: IsoDate | null = null;
    let settled: IsoDate | null = null;
    try {
      created = cachedDate(cell("created"), "order created date", monthFirst);
    } catch (e) {
      if (!isCoreError(e)) throw e;
      reason ??= e.message;
    }
    try {
      settled = cachedDate(cell("settled"), "settled date", monthFirst);
    } catch {
      settled = null; // the settled date is shown, never used for a rate
    }
    const actual: Partial<Record<SettlementFee, Decimal | null>> = {};
    for (const [fee, i, name] of feeColumns) {
      try {
        actual[fee] = readAmount(row[i], name);
      } catch (e) {
        if (!isCoreError(e)) throw e;
        reason ??= e.message;
      }
    }
    const settlementKey = h.layout.settlementColumn;
    const settlement = settlementKey ? amount(settlementKey) : undefined;
    const revenueKey = ix.revenue !== undefined ? "revenue" : "netSales";
    const revenue = amount(revenueKey);
    const shipping = amount("shippingTotal");
    const totalFees = amount("totalFees");
    const adjustment = amount("adjustment");
    let identityDifference: Decimal | null = null;
    if (settlement !== undefined && settlement !== null && revenue !== undefined && totalFees !== undefined) {
      identityDifference = sub(sub(sub(sub(settlement, revenue), shipping), totalFees), adjustment);
    }
    let unexplainedFees: Decimal | null = null;
    if (feeBlock.length > 0 && totalFees !== undefined) {
      let parts = ZERO;
      for (const i of feeBlock) {
        // A modelled fee column was read above; read each of the others once.
        const modelledFee = feeAtIndex.get(i);
        let v: Decimal | null = null;
        if (modelledFee !== undefined) v = actual[modelledFee] ?? null;
        else {
          try {
            v = readAmount(row[i], h.columns[i].name);
          } catch (e) {
            if (!isCoreError(e)) throw e;
            reason ??= e.message;
          }
        }
        if (v !== null && !v.isZero()) {
          parts = parts.plus(v);
          const t = notModelledTotals.get(i);
          if (t !== undefined) notModelledTotals.set(i, t.plus(v));
        }
      }
      unexplainedFees = sub(totalFees ?? ZERO, parts);
    }
    const amounts: FeeAmounts = {
      customerPayment: amount("customerPayment"),
      customerRefund: amount("customerRefund"),
      platformDiscount: amount("platformDiscount"),
      platformDiscountRefund: amount("platformDiscountRefund"),
      salesTax: amount("salesTax"),
      salesTaxRefund: amount("salesTaxRefund"),
      subtotalAfter: amount("subtotalAfter"),
      refundSubtotalAfter: amount("refundSubtotalAfter"),
      quantity: amount("quantity"),
    };
    return {
      sheetRow: rowNumber,
      id: id.id,
      lostDigits: id.lostDigits,
      type: readText(cell("type")),
      created,
      settled,
      currency: readText(cell("currency")).toUpperCase(),
      amounts,
      actual,
      settlement: settlement ?? null,
      revenue: revenue ?? null,
      totalFees: totalFees ?? null,
      identityDifference,
      unexplained: unexplainedFees,
      relatedOrderId: relatedOrderOf(row),
      adjustmentReason: readText(cell("adjustmentReason")),
      reason,
    };
  }

  function rule(kind: Parameters<typeof lookupRule>[1], category: string, date: IsoDate): RuleLookup {
    const key = `${kind}|${category}|${date}`;
    let hit = ruleCache.get(key);
    if (!hit) {
      hit = lookupRule(marketCode as string, kind, category, date);
      if (ruleCache.size > 20_000) ruleCache.clear();
      ruleCache.set(key, hit);
    }
    return hit;
  }

  /** Expected amount of one fee over the order's rows (rate fees per row, fixed fees once). */
  function expectedOver(
    rows: readonly RowData[],
    r: FeeRule,
    category: string,
    commissionRule: FeeRule | null,
    withVat = false,
  ): { amount: Decimal; base: Decimal | null } | string {
    const c = cur as Currency;
    if (r.basis === "amount" && r.base === "perOrder") {
      const out = applyRule(r, rows[0].amounts, c, category);
      return out.state === "expected" ? { amount: out.amount, base: null } : out.reason;
    }
    let amount: Decimal | null = null;
    let base: Decimal | null = null;
    for (const row of rows) {
      const out: ExpectedOutcome = applyRule(r, row.amounts, c, category, commissionRule);
      if (out.state !== "expected") return out.reason;
      amount = add(amount, out.amount);
      if (withVat && out.vat) amount = add(amount, out.vat);
      base = add(base, out.base);
    }
    return { amount: amount ?? ZERO, base };
  }

  function check(
    actual: Decimal | null,
    expected: Decimal,
    rate: Decimal | null,
    base: Decimal | null,
    pricedBy?: FeeCheck["pricedBy"],
  ): FeeCheck {
    const a = actual ?? ZERO;
    // Most fees are exactly right: skip the subtraction then.
    const difference = a.eq(expected) ? ZERO : a.minus(expected);
    const status: FeeStatus =
      difference.isZero() || difference.abs().lessThanOrEqualTo(tolerance as Decimal) ? "match" : "mismatch";
    return { actual, expected, difference, status, rate, base, reason: null, pricedBy };
  }

  /** Which rule priced a fee: a category of the book ("*" is the market default) and its VAT. */
  const pricedBy = (category: string, withVat: boolean) => ({ category: category === "*" ? null : category, withVat });

  function notModelled(actual: Decimal | null, reason: string): FeeCheck {
    return { actual, expected: null, difference: null, status: "not modelled", rate: null, base: null, reason };
  }

  const candidateCache = new Map<string, { candidates: Candidate[]; general: RuleLookup }>();
  const kindCategories = new Map<RatedFee, string[]>();

  /** The rates of a fee a line with no category may have been charged at on a date (cached per date). */
  function rateCandidates(kind: RatedFee, date: IsoDate): { candidates: Candidate[]; general: RuleLookup } {
    const key = kind === "commission" ? date : `${kind}|${date}`;
    const hit = candidateCache.get(key);
    if (hit) return hit;
    const candidates: Candidate[] = [];
    const general = rule(kind, "*", date);
    if (general.state === "inForce") candidates.push({ category: "*", rule: general.rule, vat: false });
    let categories = kindCategories.get(kind);
    if (!categories) {
      categories = feeCategories(marketCode as string, kind);
      kindCategories.set(kind, categories);
    }
    for (const category of categories) {
      const l = rule(kind, category, date);
      if (l.state === "inForce" && l.category === category && l.rule.entry?.category === category) {
        candidates.push({ category, rule: l.rule, vat: false });
      }
    }
    for (const c of [...candidates]) if (c.rule.vatOnTop !== null) candidates.push({ ...c, vat: true });
    const out = { candidates, general };
    if (candidateCache.size > 5000) candidateCache.clear();
    candidateCache.set(key, out);
    return out;
  }

  /**
   * A fee whose rate depends on the category (commission, TH growth fee): the joined category's
   * rate, or — the file having no category — the category whose rate the amount fits.
   */
  function checkByRate(
    kind: RatedFee,
    rows: readonly RowData[],
    actual: Decimal | null,
    date: IsoDate,
    joinedCategory: string | null,
  ): {
    check: FeeCheck;
    category: string | null;
    impliedRate: Decimal | null;
    rule: FeeRule | null;
  } {
    if (joinedCategory !== null) {
      const l = rule(kind, joinedCategory, date);
      if (l.state === "inForce") {
        const e = expectedOver(rows, l.rule, l.category, null);
        if (typeof e === "string")
          return {
            check: notModelled(actual, e),
            category: joinedCategory,
            impliedRate: null,
            rule: null,
          };
        let checked = check(actual, e.amount, l.rule.value, e.base, pricedBy(l.category, false));
        // A rule with VAT on top (ID commissions 2023-06 to 2025-09): files show the fee with or
        // without its VAT; the one that matches is the one the file used.
        if (checked.status !== "match" && l.rule.vatOnTop !== null) {
          const withVat = expectedOver(rows, l.rule, l.category, null, true);
          if (typeof withVat !== "string") {
            const vatChecked = check(actual, withVat.amount, l.rule.value, withVat.base, pricedBy(l.category, true));
            if (vatChecked.status === "match") checked = vatChecked;
          }
        }
        return {
          check: checked,
          category: l.category,
          impliedRate: null,
          rule: l.rule,
        };
      }
    }
    const { candidates, general } = rateCandidates(kind, date);
    if (candidates.length === 0) {
      if (general.state === "notInForce")
        return { check: check(actual, ZERO, null, null), category: null, impliedRate: null, rule: null };
      const reason =
        general.state === "unknown" || general.state === "unpublished"
          ? general.reason
          : `no ${kind} in force on ${date}`;
      return { check: notModelled(actual, reason), category: null, impliedRate: null, rule: null };
    }
    type Result = { check: FeeCheck; category: string; rule: FeeRule };
    let nearest: Result | null = null;
    let firstFit: Result | null = null;
    let atDefault: Result | null = null;
    const fits: string[] = [];
    let impliedBase: Decimal | null = null;
    let lastReason = "";
    for (const c of candidates) {
      const e = expectedOver(rows, c.rule, c.category, null, c.vat);
      if (typeof e === "string") {
        lastReason ||= e; // the market default's reason first
        continue;
      }
      impliedBase ??= e.base;
      const ch = check(actual, e.amount, c.rule.value, e.base, pricedBy(c.category, c.vat));
      const name = (c.category === "*" ? "default" : c.category) + (c.vat ? " (incl. VAT)" : "");
      const result = { check: ch, category: name, rule: c.rule };
      if (c.category === "*" && !c.vat) {
        atDefault = result;
        // The market's own rate fits: no category needs inferring, and the other candidates need
        // not be priced (most lines of a file stop here).
        if (ch.status === "match") {
          fits.push(name);
          firstFit = result;
          nearest = result;
          break;
        }
      }
      if (ch.status === "match") {
        fits.push(name);
        firstFit ??= result;
      }
      if (!nearest || (ch.difference as Decimal).abs().lessThan((nearest.check.difference as Decimal).abs())) {
        nearest = result;
      }
    }
    if (!nearest) return { check: notModelled(actual, lastReason), category: null, impliedRate: null, rule: null };
    const impliedRate =
      actual !== null && impliedBase !== null && !impliedBase.isZero()
        ? new RateDecimal(actual.abs()).dividedBy(impliedBase.abs())
        : null;
    // Nothing charged where every rate of the book charges something: a waiver the book cannot see
    // (new sellers pay no commission for their first weeks in several markets). The nearest rate
    // would be the cheapest category's, an arbitrary expectation: the difference is against the
    // published default rate, or — where the default is not public — not modelled.
    const nothingCharged =
      fits.length === 0 && (actual === null || actual.isZero()) && impliedBase !== null && !impliedBase.isZero();
    if (nothingCharged && !atDefault) {
      const reason = `nothing was charged, and no ${kind} rate of the book on ${date} is 0 %: a new-seller or programme waiver is not in the rate book`;
      return { check: notModelled(actual, reason), category: "nothing charged", impliedRate, rule: null };
    }
    // A fit wins (the market default first); with none, the difference is against the market's
    // published default rate, or — where the default is not public — against the nearest category.
    const chosen: Result = (atDefault?.check.status === "match" ? atDefault : null) ?? firstFit ?? atDefault ?? nearest;
    // With a single candidate there is nothing to infer: it is the market's rate.
    if (candidates.length === 1) return { check: chosen.check, category: null, impliedRate, rule: chosen.rule };
    const label =
      fits.length > 0
        ? fits.join(" / ")
        : atDefault
          ? nothingCharged
            ? "nothing charged (expected at the default rate)"
            : "none fits (expected at the default rate)"
          : `none fits (nearest: ${nearest.category})`;
    return { check: chosen.check, category: label, impliedRate, rule: chosen.rule };
  }

  function closeGroup(rows: RowData[]): void {
    if (rows.length === 0) return;
    const first = rows[0];
    counts.orders++;
    let reason: string | null = rows.find((r) => r.reason !== null)?.reason ?? null;
    let skip = reason !== null;
    if (!skip && !ORDER_TYPE.test(first.type) && first.type !== "") {
      skip = true;
      const why = rows.find((r) => r.adjustmentReason !== "")?.adjustmentReason;
      reason = `${first.type}${why ? ` (${why})` : ""}: adjustments are not checked against the rate book`;
    }
    const c = cur as Currency;
    if (!skip && first.currency !== "" && first.currency !== c.code) {
      skip = true;
      reason = `currency ${first.currency} is not ${marketCode}'s ${c.code}`;
    }
    const created = rows.find((r) => r.created !== null)?.created ?? null;
    const settled = rows.find((r) => r.settled !== null)?.settled ?? null;
    const fees: Partial<Record<SettlementFee, FeeCheck>> = {};
    let category: string | null = null;
    let impliedRate: Decimal | null = null;
    if (!skip) {
      const joined = options.orders && !first.lostDigits ? options.orders.orders.get(first.id) : undefined;
      const joinedCategory =
        joined && joined.category ? canonicalCategory(marketCode as string, joined.category) : null;
      let commissionRule: FeeRule | null = null;
      for (const [fee] of feeColumns) {
        let actual: Decimal | null = null;
        for (const r of rows) actual = add(actual, r.actual[fee] ?? null);
        if (created === null) {
          fees[fee] = notModelled(actual, "the order has no created date to pick the rates in force");
          continue;
        }
        if (fee === "commission") {
          const out = checkByRate("commission", rows, actual, created, joinedCategory);
          fees.commission = out.check;
          category = out.category;
          impliedRate = out.impliedRate;
          commissionRule = out.rule;
          continue;
        }
        if (fee === "growth") {
          const out = checkByRate("growth", rows, actual, created, joinedCategory);
          fees.growth = out.category === null ? out.check : { ...out.check, category: out.category };
          continue;
        }
        const l = rule(fee, joinedCategory ?? "*", created);
        if (l.state === "unknown" || l.state === "unpublished") {
          fees[fee] = notModelled(actual, l.reason);
        } else if (l.state === "notInForce") {
          fees[fee] = check(actual, ZERO, null, null);
        } else {
          if (fee === "refundAdmin" && commissionRule === null) {
            const cl = rule("commission", joinedCategory ?? "*", created);
            if (cl.state === "inForce") commissionRule = cl.rule;
          }
          const e = expectedOver(rows, l.rule, l.category, commissionRule);
          // The refund administration fee is a share of the commission: it is priced by the
          // commission's category (the one the charge fit, or the order export's).
          const by = fee === "refundAdmin" ? (commissionRule?.entry?.category ?? joinedCategory ?? "*") : l.category;
          fees[fee] =
            typeof e === "string"
              ? notModelled(actual, e)
              : check(actual, e.amount, l.rule.basis === "rate" ? l.rule.value : null, e.base, pricedBy(by, false));
        }
      }
    }
    const checks = Object.values(fees) as FeeCheck[];
    const status: LineStatus = skip
      ? "skipped"
      : checks.some((f) => f.status === "mismatch")
        ? "mismatch"
        : checks.some((f) => f.status === "match")
          ? "match"
          : "not modelled";
    if (!skip && status === "not modelled" && reason === null) {
      reason = checks.find((f) => f.reason)?.reason ?? "the file has no fee column this add-in models";
    }
    let identityDifference: Decimal | null = null;
    let unexplainedFees: Decimal | null = null;
    let settlement: Decimal | null = null;
    let revenue: Decimal | null = null;
    let totalFees: Decimal | null = null;
    for (const r of rows) {
      identityDifference = add(identityDifference, r.identityDifference);
      unexplainedFees = add(unexplainedFees, r.unexplained);
      settlement = add(settlement, r.settlement);
      revenue = add(revenue, r.revenue);
      totalFees = add(totalFees, r.totalFees);
      tally.row(r.id, r.identityDifference, r.unexplained, tolerance as Decimal);
    }
    const line: ReconciledLine = {
      id: first.id,
      idLostDigits: first.lostDigits,
      type: first.type,
      created,
      settled,
      firstRow: first.sheetRow,
      lastRow: rows[rows.length - 1].sheetRow,
      rows: rows.length,
      status,
      reason: status === "match" || status === "mismatch" ? null : reason,
      fees,
      category,
      impliedRate,
      settlement,
      revenue,
      totalFees,
      identityDifference,
      unexplainedFees,
      relatedOrderId: rows.find((r) => r.relatedOrderId !== null)?.relatedOrderId ?? null,
    };
    tally.line(line);
    if (lines) lines.push(line);
    else options.onLine?.(line);
  }

  function takeDataRow(row: readonly Cell[], h: Header, at: number): void {
    if (row.length === 0 || row.every(isEmptyCell)) return;
    if (marketCode === null) {
      if (!resolveMarket(row, h, awaitingMarket.length >= 1000)) {
        awaitingMarket.push({ row, at });
        return;
      }
      const waiting = awaitingMarket;
      awaitingMarket = [];
      for (const w of waiting) takeDataRow(w.row, h, w.at);
    }
    const data = parseRow(row, h, at);
    if (!data) return;
    counts.rows++;
    if (data.lostDigits) {
      closeGroup(group);
      group = [];
      closeGroup([data]);
      return;
    }
    if (group.length > 0 && group[0].id !== data.id) {
      closeGroup(group);
      group = [];
    }
    group.push(data);
  }

  return {
    push(row) {
      sheetRow++;
      if (header) return takeDataRow(row, header, sheetRow);
      pending.push(row);
      const h = detectHeaderRow(row, pending.length - 1);
      if (h) {
        setupHeader(h);
        pending.length = 0;
      } else if (pending.length >= HEADER_SCAN_ROWS) {
        throw refusal(pending);
      }
    },
    finish() {
      if (!header) throw refusal(pending);
      const h: Header = header;
      // No row named a currency (and no market was given): this raises the "give the market" error.
      if (marketCode === null && awaitingMarket.length > 0) resolveMarket(awaitingMarket[0].row, h, true);
      closeGroup(group);
      group = [];
      if (counts.rows === 0) {
        throw invalidValue("file", `The ${h.layout.title} has a header (row ${h.row + 1}) but no data rows.`);
      }
      const c = cur as Currency;
      const read = new Set<number>([...Object.values(h.index), ...feeBlock]);
      return {
        layout: h.layout.id,
        layoutTitle: h.layout.title,
        headerRow: h.row + 1,
        market: marketCode as string,
        currency: c.code,
        tolerance: tolerance as Decimal,
        ...tally.totals(),
        notModelledColumns: notModelledBlock.map((i) => ({
          name: h.columns[i].name,
          total: notModelledTotals.get(i) ?? ZERO,
        })),
        unreadColumns: h.columns.filter((col) => col.name !== "" && !read.has(col.index)).map((col) => col.name),
        join: tally.join(options.orders),
        affiliateRefunds: tally.affiliateRefunds(),
        lines,
      };
    },
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
