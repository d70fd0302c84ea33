/** Advertising costs, budgets, returns and partnerships. */
export {
  adCost,
  adVolume,
  adBenchmark,
  industries,
  modelRate,
  readModel,
  VOLUME_UNIT,
  AD_FORMATS,
  type AdModel,
  type AdCost,
  type Benchmark,
} from "./billing";
export {
  minBudget,
  checkBudget,
  learningBudget,
  readLevel,
  readDepth,
  dynamicDailyBudget,
  readBudgetPeriod,
  dynamicBudgetRestOfDay,
  type MinimumBudget,
  type DynamicDailyBudget,
} from "./budgets";
export { funnel, roas, breakEvenRoas, maxCpa, reachEstimate, type Funnel } from "./funnel";
export { sponsorshipPrice, sponsorshipCpm, type SponsorshipEstimate } from "./sponsorship";
