/** Mexico (MXN): launched February 2025; 6 % sales commission (one Chinese-language guide, grade C). */
import type { RateEntry } from "../types";
import { marketEntries } from "./entries";

const S98 = "https://www.52by.com/podcast/4996";
const ELECONOMISTA =
  "https://www.eleconomista.com.mx/empresas/Para-los-comerciantes-digitales-es-mas-barata-la-formalidad-Alheira-Orozco-de-Mercado-Libre-20200624-0039.html";

const NO_RFC =
  "Mexican law (from 2020-06-01) makes marketplaces withhold from individual sellers who give no RFC (tax ID) 16 % IVA and 20 % ISR of their sales, which cannot be credited; with an RFC the rates are lower (IVA 8 %, ISR 0.4–5.4 %; not modelled). TikTok's MX settlement API carries the fields iva_vat_amount and isr_income_tax_amount. Seller profile noTaxId; applied here to the order value as given (enter prices without IVA). Known from the market's launch (February 2025).";

export const MX_SHOP: readonly RateEntry[] = marketEntries({ market: "MX" }, "orderValue", [
  {
    kind: "commission",
    value: "0.06",
    effective: "2025-02-01",
    dated: "knownSince",
    source: S98,
    grade: "C",
    label: "Sales commission",
    refundOnReturn: "full",
    note: "6 %, with 90 days commission-free for new merchants (type 0% as text in the category). No official page; the fee base is not stated and the US base is assumed.",
  },
  {
    kind: "vatWithheld",
    value: "0.16",
    effective: "2025-02-01",
    dated: "knownSince",
    source: ELECONOMISTA,
    grade: "B",
    label: "IVA withheld (no RFC)",
    refundOnReturn: "proRata",
    note: NO_RFC,
  },
  {
    kind: "incomeTaxWithheld",
    value: "0.20",
    effective: "2025-02-01",
    dated: "knownSince",
    source: ELECONOMISTA,
    grade: "B",
    label: "ISR withheld (no RFC)",
    refundOnReturn: "proRata",
    note: NO_RFC,
  },
]);
