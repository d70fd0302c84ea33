/** Every market's TikTok Shop entries, in one list. One file per market keeps each reviewable. */
import type { RateEntry } from "../types";
import { US_SHOP } from "./us";

export const SHOP_RATES: readonly RateEntry[] = [...US_SHOP];
