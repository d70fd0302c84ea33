/**
 * Fulfilled by TikTok fees: the UK size tier an item falls in and its per-item fee, and the US
 * billable-weight rule (the greater of actual and dimensional weight, L × W × H ÷ 166).
 */
import { Decimal, type DecimalInput } from "../decimal";
import type { IsoDate } from "../dates";
import { CoreError } from "../errors";
import { message } from "../messages";
import { currency, readNumber, readOptionalNumber, roundMoney } from "../money";
import { RATE_BOOK, type RateBook } from "../rates";
import { market as findMarket } from "../rates/markets";
import { UK_FBT_TIERS } from "../rates/shop/fbt";

const DIM_DIVISOR_IN3_PER_LB = new Decimal(166);

/** US billable weight in pounds from the unit weight and the box in inches (S105). */
export function billableWeightLb(
  weightLb: DecimalInput | null,
  lengthIn: DecimalInput | null,
  widthIn: DecimalInput | null,
  heightIn: DecimalInput | null,
): Decimal {
  const w = readNumber(weightLb, "weight_lb", { noun: "a weight in pounds" });
  const dims = [readNumber(lengthIn, "length_in"), readNumber(widthIn, "width_in"), readNumber(heightIn, "height_in")];
  const dimensional = dims[0]
    .times(dims[1])
    .times(dims[2])
    .dividedBy(DIM_DIVISOR_IN3_PER_LB)
    .toDecimalPlaces(2, Decimal.ROUND_UP);
  return Decimal.max(w, dimensional);
}

export interface FbtFee {
  readonly tier: string;
  readonly perItem: Decimal;
  readonly fee: Decimal;
  readonly source: string;
}

/** FBT fulfilment fee for `units` of one item (weight in kg, box in cm). UK only: see the note for the US. */
export function fbtFee(
  marketText: string | null,
  weightKg: DecimalInput | null,
  lengthCm: DecimalInput | null,
  widthCm: DecimalInput | null,
  heightCm: DecimalInput | null,
  units: DecimalInput | null = null,
  asOf: IsoDate | null = null,
  book: RateBook = RATE_BOOK,
): FbtFee {
  const m = findMarket(marketText ?? "UK");
  const kg = readNumber(weightKg, "weight_kg", { noun: "a weight in kg" });
  const box = [readNumber(lengthCm, "length_cm"), readNumber(widthCm, "width_cm"), readNumber(heightCm, "height_cm")]
    .map((d) => d.toNumber())
    .sort((a, b) => b - a);
  const count = readOptionalNumber(units, "units", 1, {
    integer: true,
    allowZero: false,
    noun: "a whole number of units",
  });
  if (m.code !== "UK") {
    throw new CoreError(
      "notAvailable",
      "market",
      m.code === "US" ? message("shop.fbtUsNotPublic", {}) : message("shop.fbtNotSourced", { market: m.name }),
    );
  }
  const tier = UK_FBT_TIERS.find((t) => box.every((d, i) => d <= t.dimensionsCm[i]) && kg.lessThanOrEqualTo(t.maxKg));
  if (!tier) {
    const [longest, middle, shortest] = box.map(String);
    throw new CoreError(
      "outOfRange",
      "weight_kg",
      message("shop.fbtNoTier", { longest, middle, shortest, weight: kg.toString() }),
    );
  }
  const hit = book.resolve({ book: "shop", market: "UK", kind: "fbt", category: `FBT ${tier.tier}`, asOf });
  return {
    tier: tier.tier,
    perItem: hit.value,
    fee: roundMoney(hit.value.times(count), currency("GBP")),
    source: hit.entry.source,
  };
}
