/** The LIVE gift catalog: gift names (case-insensitive, with aliases) → coin prices, dated. */
import { Decimal, type DecimalInput, ONE } from "../decimal";
import type { IsoDate } from "../dates";
import { notAvailable } from "../errors";
import { readOptionalNumber } from "../money";
import { RATE_BOOK, type RateBook } from "../rates";
import { GIFT_ALIASES } from "../rates/live";
import type { RateEntry } from "../rates/types";

const MAX_GIFTS = new Decimal("1e9");

/** Canonical gift names in the catalog. */
export function giftNames(book: RateBook = RATE_BOOK): string[] {
  return book.categories("live", "*").filter((c) => book.has("live", "*", "giftCoins", c));
}

export function canonicalGift(name: string, book: RateBook = RATE_BOOK): string {
  const wanted = name.trim().toLowerCase().replace(/\s+/g, " ");
  const known = giftNames(book);
  const direct = known.find((g) => g.toLowerCase() === wanted);
  if (direct) return direct;
  const own = (k: string) => (Object.prototype.hasOwnProperty.call(GIFT_ALIASES, k) ? GIFT_ALIASES[k] : undefined);
  const alias = own(wanted) ?? own(wanted.replace(/[’']/g, ""));
  if (alias) return alias;
  throw notAvailable("gift", "gift", name, known);
}

export interface GiftPrice {
  readonly gift: string;
  readonly coinsEach: Decimal;
  readonly quantity: Decimal;
  readonly coins: Decimal;
  readonly entry: RateEntry;
}

/** Coins a number of one gift costs the viewer, at the catalog price on the date. */
export function giftCoins(
  name: string,
  quantity: DecimalInput | null = null,
  asOf: IsoDate | null = null,
  book: RateBook = RATE_BOOK,
): GiftPrice {
  const gift = canonicalGift(name, book);
  const count = readOptionalNumber(quantity, "count", ONE, {
    integer: true,
    noun: "a whole number of gifts",
    max: MAX_GIFTS,
  });
  const hit = book.resolve({ book: "live", market: "*", kind: "giftCoins", category: gift, asOf });
  return { gift, coinsEach: hit.value, quantity: count, coins: hit.value.times(count), entry: hit.entry };
}
