/**
 * English words the core passes as a message's parameters rather than as keys: what a number
 * argument must be (`noun`: "enter a whole number of units"), what an unknown name is (`what`:
 * "Unknown budget level "x""), and an optional argument's default said in words (`fallback`). Each
 * language's messages.ts translates every one of them (a `Record<Phrase, string>`, so TypeScript
 * names a missing one); a phrase it does not know (a new one, or text from the user) is said as
 * given. test/i18n/messages.test.ts checks that every such literal in src/ is listed here.
 */
export const NOUNS = [
  "a number",
  "USD per 1,000 followers",
  "a CPM in USD",
  "a budget in USD",
  "a cost per action in USD",
  "a daily budget in USD",
  "a discount amount",
  "a margin such as 0.2",
  "a margin such as 0.25 (25 %)",
  "a margin such as 0.3",
  "a margin such as 0.4",
  "a number of days",
  "a number of followers",
  "a number of gifts",
  "a number of streams",
  "a number of views",
  "a price in USD",
  "a rate such as 0.06 or 6%",
  "a tolerance in currency units",
  "a video length in seconds",
  "a weight in kg",
  "a weight in pounds",
  "a whole number of clicks",
  "a whole number of coins",
  "a whole number of days",
  "a whole number of diamonds",
  "a whole number of gifts",
  "a whole number of impressions",
  "a whole number of units",
  "a whole number of views",
  "ad spend in USD",
  "an amount in USD",
  "an amount",
  "an average frequency such as 2.5",
  "an average order value",
  "revenue in USD",
  "the ad cost per order",
  "the cost of one unit",
  "the hours left in the day",
  "the shipping the buyer paid",
  "the unit price",
  "your shipping cost",
  // date.wrongType's `what` ("TRUE/FALSE" is Excel's and stays).
  "a range",
] as const;

export const THINGS = [
  "market",
  "currency",
  "channel",
  "gift",
  "fee",
  "category",
  "industry",
  "billing model or format",
  "benchmark metric",
  "content type",
  "budget level",
  "budget period",
  "conversion depth",
] as const;

export const DEFAULTS = [
  "the market's default rate",
  "the newest rates",
  "the rate book's rate for the category",
  "the sourced range",
  "an individual seller, not Mall, not cross-border, below the tax thresholds",
] as const;

export type Phrase = (typeof NOUNS)[number] | (typeof THINGS)[number] | (typeof DEFAULTS)[number];
export const PHRASES: readonly Phrase[] = [...NOUNS, ...THINGS, ...DEFAULTS];
