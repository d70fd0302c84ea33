/**
 * Lookup over the rate book: by book, market, kind, category and as-of date.
 *
 * Rules: among the entries for one key, the one in force on the as-of date is the one with the
 * latest `effective` on or before that date, unless its `until` has passed. With no as-of date the
 * book's own date (its newest `effective`) is used, i.e. the newest rates. A category without an
 * entry of its own on the date falls back to the market's "*" entry. Every answer is one tagged
 * RateLookup; `rateLookupError` turns the ones that are not a number into the right #N/A.
 */
import { type Decimal, dec } from "../decimal";
import { type IsoDate } from "../dates";
import { CoreError, notAvailable } from "../errors";
import { message } from "../messages";
import type { Book, KindOf, RateEntry, RateMarket } from "./types";

export interface RateQuery<B extends Book = Book> {
  readonly book: B;
  readonly market: RateMarket;
  readonly kind: KindOf<B>;
  /** Canonical category; falls back to the market's "*" entry when the category has none. */
  readonly category?: string;
  readonly asOf?: IsoDate | null;
}

/** The query of the deprecated lookups: plain strings, so a typo is only caught at run time. */
export interface LooseRateQuery {
  readonly book: Book;
  readonly market: string;
  readonly kind: string;
  readonly category?: string;
  readonly asOf?: IsoDate | null;
}

export interface ResolvedRate {
  readonly entry: RateEntry;
  readonly value: Decimal;
}

/**
 * What the book says for a query on a date:
 * - inForce: the entry and its value;
 * - notYet: the date is before the first entry of the key (`first`): the book does not know —
 *   unless `first.introduced`, when the fee did not exist yet;
 * - ended: the fee existed but its last entry (`last`) ended before the date;
 * - unpublished: the fee applies but its value is only in Seller Center;
 * - unknown: the book has no entry at all for the market and kind.
 * `asOf` is the date actually used (the book's newest date when the query gave none).
 */
export type RateLookup =
  | {
      readonly status: "inForce";
      readonly asOf: IsoDate;
      readonly entry: RateEntry;
      readonly value: Decimal;
      /** Set when the date falls in a window the sources do not date (see RateEntry.dated). */
      readonly unsure?: UnknownWindow;
    }
  | { readonly status: "notYet"; readonly asOf: IsoDate; readonly first: RateEntry }
  | { readonly status: "ended"; readonly asOf: IsoDate; readonly last: RateEntry }
  | { readonly status: "unpublished"; readonly asOf: IsoDate; readonly entry: RateEntry }
  | { readonly status: "unknown"; readonly asOf: IsoDate };

/**
 * The date is inside a window no source dates: a rate dated only "known since" (`knownSince`)
 * may already have applied, or applies here although it is only attested later. The answer is
 * still computed; `message` says so, for breakdown notes, RATESOURCE and the rates view.
 */
export interface UnknownWindow {
  readonly knownSince: RateEntry;
  readonly message: string;
}

function unsureBefore(next: RateEntry, used: RateEntry, asOf: IsoDate): UnknownWindow {
  const what = next.label ?? next.kind;
  const same = next === used;
  return {
    knownSince: next,
    message: same
      ? `Unsure date: ${what} ${next.value} is only known from ${next.effective}; it is assumed on ${asOf}.`
      : `Unsure date: ${what} ${next.unpublished ? "(not public)" : next.value} is known from ${next.effective} but its start is not published; on ${asOf} it may already have applied.`,
  };
}

/** The #N/A for a lookup that gave no number, naming the argument the caller can change. */
export function rateLookupError(
  q: Pick<LooseRateQuery, "market" | "kind">,
  r: Exclude<RateLookup, { status: "inForce" }>,
): CoreError {
  switch (r.status) {
    case "unknown":
      return new CoreError("notAvailable", "kind", message("rate.notInBook", { kind: q.kind, market: q.market }));
    case "notYet": {
      const params = { kind: q.kind, market: q.market, first: r.first.effective, argument: "as_of", asOf: r.asOf };
      return new CoreError(
        "notAvailable",
        "as_of",
        message(r.first.introduced ? "rate.introducedLater" : "rate.beforeBook", params),
      );
    }
    case "ended":
      return new CoreError(
        "notAvailable",
        "as_of",
        message("rate.ended", {
          kind: q.kind,
          market: q.market,
          asOf: r.asOf,
          last: r.last.until ?? r.last.effective,
        }),
      );
    case "unpublished": {
      const e = r.entry;
      const fee = e.label?.toLowerCase() ?? q.kind;
      const common = { fee, market: q.market, asOf: r.asOf, note: e.note ?? "" };
      return new CoreError(
        "notAvailable",
        "category",
        e.category === "*"
          ? message("rate.unpublished", common)
          : message("rate.unpublishedCategory", { ...common, category: e.category }),
      );
    }
  }
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
  /** First effective date of each book|market|kind over all its categories: where the kind's history starts. */
  private readonly kindStart = new Map<string, IsoDate>();

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
      const kk = `${e.book}|${e.market}|${e.kind}`;
      const start = this.kindStart.get(kk);
      if (start === undefined || e.effective < start) this.kindStart.set(kk, e.effective);
    }
    for (const list of this.byKey.values()) list.sort((a, b) => (a.effective < b.effective ? -1 : 1));
    this.newestEffective = newest;
  }

  /**
   * The one lookup. The category's own entries are tried first; when the date is before all of
   * them, the market default ("*") answers. A category whose own fee ended does not fall back.
   */
  lookup<B extends Book>(q: RateQuery<B>): RateLookup {
    return this.lookupLoose(q);
  }

  /** The value in force, or the #N/A that says why there is none. */
  resolve<B extends Book>(q: RateQuery<B>): ResolvedRate {
    const r = this.lookup(q);
    if (r.status === "inForce") return { entry: r.entry, value: r.value };
    throw rateLookupError(q, r);
  }

  /** The entry that applies on the date, unpublished ones included, or null (for its label, base, source). */
  entryOf<B extends Book>(q: RateQuery<B>): RateEntry | null {
    const r = this.lookup(q);
    return r.status === "inForce" || r.status === "unpublished" ? r.entry : null;
  }

  private lookupLoose(q: LooseRateQuery): RateLookup {
    const asOf = q.asOf ?? this.newestEffective;
    const lists: RateEntry[][] = [];
    if (q.category && q.category !== "*") {
      const specific = this.byKey.get(keyOf(q.book, q.market, q.kind, q.category));
      if (specific) lists.push(specific);
    }
    const general = this.byKey.get(keyOf(q.book, q.market, q.kind, "*"));
    if (general) lists.push(general);
    if (lists.length === 0) return { status: "unknown", asOf };
    // A category entry dated only "known since" that the date precedes may already have applied.
    let skipped: RateEntry | undefined;
    for (const list of lists) {
      let at = -1;
      while (at + 1 < list.length && list[at + 1].effective <= asOf) at++;
      if (at < 0) {
        if (list[0].dated === "knownSince" && skipped === undefined) skipped = list[0];
        continue;
      }
      const found = list[at];
      if (found.until !== undefined && found.until < asOf) return { status: "ended", asOf, last: found };
      if (found.unpublished) return { status: "unpublished", asOf, entry: found };
      const next = list[at + 1];
      const window = next?.dated === "knownSince" ? next : skipped;
      return {
        status: "inForce",
        asOf,
        entry: found,
        value: this.values.get(found) as Decimal,
        ...(window ? { unsure: unsureBefore(window, found, asOf) } : {}),
      };
    }
    const first = lists.map((l) => l[0]).sort((a, b) => (a.effective < b.effective ? -1 : 1))[0];
    // A LIVE or ads figure attested only from a later date (an undated guide read later) still
    // answers earlier dates, with the flag — back to the earliest date any figure of its kind is
    // attested (the first dated gift price, say), not before. A shop fee does not: before its first
    // entry the market may not have charged it at all, so the book starts there.
    const kindStart = this.kindStart.get(`${q.book}|${q.market}|${q.kind}`) ?? first.effective;
    if (
      first.dated === "knownSince" &&
      !first.unpublished &&
      lists.length === 1 &&
      q.book !== "shop" &&
      asOf >= kindStart
    ) {
      return {
        status: "inForce",
        asOf,
        entry: first,
        value: this.values.get(first) as Decimal,
        unsure: unsureBefore(first, first, asOf),
      };
    }
    return { status: "notYet", asOf, first };
  }

  /** All dated entries for one key, oldest first (empty when there are none). */
  history(book: Book, market: string, kind: string, category = "*"): readonly RateEntry[] {
    return this.byKey.get(keyOf(book, market, kind, category)) ?? [];
  }

  has(book: Book, market: string, kind: string, category = "*"): boolean {
    return this.byKey.has(keyOf(book, market, kind, category));
  }

  /** @deprecated Use `entryOf` (or `lookup`): the entry in force or unpublished, else null. */
  peek(q: LooseRateQuery): RateEntry | null {
    const r = this.lookupLoose(q);
    return r.status === "inForce" || r.status === "unpublished" ? r.entry : null;
  }

  /**
   * @deprecated Use `lookup` or `resolve`. The value in force; null when the fee ended; #N/A when
   * the key is unknown, the date precedes it, or the value is unpublished.
   */
  find(q: LooseRateQuery): ResolvedRate | null {
    const r = this.lookupLoose(q);
    if (r.status === "inForce") return { entry: r.entry, value: r.value };
    if (r.status === "ended") return null;
    throw rateLookupError(q, r);
  }

  /** @deprecated Use `resolve`: like find, but an ended fee is also an error. */
  require(q: LooseRateQuery): ResolvedRate {
    const r = this.lookupLoose(q);
    if (r.status === "inForce") return { entry: r.entry, value: r.value };
    throw rateLookupError(q, r);
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
  category(book: Book, market: string, name: string, argument = "category"): string {
    const wanted = name.trim().toLowerCase();
    if (wanted === "" || wanted === "*" || wanted === "all" || wanted === "default") return "*";
    const known = this.categories(book, market);
    const hit = known.find((c) => c.toLowerCase() === wanted);
    if (hit) return hit;
    // Ads categories are industries and formats: the message names the argument the caller has.
    const what = market === "*" ? argument : `${argument} for ${market}`;
    throw notAvailable(argument, what, name, known.length ? known : ["All"]);
  }

  /** Decimal value of an entry (parsed once when the book is built). */
  valueOf(entry: RateEntry): Decimal {
    return this.values.get(entry) ?? dec(entry.value);
  }
}
