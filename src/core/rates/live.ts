/** LIVE gifts, coins, diamonds and creator programmes (filled by "Pricing core II"). */
import type { RateEntry } from "./types";

export const LIVE_RATES: readonly RateEntry[] = [];
