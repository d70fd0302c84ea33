/** Shorthand for writing LIVE entries: the fields every entry of the LIVE book shares. */
import { RESEARCH_READ } from "../research";
import type { LiveKind, RateEntry } from "../types";

/**
 * One LIVE entry as written in its family file: a LIVE kind (a shop or ads kind, or a typo, fails
 * `tsc`), and only the fields that differ from the book's defaults.
 */
export type LiveOwn = Omit<RateEntry, "book" | "kind" | "market" | "category" | "base" | "read" | "dated"> &
  Partial<Pick<RateEntry, "market" | "category" | "dated">> & { readonly kind: LiveKind };

/**
 * Entries of the LIVE book: market "*" and category "*" unless given, no fee base, read on the
 * research date, and dated "known since" — no LIVE source publishes a change date.
 */
export function liveEntries(own: readonly LiveOwn[]): RateEntry[] {
  return own.map((e) => ({
    book: "live",
    market: "*",
    category: "*",
    base: "none",
    read: RESEARCH_READ,
    dated: "knownSince",
    ...e,
  }));
}

/** Said of every value whose only source is an undated guide. */
export const UNDATED =
  "The guide is undated: the price is known from the day it was read, and earlier dates use it with an unsure-date flag.";
