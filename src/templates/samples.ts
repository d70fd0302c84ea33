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
