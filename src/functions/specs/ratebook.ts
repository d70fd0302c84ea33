/** Functions about the rate book itself: its version, markets, categories, and any rate's source. */
import { CoreError, notAvailable } from "../../core/errors";
import { readRate } from "../../core/money";
import { RATE_BOOK, RATE_BOOK_VERSION } from "../../core/rates";
import { MARKETS, market as findMarket } from "../../core/rates/markets";
import type { Book, RateEntry } from "../../core/rates/types";
import { defineFunction } from "../define";
import { MESSAGES } from "../messages";
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
        rows: 17,
        columns: 7,
        header: ["Code", "Market", "Currency", "Default commission", "In force since", "Source", "Note"],
      },
    },
  ],
  run: (): Table => {
    const rows: Table = [["Code", "Market", "Currency", "Default commission", "In force since", "Source", "Note"]];
    for (const m of MARKETS) {
      let commission: number | string = "";
      let since = "";
      let source = "";
      const entry = RATE_BOOK.peek({ book: "shop", market: m.code, kind: "commission" });
      if (entry) {
        // A market whose default rate is not public says so instead of showing a number.
        commission = entry.unpublished ? "by category" : toCellNumber(RATE_BOOK.valueOf(entry));
        since = entry.effective;
        source = entry.source;
      }
      rows.push([m.code, m.name, m.currency, commission, since, source, m.note ?? ""]);
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
      throw new CoreError("notAvailable", "market", `No sourced TikTok Shop categories for ${m.name} yet.`);
    }
    // A date before the market's first commission is #N/A, as everywhere.
    RATE_BOOK.peek({ book: "shop", market: m.code, kind: "commission", asOf }) ??
      RATE_BOOK.find({ book: "shop", market: m.code, kind: "commission", asOf });
    const rows: Table = [["Category", "Commission", "In force since", "Until", "Source", "Note"]];
    for (const category of ["*", ...RATE_BOOK.categories("shop", m.code)]) {
      const entry = RATE_BOOK.peek({ book: "shop", market: m.code, kind: "commission", category, asOf });
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

/** Names people use for the shop fee kinds, mapped to the rate book's kinds. */
const KIND_ALIASES: Record<string, string> = {
  referral: "commission",
  "referral fee": "commission",
  payment: "transaction",
  "transaction fee": "transaction",
  "payment fee": "transaction",
  service: "growth",
  "commerce growth fee": "growth",
  fixed: "orderFee",
  "order fee": "orderFee",
  "refund admin": "refundAdmin",
  "refund administration fee": "refundAdmin",
};

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

/**
 * The entry behind a rate. A number given as the category is the caller's own rate, which replaces
 * only the commission (as in SHOPFEE and its siblings): for every other fee the book's entry for the
 * market default applies. With `allowUnpublished`, an entry whose value is only in Seller Center is
 * returned too (its source is still worth showing).
 */
function rateEntry(a: RateArgs, allowUnpublished: boolean): RateEntry {
  const kinds = allKinds();
  const wanted = KIND_ALIASES[a.fee.toLowerCase()] ?? a.fee;
  const kind = kinds.get(wanted.toLowerCase());
  if (!kind)
    throw notAvailable(
      "fee",
      "fee",
      a.fee,
      [...kinds.values()].map((k) => k.kind),
    );
  const book: Book = kind.books.has("shop") ? "shop" : [...kind.books][0];
  let marketCode = book === "shop" ? findMarket(a.market ?? "US").code : "*";
  if (book !== "shop" && a.market !== null) {
    const m = findMarket(a.market).code;
    if (RATE_BOOK.kinds(book, m).includes(kind.kind)) marketCode = m;
  }
  const category = typeof a.category === "string" ? RATE_BOOK.category(book, marketCode, a.category) : "*";
  const query = { book, market: marketCode, kind: kind.kind, category, asOf: a.as_of };
  if (allowUnpublished) {
    const entry = RATE_BOOK.peek(query);
    if (entry) return entry;
  }
  return RATE_BOOK.require(query).entry;
}

/** The caller's own commission rate, when the category holds a number and the fee is the commission. */
function ownRate(a: RateArgs, entry: RateEntry) {
  if (a.category === null || typeof a.category === "string" || entry.kind !== "commission") return null;
  return readRate(a.category, "category");
}

const RATE_PARAMETERS = [
  required(P.fee),
  optional(P.market, "Market code such as US, UK, ID (default US for shop fees)."),
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
    const entry = rateEntry(a, false);
    return ownRate(a, entry) ?? RATE_BOOK.valueOf(entry);
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
    const entry = rateEntry(a, true);
    return ownRate(a, entry) === null ? entry.source : MESSAGES.ownRateSource();
  },
});
