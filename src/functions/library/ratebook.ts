/** Functions about the rate book itself: its version, markets, categories, and any rate's source. */
import { readAsOf } from "../../core/dates";
import { CoreError, notAvailable } from "../../core/errors";
import { RATE_BOOK, RATE_BOOK_VERSION } from "../../core/rates";
import { MARKETS, market as findMarket } from "../../core/rates/markets";
import type { Book, RateEntry } from "../../core/rates/types";
import { feeSchedule } from "../../core/shop";
import { dateArg, type ExcelArg, textArg } from "../args";
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
    if (RATE_BOOK.kinds("shop", m.code).includes("commission")) {
      const rule = feeSchedule(m.code, null, null).orderFees.find((r) => r.kind === "commission");
      if (rule?.entry) {
        commission = toCellNumber(rule.value);
        since = rule.entry.effective;
        source = rule.entry.source;
      }
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
  const rows: Table = [["Category", "Commission", "In force since", "Until", "Source", "Note"]];
  for (const category of ["*", ...RATE_BOOK.categories("shop", m.code)]) {
    const hit = RATE_BOOK.find({ book: "shop", market: m.code, kind: "commission", category, asOf });
    if (!hit) continue;
    // A category with no entry of its own on this date falls back to the default: list it only once.
    if (category !== "*" && hit.entry.category === "*") continue;
    rows.push([
      category === "*" ? "All other categories" : category,
      toCellNumber(hit.value),
      hit.entry.effective,
      hit.entry.until ?? "",
      hit.entry.source,
      hit.entry.note ?? "",
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

/** The entry behind a rate: fee kind (commission, transaction, usdPerDiamond, cpm …), market, category, date. */
export function rateEntry(feeArg: ExcelArg, marketArg: ExcelArg, categoryArg: ExcelArg, asOfArg: ExcelArg): RateEntry {
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
  const categoryText = textArg(categoryArg, "category");
  const category = categoryText === null ? "*" : RATE_BOOK.category(book, marketCode, categoryText);
  return RATE_BOOK.require({ book, market: marketCode, kind: kind.kind, category, asOf: readAsOf(dateArg(asOfArg)) })
    .entry;
}

export function rateValue(...args: ExcelArg[]): number {
  const entry = rateEntry(args[0], args[1], args[2], args[3]);
  return toCellNumber(RATE_BOOK.valueOf(entry));
}

export function rateSource(...args: ExcelArg[]): string {
  return rateEntry(args[0], args[1], args[2], args[3]).source;
}
