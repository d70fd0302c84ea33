/**
 * What coins cost a viewer, by purchase channel. The web sells any amount at about one price per
 * coin; the app stores sell fixed packs, and the cheapest way to get at least N coins is a
 * small knapsack over the packs, solved exactly in whole minor units (integers, not floats).
 */
import { type Decimal, type DecimalInput, dec } from "../decimal";
import type { IsoDate } from "../dates";
import { CoreError, invalidValue, notAvailable } from "../errors";
import { message } from "../messages";
import { type Currency, currency, readNumber, roundMoney } from "../money";
import { RATE_BOOK, type RateBook } from "../rates";
import { rateLookupError } from "../rates/book";
import { market as findMarket, marketCurrency } from "../rates/markets";
import type { MarketCode, RateEntry, RateMarket } from "../rates/types";

export type Channel = "web" | "ios" | "android";
export const CHANNELS: readonly Channel[] = ["web", "ios", "android"];

export function readChannel(value: string | null | undefined): Channel {
  const c = (value ?? "web").trim().toLowerCase();
  if (c === "" || c === "web" || c === "website" || c === "browser") return "web";
  if (c === "ios" || c === "iphone" || c === "apple" || c === "app store") return "ios";
  if (c === "android" || c === "google play" || c === "play") return "android";
  throw notAvailable("channel", "channel", value ?? "", ["web", "ios", "android"]);
}

interface Pack {
  readonly coins: number;
  readonly price: Decimal;
  readonly entry: RateEntry;
}

/** The packs of a channel in a market: the app stores share one price list; the web sells 70-coin units. */
function packs(
  channel: Channel,
  marketCode: MarketCode,
  asOf: IsoDate | null,
  book: RateBook,
): { packs: Pack[]; currency: Currency } {
  const prefix = channel === "web" ? "web:" : "app:";
  const own = book.entries.some((e) => e.book === "live" && e.kind === "coinPack" && e.market === marketCode);
  // The "*" price list is in US dollars (US sources): it prices the US only, never another
  // market's coins as if dollars were its currency.
  if (!own && marketCode !== "US") {
    throw new CoreError(
      "notAvailable",
      "market",
      message("live.noCoinPrices", { market: findMarket(marketCode).name }),
    );
  }
  const markets: RateMarket = own ? marketCode : "*";
  const cur = markets === "*" ? currency("USD") : marketCurrency(findMarket(marketCode));
  const out: Pack[] = [];
  for (const category of book.categories("live", markets)) {
    if (!category.startsWith(prefix)) continue;
    const hit = book.lookup({ book: "live", market: markets, kind: "coinPack", category, asOf });
    if (hit.status === "inForce")
      out.push({ coins: Number(category.slice(prefix.length)), price: hit.value, entry: hit.entry });
    // A pack withdrawn from sale is skipped; a date before the price list is #N/A, not a guess.
    else if (hit.status !== "ended") throw rateLookupError({ market: markets, kind: "coinPack" }, hit);
  }
  if (out.length === 0) {
    // The known packs are names of no code or channel a user types: no close match to suggest.
    const known = ["US (web, ios, android)", "UK (ios, android)"].map((k) => `"${k}"`).join(", ");
    throw new CoreError("notAvailable", "channel", message("live.noCoinPack", { channel, market: marketCode, known }));
  }
  return { packs: out.sort((a, b) => a.coins - b.coins), currency: cur };
}

export interface CoinCost {
  readonly coins: Decimal;
  readonly channel: Channel;
  readonly method: "packs" | "perCoin";
  readonly cost: Decimal;
  readonly currency: Currency;
  /** Packs bought (packs method): coins per pack → count. */
  readonly basket: ReadonlyMap<number, number>;
  /** Coins received, which can exceed those asked for when packs do not add up exactly. */
  readonly coinsBought: Decimal;
  readonly sources: readonly string[];
}

const MAX_COINS_FOR_PACKS = 2_000_000;

/** The pack with the lowest price per coin. */
function bestPack(list: readonly Pack[]): Pack {
  return list.reduce((a, b) => (a.price.dividedBy(a.coins).lessThanOrEqualTo(b.price.dividedBy(b.coins)) ? a : b));
}

export interface CoinValue {
  /** Price of one coin at the channel's best rate (unrounded: a fraction of a cent). */
  readonly perCoin: Decimal;
  readonly currency: Currency;
  readonly source: string;
}

/** What one coin costs a viewer on a channel: the best price per coin among its packs. */
export function coinValue(
  channelText: string | null = "web",
  marketText: string | null = null,
  asOf: IsoDate | null = null,
  book: RateBook = RATE_BOOK,
): CoinValue {
  const channel = readChannel(channelText);
  const { packs: list, currency: cur } = packs(channel, findMarket(marketText ?? "US").code, asOf, book);
  const best = bestPack(list);
  return { perCoin: best.price.dividedBy(best.coins), currency: cur, source: best.entry.source };
}

/**
 * Viewer cost of `coins`. Method "perCoin" prices every coin at the channel's best pack rate (what
 * a custom web amount costs); "packs" buys the cheapest combination of packs giving at least that
 * many coins.
 */
export function coinCost(
  coinsInput: DecimalInput | null,
  channelText: string | null = "web",
  method: "packs" | "perCoin" | null = null,
  marketText: string | null = null,
  asOf: IsoDate | null = null,
  book: RateBook = RATE_BOOK,
): CoinCost {
  const coins = readNumber(coinsInput, "coins", { integer: true, noun: "a whole number of coins", max: dec(1e12) });
  const channel = readChannel(channelText);
  const marketCode = findMarket(marketText ?? "US").code;
  const { packs: list, currency: cur } = packs(channel, marketCode, asOf, book);
  const chosen = method ?? (channel === "web" ? "perCoin" : "packs");
  const sources = [...new Set(list.map((p) => p.entry.source))];
  if (chosen === "perCoin") {
    const best = bestPack(list);
    const cost = roundMoney(coins.times(best.price).dividedBy(best.coins), cur);
    return { coins, channel, method: "perCoin", cost, currency: cur, basket: new Map(), coinsBought: coins, sources };
  }
  const n = coins.toNumber();
  if (n > MAX_COINS_FOR_PACKS) {
    throw invalidValue(
      "coins",
      message("live.tooManyCoinsForPacks", { max: MAX_COINS_FOR_PACKS.toLocaleString("en-US") }),
    );
  }
  const basket = cheapestPacks(n, list, cur);
  let cost = dec(0);
  let bought = 0;
  for (const [size, count] of basket) {
    const pack = list.find((p) => p.coins === size)!;
    cost = cost.plus(pack.price.times(count));
    bought += size * count;
  }
  return {
    coins,
    channel,
    method: "packs",
    cost: roundMoney(cost, cur),
    currency: cur,
    basket,
    coinsBought: dec(bought),
    sources,
  };
}

/** Minimum-cost multiset of packs with at least `target` coins (dynamic programme over coin counts in pack-size units). */
function cheapestPacks(target: number, list: readonly Pack[], cur: Currency): Map<number, number> {
  if (target === 0) return new Map();
  const unit = list.map((p) => p.coins).reduce(gcd);
  const scale = 10 ** cur.minorUnit;
  // Integer minor units: exact, and fast enough for millions of states.
  const items = list.map((p) => ({
    size: p.coins / unit,
    cost: Math.round(p.price.times(scale).toNumber()),
    coins: p.coins,
  }));
  const goal = Math.ceil(target / unit);
  const cap = goal + Math.max(...items.map((i) => i.size));
  const best = new Float64Array(cap + 1).fill(Infinity);
  const choice = new Int32Array(cap + 1).fill(-1);
  best[0] = 0;
  for (let c = 1; c <= cap; c++) {
    for (let k = 0; k < items.length; k++) {
      const prev = c - items[k].size;
      if (prev >= 0 && best[prev] + items[k].cost < best[c]) {
        best[c] = best[prev] + items[k].cost;
        choice[c] = k;
      }
    }
  }
  let at = goal;
  for (let c = goal; c <= cap; c++) if (best[c] < best[at]) at = c;
  const basket = new Map<number, number>();
  while (at > 0) {
    const k = choice[at];
    basket.set(items[k].coins, (basket.get(items[k].coins) ?? 0) + 1);
    at -= items[k].size;
  }
  return basket;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
