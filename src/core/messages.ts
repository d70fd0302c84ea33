/**
 * The message catalog: every sentence the core and the function layer say to a person, keyed, with
 * named parameters, written once here in English. An error carries its key and parameters beside
 * the English text, so a language catalog with the same keys and parameters can say it again in
 * the reader's language (the function layer, the pane and the CLI render it; the core stays
 * language-free). Tests match on keys and argument names, not on the wording.
 */

/** Parameters of a message: names to text or numbers already formatted by the caller. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** "a", "b" or "c": a list for a sentence, quoted. */
export function quotedChoice(choices: readonly string[]): string {
  return choices
    .map((c) => `"${c}"`)
    .join(", ")
    .replace(/, ([^,]*)$/, " or $1");
}

/** The text with its first letter in upper case: a name that starts an English sentence. */
const upperFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

type Template<P extends MessageParams> = (p: P) => string;
const m = <P extends MessageParams = Record<never, never>>(t: Template<P>): Template<P> => t;

/** English, the catalog's source language. Keys are `area.what`. */
export const EN = {
  // Numbers, dates and choices read at the edge (money.ts, dates.ts).
  "number.empty": m<{ argument: string; noun: string }>((p) => `${p.argument} is empty: enter ${p.noun}.`),
  "number.boolean": m<{ argument: string; noun: string }>((p) => `${p.argument} is TRUE/FALSE: enter ${p.noun}.`),
  "number.notFinite": m<{ argument: string; noun: string }>(
    (p) => `${p.argument} is not a finite number: enter ${p.noun}.`,
  ),
  "number.text": m<{ argument: string; text: string; noun: string }>(
    (p) => `${p.argument} is text ("${p.text}"): enter ${p.noun}.`,
  ),
  "number.textReason": m<{ argument: string; text: string; reason: string }>(
    (p) => `${p.argument} is text "${p.text}": ${p.reason}.`,
  ),
  "number.tooLarge": m<{ argument: string; max: string }>(
    (p) => `${p.argument} is too large: at most ${p.max} is allowed.`,
  ),
  "number.negative": m<{ argument: string; value: string }>(
    (p) => `${p.argument} is negative (${p.value}): enter zero or more.`,
  ),
  "number.zero": m<{ argument: string; noun: string }>(
    (p) => `${p.argument} is zero: enter ${p.noun} greater than zero.`,
  ),
  "number.notWhole": m<{ argument: string; value: string }>(
    (p) => `${p.argument} must be a whole number, not ${p.value}.`,
  ),
  "rate.outOfRange": m<{ argument: string; value: string; limit: string }>(
    (p) => `${p.argument} is ${p.value}: enter a rate between 0 and ${p.limit} (6% is 0.06).`,
  ),
  "date.notIso": m<{ text: string }>((p) => `"${p.text}" is not a date in the form YYYY-MM-DD.`),
  "date.notSerial": m<{ argument: string }>(
    (p) => `${p.argument} is not a date: enter a date cell or text such as "2025-01-31".`,
  ),
  "date.notDateText": m<{ argument: string; text: string }>(
    (p) => `${p.argument} "${p.text}" is not a date: use a date cell or text such as "2025-01-31".`,
  ),
  "date.wrongType": m<{ argument: string; what: string }>((p) => `${p.argument} must be a date, not ${p.what}.`),
  "name.unknown": m<{ what: string; given: string }>((p) => `Unknown ${p.what} "${p.given}".`),
  "name.unknownDidYouMean": m<{ what: string; given: string; names: string }>(
    (p) => `Unknown ${p.what} "${p.given}". Did you mean ${p.names}?`,
  ),
  "name.unknownKnown": m<{ what: string; given: string; names: string }>(
    (p) => `Unknown ${p.what} "${p.given}". Known: ${p.names}.`,
  ),
  "name.unknownKnownMore": m<{ what: string; given: string; names: string; more: number }>(
    (p) => `Unknown ${p.what} "${p.given}". Known: ${p.names} and ${p.more} more.`,
  ),
  "fee.unknown": m<{ given: string; fees: string }>((p) => `Unknown fee "${p.given}": use one of ${p.fees}.`),

  // LIVE: coins, gifts, payouts (src/core/live, the LIVE functions).
  "live.noCoinPrices": m<{ market: string }>(
    (p) =>
      `No sourced coin prices for ${p.market}: only US (web, iOS, Android) and UK (iOS, Android) packs are in the rate book. Pass the price you pay instead.`,
  ),
  "live.noCoinPack": m<{ channel: string; market: string; known: string }>(
    (p) => `Unknown coin pack for ${p.channel} in "${p.market}". Known: ${p.known}.`,
  ),
  "live.tooManyCoinsForPacks": m<{ max: string }>(
    (p) => `coins is above ${p.max} for the packs method: use method "perCoin".`,
  ),
  "live.agencyTakesAll": m(() => "With a 100 % agency share no number of diamonds pays the creator anything."),
  "live.tooManyDiamonds": m<{ target: string; max: string }>(
    (p) =>
      `A payout of ${p.target} USD needs more than ${p.max} diamonds, the most the add-in counts: enter a smaller target (or check usd_per_diamond and agency_share).`,
  ),
  "live.creatorAboveSpend": m<{ creator: string; afterStore: string }>(
    (p) =>
      `With these parameters the creator would get more (${p.creator} USD) than the viewer paid after store fees (${p.afterStore} USD): check usd_per_diamond and coins_per_diamond.`,
  ),
  "live.beforeGiftCatalog": m(
    () => "as_of is before the gift catalog, which starts in 2021: no gift prices before that.",
  ),

  // ADS: ROAS, reach, billing models (src/core/ads).
  "ads.marginNotPositive": m(
    () => "With a margin of zero or less no ROAS breaks even: every sale loses money before ads.",
  ),
  "ads.marginAboveOne": m<{ margin: string }>(
    (p) => `A margin of ${p.margin} % is impossible: enter a fraction up to 1 (30 % is 0.3).`,
  ),
  "ads.targetNotBelowMargin": m<{ target: string; margin: string }>(
    (p) =>
      `The target margin (${p.target} %) is not below the margin before ads (${p.margin} %): no ad spend keeps it.`,
  ),
  "ads.frequencyBelowOne": m(() => "Average frequency is at least 1 (each person reached sees the ad at least once)."),
  "ads.noCpvBenchmark": m(
    () => "No reliable public CPV benchmark exists: pass your cost per view as the rate, e.g. 0.03.",
  ),
  "ads.topViewByCpm": m<{ cpm: string }>(
    (p) =>
      `TopView is reserved at a CPM (about $${p.cpm}), not per day: pass your daily quote as the rate, or use ADCOST("CPM", impressions, ${p.cpm}).`,
  ),
  "ads.brandTakeoverNoPrice": m(
    () => "Brand Takeover has no public price: pass your daily quote from TikTok as the rate.",
  ),
  "ads.flatPricePerRun": m<{ model: string }>(
    (p) => `${p.model} is sold at a flat price for its run, not by volume: use ADCOST for its price.`,
  ),

  // SHOP: prices for a margin, order lines, fulfilment (src/core/shop).
  "shop.marginImpossible": m<{ argument: string; margin: string }>(
    (p) => `${p.argument} of ${p.margin} % is impossible: a margin must be below 100 %.`,
  ),
  "shop.marginBelowMinusOne": m<{ argument: string }>(
    (p) => `${p.argument} must be between −100 % and 100 % (0.25 is 25 %).`,
  ),
  "shop.noPriceForMargin": m<{ margin: string; share: string }>(
    (p) =>
      `No price reaches a ${p.margin} % margin: fees, affiliate commission and returns take more than ${p.share} % of every extra unit of price.`,
  ),
  "shop.priceAboveMaxCheckCosts": m<{ margin: string; max: string; currency: string }>(
    (p) =>
      `The price that reaches a ${p.margin} % margin is above ${p.max} ${p.currency}, the largest amount the add-in computes with: check unit_cost and the other costs.`,
  ),
  "shop.priceAboveMaxLowerMargin": m<{ margin: string; max: string; currency: string }>(
    (p) =>
      `The price that reaches a ${p.margin} % margin is above ${p.max} ${p.currency}, the largest amount the add-in computes with: lower target_margin, or check unit_cost and the other costs.`,
  ),
  "shop.noWholeMinorUnitPrice": m<{ currency: string }>(
    (p) => `No price with whole ${p.currency} minor units reaches the margin; check the inputs.`,
  ),
  "shop.targetAboveNoRevenue": m<{ target: string }>(
    (p) => `Even with no affiliate commission this order earns no margin, below the ${p.target} % target.`,
  ),
  "shop.targetAboveBestMargin": m<{ margin: string; target: string }>(
    (p) => `Even with no affiliate commission this order earns a ${p.margin} % margin, below the ${p.target} % target.`,
  ),
  "shop.targetAboveRounded": m<{ currency: string; target: string }>(
    (p) =>
      `Even with no affiliate commission this order, rounded to whole ${p.currency} minor units, earns less than the ${p.target} % target.`,
  ),
  "shop.sellerDiscountAboveItems": m<{ discount: string; items: string }>(
    (p) =>
      `seller_discount (${p.discount}) is more than the items cost (${p.items}): enter the discount on this order line.`,
  ),
  "shop.platformDiscountAbovePayment": m<{ discount: string }>(
    (p) =>
      `platform_discount (${p.discount}) makes the buyer's payment negative: enter the discount on this order line.`,
  ),
  "shop.fbtUsNotPublic": m(
    () =>
      'The US FBT rate card by weight is not public in our sources: fees start at $3.58 per item (single-unit orders) and are charged on the billable weight (see =TIKTOK.RATESOURCE("fbtFrom","US")). Pass your own fee.',
  ),
  "shop.fbtNotSourced": m<{ market: string }>(
    (p) => `No public FBT fee table for ${p.market}: only the UK's is sourced.`,
  ),
  "shop.fbtNoTier": m<{ longest: string; middle: string; shortest: string; weight: string }>(
    (p) =>
      `No UK FBT tier takes ${p.longest} × ${p.middle} × ${p.shortest} cm and ${p.weight} kg (the largest is 120 × 60 × 60 cm; 30 kg up to 61 × 46 × 46 cm).`,
  ),

  // Markets and the rate book (src/core/rates, the rate book functions).
  "market.notShop": m<{ market: string; code: string; markets: string }>(
    (p) =>
      `TikTok Shop does not sell in ${p.market} (${p.code}), so it has no shop fees or settlements: choose one of ${p.markets}.`,
  ),
  "market.noShopCategories": m<{ market: string }>((p) => `No sourced TikTok Shop categories for ${p.market} yet.`),

  // SETTLEMENT: why a fee of a settlement row cannot be computed (src/core/settlement/expectedFee.ts).
  // A reason as the reconciler's report lists it, then the same as EXPECTEDFEE's error, then as the
  // argument of EXPECTEDFEE to fill in.
  "feeReason.noOrderValueColumn": m(() => "the file has no Customer payment column to form the order value"),
  "feeReason.noItemNetColumn": m(() => "the file has no Subtotal after seller discounts column"),
  "feeReason.noCustomerPaymentColumn": m(() => "the file has no Customer payment column"),
  "feeReason.noBase": m<{ base: string }>((p) => `a ${p.base} fee has no base`),
  "feeReason.noReferralRule": m(() => "no referral fee rule to take 20 % of"),
  "feeReason.perItemNoQuantity": m<{ fee: string }>((p) => `${p.fee} is per item and the file has no Quantity`),
  "feeReason.cappedPerItemNoQuantity": m<{ fee: string }>(
    (p) => `${p.fee} is capped per item and the file has no Quantity`,
  ),
  "expectedFee.noOrderValueColumn": m(() => "The file has no Customer payment column to form the order value."),
  "expectedFee.noItemNetColumn": m(() => "The file has no Subtotal after seller discounts column."),
  "expectedFee.noCustomerPaymentColumn": m(() => "The file has no Customer payment column."),
  "expectedFee.noBase": m<{ base: string }>((p) => `A ${p.base} fee has no base.`),
  "expectedFee.noReferralRule": m(() => "No referral fee rule to take 20 % of."),
  "expectedFee.perItemNoQuantity": m<{ fee: string }>(
    (p) => `${upperFirst(p.fee)} is per item and the file has no Quantity.`,
  ),
  "expectedFee.cappedPerItemNoQuantity": m<{ fee: string }>(
    (p) => `${upperFirst(p.fee)} is capped per item and the file has no Quantity.`,
  ),
  "expectedFee.neededNoOrderValueColumn": m<{ argument: string }>(
    (p) => `${p.argument} is needed for this fee: The file has no Customer payment column to form the order value.`,
  ),
  "expectedFee.neededNoItemNetColumn": m<{ argument: string }>(
    (p) => `${p.argument} is needed for this fee: The file has no Subtotal after seller discounts column.`,
  ),
  "expectedFee.neededNoCustomerPaymentColumn": m<{ argument: string }>(
    (p) => `${p.argument} is needed for this fee: The file has no Customer payment column.`,
  ),
  "expectedFee.neededPerItemNoQuantity": m<{ argument: string; fee: string }>(
    (p) => `${p.argument} is needed for this fee: ${upperFirst(p.fee)} is per item and the file has no Quantity.`,
  ),
  "expectedFee.neededCappedPerItemNoQuantity": m<{ argument: string; fee: string }>(
    (p) =>
      `${p.argument} is needed for this fee: ${upperFirst(p.fee)} is capped per item and the file has no Quantity.`,
  ),
  "expectedFee.categoryNotRate": m(
    () => "category must be a category name here (the rate comes from the rate book), not a rate.",
  ),

  // The seller_profile argument (src/functions/sellerProfile.ts).
  "sellerProfile.bothTypes": m(() => 'seller_profile says both "individual" and "business": keep one.'),
  "sellerProfile.feeTaxTwice": m(() => 'seller_profile gives "fee tax" twice: keep one.'),
  "sellerProfile.feeTaxText": m<{ text: string; reason: string }>(
    (p) => `seller_profile fee tax "${p.text}": ${p.reason}.`,
  ),
  "sellerProfile.unknownWord": m<{ word: string; words: string }>(
    (p) => `seller_profile: unknown word "${p.word}". Use words such as ${p.words}, separated by commas.`,
  ),

  // The function layer (src/functions): what a cell's argument must be.
  "argument.range": m<{ argument: string }>((p) => `${p.argument} must be a single value, not a range of cells.`),
  "argument.errorOrObject": m<{ argument: string }>(
    (p) => `${p.argument} holds an error or an object: fix that cell first.`,
  ),
  "argument.booleanForNumber": m<{ argument: string }>((p) => `${p.argument} is TRUE/FALSE: enter a number.`),
  "argument.booleanForDate": m<{ argument: string }>((p) => `${p.argument} is TRUE/FALSE: enter a date.`),
  "argument.notFinite": m<{ argument: string }>((p) => `${p.argument} is not a finite number.`),
  "argument.notANumber": m<{ argument: string }>((p) => `${p.argument} must be a number.`),
  "argument.requiredNumber": m<{ argument: string }>((p) => `${p.argument} is required: enter a number.`),
  "argument.requiredText": m<{ argument: string; example: string }>(
    (p) => `${p.argument} is required, e.g. ${p.example}.`,
  ),
  "argument.textExpected": m<{ argument: string; example: string }>(
    (p) => `${p.argument} must be text, e.g. ${p.example}.`,
  ),
  "argument.categoryZero": m<{ argument: string }>(
    (p) =>
      `${p.argument} is 0 (an empty cell also reads as 0 on Excel desktop): for a 0 % commission type "0%", otherwise leave ${p.argument} out or name a category.`,
  ),
  "argument.zeroFromEmptyCell": m<{ argument: string; fallback: string }>(
    (p) =>
      `${p.argument} is 0 (an empty cell also reads as 0 on Excel desktop): leave ${p.argument} out for ${p.fallback}, or type "0" as text for a real 0.`,
  ),
  "argument.zeroFromEmptyCellNoDefault": m<{ argument: string }>(
    (p) =>
      `${p.argument} is 0 (an empty cell also reads as 0 on Excel desktop): leave ${p.argument} out for its default, or type "0" as text for a real 0.`,
  ),
  "argument.categoryType": m<{ argument: string }>(
    (p) => `${p.argument} must be a category name or a rate such as 0.06.`,
  ),
  "argument.unknownChoice": m<{ argument: string; given: string; choices: string }>(
    (p) => `Unknown ${p.argument} "${p.given}": use ${p.choices}.`,
  ),
  "argument.marginRange": m<{ argument: string; given: string }>(
    (p) => `${p.argument} must be a fraction between −1 and 1 (30 % is 0.3), not ${p.given}.`,
  ),
  "result.tooLargeForCell": m(() => "The result is too large for a cell."),
  "result.ownRateSource": m(() => "Your own rate (given in the sheet, not from the rate book)"),
  "result.tableForValue": m(() => "Unexpected error: a table where one value belongs"),
  "result.valueForTable": m(() => "Unexpected error: a value where a table belongs"),
  "result.unexpected": m<{ message: string }>((p) => `Unexpected error: ${p.message}`),
} as const;

export type MessageKey = keyof typeof EN;
/** The parameters a key takes. */
export type ParamsOf<K extends MessageKey> = Parameters<(typeof EN)[K]>[0];

/** A message as data: what a translation needs (key, parameters) and the English text. */
export interface Message {
  readonly key: MessageKey;
  readonly params: MessageParams;
  readonly text: string;
}

/** A catalog of another language: any subset of the keys, each with the same parameters. */
export type Catalog = { readonly [K in MessageKey]?: (p: ParamsOf<K>) => string };

/** The message of a key with its parameters, in English. */
export function message<K extends MessageKey>(key: K, params: ParamsOf<K>): Message {
  return { key, params, text: (EN[key] as (p: ParamsOf<K>) => string)(params) };
}

/** The same message in a language's catalog, or in English where the catalog lacks the key. */
export function render(msg: Message, catalog?: Catalog): string {
  const t = catalog?.[msg.key] as ((p: MessageParams) => string) | undefined;
  return t ? t(msg.params) : msg.text;
}
