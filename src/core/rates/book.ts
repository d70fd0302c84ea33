/**
 * Lookup over the rate book: by book, market, kind, category and as-of date.
 *
 * Rules: among the entries for one key, the one in force on the as-of date is the one with the
 * latest `effective` on or before that date, unless its `until` has passed. With no as-of date the
 * book's own date (its newest `effective`) is used, i.e. the newest rates. A date before the first
 * entry of a key is an error, never a guess.
 */
import { type Decimal, dec } from "../decimal";
import { type IsoDate } from "../dates";
import { CoreError, notAvailable } from "../errors";
import type { Book, RateEntry } from "./types";

export interface RateQuery {
  readonly book: Book;
  readonly market: string;
  readonly kind: string;
  /** Canonical category; falls back to the market's "*" entry when the category has none. */
  readonly category?: string;
  readonly asOf?: IsoDate | null;
}

export interface ResolvedRate {
  readonly entry: RateEntry;
  readonly value: Decimal;
}

type Key = string;

function keyOf(book: string, market: string, kind: string, category: string): Key {
  return `${book}|${market}|${kind}|${category.toLowerCase()}`;
}

export class RateBook {
  readonly entries: readonly RateEntry[];
  /** Newest effective date in the book: the default as-of date. */
  readonly newestEffective: IsoDate;
  private readonly byKey = new Map<Key, RateEntry[]>();
  private readonly values = new Map<RateEntry, Decimal>();

  constructor(entries: readonly RateEntry[]) {
    this.entries = entries;
    let newest = "0000-00-00";
    for (const e of entries) {
      const k = keyOf(e.book, e.market, e.kind, e.category);
      const list = this.byKey.get(k);
      if (list) list.push(e);
      else this.byKey.set(k, [e]);
      if (e.effective > newest) newest = e.effective;
      this.values.set(e, dec(e.value));
    }
    for (const list of this.byKey.values()) list.sort((a, b) => (a.effective < b.effective ? -1 : 1));
    this.newestEffective = newest;
  }

  /** All dated entries for one key, oldest first (empty when there are none). */
  history(book: Book, market: string, kind: string, category = "*"): readonly RateEntry[] {
    return this.byKey.get(keyOf(book, market, kind, category)) ?? [];
  }

  has(book: Book, market: string, kind: string, category = "*"): boolean {
    return this.byKey.has(keyOf(book, market, kind, category));
  }

  /** Entry in force, or null when the key has entries but none applies on that date (ended). */
  private inForce(list: readonly RateEntry[], asOf: IsoDate): RateEntry | null | "before" {
    let found: RateEntry | null = null;
    for (const e of list) {
      if (e.effective <= asOf) found = e;
      else break;
    }
    if (!found) return "before";
    if (found.until !== undefined && found.until < asOf) return null;
    return found;
  }

  /** Candidate lists for a query: the category's own entries first, then the market default. */
  private candidates(q: RateQuery): RateEntry[][] {
    const lists: RateEntry[][] = [];
    if (q.category && q.category !== "*") {
      const specific = this.byKey.get(keyOf(q.book, q.market, q.kind, q.category));
      if (specific) lists.push(specific);
    }
    const general = this.byKey.get(keyOf(q.book, q.market, q.kind, "*"));
    if (general) lists.push(general);
    return lists;
  }

  /**
   * The entry in force on the date — unpublished ones included — or null when none applies (a fee
   * not yet introduced or ended). Never throws: for callers that only need the entry's shape.
   */
  peek(q: RateQuery): RateEntry | null {
    const asOf = q.asOf ?? this.newestEffective;
    for (const list of this.candidates(q)) {
      const hit = this.inForce(list, asOf);
      if (hit === "before") continue;
      return hit;
    }
    return null;
  }

  /**
   * The entry in force, trying the category first and then the market default ("*").
   * Returns null when the key exists but no entry applies on that date (e.g. a fee that ended).
   * Throws #N/A when the date precedes every entry, when nothing at all is known for the key, or
   * when the entry in force is unpublished (its value is only in Seller Center).
   */
  find(q: RateQuery): ResolvedRate | null {
    const asOf = q.asOf ?? this.newestEffective;
    const candidates = this.candidates(q);
    if (candidates.length === 0) {
      throw new CoreError("notAvailable", "kind", `The rate book has no ${q.kind} for ${q.market}.`);
    }
    let before = true;
    for (const list of candidates) {
      const hit = this.inForce(list, asOf);
      if (hit === "before") continue;
      before = false;
      if (hit && hit.unpublished) {
        const what = hit.category === "*" ? q.market : `${hit.category} in ${q.market}`;
        throw new CoreError(
          "notAvailable",
          "category",
          `The ${hit.label?.toLowerCase() ?? q.kind} for ${what} on ${asOf} is not public (Seller Center only): pass your rate as a number. ${hit.note ?? ""}`.trim(),
        );
      }
      if (hit) return { entry: hit, value: this.values.get(hit) as Decimal };
    }
    if (before) {
      const first = candidates.map((l) => l[0].effective).sort()[0];
      throw new CoreError(
        "notAvailable",
        "as_of",
        `No ${q.kind} rate for ${q.market} before ${first}: the rate book starts there (as_of ${asOf}).`,
      );
    }
    return null;
  }

  /** Like find, but an ended fee is also an error. */
  require(q: RateQuery): ResolvedRate {
    const r = this.find(q);
    if (!r) {
      throw new CoreError(
        "notAvailable",
        "as_of",
        `No ${q.kind} rate for ${q.market} is in force on ${q.asOf ?? this.newestEffective}.`,
      );
    }
    return r;
  }

  /** Kinds with at least one entry for a book and market. */
  kinds(book: Book, market: string): string[] {
    const out = new Set<string>();
    for (const e of this.entries) if (e.book === book && e.market === market) out.add(e.kind);
    return [...out];
  }

  /** Canonical category names a market's book knows (excluding the "*" default), optionally for some kinds only. */
  categories(book: Book, market: string, kinds?: readonly string[]): string[] {
    const out = new Set<string>();
    for (const e of this.entries) {
      if (e.book === book && e.market === market && e.category !== "*" && (!kinds || kinds.includes(e.kind)))
        out.add(e.category);
    }
    return [...out].sort((a, b) => a.localeCompare(b));
  }

  /** Finds a category of a market case-insensitively; unknown → #N/A with close matches. */
  category(book: Book, market: string, name: string): string {
    const wanted = name.trim().toLowerCase();
    if (wanted === "" || wanted === "*" || wanted === "all" || wanted === "default") return "*";
    const known = this.categories(book, market);
    const hit = known.find((c) => c.toLowerCase() === wanted);
    if (hit) return hit;
    throw notAvailable("category", `category for ${market}`, name, known.length ? known : ["All"]);
  }

  /** Decimal value of an entry (parsed once when the book is built). */
  valueOf(entry: RateEntry): Decimal {
    return this.values.get(entry) ?? dec(entry.value);
  }
}
