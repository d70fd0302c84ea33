/**
 * A calculation result: named lines and a total. Lines are rounded to the currency first and the
 * total is their sum, so a breakdown can never disagree with its total.
 */
import { Decimal, ZERO } from "./decimal";
import { type Currency, roundMoney } from "./money";
import type { Rounding } from "./rates/types";

export interface Line {
  /** Stable machine key, e.g. "commission". */
  readonly key: string;
  /** What a person reads, e.g. "Referral fee". */
  readonly label: string;
  /** Rounded to the currency's minor unit. */
  readonly amount: Decimal;
  /** The rate applied, as a fraction (0.06), or null for a fixed amount. */
  readonly rate: Decimal | null;
  /** The amount the rate was applied to, or null for a fixed amount. */
  readonly base: Decimal | null;
  /** Source URL of the rate; null when the caller supplied it. */
  readonly source: string | null;
  readonly note?: string;
}

export interface Breakdown {
  readonly currency: Currency;
  readonly lines: readonly Line[];
  readonly total: Decimal;
}

export interface UnroundedLine extends Omit<Line, "amount"> {
  readonly amount: Decimal;
  /** The line's rounding where its rate-book entry differs from the book-wide rule (VN withheld taxes). */
  readonly rounding?: Rounding;
}

/** Rounds each line once (by its own rule where it names one) and sums the rounded lines into the total. */
export function makeBreakdown(cur: Currency, lines: readonly UnroundedLine[]): Breakdown {
  // A zero line needs no rounding and adds nothing (many cost lines of a plain fee sheet are zero).
  const rounded = lines.map((l): Line => {
    if (l.rounding === undefined) return { ...l, amount: l.amount.isZero() ? ZERO : roundMoney(l.amount, cur) };
    const { rounding, ...line } = l;
    return { ...line, amount: l.amount.isZero() ? ZERO : roundMoney(l.amount, cur, rounding) };
  });
  let total = ZERO;
  for (const l of rounded) if (!l.amount.isZero()) total = total.plus(l.amount);
  return { currency: cur, lines: rounded, total };
}

export function lineAmount(b: Breakdown, key: string): Decimal {
  const line = b.lines.find((l) => l.key === key);
  return line ? line.amount : ZERO;
}
