/**
 * The closed lists of values behind parameters that take one (a parameter's `choices`), built from
 * the rate book, its market list and the core's vocabularies — never typed a second time here. The
 * generator (declarations.ts) turns each list a spec uses into a custom enum in
 * generated/functions.ts, which Excel shows in the formula AutoComplete (`@customenum`). A market
 * or a gift added to the book is in the lists at the next `npm run generate:functions`.
 *
 * Only the generator and the tests import this module: the lists live in functions.json, not in
 * functions.js.
 */
import { FEE_IDS, FEE_KINDS, feeNames } from "../core/feeKinds";
import { CHANNELS } from "../core/live/coins";
import { RATE_BOOK, type RateBook } from "../core/rates";
import { AD_FORMATS } from "../core/rates/ads";
import { MARKETS, type Market } from "../core/rates/markets";
import type { RateEntry } from "../core/rates/types";
import { SELLER_PROFILE_WORDS } from "./sellerProfile";
import type { ChoiceListId } from "./spec";
import { ESTIMATES, METHODS } from "./specs/live";

/** One value of a list: what the function reads, and the line Excel shows beside it. */
export interface Choice {
  readonly value: string;
  readonly tooltip: string;
}

export interface ChoiceList {
  /** One line for the generated enum's comment. */
  readonly about: string;
  readonly choices: readonly Choice[];
}

/** What the lists are built from: the shipped book and market list unless a test passes others. */
export interface ChoiceSources {
  readonly markets: readonly Market[];
  readonly book: RateBook;
}

const SHIPPED: ChoiceSources = { markets: MARKETS, book: RATE_BOOK };

const marketChoice = (m: Market): Choice => ({
  value: m.code,
  tooltip: `${m.name} (${m.currency})${m.shop === false ? ": LIVE and Creator Rewards only, no TikTok Shop" : ""}`,
});

/**
 * Books' kinds in the order their entries first appear, each with what a tooltip says of it: the
 * label of its market-wide entry, or that it is priced by category.
 */
function kindsOf(book: RateBook): { kind: string; book: string; about: string }[] {
  const byKind = new Map<string, RateEntry[]>();
  for (const e of book.entries) byKind.set(e.kind, [...(byKind.get(e.kind) ?? []), e]);
  return [...byKind].map(([kind, entries]) => {
    const plain = entries.find((e) => e.category === "*" && e.label);
    const categories = [...new Set(entries.map((e) => e.category).filter((c) => c !== "*"))];
    const about = plain?.label ?? (categories.length > 0 ? `by category, e.g. ${categories[0]}` : kind);
    return { kind, book: entries[0].book, about };
  });
}

/** Where the book has an entry of a kind: "ID, TH" (for a tooltip). */
function marketsWith(book: RateBook, kinds: readonly string[], onlyIn?: readonly string[]): string {
  const codes = [...new Set(book.entries.filter((e) => kinds.includes(e.kind)).map((e) => e.market))];
  return codes.filter((c) => c !== "*" && (!onlyIn || onlyIn.includes(c))).join(", ");
}

const BOOK_NAMES: Record<string, string> = { shop: "TikTok Shop", live: "LIVE", ads: "Ads" };

const ESTIMATE_TOOLTIPS: Record<(typeof ESTIMATES)[number], string> = {
  low: "The low end of the sourced range",
  typical: "The typical value (the default)",
  high: "The high end of the sourced range",
};

const METHOD_TOOLTIPS: Record<(typeof METHODS)[number], string> = {
  packs: "The cheapest combination of coin packs (the default in the apps)",
  perCoin: "The price per coin (the default on the web)",
};

const CHANNEL_TOOLTIPS: Record<(typeof CHANNELS)[number], string> = {
  web: "Coins bought on the TikTok website (the default)",
  ios: "Coins bought in the iOS app (App Store prices)",
  android: "Coins bought in the Android app (Google Play prices)",
};

/** The billing models ADCOST and ADVOLUME read besides the premium formats (core/ads/billing.ts). */
const BILLING_MODELS: readonly Choice[] = [
  { value: "CPM", tooltip: "Cost per 1,000 impressions (volume: impressions)" },
  { value: "oCPM", tooltip: "Optimised CPM (volume: impressions)" },
  { value: "CPC", tooltip: "Cost per click (volume: clicks)" },
  { value: "CPV", tooltip: "Cost per view (volume: views)" },
];

/** The benchmarks ADBENCHMARK reads (core/ads/billing.ts), as people type them. */
const METRICS: readonly Choice[] = [
  { value: "CPM", tooltip: "Cost per 1,000 impressions, USD" },
  { value: "CPC", tooltip: "Cost per click, USD" },
  { value: "CTR", tooltip: "Click-through rate, a fraction" },
];

const LEVELS: readonly Choice[] = [
  { value: "campaign", tooltip: "A campaign's budget" },
  { value: "adgroup", tooltip: "An ad group's budget" },
  { value: "gmvmax", tooltip: "A GMV Max campaign's daily budget (TikTok Shop's ads campaign type from July 2025)" },
];

const PERIODS: readonly Choice[] = [
  { value: "day", tooltip: "The most spent on one day: 125 % of the daily budget (the default)" },
  { value: "week", tooltip: "The most spent in a calendar week, Sunday to Saturday: 7 × the daily budget" },
];

const CONVERSIONS: readonly Choice[] = [
  { value: "shallow", tooltip: "A shallow optimisation goal such as clicks or add to cart (the default)" },
  { value: "install", tooltip: "App installs" },
  { value: "deep", tooltip: "A deep goal such as purchases" },
];

/** What each seller_profile word switches on: the kinds of fee or withholding it brings, and where. */
const PROFILE_WORDS: Record<
  string,
  { kinds: readonly string[]; onlyIn?: readonly string[]; tooltip: (where: string) => string }
> = {
  individual: {
    kinds: ["vatWithheld", "pitWithheld"],
    tooltip: (where) => `An individual seller (the default): VAT and income tax withheld in ${where}`,
  },
  business: {
    kinds: ["vatWithheld", "pitWithheld"],
    tooltip: (where) => `A tax-registered business: no individual's withholding in ${where}`,
  },
  mall: { kinds: ["mallService"], tooltip: (where) => `A Mall shop: the Mall service fee in ${where}` },
  "cross-border": {
    kinds: ["transactionCrossBorder"],
    tooltip: (where) => `A cross-border seller: the cross-border transaction fee in ${where}`,
  },
  "above threshold": {
    kinds: ["incomeTaxWithheld"],
    tooltip: (where) => `Turnover above the withholding threshold: income tax withheld in ${where}`,
  },
  "no tax id": {
    kinds: ["vatWithheld", "incomeTaxWithheld"],
    // Elsewhere these kinds follow the seller type or the threshold; the missing tax ID is Mexico's rule.
    onlyIn: ["MX"],
    tooltip: (where) => `No tax ID given to TikTok (RFC in Mexico): IVA and ISR withheld in ${where}`,
  },
  "pre-order": {
    kinds: ["preOrderService"],
    tooltip: (where) => `Pre-order items: the pre-order service fee in ${where}`,
  },
};

/** Every list, built from `sources` (the shipped rate book and markets by default). */
export function choiceLists(sources: ChoiceSources = SHIPPED): Record<ChoiceListId, ChoiceList> {
  const { markets, book } = sources;
  const shopMarkets = markets.filter((m) => m.shop !== false);
  const has = (m: Market, kind: string) => book.entries.some((e) => e.kind === kind && e.market === m.code);
  const feeBookKinds = new Set<string>(FEE_IDS.map((id) => FEE_KINDS[id].bookKind));
  const contentTypes = book.categories("ads", "*").filter((c) => book.has("ads", "*", "sponsorshipContent", c));
  return {
    MARKET: { about: "Every market of the rate book.", choices: markets.map(marketChoice) },
    SHOP_MARKET: { about: "The markets where TikTok Shop sells.", choices: shopMarkets.map(marketChoice) },
    FBT_MARKET: {
      about: "The markets whose Fulfilled by TikTok fee table the rate book holds.",
      choices: shopMarkets.filter((m) => has(m, "fbt")).map(marketChoice),
    },
    COIN_MARKET: {
      about: "The markets whose coin price list the rate book holds (the worldwide list is US dollars: the US).",
      choices: markets.filter((m) => m.code === "US" || has(m, "coinPack")).map(marketChoice),
    },
    FEE: {
      about: "The TikTok Shop order fees (the one fee vocabulary, src/core/feeKinds.ts).",
      choices: FEE_IDS.map((id) => ({
        value: id,
        tooltip: `${FEE_KINDS[id].label}; also read as ${feeNames(id).slice(1, 4).join(", ")}`,
      })),
    },
    RATE_FEE: {
      about: "The order fees, then every other kind of the rate book.",
      choices: [
        ...FEE_IDS.map((id) => ({ value: id, tooltip: `${FEE_KINDS[id].label} (TikTok Shop order fee)` })),
        ...kindsOf(book)
          .filter((k) => !feeBookKinds.has(k.kind))
          .map((k) => ({ value: k.kind, tooltip: `${BOOK_NAMES[k.book] ?? k.book}: ${k.about}` })),
      ],
    },
    GIFT: {
      about: "The LIVE gifts of the rate book's catalog.",
      choices: book
        .categories("live", "*")
        .filter((c) => book.has("live", "*", "giftCoins", c))
        .map((g) => {
          const e = book.peek({ book: "live", market: "*", kind: "giftCoins", category: g });
          return { value: g, tooltip: e ? `${e.value} coin${e.value === "1" ? "" : "s"}` : "LIVE gift" };
        }),
    },
    COIN_CHANNEL: {
      about: "Where a viewer buys coins.",
      choices: CHANNELS.map((c) => ({ value: c, tooltip: CHANNEL_TOOLTIPS[c] })),
    },
    COIN_METHOD: {
      about: "How coins are priced.",
      choices: METHODS.map((m) => ({ value: m, tooltip: METHOD_TOOLTIPS[m] })),
    },
    ESTIMATE: {
      about: "Which end of a sourced range.",
      choices: ESTIMATES.map((e) => ({ value: e, tooltip: ESTIMATE_TOOLTIPS[e] })),
    },
    AD_MODEL: {
      about: "Billing models and the premium formats of the rate book.",
      choices: [
        ...BILLING_MODELS,
        ...AD_FORMATS.filter((f) => f.id !== "InFeed").map((f) => ({
          value: f.id,
          tooltip: `${f.name} (volume: days)`,
        })),
      ],
    },
    AD_METRIC: { about: "The ad benchmarks of the rate book.", choices: METRICS },
    INDUSTRY: {
      about: "The industries the rate book has benchmarks for.",
      choices: book
        .categories("ads", "*")
        .filter((c) => book.has("ads", "*", "cpm", c))
        .map((i) => ({ value: i, tooltip: `Benchmarks for ${i}` })),
    },
    BUDGET_LEVEL: { about: "Where a budget is set.", choices: LEVELS },
    BUDGET_PERIOD: { about: "The span of a Dynamic Daily Budget's ceiling.", choices: PERIODS },
    CONVERSION: { about: "The optimisation goal of an ad group.", choices: CONVERSIONS },
    CONTENT_TYPE: {
      about: "The sponsorship content types of the rate book.",
      choices: contentTypes.map((c) => ({ value: c, tooltip: `Sponsored ${c}` })),
    },
    SELLER_PROFILE: {
      about: 'Words of seller_profile, one at a time (combine them with commas, e.g. "business, mall").',
      // "fee tax 6.25%" is a pattern (fee tax and a rate), not one of a closed set: typed, not listed.
      choices: SELLER_PROFILE_WORDS.filter((w) => PROFILE_WORDS[w]).map((w) => ({
        value: w,
        tooltip: PROFILE_WORDS[w].tooltip(
          marketsWith(book, PROFILE_WORDS[w].kinds, PROFILE_WORDS[w].onlyIn) || "no market yet",
        ),
      })),
    },
  };
}
