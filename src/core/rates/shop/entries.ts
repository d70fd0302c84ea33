/** Shorthand for writing a market's shop entries: the fields every entry of that market shares. */
import { RESEARCH_READ } from "../research";
import type { RateEntry } from "../types";

type Shared = Pick<RateEntry, "market"> & Partial<Pick<RateEntry, "taxInclusive" | "read">>;
export type Own = Omit<RateEntry, "book" | "market" | "read" | "basis" | "base" | "category"> &
  Partial<Pick<RateEntry, "read" | "basis" | "base" | "category">>;

/**
 * Entries of one market: book "shop", the market's code and tax treatment, read on the research
 * date; rates default to basis "rate", category "*" and the given fee base.
 */
export function marketEntries(shared: Shared, base: RateEntry["base"], own: readonly Own[]): RateEntry[] {
  return own.map((e) => ({
    book: "shop",
    read: RESEARCH_READ,
    category: "*",
    basis: "rate",
    base,
    ...shared,
    ...e,
  }));
}
