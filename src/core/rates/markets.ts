/**
 * Markets where TikTok Shop sells — and South Korea, open to LIVE and Creator Rewards only — with
 * their currency and the codes people type for them.
 */
import { CoreError, notAvailable } from "../errors";
import { message } from "../messages";
import { CURRENCIES, type Currency } from "../money";
import type { MarketCode } from "./types";

export interface Market {
  readonly code: MarketCode;
  readonly name: string;
  readonly currency: string;
  /** Other codes and names accepted for this market (matched case-insensitively). */
  readonly aliases: readonly string[];
  /** Where public sources give no fee figure yet. */
  readonly note?: string;
  /** False where TikTok Shop does not sell (the market is known for LIVE and creators only). */
  readonly shop?: false;
}

export const MARKETS: readonly Market[] = [
  { code: "US", name: "United States", currency: "USD", aliases: ["USA", "United States", "America"] },
  { code: "UK", name: "United Kingdom", currency: "GBP", aliases: ["GB", "GBR", "United Kingdom", "Britain"] },
  { code: "DE", name: "Germany", currency: "EUR", aliases: ["DEU", "Germany", "Deutschland"] },
  { code: "FR", name: "France", currency: "EUR", aliases: ["FRA", "France"] },
  { code: "IT", name: "Italy", currency: "EUR", aliases: ["ITA", "Italy", "Italia"] },
  { code: "ES", name: "Spain", currency: "EUR", aliases: ["ESP", "Spain", "España", "Espana"] },
  { code: "IE", name: "Ireland", currency: "EUR", aliases: ["IRL", "Ireland"] },
  { code: "ID", name: "Indonesia", currency: "IDR", aliases: ["IDN", "Indonesia"] },
  { code: "MY", name: "Malaysia", currency: "MYR", aliases: ["MYS", "Malaysia"] },
  { code: "TH", name: "Thailand", currency: "THB", aliases: ["THA", "Thailand"] },
  { code: "VN", name: "Vietnam", currency: "VND", aliases: ["VNM", "Vietnam", "Viet Nam"] },
  { code: "PH", name: "Philippines", currency: "PHP", aliases: ["PHL", "Philippines"] },
  { code: "SG", name: "Singapore", currency: "SGD", aliases: ["SGP", "Singapore"] },
  { code: "MX", name: "Mexico", currency: "MXN", aliases: ["MEX", "Mexico", "México"] },
  { code: "JP", name: "Japan", currency: "JPY", aliases: ["JPN", "Japan"] },
  {
    code: "BR",
    name: "Brazil",
    currency: "BRL",
    aliases: ["BRA", "Brazil", "Brasil"],
    note: "TikTok Shop launched in Brazil in May 2025; no public source gives its fees yet. Pass the rate as the category argument.",
  },
  ...(
    [
      // Few aliases: the EUR number-format rule lists every EUR name within Excel's 255 characters.
      ["AT", "Austria", "EUR", ["AUT", "Austria"]],
      ["BE", "Belgium", "EUR", ["BEL", "Belgium"]],
      ["NL", "Netherlands", "EUR", ["NLD", "Netherlands"]],
      ["PL", "Poland", "PLN", ["POL", "Poland", "Polska"]],
    ] as const
  ).map(([code, name, currency, aliases]): Market => ({
    code,
    name,
    currency,
    aliases,
    note: `TikTok Shop is reported live in ${name} since 2026-06-15 ("Sell Across Europe", influencico.com, a third-party guide); no public source gives its fees yet, so every fee is #N/A. Pass the rate as the category argument.`,
  })),
  {
    code: "KR",
    name: "South Korea",
    currency: "KRW",
    aliases: ["KOR", "Korea", "South Korea", "Republic of Korea"],
    note: "TikTok Shop does not sell in South Korea; the add-in knows it for LIVE and the Creator Rewards Program.",
    shop: false,
  },
];

/** The markets where TikTok Shop sells: the choices of the shop templates, calculator and reconciler. */
export const SHOP_MARKETS: readonly Market[] = MARKETS.filter((m) => m.shop !== false);

/** #N/A for a shop question about a market where TikTok Shop does not sell, with the ones it does. */
export function notAShopMarket(m: Market): CoreError {
  return new CoreError(
    "notAvailable",
    "market",
    message("market.notShop", { market: m.name, code: m.code, markets: SHOP_MARKETS.map((x) => x.code).join(", ") }),
  );
}

const BY_NAME = new Map<string, Market>();
for (const m of MARKETS) {
  BY_NAME.set(m.code.toLowerCase(), m);
  for (const a of m.aliases) BY_NAME.set(a.toLowerCase(), m);
}

/** Finds a market by code or alias, case-insensitively; unknown → #N/A with close matches. */
export function market(codeOrName: string): Market {
  const found = BY_NAME.get(codeOrName.trim().toLowerCase());
  if (!found) {
    throw notAvailable("market", "market", codeOrName, [
      ...MARKETS.map((m) => m.code as string),
      ...MARKETS.map((m) => m.name),
    ]);
  }
  return found;
}

export function marketCurrency(m: Market): Currency {
  const c = CURRENCIES.get(m.currency);
  if (!c) throw new Error(`market ${m.code} names unknown currency ${m.currency}`);
  return c;
}
