/**
 * Sources cited by more than one LIVE family, once each (numbers as in the source registry of
 * docs/research/rates.md); every other source is declared in the one file that cites it.
 */
export const S128 = "https://backtofrontshow.com/how-much-are-tiktok-gifts-worth/";
export const S140 = "https://calculatecreator.com/calculators/coins-gifts-diamonds/gift";
export const S142 =
  "https://www.itechpost.com/articles/106915/20210903/tiktok-live-gifts-tiktokers-earn-diamonds-exchange-money.htm";
