/** Advertising billing, minimum budgets, benchmarks and premium formats ("Pricing core III"). */
import type { RateEntry } from "./types";

export const AD_RATES: readonly RateEntry[] = [];
