/** Every market's TikTok Shop entries, in one list. One file per market keeps each reviewable. */
import type { RateEntry } from "../types";
import { EU_SHOP } from "./eu";
import { FBT_RATES } from "./fbt";
import { ID_SHOP } from "./id";
import { JP_SHOP } from "./jp";
import { MX_SHOP } from "./mx";
import { MY_SHOP } from "./my";
import { PH_SHOP } from "./ph";
import { SG_SHOP } from "./sg";
import { TH_SHOP } from "./th";
import { UK_SHOP } from "./uk";
import { US_SHOP } from "./us";
import { VN_SHOP } from "./vn";

export const SHOP_RATES: readonly RateEntry[] = [
  ...US_SHOP,
  ...UK_SHOP,
  ...EU_SHOP,
  ...ID_SHOP,
  ...MY_SHOP,
  ...TH_SHOP,
  ...VN_SHOP,
  ...PH_SHOP,
  ...SG_SHOP,
  ...MX_SHOP,
  ...JP_SHOP,
  ...FBT_RATES,
];
