/**
 * The rate book's answers for one market, asked once each: the rule of a fee in force for a
 * category on a date, and the rates a line with no category may have been charged at. Every line
 * of a file asks the same few questions; the caches are bounded, so memory stays flat on any file.
 */
import type { IsoDate } from "../dates";
import type { MarketCode } from "../rates/types";
import type { FeeRule } from "../shop/schedule";
import { type BookFeeKind, type RuleLookup, feeCategories, lookupRule } from "./rateBook";

/** Fees whose rate the book gives per category. */
export type RatedFee = "commission" | "growth";

/** A rate a line with no category may have been charged at: a category's rule, with or without its VAT. */
export interface Candidate {
  readonly category: string;
  readonly rule: FeeRule;
  readonly vat: boolean;
}

export interface RateCandidates {
  readonly candidates: readonly Candidate[];
  /** The market default's lookup (why there is no candidate, when there is none). */
  readonly general: RuleLookup;
}

export class MarketRules {
  private readonly rules = new Map<string, RuleLookup>();
  private readonly candidatesByDate = new Map<string, RateCandidates>();
  private readonly categories = new Map<RatedFee, string[]>();

  constructor(readonly market: MarketCode) {}

  /** The rule of a fee for a category ("*" = the market default) in force on a date. */
  rule(kind: BookFeeKind, category: string, date: IsoDate): RuleLookup {
    const key = `${kind}|${category}|${date}`;
    let hit = this.rules.get(key);
    if (!hit) {
      hit = lookupRule(this.market, kind, category, date);
      if (this.rules.size > 20_000) this.rules.clear();
      this.rules.set(key, hit);
    }
    return hit;
  }

  /** The rates of a fee a line with no category may have been charged at on a date. */
  candidates(kind: RatedFee, date: IsoDate): RateCandidates {
    const key = kind === "commission" ? date : `${kind}|${date}`;
    const hit = this.candidatesByDate.get(key);
    if (hit) return hit;
    const candidates: Candidate[] = [];
    const general = this.rule(kind, "*", date);
    if (general.state === "inForce") candidates.push({ category: "*", rule: general.rule, vat: false });
    for (const category of this.categoriesOf(kind)) {
      const l = this.rule(kind, category, date);
      if (l.state === "inForce" && l.category === category && l.rule.entry?.category === category) {
        candidates.push({ category, rule: l.rule, vat: false });
      }
    }
    for (const c of [...candidates]) if (c.rule.vatOnTop !== null) candidates.push({ ...c, vat: true });
    const out = { candidates, general };
    if (this.candidatesByDate.size > 5000) this.candidatesByDate.clear();
    this.candidatesByDate.set(key, out);
    return out;
  }

  private categoriesOf(kind: RatedFee): string[] {
    let categories = this.categories.get(kind);
    if (!categories) {
      categories = feeCategories(this.market, kind);
      this.categories.set(kind, categories);
    }
    return categories;
  }
}
