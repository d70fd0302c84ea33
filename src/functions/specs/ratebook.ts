/** Functions about the rate book itself: its version, markets, categories, and any rate's source. */
import { CoreError, notAvailable } from "../../core/errors";
import { message } from "../../core/messages";
import { FEE_KINDS, findFee } from "../../core/feeKinds";
import { readRate } from "../../core/money";
import { RATE_BOOK, RATE_BOOK_VERSION } from "../../core/rates";
import { rateLookupError, type RateLookup } from "../../core/rates/book";
import { MARKETS, market as findMarket } from "../../core/rates/markets";
import { type Book, KINDS_OF, type KindOf, type RateMarket } from "../../core/rates/types";
import { activeLanguage, say } from "../../i18n/active";
import { marketNameIn } from "../../i18n/format";
import { defineFunction } from "../define";
import { columns, MESSAGES } from "../messages";
import { type Table, toCellNumber } from "../output";
import * as P from "../params";
import { optional, required } from "../spec";

export const RATEBOOK = defineFunction({
  id: "RATEBOOK",
  description:
    "The version of the rate book the add-in computes with: the newest effective date of its rates and a hash of their content.",
  returns: "Rate book version, e.g. 2026-06-15+1a2b3c4d.",
  parameters: [],
  result: "string",
  examples: [{ args: [], expected: "version" }],
  run: () => RATE_BOOK_VERSION.label,
});

export const MARKETS_TABLE = defineFunction({
  id: "MARKETS",
  description:
    "The markets the rate book covers, with currency and the default commission in force on the newest rates.",
  returns: "Table of markets with a header row.",
  parameters: [],
  result: "table",
  table: { columns: 7, maxRows: 40 },
  examples: [
    {
      args: [],
      expected: {
        rows: 22,
        columns: 7,
        header: ["Code", "Market", "Currency", "Default commission", "In force since", "Source", "Note"],
      },
    },
  ],
  run: (): Table => {
    const rows: Table = [columns("code", "market", "currency", "defaultCommission", "since", "source", "note")];
    // The country as the reader's language names it; English keeps the rate book's names.
    const language = activeLanguage();
    const name = language === "en" ? (n: string) => n : marketNameIn(language);
    for (const m of MARKETS) {
      let commission: number | string = "";
      let since = "";
      let source = "";
      const entry = RATE_BOOK.entryOf({ book: "shop", market: m.code, kind: "commission" });
      if (entry) {
        // A market whose default rate is not public says so instead of showing a number.
        commission = entry.unpublished ? say(message("table.byCategory", {})) : toCellNumber(RATE_BOOK.valueOf(entry));
        since = entry.effective;
        source = entry.source;
      }
      rows.push([m.code, name(m.name), m.currency, commission, since, source, m.note ?? ""]);
    }
    return rows;
  },
});

export const CATEGORIES = defineFunction({
  id: "CATEGORIES",
  description: "A market's product categories with the commission rate in force on the date and its source.",
  returns: "Table of categories with a header row.",
  parameters: [optional(P.market), optional(P.asOf)],
  result: "table",
  table: { columns: 6, maxRows: 120 },
  examples: [
    {
      args: ["US"],
      expected: {
        rows: 4,
        columns: 6,
        header: ["Category", "Commission", "In force since", "Until", "Source", "Note"],
      },
    },
  ],
  run: (a): Table => {
    const m = findMarket(a.market ?? "US");
    const asOf = a.as_of;
    if (!RATE_BOOK.kinds("shop", m.code).includes("commission")) {
      throw new CoreError("notAvailable", "market", message("market.noShopCategories", { market: m.name }));
    }
    // A date before the market's first commission is #N/A, as everywhere.
    const first = RATE_BOOK.lookup({ book: "shop", market: m.code, kind: "commission", asOf });
    if (first.status === "notYet") throw rateLookupError({ market: m.code, kind: "commission" }, first);
    const rows: Table = [columns("category", "commission", "since", "until", "source", "note")];
    for (const category of ["*", ...RATE_BOOK.categories("shop", m.code)]) {
      const entry = RATE_BOOK.entryOf({ book: "shop", market: m.code, kind: "commission", category, asOf });
      if (!entry) continue;
      // A category with no entry of its own on this date falls back to the default: list it only once.
      if (category !== "*" && entry.category === "*") continue;
      rows.push([
        category === "*" ? "All other categories" : category,
        entry.unpublished ? "not public" : toCellNumber(RATE_BOOK.valueOf(entry)),
        entry.effective,
        entry.until ?? "",
        entry.source,
        entry.note ?? "",
      ]);
    }
    return rows;
  },
});

function allKinds(): Map<string, { kind: string; books: Set<Book> }> {
  const kinds = new Map<string, { kind: string; books: Set<Book> }>();
  for (const e of RATE_BOOK.entries) {
    const key = e.kind.toLowerCase();
    const found = kinds.get(key) ?? { kind: e.kind, books: new Set<Book>() };
    found.books.add(e.book);
    kinds.set(key, found);
  }
  return kinds;
}

interface RateArgs {
  readonly fee: string;
  readonly market: string | null;
  readonly category: string | number | import("../../core/decimal").Decimal | null;
  readonly as_of: string | null;
}

interface RateQueryFound {
  readonly query: { book: Book; market: RateMarket; kind: KindOf<Book>; category: string; asOf: string | null };
  readonly lookup: RateLookup;
}

/**
 * The rate book's answer behind a rate. A number given as the category is the caller's own rate,
 * which replaces only the commission (as in SHOPFEE and its siblings): for every other fee the book's
 * entry for the market default applies.
 */
function findRate(a: RateArgs): RateQueryFound {
  const kinds = allKinds();
  // A fee's name or alias (the same ones EXPECTEDFEE reads), else any kind of the book as written.
  const fee = findFee(a.fee);
  const kind = kinds.get((fee === null ? a.fee : FEE_KINDS[fee].bookKind).toLowerCase());
  if (!kind)
    throw notAvailable(
      "fee",
      "fee",
      a.fee,
      [...kinds.values()].map((k) => k.kind),
    );
  const book: Book = kind.books.has("shop") ? "shop" : [...kind.books][0];
  let marketCode: RateMarket = book === "shop" ? findMarket(a.market ?? "US").code : "*";
  if (book !== "shop" && a.market !== null) {
    const m = findMarket(a.market).code;
    if (RATE_BOOK.kinds(book, m).includes(kind.kind)) marketCode = m;
  }
  const category = typeof a.category === "string" ? RATE_BOOK.category(book, marketCode, a.category) : "*";
  // The kind came from the book's own entries, so it is one of the book's kinds.
  const typedKind = (KINDS_OF[book] as readonly string[]).includes(kind.kind) ? (kind.kind as KindOf<Book>) : null;
  if (typedKind === null) throw notAvailable("fee", "fee", a.fee, [...KINDS_OF[book]]);
  const query = { book, market: marketCode, kind: typedKind, category, asOf: a.as_of };
  return { query, lookup: RATE_BOOK.lookup(query) };
}

/** The caller's own commission rate, when the category holds a number and the fee is the commission. */
function ownRate(a: RateArgs, kind: string) {
  if (a.category === null || typeof a.category === "string" || kind !== "commission") return null;
  return readRate(a.category, "category");
}

const RATE_PARAMETERS = [
  required(P.fee),
  optional(P.rateMarket),
  optional(P.category, "Category, gift, industry or format, where the fee has them; a number replaces the commission."),
  optional(P.asOf),
] as const;

export const RATE = defineFunction({
  id: "RATE",
  description:
    "The rate behind any fee or parameter in the rate book, e.g. the commission of a market and category, or the USD value of a diamond.",
  returns: "The rate as a fraction (0.06 is 6 %) or an amount.",
  parameters: RATE_PARAMETERS,
  result: "number",
  examples: [
    {
      args: ["commission", "US"],
      expected: 0.06,
      source: "https://seller-us.tiktok.com/university/essay?knowledge_id=5982454398175018",
    },
  ],
  run: (a) => {
    const { query, lookup } = findRate(a);
    const own = ownRate(a, query.kind);
    if (own) return own;
    if (lookup.status !== "inForce") throw rateLookupError(query, lookup);
    return lookup.value;
  },
});

export const RATESOURCE = defineFunction({
  id: "RATESOURCE",
  description: "The public source (URL) of any fee or parameter in the rate book.",
  returns: "URL of the page the rate comes from.",
  parameters: RATE_PARAMETERS,
  result: "string",
  examples: [
    {
      args: ["commission", "US"],
      expected: "https://seller-us.tiktok.com/university/essay?knowledge_id=5982454398175018",
    },
  ],
  run: (a) => {
    const { query, lookup } = findRate(a);
    if (ownRate(a, query.kind)) return MESSAGES.ownRateSource().text;
    // An unpublished rate still has a page worth showing; an unsure date says so after the URL.
    if (lookup.status === "unpublished") return lookup.entry.source;
    if (lookup.status !== "inForce") throw rateLookupError(query, lookup);
    return lookup.unsure ? `${lookup.entry.source} (${lookup.unsure.message})` : lookup.entry.source;
  },
});
