/**
 * The amount TikTok should have charged for one fee of one settlement row, from the rate book in
 * force on the order's date, on the base the market's published rule defines — computed from the
 * amounts the settlement file itself carries (research settlement.md §2):
 * - US referral fee (official, seller-us.tiktok.com knowledge_id=5982454398175018): 6 % of
 *   (customer payment + platform discount − sales tax); UK commission (docs.m2ecloud.com) likewise
 *   with platform discounts added back, net of refunds ("orderValue" in the book);
 * - SEA commission: rate × (item price − seller discount) = `Subtotal after seller discounts`
 *   net of its refund ("itemNet");
 * - transaction / payment fee: rate × (customer payment − customer refund) ("customerPayment");
 * - per-order fees once per order; the US refund administration fee 20 % of the referral fee on the
 *   refunded amount, at most $5 per SKU.
 * Amounts come back with the file's sign: a fee charged is negative, a fee refunded positive.
 */
import { Decimal, type DecimalInput, ZERO, minDec } from "../decimal";
import type { IsoDate } from "../dates";
import { CoreError, invalidValue } from "../errors";
import { type Message, type ParamsOf, message } from "../messages";
import { type Currency, currency as currencyOf, readNumber, roundMoney } from "../money";
import type { FeeRule } from "../shop/schedule";
import { tieredAmount } from "../shop/fees";
import { FEE_IDS, FEE_KINDS, type FeeId, readFee } from "../feeKinds";
import { lookupRule, marketOf } from "./rateBook";

/** The fee columns reconciliation checks, keyed as in the JSON output (the fee vocabulary's ids). */
export const SETTLEMENT_FEES: readonly FeeId[] = FEE_IDS;
export type SettlementFee = FeeId;

/** Amounts of one settlement row (or one order), as signed in the file; absent = not in the file. */
export interface FeeAmounts {
  readonly customerPayment?: Decimal | null;
  readonly customerRefund?: Decimal | null;
  readonly platformDiscount?: Decimal | null;
  readonly platformDiscountRefund?: Decimal | null;
  readonly salesTax?: Decimal | null;
  readonly salesTaxRefund?: Decimal | null;
  /** `Subtotal after seller discounts`: item price × quantity − seller discount. */
  readonly subtotalAfter?: Decimal | null;
  /** `Refund subtotal after seller discounts` (negative in the file). */
  readonly refundSubtotalAfter?: Decimal | null;
  readonly quantity?: Decimal | null;
}

export type ExpectedOutcome =
  | {
      readonly state: "expected";
      /** Signed as in the file: −1.20 for a fee of 1.20 charged. */
      readonly amount: Decimal;
      /** Rate applied (a fraction), or null for a fixed amount. */
      readonly rate: Decimal | null;
      /** Amount the rate applied to, or null for a fixed amount. */
      readonly base: Decimal | null;
      readonly label: string;
      readonly source: string | null;
      readonly category: string;
      /** VAT the book adds on top of the fee (ID commission until 2025-09-30), signed like amount. */
      readonly vat: Decimal | null;
    }
  | NotModelled;

/** Why a rule cannot be applied to a row: each has a reason and an error in the catalog. */
type Why =
  | "noOrderValueColumn"
  | "noItemNetColumn"
  | "noCustomerPaymentColumn"
  | "noBase"
  | "noReferralRule"
  | "perItemNoQuantity"
  | "cappedPerItemNoQuantity";

export interface NotModelled {
  readonly state: "notModelled";
  /** As the reconciler's report lists it: "the file has no Customer payment column". */
  readonly reason: Message;
  /** The same as the error expectedFee raises (a sentence). */
  readonly error: Message;
}

function notModelled<W extends Why>(
  why: W,
  params: ParamsOf<`feeReason.${W}`> & ParamsOf<`expectedFee.${W}`>,
): NotModelled {
  return {
    state: "notModelled",
    reason: message(`feeReason.${why}`, params),
    error: message(`expectedFee.${why}`, params),
  };
}

const abs = (d: Decimal | null | undefined): Decimal => (d && !d.isZero() ? (d.isNegative() ? d.negated() : d) : ZERO);
const val = (d: Decimal | null | undefined): Decimal => d ?? ZERO;
/** a + b and a − b that skip the arithmetic for a zero term (most discount and refund cells). */
const plus = (a: Decimal, b: Decimal): Decimal => (b.isZero() ? a : a.isZero() ? b : a.plus(b));
const minus = (a: Decimal, b: Decimal): Decimal => (b.isZero() ? a : a.minus(b));

/** The base a rule is charged on, from the file's amounts, or why it cannot be formed. */
export function feeBase(rule: FeeRule, amounts: FeeAmounts): Decimal | NotModelled {
  // A fee the book says is kept on a return (TH Commerce Growth Fee) is charged on what was sold,
  // refunds or not: its base leaves the refund columns out.
  const a: FeeAmounts =
    // Only where the book says so explicitly: an entry silent on returns keeps the refund in the base.
    rule.entry?.refundOnReturn === "none"
      ? {
          ...amounts,
          customerRefund: null,
          platformDiscountRefund: null,
          salesTaxRefund: null,
          refundSubtotalAfter: null,
        }
      : amounts;
  switch (rule.base) {
    case "orderValue": {
      if (a.customerPayment === undefined || a.customerPayment === null) return notModelled("noOrderValueColumn", {});
      const paid = minus(plus(val(a.customerPayment), abs(a.platformDiscount)), abs(a.salesTax));
      const refunded = minus(plus(abs(a.customerRefund), abs(a.platformDiscountRefund)), abs(a.salesTaxRefund));
      return minus(paid, refunded);
    }
    case "itemNet":
      if (a.subtotalAfter === undefined || a.subtotalAfter === null) return notModelled("noItemNetColumn", {});
      return minus(val(a.subtotalAfter), abs(a.refundSubtotalAfter));
    case "customerPayment":
      if (a.customerPayment === undefined || a.customerPayment === null)
        return notModelled("noCustomerPaymentColumn", {});
      return minus(val(a.customerPayment), abs(a.customerRefund));
    case "customerPaymentPlusSubsidy":
      if (a.customerPayment === undefined || a.customerPayment === null)
        return notModelled("noCustomerPaymentColumn", {});
      return minus(
        minus(plus(val(a.customerPayment), abs(a.platformDiscount)), abs(a.customerRefund)),
        abs(a.platformDiscountRefund),
      );
    default:
      return notModelled("noBase", { base: rule.base });
  }
}

/** The refunded part of the referral base (US refund administration fee). */
function refundedBase(a: FeeAmounts): Decimal {
  return minus(plus(abs(a.customerRefund), abs(a.platformDiscountRefund)), abs(a.salesTaxRefund));
}

/**
 * Applies one rule to one row. `commissionRule` is needed for the refund administration fee (a
 * share of the commission). Rounded once, to the currency, by the add-in's rounding rule (or the
 * entry's own, `rounding`, where it names one).
 */
export function applyRule(
  rule: FeeRule,
  a: FeeAmounts,
  cur: Currency,
  category: string,
  commissionRule: FeeRule | null = null,
): ExpectedOutcome {
  const source = rule.entry?.source ?? null;
  if (rule.kind === "refundAdmin") {
    if (!commissionRule) return notModelled("noReferralRule", {});
    const refunded = refundedBase(a);
    if (refunded.isZero()) return expected(ZERO, rule.value, ZERO, rule, source, category, null);
    const commissionOnRefund = tieredAmount(refunded.abs(), commissionRule.value, commissionRule.tiers);
    const raw = commissionOnRefund.times(rule.value);
    const fee = rule.cap !== null ? minDec(raw, rule.cap) : raw;
    return expected(roundMoney(fee, cur, rule.rounding).negated(), rule.value, refunded, rule, source, category, null);
  }
  if (rule.basis === "amount") {
    let amount = rule.value;
    if (rule.base === "perItem") {
      if (!a.quantity) return notModelled("perItemNoQuantity", { fee: rule.label });
      amount = amount.times(a.quantity);
    }
    return expected(roundMoney(amount, cur, rule.rounding).negated(), null, null, rule, source, category, null);
  }
  const base = feeBase(rule, a);
  if ("state" in base) return base;
  const magnitude = tieredAmount(base.abs(), rule.value, rule.tiers);
  let capped = magnitude;
  if (rule.cap !== null) {
    let cap = rule.cap;
    if (rule.capPer === "item") {
      if (!a.quantity) {
        if (magnitude.greaterThan(cap)) return notModelled("cappedPerItemNoQuantity", { fee: rule.label });
      } else {
        cap = cap.times(a.quantity);
      }
    }
    capped = minDec(magnitude, cap);
  }
  // A net refund (negative base) gives the fee back: the file shows it positive.
  const rounded = roundMoney(capped, cur, rule.rounding);
  const amount = base.isNegative() ? rounded : rounded.negated();
  const vat = rule.vatOnTop !== null ? roundMoney(capped.times(rule.vatOnTop), cur) : null;
  return expected(amount, rule.value, base, rule, source, category, vat && (base.isNegative() ? vat : vat.negated()));
}

function expected(
  amount: Decimal,
  rate: Decimal | null,
  base: Decimal | null,
  rule: FeeRule,
  source: string | null,
  category: string,
  vat: Decimal | null,
): ExpectedOutcome {
  return { state: "expected", amount, rate, base, label: rule.label, source, category, vat };
}

/** The amounts of FeeAmounts as a caller passes them: numbers, decimal text or Decimals. */
export type FeeAmountInputs = { readonly [K in keyof FeeAmounts]?: DecimalInput | null };

export interface ExpectedFeeQuery extends FeeAmountInputs {
  /**
   * commission, transaction, refundAdmin, orderFee, growth or dynamicCommission (see SETTLEMENT_FEES),
   * optionally followed by "incl. VAT" for the fee with its VAT on top.
   */
  readonly fee: string;
  /** Market code or name (US, UK, ID, MY, TH, VN, PH, SG…). */
  readonly market: string;
  /** The order's created date (ISO), which picks the rates in force. */
  readonly date: IsoDate;
  /** A category of the market's book; null or "*" for the market default. */
  readonly category?: string | null;
}

/** An expected outcome of one fee, with the fee and the currency its amounts are in. */
export type ExpectedFee = Omit<Extract<ExpectedOutcome, { state: "expected" }>, "state"> & {
  readonly fee: SettlementFee;
  readonly currency: Currency;
};

/** "… incl. VAT", "… (including VAT)", "… with VAT" after a fee name: the fee with its VAT on top. */
const WITH_VAT = /\s*\(?\s*(?:incl(?:\.|uding)?|with)\s*vat\s*\)?\s*$/i;

/**
 * A fee as typed by a user: its kind and whether its VAT on top is wanted in the amount (a fee
 * without VAT on top — its rate already includes tax — is the same amount either way).
 */
export function readFeeName(text: string): { fee: SettlementFee; withVat: boolean } {
  const withVat = WITH_VAT.test(text);
  const name = withVat ? text.replace(WITH_VAT, "") : text;
  // A bare "incl. VAT" names no fee: refused as typed.
  return { fee: readFee(name.trim() === "" ? text : name), withVat };
}

function readOptional(value: DecimalInput | null | undefined, name: string): Decimal | null {
  if (value === null || value === undefined) return null;
  return readNumber(value, name, { allowNegative: true, noun: "an amount" });
}

/**
 * The fee a settlement row should carry, from the rate book in force on `date`, on the base the
 * market's published rule defines, computed from the row's own amounts. Pure: the same inputs
 * always give the same Decimal. Signed like the file (a charge is negative).
 *
 * Example (US, official referral-fee page): customer payment 21.20 with sales tax 1.20 and no
 * discount on 2025-03-01 → base 20.00, referral fee −1.20.
 *
 * Raises `CoreError`: invalidValue for an amount that is not a number, notAvailable (#N/A) for an
 * unknown fee, market or category, a date before the book, or a rate that is not published.
 */
export function expectedFee(q: ExpectedFeeQuery): ExpectedFee {
  const { fee, withVat } = readFeeName(q.fee);
  const m = marketOf(q.market);
  const cur = currencyOf(m.currency);
  const amounts: FeeAmounts = {
    customerPayment: readOptional(q.customerPayment, "customer_payment"),
    customerRefund: readOptional(q.customerRefund, "customer_refund"),
    platformDiscount: readOptional(q.platformDiscount, "platform_discount"),
    platformDiscountRefund: readOptional(q.platformDiscountRefund, "platform_discount_refund"),
    salesTax: readOptional(q.salesTax, "sales_tax"),
    salesTaxRefund: readOptional(q.salesTaxRefund, "sales_tax_refund"),
    subtotalAfter: readOptional(q.subtotalAfter, "subtotal_after"),
    refundSubtotalAfter: readOptional(q.refundSubtotalAfter, "refund_subtotal_after"),
    quantity:
      q.quantity === null || q.quantity === undefined
        ? null
        : readNumber(q.quantity, "quantity", { integer: true, allowZero: false }),
  };
  const category = q.category === null || q.category === undefined || q.category === "" ? "*" : q.category;
  const lookup = lookupRule(m.code, FEE_KINDS[fee].bookKind, category, q.date);
  if (lookup.state === "unknown" || lookup.state === "unpublished") {
    const argument = lookup.state === "unpublished" ? "category" : (lookup.argument ?? "fee");
    const said = lookup.reason;
    throw new CoreError("notAvailable", argument, typeof said === "string" ? capitalize(said) : said);
  }
  if (lookup.state === "notInForce") {
    return { fee, amount: ZERO, rate: null, base: null, label: fee, source: null, category, currency: cur, vat: null };
  }
  let commissionRule: FeeRule | null = null;
  if (fee === "refundAdmin") {
    const c = lookupRule(m.code, "commission", category, q.date);
    if (c.state === "inForce") commissionRule = c.rule;
  }
  const out = applyRule(lookup.rule, amounts, cur, lookup.category, commissionRule);
  if (out.state === "notModelled") throw invalidValue(fee, out.error);
  // A file whose fee column includes the VAT charged on top (ID commissions 2023-06 to 2025-09):
  // the fee and its VAT, each rounded, as the reconciler compares them.
  if (withVat && out.vat !== null) return { fee, ...out, amount: out.amount.plus(out.vat), currency: cur };
  return { fee, ...out, currency: cur };
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
