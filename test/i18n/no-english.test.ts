/**
 * No English inside translated output (issue #23): in each of the 12 other languages, every message
 * with sample parameters, the function tables' labels (LIVEWATERFALL, ADFUNNEL), the reasons a text
 * is not a number, the settlement layouts' titles and the reasons a line is skipped must not contain
 * common English words. What legitimately stays English is taken out first: quoted text (values the
 * user types, column names as TikTok writes them), function and argument names, URLs, codes.
 */
import { ALL_EN } from "../../src/core/settlement/messages";
import { type Catalog, type MessageKey, type MessageParams, message } from "../../src/core/messages";
import { parseNumberText } from "../../src/core/numberText";
import { LAYOUTS } from "../../src/core/settlement/layouts";
import { SPECS } from "../../src/functions/registry";
import { useCatalog } from "../../src/i18n/active";
import type { Language } from "../../src/i18n/languages";
import { MESSAGE_CATALOGS } from "../../src/i18n/messageCatalogs";
import { englishIn } from "../support/english";

/** Sample values: neutral tokens, except where a parameter chooses the wording. */
const SAMPLE: Readonly<Record<string, string | number>> = {
  argument: "price",
  text: "19,99",
  level: "adgroup",
  type: "daily",
  strict: 1,
  channel: "ios",
  market: "UK",
  code: "GB",
  currency: "GBP",
  expected: "GBP",
};
const sampleParams = (key: MessageKey): MessageParams => {
  const names = new Set<string>();
  const probe = new Proxy({} as Record<string, string>, {
    get: (_, name) => {
      if (typeof name === "string") names.add(name);
      return "5";
    },
  });
  (ALL_EN[key] as (p: MessageParams) => string)(probe);
  return Object.fromEntries([...names].map((n) => [n, SAMPLE[n] ?? (n === "why" ? "notNumber" : "5")]));
};

const WATERFALL_LINES = ["step", "share", "appStore", "tiktok", "agency", "withdrawalFee", "creator", "viewerSpend"];
const FUNNEL_LINES = [
  "step",
  "value",
  "budget",
  "impressions",
  "clicks",
  "conversions",
  "revenue",
  "roas",
  "cpa",
  "profit",
];
const NOT_NUMBERS = ["6%", "1e5000", "1,234", "19,99", "1,23,456", "1.234.567", "1 234", "abc"];

/** The table.column keys, read from the English catalog (pick's table). */
function tableColumns(): Record<string, true> {
  const seen: Record<string, true> = {};
  const en = ALL_EN["table.column"];
  for (const c of "gift coins since until source note format duration delivery pricing low high code market currency defaultCommission category commission component rate base amount totalShopFees".split(
    " ",
  ))
    if (en({ column: c }) !== c) seen[c] = true;
  return seen;
}

/** Every text of one language this test reads, by where it comes from. */
function texts(catalog: Catalog): [string, string][] {
  const out: [string, string][] = [];
  const say = (key: MessageKey, params: MessageParams) => (catalog[key] as (p: MessageParams) => string)(params);
  for (const key of Object.keys(ALL_EN) as MessageKey[]) out.push([key, say(key, sampleParams(key))]);
  for (const line of WATERFALL_LINES)
    out.push([`waterfall ${line}`, say("live.waterfallLabel", { line, channel: "ios" })]);
  for (const line of FUNNEL_LINES) out.push([`funnel ${line}`, say("ads.funnelLabel", { line })]);
  for (const text of NOT_NUMBERS) {
    const r = parseNumberText(text, { percent: text !== "6%" });
    if (r.ok) throw new Error(`${text} reads as a number`);
    out.push([`number "${text}"`, say("number.textReason", { argument: "price", text, ...r.cause })]);
  }
  for (const why of ["notOpen", "followers", "views", "seconds", "age"])
    out.push([`creator rewards ${why}`, say("live.crpReason", { why, a: "5", b: "5" })]);
  const columns = Object.keys(tableColumns());
  for (const column of columns) out.push([`column ${column}`, say("table.column", { column })]);
  for (const l of LAYOUTS) out.push([`layout ${l.id}`, say("settlement.layoutTitle", { title: l.title })]);
  out.push(["skip adjustment", say("settlement.skipAdjustment", { type: "5", why: "" })]);
  return out;
}

test("the probe: an English sentence is caught, the allowed English is not", () => {
  expect(englishIn("Der Preis must be a number between 0 and 1.")).toBe("must");
  expect(englishIn('price ist Text "the number": Geben Sie TIKTOK.SHOPFEE(20) ein, usd_per_diamond.')).toBeNull();
  const english = texts(ALL_EN as unknown as Catalog).filter(([, t]) => englishIn(t) !== null);
  // English itself is caught nearly everywhere: the check can see what it looks for.
  expect(english.length).toBeGreaterThan(100);
});

describe.each(Object.entries(MESSAGE_CATALOGS) as [Exclude<Language, "en">, Catalog][])("%s", (language, catalog) => {
  test("no English words in messages, labels, reasons and layout titles", () => {
    const found = texts(catalog)
      .map(([where, text]) => [where, englishIn(text), text] as const)
      .filter(([, word]) => word !== null);
    expect(found).toEqual([]);
  });

  test("the function tables speak the language", () => {
    useCatalog(language, catalog);
    try {
      const waterfall = SPECS.LIVEWATERFALL.impl(29999, "ios") as unknown[][];
      const funnel = SPECS.ADFUNNEL.impl(1000, 8, 0.009, 0.02, 45, 0.4) as unknown[][];
      const labels = [...waterfall.map((r) => r[0]), waterfall[0][2], ...funnel.map((r) => r[0]), funnel[0][1]];
      for (const label of labels) expect([label, englishIn(String(label))]).toEqual([label, null]);
      const crp = SPECS.CREATORREWARDSELIGIBLE.impl(10, 20, 30) as string;
      expect([crp, englishIn(crp)]).toEqual([crp, null]);
      const english = message("live.waterfallLabel", { line: "step", channel: "ios" }).text;
      expect(waterfall[0][0]).not.toBe(english);
    } finally {
      useCatalog("en", undefined);
    }
  });

  test("the layout titles are all translated", () => {
    for (const l of LAYOUTS) {
      const said = (catalog["settlement.layoutTitle"] as (p: MessageParams) => string)({ title: l.title });
      expect([l.id, said === l.title]).toEqual([l.id, false]);
    }
  });
});
