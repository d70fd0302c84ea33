/** The shipped rate book: every entry of every book, indexed once at load. */
import { AD_RATES } from "./ads";
import { RateBook } from "./book";
import { LIVE_RATES } from "./live";
import { LIVE_ADDITIONS } from "./liveAdditions";
import { SHOP_RATES } from "./shop";
import type { RateEntry } from "./types";
import { rateBookVersion } from "./version";

export const ALL_RATES: readonly RateEntry[] = [...SHOP_RATES, ...LIVE_RATES, ...LIVE_ADDITIONS, ...AD_RATES];
export const RATE_BOOK = new RateBook(ALL_RATES);
export const RATE_BOOK_VERSION = rateBookVersion(ALL_RATES, RATE_BOOK.newestEffective);

export { RateBook } from "./book";
export type { RateEntry, Book, FeeBase, Grade } from "./types";
export { MARKETS, market, marketCurrency } from "./markets";
