/**
 * Sample inputs templates start from. Where a market's default commission is not public (it depends
 * on the product category), the sample names a category the rate book prices, or the official
 * worked example's rate (Thailand), so a fresh sheet computes instead of showing #N/A.
 */
export const SAMPLE_CATEGORY: Record<string, string | number> = {
  MY: "Fashion",
  TH: 0.0749,
  VN: "Fashion",
  PH: "Fashion Accessories",
};

export function sampleCategory(market: string): string | number {
  return SAMPLE_CATEGORY[market.toUpperCase()] ?? "All";
}

/**
 * About one US dollar in each currency, rounded: sample amounts scale by it so they look plausible in
 * every market (Rp15,000 rather than Rp20). Not an exchange rate for any calculation.
 */
export const PRICE_SCALE: Record<string, number> = {
  USD: 1,
  GBP: 0.8,
  EUR: 0.92,
  IDR: 15000,
  MYR: 4.5,
  THB: 35,
  VND: 25000,
  PHP: 56,
  SGD: 1.35,
  MXN: 18,
  JPY: 150,
  BRL: 5,
  KRW: 1400,
};
