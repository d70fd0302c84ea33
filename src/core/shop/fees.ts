/**
 * Applies a fee schedule to an order line: each fee on its own base, with tiers and caps, plus VAT
 * charged on top where the market adds it. Returns a breakdown whose lines sum to the total.
 */
import { type Breakdown, type UnroundedLine, makeBreakdown } from "../breakdown";
import { type Decimal, ZERO, minDec } from "../decimal";
import type { IsoDate } from "../dates";
import type { RateBook } from "../rates";
import { type OrderLine, type OrderLineInput, baseAmount, readOrderLine } from "./order";
import { fastShopFeeTotal } from "./fastPath";
import { IntLine } from "./fast/line";
import { type FeeRule, type FeeSchedule, type SellerProfile, feeSchedule } from "./schedule";

/** A rate applied to a base with marginal tiers: each tier's rate applies above its threshold. */
export function tieredAmount(base: Decimal, rate: Decimal, tiers: FeeRule["tiers"]): Decimal {
  if (tiers.length === 0) return base.times(rate);
  let amount = ZERO;
  let lower = ZERO;
  let currentRate = rate;
  for (const tier of tiers) {
    if (base.lessThanOrEqualTo(tier.above)) break;
    amount = amount.plus(tier.above.minus(lower).times(currentRate));
    lower = tier.above;
    currentRate = tier.value;
  }
  return amount.plus(base.minus(lower).times(currentRate));
}

/** The cap for the whole line: a per-item cap scales with the quantity. */
export function lineCap(rule: FeeRule, line: OrderLine): Decimal | null {
  if (rule.cap === null) return null;
  return rule.capPer === "item" ? rule.cap.times(line.quantity) : rule.cap;
}

/** Unrounded amount of one fee on one order line, before VAT on top. */
export function feeAmount(rule: FeeRule, line: OrderLine): Decimal {
  if (rule.basis === "amount") {
    return rule.base === "perItem" ? rule.value.times(line.quantity) : rule.value;
  }
  const base = baseAmount(line, rule.base) ?? ZERO;
  const raw = base.isNegative() ? ZERO : tieredAmount(base, rule.value, rule.tiers);
  const cap = lineCap(rule, line);
  return cap === null ? raw : minDec(raw, cap);
}

/** The entry's note, led by the unsure-date warning when the date is in an undated window. */
export function lineNote(rule: FeeRule): string | undefined {
  if (!rule.unsure) return rule.entry?.note;
  return rule.entry?.note ? `${rule.unsure} ${rule.entry.note}` : rule.unsure;
}

/** Unrounded lines for every order fee: each fee, then its VAT on top where there is one. */
export function feeLines(schedule: FeeSchedule, line: OrderLine, only?: string): UnroundedLine[] {
  const lines: UnroundedLine[] = [];
  for (const rule of schedule.orderFees) {
    if (only !== undefined && rule.kind !== only) continue;
    const amount = feeAmount(rule, line);
    const base = rule.basis === "rate" ? baseAmount(line, rule.base) : null;
    lines.push({
      key: rule.kind,
      label: rule.label,
      amount,
      rate: rule.basis === "rate" ? rule.value : null,
      base,
      source: rule.entry?.source ?? null,
      note: lineNote(rule),
      ...(rule.rounding !== undefined ? { rounding: rule.rounding } : {}),
    });
    if (rule.vatOnTop !== null) {
      lines.push({
        key: `${rule.kind}Vat`,
        label: rule.vatLabel ?? `VAT on ${rule.label.toLowerCase()}`,
        amount: amount.times(rule.vatOnTop),
        rate: rule.vatOnTop,
        base: amount,
        source: rule.entry?.source ?? null,
      });
    }
  }
  return lines;
}

export interface ShopQuery extends OrderLineInput {
  readonly market?: string | null;
  /** Category name, a number used as the commission rate, or null for the market default. */
  readonly category?: string | number | Decimal | null;
  readonly asOf?: IsoDate | null;
  /** The rate book to price with; default the shipped one (tests and user-supplied books pass theirs). */
  readonly book?: RateBook;
  /** Who the seller is (cross-border, Mall, tax status, programmes); default what most sellers have. */
  readonly sellerProfile?: SellerProfile;
  /**
   * Your commission rate when `category` names the category group: the commission is yours, the
   * other fees follow the group (TH: electronics pay a 5.35 % growth fee, not 6.42 %).
   */
  readonly commissionRate?: Decimal | number | string | null;
}

export interface ShopFeeResult {
  readonly schedule: FeeSchedule;
  readonly line: OrderLine;
  readonly breakdown: Breakdown;
}

/** The fees in force for a query's market, category, date, book, seller profile and own rate. */
export function scheduleOf(q: Omit<ShopQuery, "price">): FeeSchedule {
  return feeSchedule(
    q.market ?? null,
    q.category ?? null,
    q.asOf ?? null,
    q.book,
    q.sellerProfile,
    q.commissionRate ?? null,
  );
}

/**
 * The schedule for a fast path, or null when it cannot be built: the Decimal path then raises the
 * error, after the order line's own errors, as it always has.
 */
export function scheduleForFastPath(q: Omit<ShopQuery, "price">): FeeSchedule | null {
  try {
    return scheduleOf(q);
  } catch {
    return null;
  }
}

/** All TikTok Shop fees on one order line (commission, transaction, service and fixed fees). */
export function shopFees(q: ShopQuery): ShopFeeResult {
  const line = readOrderLine(q);
  const schedule = scheduleOf(q);
  return { schedule, line, breakdown: makeBreakdown(schedule.currency, feeLines(schedule, line)) };
}

/** shopFeeTotal's working space, reused call after call (nothing in it re-enters). */
const FEE_LINE = new IntLine();

/**
 * The fee total as a cell number (or the commission alone): exact integer minor units when every
 * rule is a single rate, fixed fee or cap (fastPath.ts, proven equal to the Decimal path), else the
 * Decimal path. Errors always come from the Decimal path, in its order, with its messages.
 */
export function shopFeeTotal(q: ShopQuery, only?: "commission"): number | Decimal {
  const schedule = scheduleForFastPath(q);
  const fast = schedule === null ? null : fastShopFeeTotal(schedule, q, only, FEE_LINE);
  if (fast !== null) return fast;
  return (only === "commission" ? shopCommission(q) : shopFees(q)).breakdown.total;
}

/** The commission (referral fee) alone, with its VAT on top where the market adds VAT. */
export function shopCommission(q: ShopQuery): ShopFeeResult {
  const line = readOrderLine(q);
  const schedule = scheduleOf(q);
  return { schedule, line, breakdown: makeBreakdown(schedule.currency, feeLines(schedule, line, "commission")) };
}

/**
 * Refund administration fee when the order line is refunded (US: 20 % of the referral fee, at
 * most $5 per SKU). Zero in markets that charge none.
 */
export function refundAdminFee(q: ShopQuery): ShopFeeResult {
  const line = readOrderLine(q);
  const schedule = scheduleOf(q);
  return { schedule, line, breakdown: makeBreakdown(schedule.currency, refundAdminLines(schedule, line)) };
}

/** Taxes withheld from the settlement (VN VAT and PIT, ID PPh 22, PH 1 % of half): negative-free amounts. */
export function withheldLines(schedule: FeeSchedule, line: OrderLine): UnroundedLine[] {
  return schedule.withheld.map((rule) => ({
    key: rule.kind,
    label: rule.label,
    amount: feeAmount(rule, line),
    rate: rule.value,
    base: baseAmount(line, rule.base),
    source: rule.entry?.source ?? null,
    note: lineNote(rule),
    ...(rule.rounding !== undefined ? { rounding: rule.rounding } : {}),
  }));
}

/** The refund administration fee; pass the order's fee lines when they are already computed. */
export function refundAdminLines(
  schedule: FeeSchedule,
  line: OrderLine,
  fees?: readonly UnroundedLine[],
): UnroundedLine[] {
  const rule = schedule.refundAdmin;
  if (!rule) return [];
  const lines = fees ?? feeLines(schedule, line, "commission");
  const commission = lines.find((l) => l.key === "commission")?.amount ?? ZERO;
  const raw = commission.times(rule.value);
  const cap = lineCap(rule, line);
  return [
    {
      key: "refundAdmin",
      label: rule.label,
      amount: cap === null ? raw : minDec(raw, cap),
      rate: rule.value,
      base: commission,
      source: rule.entry?.source ?? null,
      note: lineNote(rule),
    },
  ];
}
