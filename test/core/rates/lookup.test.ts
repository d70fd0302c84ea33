/**
 * The one rate-book lookup: a tagged answer for every case (in force, not yet, ended, unpublished,
 * unknown), the #N/A each non-answer becomes, and a book passed in instead of the shipped one.
 */
import { isCoreError } from "../../../src/core/errors";
import { coinCost } from "../../../src/core/live/coins";
import { giftCoins } from "../../../src/core/live/gifts";
import { RATE_BOOK, RateBook, type RateEntry } from "../../../src/core/rates";
import { type RateLookup, rateLookupError } from "../../../src/core/rates/book";
import { shopFees } from "../../../src/core/shop/fees";

const base = {
  book: "shop",
  market: "UK",
  category: "*",
  basis: "rate",
  base: "orderValue",
  source: "https://example.org/test-book",
  read: "2026-11-01",
  grade: "C",
} as const;

/** A small book: a commission that changed once, a fee that ended, an unpublished category. */
const TEST_ENTRIES: RateEntry[] = [
  { ...base, kind: "commission", value: "0.05", effective: "2024-01-01" },
  { ...base, kind: "commission", value: "0.07", effective: "2025-01-01" },
  {
    ...base,
    kind: "commission",
    category: "Books",
    value: "0",
    unpublished: true,
    effective: "2025-01-01",
    note: "Only in Seller Center for this test.",
  },
  { ...base, kind: "growth", value: "0.01", effective: "2024-01-01", until: "2024-06-30" },
];
const TEST_BOOK = new RateBook(TEST_ENTRIES);

function status(r: RateLookup): string {
  return r.status;
}

describe("lookup returns one tagged result", () => {
  test("in force: the newest entry on or before the date, with its value", () => {
    const r = TEST_BOOK.lookup({ book: "shop", market: "UK", kind: "commission", asOf: "2024-12-31" });
    expect(r.status).toBe("inForce");
    if (r.status === "inForce") {
      expect(r.value.toString()).toBe("0.05");
      expect(r.entry.effective).toBe("2024-01-01");
      expect(r.asOf).toBe("2024-12-31");
    }
    const newest = TEST_BOOK.lookup({ book: "shop", market: "UK", kind: "commission" });
    expect(newest.status === "inForce" && newest.value.toString()).toBe("0.07");
    expect(newest.asOf).toBe("2025-01-01");
  });

  test("not yet: a date before the first entry names that entry", () => {
    const r = TEST_BOOK.lookup({ book: "shop", market: "UK", kind: "commission", asOf: "2023-12-31" });
    expect(r.status).toBe("notYet");
    if (r.status === "notYet") expect(r.first.effective).toBe("2024-01-01");
  });

  test("ended: the fee's last entry ended before the date", () => {
    const r = TEST_BOOK.lookup({ book: "shop", market: "UK", kind: "growth", asOf: "2024-07-01" });
    expect(r.status).toBe("ended");
    if (r.status === "ended") expect(r.last.until).toBe("2024-06-30");
    expect(status(TEST_BOOK.lookup({ book: "shop", market: "UK", kind: "growth", asOf: "2024-06-30" }))).toBe(
      "inForce",
    );
  });

  test("unpublished: the category's fee exists but its value is only in Seller Center", () => {
    const r = TEST_BOOK.lookup({
      book: "shop",
      market: "UK",
      kind: "commission",
      category: "Books",
      asOf: "2025-03-01",
    });
    expect(r.status).toBe("unpublished");
    // Before the category's own entry the market default answers.
    const before = TEST_BOOK.lookup({
      book: "shop",
      market: "UK",
      kind: "commission",
      category: "Books",
      asOf: "2024-03-01",
    });
    expect(before.status === "inForce" && before.value.toString()).toBe("0.05");
  });

  test("unknown: nothing at all for the market and kind", () => {
    expect(status(TEST_BOOK.lookup({ book: "shop", market: "US", kind: "commission" }))).toBe("unknown");
    expect(status(RATE_BOOK.lookup({ book: "shop", market: "BR", kind: "commission" }))).toBe("unknown");
  });

  test("the shipped book: US referral fee 6 % from 2024-04-01, 2 % before, nothing before 2022-11-01", () => {
    // Seller University "Referral Fee Updates - 2024" (seller-us.tiktok.com knowledge_id=5982454398175018)
    // and Value Added Resource for the 2023 schedule, as cited in src/core/rates/shop/us.ts.
    const now = RATE_BOOK.lookup({ book: "shop", market: "US", kind: "commission", asOf: "2025-06-01" });
    expect(now.status === "inForce" && now.value.toString()).toBe("0.06");
    const before = RATE_BOOK.lookup({ book: "shop", market: "US", kind: "commission", asOf: "2024-03-31" });
    expect(before.status === "inForce" && before.value.toString()).toBe("0.02");
    expect(status(RATE_BOOK.lookup({ book: "shop", market: "US", kind: "commission", asOf: "2020-01-01" }))).toBe(
      "notYet",
    );
  });

  test("kinds and markets are checked by the compiler", () => {
    const q = { book: "shop", market: "UK", asOf: "2025-01-01" } as const;
    // @ts-expect-error a typo in a kind does not compile
    expect(status(TEST_BOOK.lookup({ ...q, kind: "comission" }))).toBe("unknown");
    // @ts-expect-error a LIVE kind is not a shop kind
    expect(status(TEST_BOOK.lookup({ ...q, kind: "usdPerDiamond" }))).toBe("unknown");
    // @ts-expect-error an unknown market code does not compile
    expect(status(TEST_BOOK.lookup({ ...q, market: "XX", kind: "commission" }))).toBe("unknown");
  });
});

describe("one helper turns a non-answer into the right #N/A", () => {
  const cases: [string, RateLookup, string, RegExp][] = [
    [
      "unknown",
      TEST_BOOK.lookup({ book: "shop", market: "US", kind: "commission" }),
      "kind",
      /has no commission for US/,
    ],
    [
      "notYet",
      TEST_BOOK.lookup({ book: "shop", market: "UK", kind: "commission", asOf: "2023-01-01" }),
      "as_of",
      /before 2024-01-01: the rate book starts there/,
    ],
    [
      "ended",
      TEST_BOOK.lookup({ book: "shop", market: "UK", kind: "growth", asOf: "2025-01-01" }),
      "as_of",
      /is in force on 2025-01-01 \(the last one ended 2024-06-30\)/,
    ],
    [
      "unpublished",
      TEST_BOOK.lookup({ book: "shop", market: "UK", kind: "commission", category: "Books" }),
      "category",
      /Books in UK on 2025-01-01 is not public \(Seller Center only\)/,
    ],
  ];
  test.each(cases)("%s", (_name, r, argument, message) => {
    if (r.status === "inForce") throw new Error("expected no answer");
    const e = rateLookupError({ market: r.status === "unknown" ? "US" : "UK", kind: "commission" }, r);
    expect(isCoreError(e) && e.kind).toBe("notAvailable");
    expect(e.argument).toBe(argument);
    expect(e.message).toMatch(message);
  });

  test("resolve throws it; the deprecated wrappers keep their old null/throw rules", () => {
    expect(() => TEST_BOOK.resolve({ book: "shop", market: "UK", kind: "growth", asOf: "2025-01-01" })).toThrow(
      /in force on 2025-01-01/,
    );
    expect(TEST_BOOK.find({ book: "shop", market: "UK", kind: "growth", asOf: "2025-01-01" })).toBeNull();
    expect(() => TEST_BOOK.require({ book: "shop", market: "UK", kind: "growth", asOf: "2025-01-01" })).toThrow();
    expect(() => TEST_BOOK.find({ book: "shop", market: "UK", kind: "commission", asOf: "2023-01-01" })).toThrow(
      /starts there/,
    );
    expect(TEST_BOOK.peek({ book: "shop", market: "UK", kind: "commission", category: "Books" })?.unpublished).toBe(
      true,
    );
    expect(TEST_BOOK.peek({ book: "shop", market: "UK", kind: "comission" })).toBeNull();
  });
});

describe("a book passed in changes the answer", () => {
  test("shop fees priced with the test book instead of the shipped one", () => {
    const order = { price: 100, market: "UK", asOf: "2025-06-01" } as const;
    const shipped = shopFees(order);
    const own = shopFees({ ...order, book: TEST_BOOK });
    // Shipped UK book: 9 % commission from 2024-09-02 (topeuropenews.com report of the Seller Center notice).
    expect(shipped.breakdown.lines.find((l) => l.key === "commission")!.amount.toString()).toBe("9");
    expect(own.breakdown.lines.map((l) => [l.key, l.amount.toString()])).toEqual([["commission", "7"]]);
    expect(own.breakdown.total.toString()).toBe("7");
  });

  test("an unpublished category in the passed book is #N/A, not the shipped rate", () => {
    let err: unknown;
    try {
      shopFees({ price: 100, market: "UK", category: "Books", asOf: "2025-06-01", book: TEST_BOOK });
    } catch (e) {
      err = e;
    }
    expect(isCoreError(err) && err.argument).toBe("category");
  });

  test("LIVE: a gift's price and a coin pack from another book", () => {
    const live = {
      book: "live",
      market: "*",
      base: "none",
      source: "https://example.org/live",
      read: "2026-11-01",
      grade: "C",
    } as const;
    const book = new RateBook([
      { ...live, kind: "giftCoins", category: "Rose", value: "2", basis: "count", effective: "2024-01-01" },
      { ...live, kind: "coinPack", category: "web:100", value: "1.00", basis: "amount", effective: "2024-01-01" },
    ]);
    expect(giftCoins("Rose", 10, null).coins.toString()).toBe("10");
    expect(giftCoins("Rose", 10, null, book).coins.toString()).toBe("20");
    expect(coinCost(1000, "web", null, "US", null, book).cost.toString()).toBe("10");
  });
});

describe("honest dates: a date in a window no source dates still computes, flagged", () => {
  const dated = (effective: string, value: string, d: "inForce" | "knownSince") =>
    ({ ...base, kind: "transaction", value, effective, dated: d }) as const;
  const book = new RateBook([dated("2024-01-01", "0.02", "inForce"), dated("2025-06-01", "0.03", "knownSince")]);

  test("before a rate known only from a later date: the older rate, with the flag", () => {
    const r = book.lookup({ book: "shop", market: "UK", kind: "transaction", asOf: "2025-05-31" });
    expect(r.status === "inForce" && [r.value.toString(), r.unsure?.knownSince.effective]).toEqual([
      "0.02",
      "2025-06-01",
    ]);
    expect(r.status === "inForce" && r.unsure?.message).toMatch(/known from 2025-06-01 .*may already have applied/);
    const after = book.lookup({ book: "shop", market: "UK", kind: "transaction", asOf: "2025-06-01" });
    expect(after.status === "inForce" && after.unsure).toBeUndefined();
  });

  test("the shipped book: UK Books 7 % is known only from 2026-04-25, so 9 % before it carries the flag", () => {
    const r = shopFees({ price: 100, market: "UK", category: "Books", asOf: "2026-01-01" });
    const commission = r.breakdown.lines.find((l) => l.key === "commission")!;
    expect(commission.amount.toString()).toBe("9");
    expect(commission.note).toMatch(/^Unsure date: Commission \(books\) 0.07 is known from 2026-04-25/);
  });

  test("an undated gift guide's price answers earlier dates too, flagged (LIVE)", () => {
    const r = RATE_BOOK.lookup({ book: "live", market: "*", kind: "giftCoins", category: "Lion", asOf: "2023-01-01" });
    expect(r.status === "inForce" && r.value.toString()).toBe("29999");
    expect(r.status === "inForce" && r.unsure?.message).toMatch(/only known from/);
  });
});

test("an undated LIVE figure reaches back only to the first dated figure of its kind (gift prices: 2021-09-03), not before", () => {
  const q = { book: "live", market: "*", kind: "giftCoins", category: "Lion" } as const;
  expect(status(RATE_BOOK.lookup({ ...q, asOf: "2021-09-03" }))).toBe("inForce");
  expect(status(RATE_BOOK.lookup({ ...q, asOf: "2021-09-02" }))).toBe("notYet");
});
