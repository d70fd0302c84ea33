/**
 * The rate book's own rules: every entry has a value, an effective date, an https source and the
 * day it was read; no two entries of one key overlap in time; ranges contain their value.
 */
import { Decimal } from "../../../src/core/decimal";
import { isIsoDate } from "../../../src/core/dates";
import { ALL_RATES, RATE_BOOK, RATE_BOOK_VERSION, RateBook } from "../../../src/core/rates";
import { MARKETS } from "../../../src/core/rates/markets";
import { KINDS_OF } from "../../../src/core/rates/types";
import { rateBookVersion } from "../../../src/core/rates/version";

const GRADES = new Set(["A", "A-", "B", "C", "D"]);
const MARKET_CODES = new Set(["*", ...MARKETS.map((m) => m.code)]);
const READ_LIMIT = "2026-12-07";

const described = ALL_RATES.map((e) => [`${e.book} ${e.market} ${e.kind} ${e.category} ${e.effective}`, e] as const);

test("the book is not empty and covers every market with public fees", () => {
  expect(ALL_RATES.length).toBeGreaterThan(100);
  for (const m of ["US", "UK", "DE", "ES", "FR", "IT", "IE", "ID", "MY", "TH", "VN", "PH", "SG", "MX", "JP"]) {
    expect(RATE_BOOK.kinds("shop", m)).toContain("commission");
  }
});

test.each(described)("%s: complete and well-formed", (_name, e) => {
  expect(e.source).toMatch(/^https?:\/\/[^\s]+\.[^\s]+/);
  expect(isIsoDate(e.effective)).toBe(true);
  expect(isIsoDate(e.read)).toBe(true);
  expect(e.read <= READ_LIMIT).toBe(true);
  if (e.until !== undefined) {
    expect(isIsoDate(e.until)).toBe(true);
    expect(e.until >= e.effective).toBe(true);
  }
  expect(GRADES.has(e.grade)).toBe(true);
  expect(MARKET_CODES.has(e.market)).toBe(true);
  const value = new Decimal(e.value);
  expect(value.isFinite()).toBe(true);
  if (e.basis === "rate") expect(value.greaterThanOrEqualTo(0) && value.lessThanOrEqualTo(1)).toBe(true);
  if (e.low !== undefined) expect(new Decimal(e.low).lessThanOrEqualTo(value)).toBe(true);
  if (e.high !== undefined) expect(new Decimal(e.high).greaterThanOrEqualTo(value)).toBe(true);
  for (const a of e.alternatives ?? []) {
    expect(a.source).toMatch(/^https?:\/\//);
    expect(GRADES.has(a.grade)).toBe(true);
  }
  if (e.unpublished) expect(e.note?.length ?? 0).toBeGreaterThan(20);
});

test("sources are https, except the few third-party reprints only served over http (listed)", () => {
  const http = [...new Set(ALL_RATES.filter((e) => e.source.startsWith("http://")).map((e) => e.source))];
  // Chinese-language reprints of official notices and TikTok's 2019 support page are only listed over http.
  expect(http.every((u) => /9158app\.com|xyrl\.com|kakiforex\.com|support\.tiktok\.com|5515\.cn/.test(u))).toBe(true);
});

test("no two entries of one key overlap in time", () => {
  const byKey = new Map<string, (typeof ALL_RATES)[number][]>();
  for (const e of ALL_RATES) {
    const k = `${e.book}|${e.market}|${e.kind}|${e.category.toLowerCase()}`;
    byKey.set(k, [...(byKey.get(k) ?? []), e]);
  }
  const overlaps: string[] = [];
  for (const [k, list] of byKey) {
    const sorted = [...list].sort((a, b) => a.effective.localeCompare(b.effective));
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1];
      if (prev.effective === sorted[i].effective) overlaps.push(`${k}: two entries start ${prev.effective}`);
      if (prev.until !== undefined && prev.until >= sorted[i].effective)
        overlaps.push(`${k}: ${prev.effective}–${prev.until} overlaps ${sorted[i].effective}`);
    }
  }
  expect(overlaps).toEqual([]);
});

test("the version is the newest effective date plus a content hash, and changes with the content", () => {
  expect(RATE_BOOK_VERSION.label).toMatch(/^\d{4}-\d{2}-\d{2}\+[0-9a-f]{8}$/);
  expect(RATE_BOOK_VERSION.newestEffective).toBe(
    ALL_RATES.map((e) => e.effective)
      .sort()
      .at(-1),
  );
  const changed = ALL_RATES.map((e, i) => (i === 0 ? { ...e, value: "0.061" } : e));
  const other = rateBookVersion(changed, new RateBook(changed).newestEffective);
  expect(other.newestEffective).toBe(RATE_BOOK_VERSION.newestEffective);
  expect(other.hash).not.toBe(RATE_BOOK_VERSION.hash);
  // Key order inside an entry does not matter, only content.
  const reordered = ALL_RATES.map((e) => Object.fromEntries(Object.entries(e).reverse()) as typeof e);
  expect(rateBookVersion(reordered, RATE_BOOK.newestEffective).hash).toBe(RATE_BOOK_VERSION.hash);
});

test("category names are found case-insensitively and unknown ones list close matches", () => {
  expect(RATE_BOOK.category("shop", "UK", "electronics")).toBe("Electronics");
  expect(RATE_BOOK.category("shop", "UK", "All")).toBe("*");
  expect(() => RATE_BOOK.category("shop", "UK", "Electronic")).toThrow(/Did you mean "Electronics"/);
});

test("every kind belongs to its book (the union types check literals; this checks built entries)", () => {
  const wrong = ALL_RATES.filter((e) => !(KINDS_OF[e.book] as readonly string[]).includes(e.kind));
  expect(wrong.map((e) => `${e.book} ${e.kind}`)).toEqual([]);
});

test("categories are canonical: trimmed, single-spaced, one spelling per book and market, and shaped per kind", () => {
  const problems: string[] = [];
  const spellings = new Map<string, string>();
  for (const e of ALL_RATES) {
    const c = e.category;
    if (c !== c.trim() || /\s{2,}/.test(c) || c === "") problems.push(`${e.market} ${e.kind}: "${c}" is not trimmed`);
    const k = `${e.book}|${e.market}|${c.toLowerCase()}`;
    const seen = spellings.get(k);
    if (seen !== undefined && seen !== c) problems.push(`${e.market}: "${seen}" and "${c}" differ only in case`);
    spellings.set(k, c);
    if (e.kind === "coinPack" && !/^(web|app):\d+$/.test(c)) problems.push(`coin pack category "${c}"`);
    if (e.kind === "appStoreShare" && !["web", "ios", "android"].includes(c)) problems.push(`app store "${c}"`);
    if (e.kind === "fbt" && !/^FBT (XS|S|M|L|XL)$/.test(c)) problems.push(`FBT tier "${c}"`);
  }
  expect(problems).toEqual([]);
});

test("every entry says what its date is: a published change date (inForce) or only the first date a source shows it (knownSince)", () => {
  const missing = ALL_RATES.filter((e) => e.dated !== "inForce" && e.dated !== "knownSince");
  expect(missing.map((e) => `${e.book} ${e.market} ${e.kind} ${e.category} ${e.effective}`)).toEqual([]);
});

test("a fee marked introduced is the first entry of its key, with a published start date (inForce)", () => {
  const introduced = ALL_RATES.filter((e) => e.introduced);
  expect(introduced.length).toBeGreaterThan(0);
  for (const e of introduced) {
    const first = RATE_BOOK.history(e.book, e.market, e.kind, e.category)[0];
    expect([e.market, e.kind, first === e, e.dated]).toEqual([e.market, e.kind, true, "inForce"]);
  }
});

test("one grade per source: the same page is not trusted differently in two entries (alternatives included)", () => {
  const grades = new Map<string, Set<string>>();
  for (const e of ALL_RATES) {
    for (const [source, grade] of [[e.source, e.grade], ...(e.alternatives ?? []).map((a) => [a.source, a.grade])]) {
      grades.set(source, (grades.get(source) ?? new Set()).add(grade));
    }
  }
  expect([...grades].filter(([, g]) => g.size > 1).map(([s, g]) => `${s}: ${[...g].join(", ")}`)).toEqual([]);
});

/** Sites that reprint Seller University notices or press (docs/rates.md, "Grades"): never better than B. */
const REPRINT_HOSTS = [
  "tt123.com",
  "kexiaomei.com",
  "maijiaw.com",
  "menglar123.com",
  "heycross.com",
  "9158app.com",
  "klaiya.com",
  "xyrl.com",
  "tkzyw.com",
  "5515.cn",
  "imsella.vn",
  "keyouyun.com",
];

test("reprints on content farms are graded B at best", () => {
  const better = ALL_RATES.flatMap((e) => [
    [e.source, e.grade],
    ...(e.alternatives ?? []).map((a) => [a.source, a.grade]),
  ]).filter(([source, grade]) => REPRINT_HOSTS.some((h) => new URL(source).hostname.endsWith(h)) && /^A/.test(grade));
  expect([...new Set(better.map(([s, g]) => `${g} ${s}`))]).toEqual([]);
});
