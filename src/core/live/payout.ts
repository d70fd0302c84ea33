/**
 * From coins to the creator's cash: coins → diamonds → USD → agency share → withdrawal fee, each
 * link a parameter with a sourced default (defaults.ts). Also the viewer-to-creator waterfall, the
 * reverse (diamonds or gifts needed for a target payout) and the monthly LIVE projection.
 */
import { type Breakdown, makeBreakdown } from "../breakdown";
import { Decimal, type DecimalInput, ONE, ZERO } from "../decimal";
import type { IsoDate } from "../dates";
import { outOfRange } from "../errors";
import { message } from "../messages";
import { currency, readNumber, readOptionalNumber, readRate, roundMoney } from "../money";
import { RATE_BOOK, type RateBook } from "../rates";
import { type Channel, coinCost, readChannel } from "./coins";
import { type Parameter, parameter } from "./defaults";
import { giftCoins } from "./gifts";

const USD = currency("USD");
const MAX_COUNT = new Decimal("1e12");

export interface ChainInput {
  readonly coinsPerDiamond?: DecimalInput | null;
  readonly usdPerDiamond?: DecimalInput | null;
  readonly agencyShare?: DecimalInput | null;
  readonly withdrawalFee?: DecimalInput | null;
  readonly asOf?: IsoDate | null;
  /** The rate book for the defaults; default the shipped one. */
  readonly book?: RateBook;
}

export interface Chain {
  readonly coinsPerDiamond: Parameter;
  readonly usdPerDiamond: Parameter;
  readonly agencyShare: Parameter;
  readonly withdrawalFee: Parameter;
}

export function readChain(c: ChainInput): Chain {
  const asOf = c.asOf ?? null;
  return {
    coinsPerDiamond: parameter("coinsPerDiamond", c.coinsPerDiamond, asOf, c.book),
    usdPerDiamond: parameter("usdPerDiamond", c.usdPerDiamond, asOf, c.book),
    agencyShare: parameter("agencyShare", c.agencyShare, asOf, c.book),
    withdrawalFee: parameter("withdrawalFee", c.withdrawalFee, asOf, c.book),
  };
}

/** Whole diamonds from coins (a part-diamond is not credited). */
export function diamondsFromCoins(coins: DecimalInput | null, chain: ChainInput = {}): Decimal {
  const c = readNumber(coins, "coins", { integer: true, noun: "a whole number of coins", max: MAX_COUNT });
  return c.dividedBy(readChain(chain).coinsPerDiamond.value).floor();
}

export interface Payout {
  readonly diamonds: Decimal;
  readonly chain: Chain;
  /** Lines: gross value, agency share (negative), withdrawal fee (negative); total = creator's cash. */
  readonly breakdown: Breakdown;
  readonly net: Decimal;
  /** The minimum withdrawal in force, and whether this payout reaches it. */
  readonly withdrawalMinimum: Decimal;
  readonly reachesMinimum: boolean;
}

/** USD a creator receives for diamonds, after the agency share and the withdrawal fee (never below 0). */
export function diamondPayout(diamondsInput: DecimalInput | null, input: ChainInput = {}): Payout {
  const diamonds = readNumber(diamondsInput, "diamonds", {
    integer: true,
    noun: "a whole number of diamonds",
    max: MAX_COUNT,
  });
  const chain = readChain(input);
  // Round the gross and what the creator keeps, and derive the agency line from them: rounding each
  // line on its own could make one more diamond pay a cent less.
  const gross = roundMoney(diamonds.times(chain.usdPerDiamond.value), USD);
  const kept = roundMoney(gross.times(ONE.minus(chain.agencyShare.value)), USD);
  const agency = gross.minus(kept);
  const fee = Decimal.min(chain.withdrawalFee.value, kept);
  const breakdown = makeBreakdown(USD, [
    {
      key: "gross",
      label: "Diamonds × USD per diamond",
      amount: gross,
      rate: chain.usdPerDiamond.value,
      base: diamonds,
      source: chain.usdPerDiamond.entry?.source ?? null,
    },
    {
      key: "agency",
      label: "Agency share",
      amount: agency.negated(),
      rate: chain.agencyShare.value,
      base: gross,
      source: chain.agencyShare.entry?.source ?? null,
    },
    {
      key: "withdrawalFee",
      label: "Withdrawal fee",
      amount: fee.negated(),
      rate: null,
      base: null,
      source: chain.withdrawalFee.entry?.source ?? null,
    },
  ]);
  const minimum = (input.book ?? RATE_BOOK).resolve({
    book: "live",
    market: "*",
    kind: "withdrawalMinimum",
    asOf: input.asOf ?? null,
  }).value;
  return {
    diamonds,
    chain,
    breakdown,
    net: breakdown.total,
    withdrawalMinimum: minimum,
    reachesMinimum: breakdown.total.greaterThanOrEqualTo(minimum),
  };
}

/** Diamonds needed for a target cash payout: the fewest whose value (unrounded) and payout meet it. */
export function diamondsForPayout(target: DecimalInput | null, input: ChainInput = {}): Decimal {
  const want = readNumber(target, "target_usd", { noun: "an amount in USD" });
  const chain = readChain(input);
  const keep = ONE.minus(chain.agencyShare.value);
  if (keep.isZero()) throw outOfRange("agency_share", message("live.agencyTakesAll", {}));
  if (want.isZero()) return ZERO;
  const gross = want.plus(chain.withdrawalFee.value).dividedBy(keep);
  let diamonds = gross.dividedBy(chain.usdPerDiamond.value).ceil();
  // More diamonds than the functions count (1e12) is no answer: say which inputs ask for them.
  const tooMany = () =>
    outOfRange("target_usd", message("live.tooManyDiamonds", { target: want.toString(), max: MAX_COUNT.toString() }));
  if (diamonds.greaterThan(MAX_COUNT)) throw tooMany();
  // The fewest diamonds whose value meets the target before any rounding: $1,000 at $0.005 needs
  // 200,000, not the 199,999 whose $999.995 only a half cent rounded up would make $1,000. Where the
  // cent's rounding of the payout still falls short, add diamonds until it does not.
  for (let i = 0; i < 10 && diamondPayout(diamonds, input).net.lessThan(want); i++) {
    diamonds = diamonds.plus(1);
    if (diamonds.greaterThan(MAX_COUNT)) throw tooMany();
  }
  return diamonds;
}

/** Gifts of one kind needed for a target cash payout (diamonds are credited on the coins sent). */
export function giftsForPayout(
  gift: string,
  target: DecimalInput | null,
  input: ChainInput = {},
): { gifts: Decimal; diamonds: Decimal } {
  const diamonds = diamondsForPayout(target, input);
  const each = giftCoins(gift, 1, input.asOf ?? null, input.book).coinsEach;
  const coinsNeeded = diamonds.times(readChain(input).coinsPerDiamond.value);
  return { gifts: coinsNeeded.dividedBy(each).ceil(), diamonds };
}

export interface WaterfallInput extends ChainInput {
  readonly coins: DecimalInput | null;
  readonly channel?: string | null;
  readonly appStoreShare?: DecimalInput | null;
}

export interface Waterfall {
  readonly channel: Channel;
  readonly viewerSpend: Decimal;
  /** Lines from the viewer's spend to the creator's cash; they sum to the viewer's spend. */
  readonly breakdown: Breakdown;
  readonly creatorShareOfSpend: Decimal;
}

/** Where a viewer's money goes: app store, TikTok, agency, withdrawal fee, creator (USD). */
export function liveWaterfall(input: WaterfallInput): Waterfall {
  const channel = readChannel(input.channel ?? null);
  const spend = coinCost(input.coins, channel, "perCoin", "US", input.asOf ?? null, input.book).cost;
  const storeShare =
    input.appStoreShare !== null && input.appStoreShare !== undefined
      ? readRate(input.appStoreShare, "app_store_share")
      : (input.book ?? RATE_BOOK).resolve({
          book: "live",
          market: "*",
          kind: "appStoreShare",
          category: channel,
          asOf: input.asOf ?? null,
        }).value;
  const diamonds = diamondsFromCoins(input.coins, input);
  const payout = diamondPayout(diamonds, input);
  const store = spend.times(storeShare);
  const creatorGross = payout.breakdown.lines.find((l) => l.key === "gross")!.amount;
  const agency = payout.breakdown.lines.find((l) => l.key === "agency")!.amount.negated();
  const fee = payout.breakdown.lines.find((l) => l.key === "withdrawalFee")!.amount.negated();
  const tiktok = spend.minus(store).minus(creatorGross);
  if (tiktok.isNegative()) {
    throw outOfRange(
      "usd_per_diamond",
      message("live.creatorAboveSpend", {
        creator: creatorGross.toString(),
        afterStore: spend.minus(store).toFixed(2),
      }),
    );
  }
  const breakdown = makeBreakdown(USD, [
    { key: "appStore", label: `App store (${channel})`, amount: store, rate: storeShare, base: spend, source: null },
    { key: "tiktok", label: "TikTok", amount: tiktok, rate: null, base: spend, source: null },
    { key: "agency", label: "Agency", amount: agency, rate: null, base: creatorGross, source: null },
    { key: "withdrawalFee", label: "Withdrawal fee", amount: fee, rate: null, base: null, source: null },
    { key: "creator", label: "Creator's cash", amount: payout.net, rate: null, base: null, source: null },
  ]);
  return {
    channel,
    viewerSpend: breakdown.total,
    breakdown,
    creatorShareOfSpend: breakdown.total.isZero() ? ZERO : payout.net.dividedBy(breakdown.total),
  };
}

export interface Projection {
  readonly coinsPerMonth: Decimal;
  readonly diamondsPerMonth: Decimal;
  readonly payoutPerMonth: Decimal;
}

/** A month of LIVE: gifts per stream × streams per month → coins, diamonds, payout. */
export function liveProjection(
  gift: string,
  giftsPerStream: DecimalInput | null,
  streamsPerMonth: DecimalInput | null,
  input: ChainInput = {},
): Projection {
  const perStream = readNumber(giftsPerStream, "gifts_per_stream", { noun: "a number of gifts", max: MAX_COUNT });
  const streams = readOptionalNumber(streamsPerMonth, "streams_per_month", 1, {
    noun: "a number of streams",
    max: new Decimal(1000),
  });
  const each = giftCoins(gift, 1, input.asOf ?? null, input.book).coinsEach;
  const coinsPerDiamond = readChain(input).coinsPerDiamond.value;
  const gifts = perStream.times(streams);
  const coins = gifts.times(each);
  const diamonds = coins.dividedBy(coinsPerDiamond).floor();
  return { coinsPerMonth: coins, diamondsPerMonth: diamonds, payoutPerMonth: diamondPayout(diamonds, input).net };
}
