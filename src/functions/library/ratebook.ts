/** Functions about the rate book itself: its version, markets, categories, and any rate's source. */
import { readAsOf } from "../../core/dates";
import { CoreError, notAvailable } from "../../core/errors";
import { readRate } from "../../core/money";
import { RATE_BOOK, RATE_BOOK_VERSION } from "../../core/rates";
import { MARKETS, market as findMarket } from "../../core/rates/markets";
import type { Book, RateEntry } from "../../core/rates/types";
import { categoryArg, dateArg, type ExcelArg, textArg } from "../args";
import { type Table, toCellNumber } from "../output";

/** The rate book version: newest effective date + content hash, e.g. "2026-06-15+1a2b3c4d". */
export function rateBookVersion(): string {
  return RATE_BOOK_VERSION.label;
}

/** Markets with their currency and the commission in force on the newest rates. */
export function marketTable(): Table {
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
}

/** A market's categories with the commission in force on the date. */
export function categoryTable(marketArg: ExcelArg, asOfArg: ExcelArg): Table {
  const m = findMarket(textArg(marketArg, "market") ?? "US");
  const asOf = readAsOf(dateArg(asOfArg));
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
}

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

/**
 * The entry behind a rate: fee kind (commission, transaction, usdPerDiamond, cpm …), market,
 * category, date. A number given as the category is the caller's own rate: the book's default for
 * the market is looked up instead. With `allowUnpublished`, an entry whose value is only in Seller
 * Center is returned too (its source is still worth showing).
 */
export function rateEntry(
  feeArg: ExcelArg,
  marketArg: ExcelArg,
  categoryArgument: ExcelArg,
  asOfArg: ExcelArg,
  allowUnpublished = false,
): RateEntry {
  const feeText = textArg(feeArg, "fee");
  if (feeText === null) throw new CoreError("invalidValue", "fee", 'fee is required, e.g. "commission".');
  const kinds = allKinds();
  const wanted = KIND_ALIASES[feeText.toLowerCase()] ?? feeText;
  const kind = kinds.get(wanted.toLowerCase());
  if (!kind)
    throw notAvailable(
      "fee",
      "fee",
      feeText,
      [...kinds.values()].map((k) => k.kind),
    );
  const book: Book = kind.books.has("shop") ? "shop" : [...kind.books][0];
  const marketText = textArg(marketArg, "market");
  let marketCode = book === "shop" ? findMarket(marketText ?? "US").code : "*";
  if (book !== "shop" && marketText !== null) {
    const m = findMarket(marketText).code;
    if (RATE_BOOK.kinds(book, m).includes(kind.kind)) marketCode = m;
  }
  const categoryValue = categoryArg(categoryArgument);
  const category =
    categoryValue === null || typeof categoryValue !== "string"
      ? "*"
      : RATE_BOOK.category(book, marketCode, categoryValue);
  const query = { book, market: marketCode, kind: kind.kind, category, asOf: readAsOf(dateArg(asOfArg)) };
  if (allowUnpublished) {
    const entry = RATE_BOOK.peek(query);
    if (entry) return entry;
  }
  return RATE_BOOK.require(query).entry;
}

/** A number given as the category is the caller's own rate (validated like any rate). */
function ownRate(categoryArgument: ExcelArg): number | null {
  const c = categoryArg(categoryArgument);
  return c === null || typeof c === "string" ? null : toCellNumber(readRate(c, "category"));
}

export function rateValue(...args: ExcelArg[]): number {
  const entry = rateEntry(args[0], args[1], args[2], args[3]);
  return ownRate(args[2]) ?? toCellNumber(RATE_BOOK.valueOf(entry));
}

export function rateSource(...args: ExcelArg[]): string {
  const entry = rateEntry(args[0], args[1], args[2], args[3], true);
  return ownRate(args[2]) === null ? entry.source : "Your own rate (given in the sheet, not from the rate book)";
}
