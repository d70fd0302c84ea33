/**
 * Pricing an order: for each modelled fee column of the file, the amount the rule in force on the
 * order's created date expects over the order's rows (expectedFee.ts `applyRule`), checked against
 * what the file charged. Where the file names no category, a fee priced by category (commission,
 * TH growth fee) is matched to the category whose rate the charge fits.
 */
import { Decimal, type DecimalInput, ZERO } from "../decimal";
import type { IsoDate } from "../dates";
import { type Currency, minorStep, readNumber } from "../money";
import type { FeeRule } from "../shop/schedule";
import { type ExpectedOutcome, type SettlementFee, applyRule } from "./expectedFee";
import type { MarketContext } from "./marketContext";
import { type Candidate, MarketRules, type RatedFee } from "./marketRules";
import type { RuleLookup } from "./rateBook";
import type { RowData } from "./rowReader";
import { type CategoryFit, type CategoryLabel, englishCategory } from "./categoryLabel";
import type { Message } from "../messages";
import { message } from "./messages";
import type { FeeCheck } from "./types";

/** What pricing needs of a file: its market, that market's rules, and the tolerance of a match. */
export interface Pricing {
  readonly market: MarketContext;
  readonly rules: MarketRules;
  /** Largest difference still a match, per fee, in currency units. */
  readonly tolerance: Decimal;
}

/** Pricing for a market; the tolerance is the caller's, or one minor unit of the currency. */
export function pricing(market: MarketContext, tolerance?: DecimalInput | null): Pricing {
  return {
    market,
    rules: new MarketRules(market.market.code),
    tolerance:
      tolerance === null || tolerance === undefined
        ? minorStep(market.currency)
        : readNumber(tolerance, "tolerance", { noun: "a tolerance in currency units" }),
  };
}

/** The checks of one order's fees, and the category its commission was priced by. */
export interface PricedOrder {
  readonly fees: Partial<Record<SettlementFee, FeeCheck>>;
  /** Category whose rate the commission fits (implied-rate matching) or was joined from the orders. */
  readonly category: string | null;
  /** The inferred category as data, to say in any language (null: joined, or none). */
  readonly categoryLabel: CategoryLabel | null;
  /** |commission| ÷ base, where the file has no category. */
  readonly impliedRate: Decimal | null;
}

/**
 * Implied rates are shown and compared to a few significant digits; dividing at the core's 34-digit
 * precision on every line is most of the cost of a large file, so they use a 12-digit clone.
 */
const RateDecimal = Decimal.clone({ precision: 12 });

/** a + b where either may be empty, skipping the arithmetic for a zero term. */
export const addAmounts = (a: Decimal | null, b: Decimal | null): Decimal | null =>
  a === null ? b : b === null || b.isZero() ? a : a.isZero() ? b : a.plus(b);

/**
 * The rate book's "not known" reasons as the reconciler says them: about the order's date, not an
 * `as_of` argument (EXPECTEDFEE says the book's own sentences, with its argument's name).
 */
function readerReason(why: Message | string): Message | string {
  if (typeof why === "string") return why;
  const p = why.params;
  if (why.key === "rate.notInBook")
    return message("settlement.rateNotInBook", { kind: String(p.kind), market: String(p.market) });
  if (why.key === "rate.beforeBook") {
    return message("settlement.rateBeforeBook", {
      kind: String(p.kind),
      market: String(p.market),
      first: String(p.first),
      date: String(p.asOf),
    });
  }
  return why;
}

/** Why a fee could not be priced: a reason message (a value otherwise). */
const isReason = (x: object): x is Message => "key" in x;

/** Every modelled fee of an order (its rows), priced by the rules in force on its created date. */
export function priceOrder(
  p: Pricing,
  rows: readonly RowData[],
  created: IsoDate | null,
  joinedCategory: string | null,
): PricedOrder {
  const fees: Partial<Record<SettlementFee, FeeCheck>> = {};
  let category: string | null = null;
  let categoryLabel: CategoryLabel | null = null;
  let impliedRate: Decimal | null = null;
  let commissionRule: FeeRule | null = null;
  const columns = p.market.feeColumns;
  for (let j = 0; j < columns.length; j++) {
    const fee = columns[j].fee;
    let actual: Decimal | null = null;
    for (const r of rows) actual = addAmounts(actual, r.fees[j]);
    if (created === null) {
      fees[fee] = notModelled(actual, message("settlement.noCreatedDate", {}));
    } else if (fee === "commission") {
      const out = checkByRate(p, "commission", rows, actual, created, joinedCategory);
      fees.commission = out.check;
      category = out.category;
      categoryLabel = out.label ?? null;
      impliedRate = out.impliedRate;
      commissionRule = out.rule;
    } else if (fee === "growth") {
      const out = checkByRate(p, "growth", rows, actual, created, joinedCategory);
      fees.growth =
        out.category === null ? out.check : { ...out.check, category: out.category, categoryLabel: out.label };
    } else {
      fees[fee] = checkFixed(p, fee, rows, actual, created, joinedCategory, commissionRule);
    }
  }
  return { fees, category, categoryLabel, impliedRate };
}

/** A fee check with an expected amount, so with a difference. */
type Checked = FeeCheck & { readonly difference: Decimal };

function check(
  actual: Decimal | null,
  expected: Decimal,
  rate: Decimal | null,
  base: Decimal | null,
  tolerance: Decimal,
  pricedBy?: FeeCheck["pricedBy"],
): Checked {
  const a = actual ?? ZERO;
  // Most fees are exactly right: skip the subtraction then.
  const difference = a.eq(expected) ? ZERO : a.minus(expected);
  const status = difference.isZero() || difference.abs().lessThanOrEqualTo(tolerance) ? "match" : "mismatch";
  return { actual, expected, difference, status, rate, base, reason: null, pricedBy };
}

function notModelled(actual: Decimal | null, why: Message | string): FeeCheck {
  const [reason, said] = typeof why === "string" ? [why, null] : [why.text, why];
  return { actual, expected: null, difference: null, status: "not modelled", rate: null, base: null, reason, said };
}

/** Which rule priced a fee: a category of the book ("*" is the market default) and its VAT. */
const pricedBy = (category: string, withVat: boolean) => ({ category: category === "*" ? null : category, withVat });

/** Expected amount of one fee over the order's rows (rate fees per row, fixed fees once). */
function expectedOver(
  cur: Currency,
  rows: readonly RowData[],
  r: FeeRule,
  category: string,
  commissionRule: FeeRule | null,
  withVat = false,
): { amount: Decimal; base: Decimal | null } | Message {
  if (r.basis === "amount" && r.base === "perOrder") {
    const out = applyRule(r, rows[0].amounts, cur, category);
    return out.state === "expected" ? { amount: out.amount, base: null } : out.reason;
  }
  let amount: Decimal | null = null;
  let base: Decimal | null = null;
  for (const row of rows) {
    const out: ExpectedOutcome = applyRule(r, row.amounts, cur, category, commissionRule);
    if (out.state !== "expected") return out.reason;
    amount = addAmounts(amount, out.amount);
    if (withVat && out.vat) amount = addAmounts(amount, out.vat);
    base = addAmounts(base, out.base);
  }
  return { amount: amount ?? ZERO, base };
}

/** A fee priced by one rule of the market (transaction, order fee, refund administration…). */
function checkFixed(
  p: Pricing,
  fee: Exclude<SettlementFee, RatedFee>,
  rows: readonly RowData[],
  actual: Decimal | null,
  date: IsoDate,
  joinedCategory: string | null,
  commissionRule: FeeRule | null,
): FeeCheck {
  const l = p.rules.rule(fee, joinedCategory ?? "*", date);
  if (l.state === "unknown" || l.state === "unpublished") return notModelled(actual, readerReason(l.reason));
  if (l.state === "notInForce") return check(actual, ZERO, null, null, p.tolerance);
  let commission = commissionRule;
  if (fee === "refundAdmin" && commission === null) {
    const cl = p.rules.rule("commission", joinedCategory ?? "*", date);
    if (cl.state === "inForce") commission = cl.rule;
  }
  const e = expectedOver(p.market.currency, rows, l.rule, l.category, commission);
  if (isReason(e)) return notModelled(actual, e);
  // The refund administration fee is a share of the commission: it is priced by the commission's
  // category (the one the charge fit, or the order export's).
  const by = fee === "refundAdmin" ? (commission?.entry?.category ?? joinedCategory ?? "*") : l.category;
  return check(
    actual,
    e.amount,
    l.rule.basis === "rate" ? l.rule.value : null,
    e.base,
    p.tolerance,
    pricedBy(by, false),
  );
}

/** A fee priced by category: its check, the category shown for it, the implied rate, the rule used. */
interface RatedCheck {
  readonly check: FeeCheck;
  readonly category: string | null;
  /** The inferred category as data (absent: joined from the orders, or none). */
  readonly label?: CategoryLabel;
  readonly impliedRate: Decimal | null;
  readonly rule: FeeRule | null;
}

/**
 * A fee whose rate depends on the category (commission, TH growth fee): the joined category's
 * rate, or — the file having no category — the category whose rate the amount fits.
 */
function checkByRate(
  p: Pricing,
  kind: RatedFee,
  rows: readonly RowData[],
  actual: Decimal | null,
  date: IsoDate,
  joinedCategory: string | null,
): RatedCheck {
  if (joinedCategory !== null) {
    const l = p.rules.rule(kind, joinedCategory, date);
    if (l.state === "inForce") return checkJoined(p, l, rows, actual, joinedCategory);
  }
  const { candidates, general } = p.rules.candidates(kind, date);
  if (candidates.length === 0) return noCandidate(p, general, kind, actual, date);
  return inferCategory(p, candidates, kind, rows, actual, date);
}

/** The category the order export gives, its rule in force. */
function checkJoined(
  p: Pricing,
  l: Extract<RuleLookup, { state: "inForce" }>,
  rows: readonly RowData[],
  actual: Decimal | null,
  joinedCategory: string,
): RatedCheck {
  const cur = p.market.currency;
  const e = expectedOver(cur, rows, l.rule, l.category, null);
  if (isReason(e)) {
    return { check: notModelled(actual, e), category: joinedCategory, impliedRate: null, rule: null };
  }
  let checked = check(actual, e.amount, l.rule.value, e.base, p.tolerance, pricedBy(l.category, false));
  // A rule with VAT on top (ID commissions 2023-06 to 2025-09): files show the fee with or
  // without its VAT; the one that matches is the one the file used.
  if (checked.status !== "match" && l.rule.vatOnTop !== null) {
    const withVat = expectedOver(cur, rows, l.rule, l.category, null, true);
    if (!isReason(withVat)) {
      const vatChecked = check(
        actual,
        withVat.amount,
        l.rule.value,
        withVat.base,
        p.tolerance,
        pricedBy(l.category, true),
      );
      if (vatChecked.status === "match") checked = vatChecked;
    }
  }
  return { check: checked, category: l.category, impliedRate: null, rule: l.rule };
}

/** No rate of the book for the fee on the date: expected nothing, or not modelled and why. */
function noCandidate(
  p: Pricing,
  general: RuleLookup,
  kind: RatedFee,
  actual: Decimal | null,
  date: IsoDate,
): RatedCheck {
  if (general.state === "notInForce") {
    return { check: check(actual, ZERO, null, null, p.tolerance), category: null, impliedRate: null, rule: null };
  }
  const reason =
    general.state === "unknown" || general.state === "unpublished"
      ? readerReason(general.reason)
      : message("settlement.noRuleInForce", { kind, date });
  return { check: notModelled(actual, reason), category: null, impliedRate: null, rule: null };
}

/** One candidate rate, checked. */
interface Fitted {
  readonly check: Checked;
  readonly fit: CategoryFit;
  readonly rule: FeeRule;
}

/** How the candidate rates fit a charge. */
interface Fit {
  /** The candidate nearest the charge, the first that matches, and the market default's. */
  readonly nearest: Fitted | null;
  readonly firstFit: Fitted | null;
  readonly atDefault: Fitted | null;
  /** The candidates that match. */
  readonly fits: readonly CategoryFit[];
  /** The base of the first candidate priced. */
  readonly impliedBase: Decimal | null;
  /** Why no candidate could be priced (the market default's reason first). */
  readonly lastReason: Message | null;
}

/** Each candidate rate priced over the rows and checked against the charge. */
function fitCandidates(
  p: Pricing,
  candidates: readonly Candidate[],
  rows: readonly RowData[],
  actual: Decimal | null,
): Fit {
  let nearest: Fitted | null = null;
  let firstFit: Fitted | null = null;
  let atDefault: Fitted | null = null;
  const fits: CategoryFit[] = [];
  let impliedBase: Decimal | null = null;
  let lastReason: Message | null = null;
  for (const c of candidates) {
    const e = expectedOver(p.market.currency, rows, c.rule, c.category, null, c.vat);
    if (isReason(e)) {
      lastReason ??= e;
      continue;
    }
    impliedBase ??= e.base;
    const ch = check(actual, e.amount, c.rule.value, e.base, p.tolerance, pricedBy(c.category, c.vat));
    const fit: CategoryFit = { category: c.category === "*" ? null : c.category, vat: c.vat };
    const result = { check: ch, fit, rule: c.rule };
    if (c.category === "*" && !c.vat) {
      atDefault = result;
      // The market's own rate fits: no category needs inferring, and the other candidates need
      // not be priced (most lines of a file stop here).
      if (ch.status === "match") {
        fits.push(fit);
        return { nearest: result, firstFit: result, atDefault, fits, impliedBase, lastReason };
      }
    }
    if (ch.status === "match") {
      fits.push(fit);
      firstFit ??= result;
    }
    if (!nearest || ch.difference.abs().lessThan(nearest.check.difference.abs())) {
      nearest = result;
    }
  }
  return { nearest, firstFit, atDefault, fits, impliedBase, lastReason };
}

/** The category a charge fits, where the file names none. */
function inferCategory(
  p: Pricing,
  candidates: readonly Candidate[],
  kind: RatedFee,
  rows: readonly RowData[],
  actual: Decimal | null,
  date: IsoDate,
): RatedCheck {
  const { nearest, firstFit, atDefault, fits, impliedBase, lastReason } = fitCandidates(p, candidates, rows, actual);
  if (!nearest) {
    const why = lastReason ?? message("settlement.noModelledFee", {});
    return { check: notModelled(actual, why), category: null, impliedRate: null, rule: null };
  }
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
    const label: CategoryLabel = { kind: "nothingCharged" };
    const reason = message("settlement.nothingChargedWaiver", { kind, date });
    return { check: notModelled(actual, reason), category: englishCategory(label), label, impliedRate, rule: null };
  }
  // A fit wins (the market default first); with none, the difference is against the market's
  // published default rate, or — where the default is not public — against the nearest category.
  const chosen = (atDefault?.check.status === "match" ? atDefault : null) ?? firstFit ?? atDefault ?? nearest;
  // With a single candidate there is nothing to infer: it is the market's rate.
  if (candidates.length === 1) return { check: chosen.check, category: null, impliedRate, rule: chosen.rule };
  const label: CategoryLabel =
    fits.length > 0
      ? { kind: "fits", fits }
      : atDefault
        ? { kind: nothingCharged ? "nothingChargedAtDefault" : "noneFitsAtDefault" }
        : { kind: "noneFitsNearest", nearest: nearest.fit };
  return { check: chosen.check, category: englishCategory(label), label, impliedRate, rule: chosen.rule };
}
