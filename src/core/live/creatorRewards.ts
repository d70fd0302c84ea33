/** The Creator Rewards Program: payout from qualified views × RPM, and who qualifies. */
import { Decimal, type DecimalInput, THOUSAND } from "../decimal";
import type { IsoDate } from "../dates";
import { type Message, message } from "../messages";
import { currency, readNumber, roundMoney } from "../money";
import { RATE_BOOK, type RateBook } from "../rates";
import { CRP_MARKETS, crpOpenIn } from "../rates/live";
import { market as findMarket } from "../rates/markets";
import type { LiveKind } from "../rates/types";
import { parameter } from "./defaults";

const USD = currency("USD");

export interface RewardsEstimate {
  readonly low: Decimal;
  readonly typical: Decimal;
  readonly high: Decimal;
  /** The RPM behind `typical` (the caller's, or the sourced middle). */
  readonly rpm: Decimal;
  readonly source: string | null;
}

/** Estimated payout = qualified views / 1,000 × RPM; low/high use the sourced range unless an RPM is given. */
export function creatorRewards(
  views: DecimalInput | null,
  rpm: DecimalInput | null = null,
  asOf: IsoDate | null = null,
  book: RateBook = RATE_BOOK,
): RewardsEstimate {
  const qualified = readNumber(views, "qualified_views", {
    integer: true,
    noun: "a whole number of views",
    max: new Decimal("1e13"),
  });
  const p = parameter("crpRpm", rpm, asOf, book);
  const entry = p.entry ?? book.resolve({ book: "live", market: "*", kind: "crpRpm", asOf }).entry;
  const pay = (r: Decimal) => roundMoney(qualified.dividedBy(THOUSAND).times(r), USD);
  const low = p.entry ? pay(new Decimal(entry.low ?? entry.value)) : pay(p.value);
  const high = p.entry ? pay(new Decimal(entry.high ?? entry.value)) : pay(p.value);
  return { low, typical: pay(p.value), high, rpm: p.value, source: p.entry?.source ?? null };
}

export interface EligibilityInput {
  readonly followers: DecimalInput | null;
  readonly views30d: DecimalInput | null;
  readonly videoSeconds: DecimalInput | null;
  readonly age?: DecimalInput | null;
  readonly market?: string | null;
  readonly asOf?: IsoDate | null;
  readonly book?: RateBook;
}

export interface Eligibility {
  readonly eligible: boolean;
  /** What is missing, one phrase each; empty when eligible. */
  readonly reasons: readonly string[];
  /** The reasons as messages (live.crpReason), to say them in the reader's language. */
  readonly said: readonly Message[];
}

export function creatorRewardsEligibility(input: EligibilityInput): Eligibility {
  const followers = readNumber(input.followers, "followers", {
    integer: true,
    noun: "a number of followers",
    max: new Decimal("1e10"),
  });
  const views = readNumber(input.views30d, "views_30d", {
    integer: true,
    noun: "a number of views",
    max: new Decimal("1e13"),
  });
  const seconds = readNumber(input.videoSeconds, "video_seconds", {
    noun: "a video length in seconds",
    max: new Decimal(86400),
  });
  const age =
    input.age === null || input.age === undefined
      ? null
      : readNumber(input.age, "age", { integer: true, max: new Decimal(150) });
  const m = findMarket(input.market ?? "US");
  const asOf = input.asOf ?? null;
  const book = input.book ?? RATE_BOOK;
  // A market's own threshold wins over the worldwide one.
  const rule = (kind: LiveKind) => {
    const specific = book.lookup({ book: "live", market: m.code, kind, asOf });
    return specific.status === "inForce"
      ? specific.value
      : book.resolve({ book: "live", market: "*", kind, asOf }).value;
  };
  const causes: { why: string; a: string; b: string }[] = [];
  const miss = (why: string, a: string, b: string) => causes.push({ why, a, b });
  if (!crpOpenIn(m.code)) miss("notOpen", m.name, CRP_MARKETS.join(", "));
  const minFollowers = new Decimal(rule("crpMinFollowers"));
  if (followers.lessThan(minFollowers)) miss("followers", minFollowers.toString(), followers.toString());
  const minViews = new Decimal(rule("crpMinViews30d"));
  if (views.lessThan(minViews)) miss("views", minViews.toString(), views.toString());
  const minSeconds = new Decimal(rule("crpMinVideoSeconds"));
  if (seconds.lessThan(minSeconds)) miss("seconds", minSeconds.toString(), seconds.toString());
  const minAge = new Decimal(rule("crpMinAge"));
  if (age !== null && age.lessThan(minAge)) miss("age", minAge.toString(), "");
  const said = causes.map((c) => message("live.crpReason", c));
  return { eligible: causes.length === 0, reasons: said.map((r) => r.text), said };
}
