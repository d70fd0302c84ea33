/**
 * The message catalog: every sentence the core and the function layer say to a person, keyed, with
 * named parameters, written once here in English. An error carries its key and parameters beside
 * the English text, so a language catalog with the same keys and parameters can say it again in
 * the reader's language (the function layer, the pane and the CLI render it; the core stays
 * language-free). Tests match on keys and argument names, not on the wording.
 */

/** Parameters of a message: names to text or numbers already formatted by the caller. */
export type MessageParams = Readonly<Record<string, string | number>>;

import type { SETTLEMENT_EN } from "./settlement/messages";

/** "a", "b" or "c": a list for a sentence, quoted. */
export function quotedChoice(choices: readonly string[]): string {
  return choices
    .map((c) => `"${c}"`)
    .join(", ")
    .replace(/, ([^,]*)$/, " or $1");
}

/** The text with its first letter in upper case: a name that starts an English sentence. */
const upperFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** English, the catalog's source language. Keys are `area.what`. */
export const EN = {
  // Numbers, dates and choices read at the edge (money.ts, dates.ts).
  "number.empty": (p: { argument: string; noun: string }) => `${p.argument} is empty: enter ${p.noun}.`,
  "number.boolean": (p: { argument: string; noun: string }) => `${p.argument} is TRUE/FALSE: enter ${p.noun}.`,
  "number.notFinite": (p: { argument: string; noun: string }) =>
    `${p.argument} is not a finite number: enter ${p.noun}.`,
  "number.text": (p: { argument: string; text: string; noun: string }) =>
    `${p.argument} is text ("${p.text}"): enter ${p.noun}.`,
  // why: the reason's key (numberReason); a, b: what to type instead.
  "number.textReason": (p: { argument: string; text: string; why: string; a: string; b: string }) =>
    `${p.argument} is text "${p.text}": ${numberReason(p)}.`,
  "number.tooLarge": (p: { argument: string; max: string }) =>
    `${p.argument} is too large: at most ${p.max} is allowed.`,
  "number.negative": (p: { argument: string; value: string }) =>
    `${p.argument} is negative (${p.value}): enter zero or more.`,
  "number.zero": (p: { argument: string; noun: string }) => `${p.argument} is zero: enter ${p.noun} greater than zero.`,
  "number.notWhole": (p: { argument: string; value: string }) =>
    `${p.argument} must be a whole number, not ${p.value}.`,
  "rate.outOfRange": (p: { argument: string; value: string; limit: string }) =>
    `${p.argument} is ${p.value}: enter a rate between 0 and ${p.limit} (6% is 0.06).`,
  "date.notIso": (p: { text: string }) => `"${p.text}" is not a date in the form YYYY-MM-DD.`,
  "date.notSerial": (p: { argument: string }) =>
    `${p.argument} is not a date: enter a date cell or text such as "2025-01-31".`,
  "date.notDateText": (p: { argument: string; text: string }) =>
    `${p.argument} "${p.text}" is not a date: use a date cell or text such as "2025-01-31".`,
  "date.wrongType": (p: { argument: string; what: string }) => `${p.argument} must be a date, not ${p.what}.`,
  "name.unknown": (p: { what: string; given: string }) => `Unknown ${p.what} "${p.given}".`,
  "name.unknownDidYouMean": (p: { what: string; given: string; names: string }) =>
    `Unknown ${p.what} "${p.given}". Did you mean ${p.names}?`,
  "name.unknownKnown": (p: { what: string; given: string; names: string }) =>
    `Unknown ${p.what} "${p.given}". Known: ${p.names}.`,
  "name.unknownKnownMore": (p: { what: string; given: string; names: string; more: number }) =>
    `Unknown ${p.what} "${p.given}". Known: ${p.names} and ${p.more} more.`,
  "fee.unknown": (p: { given: string; fees: string }) => `Unknown fee "${p.given}": use one of ${p.fees}.`,

  // LIVE: coins, gifts, payouts (src/core/live, the LIVE functions).
  "live.noCoinPrices": (p: { market: string }) =>
    `No sourced coin prices for ${p.market}: only US (web, iOS, Android) and UK (iOS, Android) packs are in the rate book. Pass the price you pay instead.`,
  "live.noCoinPack": (p: { channel: string; market: string; known: string }) =>
    `Unknown coin pack for ${p.channel} in "${p.market}". Known: ${p.known}.`,
  "live.tooManyCoinsForPacks": (p: { max: string }) =>
    `coins is above ${p.max} for the packs method: use method "perCoin".`,
  "live.agencyTakesAll": () => "With a 100 % agency share no number of diamonds pays the creator anything.",
  "live.tooManyDiamonds": (p: { target: string; max: string }) =>
    `A payout of ${p.target} USD needs more than ${p.max} diamonds, the most the add-in counts: enter a smaller target (or check usd_per_diamond and agency_share).`,
  "live.creatorAboveSpend": (p: { creator: string; afterStore: string }) =>
    `With these parameters the creator would get more (${p.creator} USD) than the viewer paid after store fees (${p.afterStore} USD): check usd_per_diamond and coins_per_diamond.`,
  "live.beforeGiftCatalog": () => "as_of is before the gift catalog, which starts in 2021: no gift prices before that.",

  // ADS: ROAS, reach, billing models (src/core/ads).
  "ads.marginNotPositive": () =>
    "With a margin of zero or less no ROAS breaks even: every sale loses money before ads.",
  "ads.marginAboveOne": (p: { margin: string }) =>
    `A margin of ${p.margin} % is impossible: enter a fraction up to 1 (30 % is 0.3).`,
  "ads.targetNotBelowMargin": (p: { target: string; margin: string }) =>
    `The target margin (${p.target} %) is not below the margin before ads (${p.margin} %): no ad spend keeps it.`,
  "ads.frequencyBelowOne": () => "Average frequency is at least 1 (each person reached sees the ad at least once).",
  "ads.noCpvBenchmark": () =>
    "No reliable public CPV benchmark exists: pass your cost per view as the rate, e.g. 0.03.",
  "ads.topViewByCpm": (p: { cpm: string }) =>
    `TopView is reserved at a CPM (about $${p.cpm}), not per day: pass your daily quote as the rate, or use ADCOST("CPM", impressions, ${p.cpm}).`,
  "ads.brandTakeoverNoPrice": () =>
    "Brand Takeover has no public price: pass your daily quote from TikTok as the rate.",
  "ads.gmvMaxDailyOnly": () => "GMV Max takes a daily budget (at least $10 a day): leave days empty.",
  "ads.flatPricePerRun": (p: { model: string }) =>
    `${p.model} is sold at a flat price for its run, not by volume: use ADCOST for its price.`,

  // SHOP: prices for a margin, order lines, fulfilment (src/core/shop).
  "shop.marginImpossible": (p: { argument: string; margin: string }) =>
    `${p.argument} of ${p.margin} % is impossible: a margin must be below 100 %.`,
  "shop.marginBelowMinusOne": (p: { argument: string }) =>
    `${p.argument} must be between −100 % and 100 % (0.25 is 25 %).`,
  "shop.noPriceForMargin": (p: { margin: string; share: string }) =>
    `No price reaches a ${p.margin} % margin: fees, affiliate commission and returns take more than ${p.share} % of every extra unit of price.`,
  "shop.priceAboveMaxCheckCosts": (p: { margin: string; max: string; currency: string }) =>
    `The price that reaches a ${p.margin} % margin is above ${p.max} ${p.currency}, the largest amount the add-in computes with: check unit_cost and the other costs.`,
  "shop.priceAboveMaxLowerMargin": (p: { margin: string; max: string; currency: string }) =>
    `The price that reaches a ${p.margin} % margin is above ${p.max} ${p.currency}, the largest amount the add-in computes with: lower target_margin, or check unit_cost and the other costs.`,
  "shop.noWholeMinorUnitPrice": (p: { currency: string }) =>
    `No price with whole ${p.currency} minor units reaches the margin; check the inputs.`,
  "shop.targetAboveNoRevenue": (p: { target: string }) =>
    `Even with no affiliate commission this order earns no margin, below the ${p.target} % target.`,
  "shop.targetAboveBestMargin": (p: { margin: string; target: string }) =>
    `Even with no affiliate commission this order earns a ${p.margin} % margin, below the ${p.target} % target.`,
  "shop.targetAboveRounded": (p: { currency: string; target: string }) =>
    `Even with no affiliate commission this order, rounded to whole ${p.currency} minor units, earns less than the ${p.target} % target.`,
  "shop.sellerDiscountAboveItems": (p: { discount: string; items: string }) =>
    `seller_discount (${p.discount}) is more than the items cost (${p.items}): enter the discount on this order line.`,
  "shop.platformDiscountAbovePayment": (p: { discount: string }) =>
    `platform_discount (${p.discount}) makes the buyer's payment negative: enter the discount on this order line.`,
  "shop.commissionRateTwice": () =>
    "Give the commission rate once: either as the category or as commission_rate with a category name.",
  "shop.noSourcedFees": (p: { market: string; code: string; note: string }) =>
    `No sourced TikTok Shop fees for ${p.market} (${p.code}) yet.${p.note ? ` ${p.note}` : ""} Pass the commission rate as the category argument, e.g. 0.06.`,
  "shop.noRevenue": () => "The order has no revenue (price and shipping are zero), so it has no margin.",
  "shop.fbtUsNotPublic": () =>
    'The US FBT rate card by weight is not public in our sources: fees start at $3.58 per item (single-unit orders) and are charged on the billable weight (see =TIKTOK.RATESOURCE("fbtFrom","US")). Pass your own fee.',
  "shop.fbtNotSourced": (p: { market: string }) => `No public FBT fee table for ${p.market}: only the UK's is sourced.`,
  "shop.fbtNoTier": (p: { longest: string; middle: string; shortest: string; weight: string }) =>
    `No UK FBT tier takes ${p.longest} × ${p.middle} × ${p.shortest} cm and ${p.weight} kg (the largest is 120 × 60 × 60 cm; 30 kg up to 61 × 46 × 46 cm).`,

  // Markets and the rate book (src/core/rates, the rate book functions).
  "market.notShop": (p: { market: string; code: string; markets: string }) =>
    `TikTok Shop does not sell in ${p.market} (${p.code}), so it has no shop fees or settlements: choose one of ${p.markets}.`,
  "market.noShopCategories": (p: { market: string }) => `No sourced TikTok Shop categories for ${p.market} yet.`,
  // A rate-book lookup that gave no number (src/core/rates/book.ts). `argument` is the date argument
  // the function calls it by (as_of; order_date in EXPECTEDFEE); `note` is the entry's note, or "".
  "rate.notInBook": (p: { kind: string; market: string }) => `The rate book has no ${p.kind} for ${p.market}.`,
  "rate.introducedLater": (p: { kind: string; market: string; first: string; argument: string; asOf: string }) =>
    `No ${p.kind} for ${p.market} before ${p.first}: the fee was introduced then (${p.argument} ${p.asOf}).`,
  "rate.beforeBook": (p: { kind: string; market: string; first: string; argument: string; asOf: string }) =>
    `No ${p.kind} rate for ${p.market} before ${p.first}: the rate book starts there (${p.argument} ${p.asOf}).`,
  "rate.ended": (p: { kind: string; market: string; asOf: string; last: string }) =>
    `No ${p.kind} rate for ${p.market} is in force on ${p.asOf} (the last one ended ${p.last}).`,
  "rate.unpublished": (p: { fee: string; market: string; asOf: string; note: string }) =>
    `The ${p.fee} for ${p.market} on ${p.asOf} is not public (Seller Center only): pass your rate as a number.${p.note ? ` ${p.note}` : ""}`,
  "rate.unpublishedCategory": (p: { fee: string; category: string; market: string; asOf: string; note: string }) =>
    `The ${p.fee} for ${p.category} in ${p.market} on ${p.asOf} is not public (Seller Center only): pass your rate as a number.${p.note ? ` ${p.note}` : ""}`,

  // SETTLEMENT: why a fee of a settlement row cannot be computed (src/core/settlement/expectedFee.ts).
  // A reason as the reconciler's report lists it, then the same as EXPECTEDFEE's error, then as the
  // argument of EXPECTEDFEE to fill in.
  "feeReason.noOrderValueColumn": () => "the file has no Customer payment column to form the order value",
  "feeReason.noItemNetColumn": () => "the file has no Subtotal after seller discounts column",
  "feeReason.noCustomerPaymentColumn": () => "the file has no Customer payment column",
  "feeReason.noBase": (p: { base: string }) => `a ${p.base} fee has no base`,
  "feeReason.noReferralRule": () => "no referral fee rule to take 20 % of",
  "feeReason.perItemNoQuantity": (p: { fee: string }) => `${p.fee} is per item and the file has no Quantity`,
  "feeReason.cappedPerItemNoQuantity": (p: { fee: string }) =>
    `${p.fee} is capped per item and the file has no Quantity`,
  "expectedFee.noOrderValueColumn": () => "The file has no Customer payment column to form the order value.",
  "expectedFee.noItemNetColumn": () => "The file has no Subtotal after seller discounts column.",
  "expectedFee.noCustomerPaymentColumn": () => "The file has no Customer payment column.",
  "expectedFee.noBase": (p: { base: string }) => `A ${p.base} fee has no base.`,
  "expectedFee.noReferralRule": () => "No referral fee rule to take 20 % of.",
  "expectedFee.perItemNoQuantity": (p: { fee: string }) =>
    `${upperFirst(p.fee)} is per item and the file has no Quantity.`,
  "expectedFee.cappedPerItemNoQuantity": (p: { fee: string }) =>
    `${upperFirst(p.fee)} is capped per item and the file has no Quantity.`,
  "expectedFee.neededNoOrderValueColumn": (p: { argument: string }) =>
    `${p.argument} is needed for this fee: The file has no Customer payment column to form the order value.`,
  "expectedFee.neededNoItemNetColumn": (p: { argument: string }) =>
    `${p.argument} is needed for this fee: The file has no Subtotal after seller discounts column.`,
  "expectedFee.neededNoCustomerPaymentColumn": (p: { argument: string }) =>
    `${p.argument} is needed for this fee: The file has no Customer payment column.`,
  "expectedFee.neededPerItemNoQuantity": (p: { argument: string; fee: string }) =>
    `${p.argument} is needed for this fee: ${upperFirst(p.fee)} is per item and the file has no Quantity.`,
  "expectedFee.neededCappedPerItemNoQuantity": (p: { argument: string; fee: string }) =>
    `${p.argument} is needed for this fee: ${upperFirst(p.fee)} is capped per item and the file has no Quantity.`,
  "expectedFee.categoryNotRate": () =>
    "category must be a category name here (the rate comes from the rate book), not a rate.",

  // The seller_profile argument (src/functions/sellerProfile.ts).
  "sellerProfile.bothTypes": () => 'seller_profile says both "individual" and "business": keep one.',
  "sellerProfile.feeTaxTwice": () => 'seller_profile gives "fee tax" twice: keep one.',
  "sellerProfile.feeTaxText": (p: { text: string; why: string; a: string; b: string }) =>
    `seller_profile fee tax "${p.text}": ${numberReason(p)}.`,
  "sellerProfile.unknownWord": (p: { word: string; words: string }) =>
    `seller_profile: unknown word "${p.word}". Use words such as ${p.words}, separated by commas.`,

  // The function layer (src/functions): what a cell's argument must be.
  "argument.range": (p: { argument: string }) => `${p.argument} must be a single value, not a range of cells.`,
  "argument.errorOrObject": (p: { argument: string }) =>
    `${p.argument} holds an error or an object: fix that cell first.`,
  "argument.booleanForNumber": (p: { argument: string }) => `${p.argument} is TRUE/FALSE: enter a number.`,
  "argument.booleanForDate": (p: { argument: string }) => `${p.argument} is TRUE/FALSE: enter a date.`,
  "argument.notFinite": (p: { argument: string }) => `${p.argument} is not a finite number.`,
  "argument.notANumber": (p: { argument: string }) => `${p.argument} must be a number.`,
  "argument.requiredNumber": (p: { argument: string }) => `${p.argument} is required: enter a number.`,
  "argument.requiredText": (p: { argument: string; example: string }) =>
    `${p.argument} is required, e.g. ${p.example}.`,
  "argument.textExpected": (p: { argument: string; example: string }) =>
    `${p.argument} must be text, e.g. ${p.example}.`,
  "argument.categoryZero": (p: { argument: string }) =>
    `${p.argument} is 0 (an empty cell also reads as 0 on Excel desktop): for a 0 % commission type "0%", otherwise leave ${p.argument} out or name a category.`,
  "argument.zeroFromEmptyCell": (p: { argument: string; fallback: string }) =>
    `${p.argument} is 0 (an empty cell also reads as 0 on Excel desktop): leave ${p.argument} out for ${p.fallback}, or type "0" as text for a real 0.`,
  "argument.zeroFromEmptyCellNoDefault": (p: { argument: string }) =>
    `${p.argument} is 0 (an empty cell also reads as 0 on Excel desktop): leave ${p.argument} out for its default, or type "0" as text for a real 0.`,
  "argument.categoryType": (p: { argument: string }) => `${p.argument} must be a category name or a rate such as 0.06.`,
  "argument.unknownChoice": (p: { argument: string; given: string; choices: string }) =>
    `Unknown ${p.argument} "${p.given}": use ${p.choices}.`,
  "argument.marginRange": (p: { argument: string; given: string }) =>
    `${p.argument} must be a fraction between −1 and 1 (30 % is 0.3), not ${p.given}.`,
  "result.tooLargeForCell": () => "The result is too large for a cell.",
  "result.ownRateSource": () => "Your own rate (given in the sheet, not from the rate book)",
  "result.tableForValue": () => "Unexpected error: a table where one value belongs",
  "result.valueForTable": () => "Unexpected error: a value where a table belongs",
  "result.unexpected": (p: { message: string }) => `Unexpected error: ${p.message}`,

  // Result texts (TIKTOK.ADBUDGETCHECK). level: campaign | adgroup | gmvmax; type: daily | lifetime;
  // strict 1 when the budget must be more than the minimum, 0 when at least; amounts in USD, "60.00".
  "ads.budgetOk": (p: { level: string; type: string; budget: string; min: string; strict: number }) =>
    `OK: ${budgetWhat(p.level, p.type)} $${p.budget} meets the minimum (${p.strict ? "more than" : "at least"} $${p.min}).`,
  "ads.budgetBelow": (p: { level: string; type: string; budget: string; min: string; short: string; strict: number }) =>
    `Below minimum: ${budgetWhat(p.level, p.type)} must be ${p.strict ? "more than" : "at least"} $${p.min}; $${p.budget} is $${p.short} short${p.strict ? " (or equal to it)" : ""}.`,

  // Table labels (TIKTOK.LIVEWATERFALL, TIKTOK.ADFUNNEL): `line` names the row or column, e.g.
  // step, share, appStore, agency, withdrawalFee, creator, viewerSpend; channel: web | ios | android.
  "live.waterfallLabel": (p: { line: string; channel: string }) =>
    pick(p.line, {
      step: "Step",
      share: "Share of viewer spend",
      appStore: `App store (${p.channel})`,
      tiktok: "TikTok",
      agency: "Agency",
      withdrawalFee: "Withdrawal fee",
      creator: "Creator's cash",
      viewerSpend: "Viewer spend",
    }),
  // line: step, value, budget, impressions, clicks, conversions, revenue, roas, cpa, profit.
  "ads.funnelLabel": (p: { line: string }) =>
    pick(p.line, {
      step: "Step",
      value: "Value",
      budget: "Budget (USD)",
      impressions: "Impressions",
      clicks: "Clicks",
      conversions: "Conversions",
      revenue: "Revenue (USD)",
      roas: "ROAS",
      cpa: "Cost per conversion (USD)",
      profit: "Profit after ads (USD)",
    }),
  // TIKTOK.CREATORREWARDSELIGIBLE's result; reasons: live.crpReason texts joined by "; ". why: notOpen (a the
  // market, b the markets where it is open), followers, views, seconds (a needed, b has), age (a).
  "live.crpEligible": () => "Eligible",
  "live.crpNotEligible": (p: { reasons: string }) => `Not eligible: ${p.reasons}`,
  "live.crpReason": (p: { why: string; a: string; b: string }) =>
    pick(p.why, {
      notOpen: `the program is not open in ${p.a} (open in ${p.b})`,
      followers: `needs ${p.a} followers (has ${p.b})`,
      views: `needs ${p.a} views in 30 days (has ${p.b})`,
      seconds: `videos must be at least ${p.a} s long (this one is ${p.b} s)`,
      age: `creators must be ${p.a} or older`,
    }),
  // A fee line's VAT in a table (SHOPFEES, the pane's calculator); fee: the fee's name in the language.
  "fee.vatOn": (p: { fee: string }) => `VAT on ${p.fee}`,
  // MARKETS' default commission where the market publishes none (it is by category).
  "table.byCategory": () => "by category",
  // The header row of the functions' tables (LIVEGIFTS, ADFORMATS, MARKETS, CATEGORIES, SHOPFEES).
  "table.column": (p: { column: string }) =>
    pick(p.column, {
      gift: "Gift",
      coins: "Coins",
      since: "In force since",
      until: "Until",
      source: "Source",
      note: "Note",
      format: "Format",
      duration: "Duration",
      delivery: "Delivery",
      pricing: "Pricing",
      low: "Low (USD)",
      high: "High (USD)",
      code: "Code",
      market: "Market",
      currency: "Currency",
      defaultCommission: "Default commission",
      category: "Category",
      commission: "Commission",
      component: "Component",
      rate: "Rate",
      base: "Base",
      amount: "Amount",
      totalShopFees: "Total TikTok Shop fees",
    }),
} as const;

/** The word for `key` in a table of labels; the key itself when the table lacks it. */
export function pick(key: string, words: Readonly<Record<string, string>>): string {
  return Object.prototype.hasOwnProperty.call(words, key) ? words[key] : key;
}

/**
 * Why a text is not a number (src/core/numberText.ts), in English: `why` chooses the reason, `a`
 * and `b` are what to type instead (the text as the functions read it, with a decimal point).
 */
export function numberReason(p: { why: string; a: string; b: string }): string {
  const or = "or enter the number as a number";
  return pick(p.why, {
    percent: "a percentage is not accepted here — enter the number itself",
    exponent: "the exponent is out of range — enter the number without it",
    commaAmbiguous: `a comma could be a decimal or thousands separator — type ${p.a} or ${p.b}, ${or}`,
    commaDecimal: `a comma could be a decimal or thousands separator — type ${p.a} ${or}`,
    grouping: `thousands separators must group three digits ("1,234,567.89") — type ${p.a} ${or}`,
    points: `points are decimal points — type ${p.a} ${or}`,
    separators: `separators inside a number are not read — type ${p.a} ${or}`,
    notNumber: "not a number",
  });
}

/** "Campaign daily budget": the budget ADBUDGETCHECK speaks of. */
function budgetWhat(level: string, type: string): string {
  return `${level === "adgroup" ? "Ad group" : level === "gmvmax" ? "GMV Max" : "Campaign"} ${type} budget`;
}

/**
 * Every English message: EN, which the function path bundles, and the reader's (settlement files,
 * the Open API), which only the pane and the CLI load (src/core/settlement/messages.ts, registered
 * when that module loads) — one catalog to translate, without the reader's sentences in functions.js.
 */
type AllEnglish = typeof EN & typeof SETTLEMENT_EN;

export type MessageKey = keyof AllEnglish;
/** The parameters a key takes. */
export type ParamsOf<K extends MessageKey> =
  Parameters<AllEnglish[K]> extends [infer P extends MessageParams] ? P : Record<never, never>;

/** A message as data: what a translation needs (key, parameters) and the English text. */
export interface Message {
  readonly key: MessageKey;
  readonly params: MessageParams;
  readonly text: string;
}

/** A catalog of another language: any subset of the keys, each with the same parameters. */
export type Catalog = { readonly [K in MessageKey]?: (p: ParamsOf<K>) => string };

/**
 * A language's whole catalog (src/i18n/<language>/messages.ts): every key, each with the parameters
 * EN gives it. TypeScript refuses a missing key, an extra one, or a parameter EN does not pass; a
 * parameter a translation leaves unsaid is caught by test/i18n/messages.test.ts.
 */
export type CompleteCatalog = { readonly [K in MessageKey]: (p: ParamsOf<K>) => string };

type EnglishTable = Readonly<Record<string, (p: never) => string>>;
const TABLES: EnglishTable[] = [EN];

/** Adds a module's English messages (the reader's, when it loads) to those message() says. */
export function registerMessages(table: EnglishTable): void {
  if (!TABLES.includes(table)) TABLES.push(table);
}

/** The message of a key with its parameters, in English. */
export function message<K extends MessageKey>(key: K, params: ParamsOf<K>): Message {
  const say = TABLES.find((t) => key in t)?.[key] as ((p: ParamsOf<K>) => string) | undefined;
  // Unreachable while the reader's modules import their messages through ./settlement/messages.
  if (!say) throw new Error(`No English message "${key}"`);
  return { key, params, text: say(params) };
}

/** The same message in a language's catalog, or in English where the catalog lacks the key. */
export function render(msg: Message, catalog?: Catalog): string {
  const t = catalog?.[msg.key] as ((p: MessageParams) => string) | undefined;
  return t ? t(msg.params) : msg.text;
}
