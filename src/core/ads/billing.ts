/**
 * What ads cost under TikTok's billing models (Ads Help "Available bidding methods", S175): CPM
 * and oCPM are billed per impression (priced per 1,000), CPC per click, CPV per focused view (6 s,
 * or an interaction in the first 6 s). Premium formats are reserved: TopView at a CPM, a Branded
 * Hashtag Challenge or Branded Effect at a flat price. Rates default to sourced benchmarks and can
 * always be overridden.
 */
import { Decimal, type DecimalInput, THOUSAND, ZERO } from "../decimal";
import type { IsoDate } from "../dates";
import { CoreError, invalidValue, notAvailable } from "../errors";
import { message } from "../messages";
import { currency, readNumber, roundMoney } from "../money";
import { RATE_BOOK, type RateBook } from "../rates";
import { AD_FORMATS } from "../rates/ads";
import type { AdKind, RateEntry } from "../rates/types";

const USD = currency("USD");

export type BillingModel = "CPM" | "oCPM" | "CPC" | "CPV";
export type PremiumFormat = "TopView" | "BrandTakeover" | "HashtagChallenge" | "BrandedEffect";
export type AdModel = BillingModel | PremiumFormat;

const MODELS: Record<string, AdModel> = {
  cpm: "CPM",
  ocpm: "oCPM",
  cpc: "CPC",
  cpv: "CPV",
  topview: "TopView",
  brandtakeover: "BrandTakeover",
  takeover: "BrandTakeover",
  hashtagchallenge: "HashtagChallenge",
  bhc: "HashtagChallenge",
  brandedhashtagchallenge: "HashtagChallenge",
  brandedeffect: "BrandedEffect",
  brandedeffects: "BrandedEffect",
  effect: "BrandedEffect",
};

export function readModel(text: string | null): AdModel {
  const key = (text ?? "").replace(/[\s_-]/g, "").toLowerCase();
  // Own keys only: "constructor" is not a billing model.
  const m = Object.prototype.hasOwnProperty.call(MODELS, key) ? MODELS[key] : undefined;
  if (!m)
    throw notAvailable("model", "billing model or format", text ?? "", [
      "CPM",
      "oCPM",
      "CPC",
      "CPV",
      "TopView",
      "BrandTakeover",
      "HashtagChallenge",
      "BrandedEffect",
    ]);
  return m;
}

/** What `volume` counts for each model. */
export const VOLUME_UNIT: Record<AdModel, string> = {
  CPM: "impressions",
  oCPM: "impressions",
  CPC: "clicks",
  CPV: "views",
  TopView: "days",
  BrandTakeover: "days",
  HashtagChallenge: "days",
  BrandedEffect: "days",
};

export interface ResolvedRate {
  readonly rate: Decimal;
  /** Per 1,000 units (CPM, oCPM, TopView), per unit, or a flat price for a standard run. */
  readonly per: "thousand" | "unit" | "run";
  readonly runDays: Decimal | null;
  readonly entry: RateEntry | null;
}

function benchmark(kind: AdKind, industry: string | null, asOf: IsoDate | null, book: RateBook): RateEntry {
  const category = industry ? book.category("ads", "*", industry, "industry") : "*";
  return book.resolve({ book: "ads", market: "*", kind, category, asOf }).entry;
}

/** The rate a model is priced at: the caller's, or the sourced typical benchmark. */
export function modelRate(
  model: AdModel,
  rate: DecimalInput | null,
  industry: string | null,
  asOf: IsoDate | null,
  book: RateBook = RATE_BOOK,
): ResolvedRate {
  // An unknown industry is an error even when a rate is given: it would otherwise pass silently.
  if (industry) book.category("ads", "*", industry, "industry");
  const given =
    rate === null || rate === undefined ? null : readNumber(rate, "rate", { allowZero: false, noun: "a price in USD" });
  const entry = (kind: AdKind, category: string) =>
    book.resolve({ book: "ads", market: "*", kind, category, asOf }).entry;
  switch (model) {
    case "CPM":
    case "oCPM":
    case "CPC": {
      if (given) return { rate: given, per: model === "CPC" ? "unit" : "thousand", runDays: null, entry: null };
      const e = benchmark(model === "CPC" ? "cpc" : "cpm", industry, asOf, book);
      return { rate: book.valueOf(e), per: model === "CPC" ? "unit" : "thousand", runDays: null, entry: e };
    }
    case "CPV":
      if (given) return { rate: given, per: "unit", runDays: null, entry: null };
      throw new CoreError("notAvailable", "rate", message("ads.noCpvBenchmark", {}));
    case "TopView": {
      if (given) return { rate: given, per: "unit", runDays: null, entry: null };
      const cpm = book.valueOf(entry("premiumCpm", "TopView")).toString();
      throw new CoreError("notAvailable", "rate", message("ads.topViewByCpm", { cpm }));
    }
    case "BrandTakeover":
      if (given) return { rate: given, per: "unit", runDays: null, entry: null };
      throw new CoreError("notAvailable", "rate", message("ads.brandTakeoverNoPrice", {}));
    case "HashtagChallenge":
    case "BrandedEffect": {
      if (given) return { rate: given, per: "unit", runDays: null, entry: null };
      const e = entry("premiumFlat", model);
      const days = book.lookup({ book: "ads", market: "*", kind: "premiumDays", category: model, asOf });
      return { rate: book.valueOf(e), per: "run", runDays: days.status === "inForce" ? days.value : null, entry: e };
    }
  }
}

export interface AdCost {
  readonly model: AdModel;
  readonly volume: Decimal;
  readonly cost: Decimal;
  readonly rate: ResolvedRate;
}

function readVolume(model: AdModel, volume: DecimalInput | null): Decimal {
  const unit = VOLUME_UNIT[model];
  return readNumber(volume, "volume", { integer: true, noun: `a whole number of ${unit}`, max: new Decimal("1e13") });
}

/** Cost of a volume under a model (impressions, clicks, views, or days for premium formats). */
export function adCost(
  modelText: string | null,
  volumeInput: DecimalInput | null,
  rate: DecimalInput | null = null,
  industry: string | null = null,
  asOf: IsoDate | null = null,
  book: RateBook = RATE_BOOK,
): AdCost {
  const model = readModel(modelText);
  const volume = readVolume(model, volumeInput);
  const r = modelRate(model, rate, industry, asOf, book);
  let cost: Decimal;
  if (r.per === "thousand") cost = volume.dividedBy(THOUSAND).times(r.rate);
  else if (r.per === "unit") cost = volume.times(r.rate);
  else {
    // A flat-priced format: the price covers its standard run; longer runs are priced pro rata.
    if (volume.isZero()) cost = ZERO;
    else cost = r.runDays ? r.rate.times(Decimal.max(volume, r.runDays)).dividedBy(r.runDays) : r.rate;
  }
  return { model, volume, cost: roundMoney(cost, USD), rate: r };
}

/** The volume a budget buys (whole units, rounded down). */
export function adVolume(
  modelText: string | null,
  budgetInput: DecimalInput | null,
  rate: DecimalInput | null = null,
  industry: string | null = null,
  asOf: IsoDate | null = null,
  book: RateBook = RATE_BOOK,
): { model: AdModel; volume: Decimal; rate: ResolvedRate } {
  const model = readModel(modelText);
  const budget = readNumber(budgetInput, "budget", { noun: "a budget in USD" });
  const r = modelRate(model, rate, industry, asOf, book);
  if (r.per === "run") throw invalidValue("model", message("ads.flatPricePerRun", { model }));
  const volume =
    r.per === "thousand" ? budget.dividedBy(r.rate).times(THOUSAND).floor() : budget.dividedBy(r.rate).floor();
  return { model, volume, rate: r };
}

export interface Benchmark {
  readonly low: Decimal;
  readonly typical: Decimal;
  readonly high: Decimal;
  readonly entry: RateEntry;
}

/** A benchmark with its range: CPM, CPC or CTR, by industry where sources give it. */
export function adBenchmark(
  metric: string | null,
  industry: string | null = null,
  asOf: IsoDate | null = null,
  book: RateBook = RATE_BOOK,
): Benchmark {
  const kind = BENCHMARK_KINDS.find((k) => k === (metric ?? "").trim().toLowerCase());
  if (!kind) throw notAvailable("metric", "benchmark metric", metric ?? "", ["CPM", "CPC", "CTR"]);
  const e = benchmark(kind, industry, asOf, book);
  const typical = book.valueOf(e);
  return { low: new Decimal(e.low ?? e.value), typical, high: new Decimal(e.high ?? e.value), entry: e };
}

const BENCHMARK_KINDS = ["cpm", "cpc", "ctr"] as const satisfies readonly AdKind[];

export function industries(book: RateBook = RATE_BOOK): string[] {
  return book.categories("ads", "*").filter((c) => book.has("ads", "*", "cpm", c));
}

export { AD_FORMATS };
