/**
 * Creator sponsorships (partnerships): a price estimate from followers, engagement and content type
 * with Impulze's published heuristic (base per 1,000 followers × engagement multiplier × content
 * multiplier, ± a band), and the effective CPM so it can be compared with paid in-feed ads.
 */
import { Decimal, type DecimalInput, ONE, THOUSAND } from "../decimal";
import type { IsoDate } from "../dates";
import { notAvailable } from "../errors";
import { currency, readNumber, readRate, roundMoney } from "../money";
import { RATE_BOOK, type RateBook } from "../rates";

const USD = currency("USD");

export interface SponsorshipInput {
  readonly followers: DecimalInput | null;
  /** Engagement rate as a fraction (3 % = 0.03); default: the pivot (multiplier 1). */
  readonly engagementRate?: DecimalInput | null;
  readonly contentType?: string | null;
  /** Override of the base rate per 1,000 followers. */
  readonly ratePer1k?: DecimalInput | null;
  readonly asOf?: IsoDate | null;
  /** The rate book for the heuristic's parameters; default the shipped one. */
  readonly book?: RateBook;
}

export interface SponsorshipEstimate {
  readonly low: Decimal;
  readonly typical: Decimal;
  readonly high: Decimal;
  readonly engagementMultiplier: Decimal;
  readonly contentMultiplier: Decimal;
  readonly source: string;
}

export function sponsorshipPrice(input: SponsorshipInput): SponsorshipEstimate {
  const asOf = input.asOf ?? null;
  const book = input.book ?? RATE_BOOK;
  const followers = readNumber(input.followers, "followers", {
    integer: true,
    noun: "a number of followers",
    max: new Decimal("1e10"),
  });
  const base = book.resolve({ book: "ads", market: "*", kind: "sponsorshipPer1kFollowers", asOf });
  const per1k =
    input.ratePer1k === null || input.ratePer1k === undefined
      ? base.value
      : readNumber(input.ratePer1k, "rate_per_1k", { noun: "USD per 1,000 followers" });
  const pivot = book.resolve({ book: "ads", market: "*", kind: "sponsorshipEngagementPivot", asOf });
  const er =
    input.engagementRate === null || input.engagementRate === undefined
      ? pivot.value
      : readRate(input.engagementRate, "engagement_rate");
  const clampLow = book.resolve({ book: "ads", market: "*", kind: "sponsorshipEngagementMin", asOf }).value;
  const clampHigh = book.resolve({ book: "ads", market: "*", kind: "sponsorshipEngagementMax", asOf }).value;
  const engagement = Decimal.min(clampHigh, Decimal.max(clampLow, er.dividedBy(pivot.value)));
  const contentName = input.contentType ?? "Video";
  const contentCategories = book.categories("ads", "*").filter((c) => book.has("ads", "*", "sponsorshipContent", c));
  const content = contentCategories.find((c) => c.toLowerCase() === contentName.trim().toLowerCase());
  if (!content) throw notAvailable("content_type", "content type", contentName, contentCategories);
  const contentMultiplier = book.resolve({
    book: "ads",
    market: "*",
    kind: "sponsorshipContent",
    category: content,
    asOf,
  }).value;
  const band = book.resolve({ book: "ads", market: "*", kind: "sponsorshipBand", asOf }).value;
  const middle = followers.dividedBy(THOUSAND).times(per1k).times(engagement).times(contentMultiplier);
  return {
    low: roundMoney(middle.times(ONE.minus(band)), USD),
    typical: roundMoney(middle, USD),
    high: roundMoney(middle.times(ONE.plus(band)), USD),
    engagementMultiplier: engagement,
    contentMultiplier,
    source: base.entry.source,
  };
}

/** Effective CPM of a sponsorship: price per 1,000 views it brings. */
export function sponsorshipCpm(price: DecimalInput | null, views: DecimalInput | null): Decimal {
  const p = readNumber(price, "price", { noun: "a price in USD" });
  const v = readNumber(views, "views", {
    integer: true,
    allowZero: false,
    noun: "a number of views",
    max: new Decimal("1e13"),
  });
  return roundMoney(p.dividedBy(v).times(THOUSAND), USD);
}
