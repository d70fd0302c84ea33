/**
 * Germany, France, Italy, Spain and Ireland (EUR): one rule set, one entry per market. 5 % from each
 * launch, 9 % from 2026-01-08 00:00 CET (7 % electronics; 4 % for new sellers' first 60 days),
 * charged on the total order amount including shipping and VAT. Announced in Seller Center on
 * 2025-12-05 and reported by several outlets (grade B); no official page is public.
 */
import type { RateEntry } from "../types";
import { marketEntries } from "./entries";

const S34 =
  "https://www.dataiads.io/es/blog/tiktok-shop-comprendre-les-commissions-pour-booster-ta-performance-e-commerce";
const S37 = "https://hurtersolutions.com/conseils-internet/e-commerce/tiktok-shop-augmente-ses-commissions-en-europe";
const S40 = "https://www.ecommerce-nation.fr/tiktok-shop-les-commissions-doublent-janvier-2026";
const S42 = "https://m.ebrun.com/630302.html";
const S_IT = "https://italynews.online/news-from-italy-in-english/tiktok-expands-e-commerce-business-to-italy";
const ES_LAUNCH = "https://dataiads.io/es/blog/tiktok-shop-arrive-en-france";
const IE_LIVE = "https://www.silicon.co.uk/e-marketing/ecommerce/tiktok-mexico-launch-594287";
const S36 = "https://formationtiktokshop.fr/frais-et-commissions-tiktok-shop-france-ce-que-les-vendeurs-doivent-savoir";

/**
 * The first day each market's 5 % is attested: its launch where a source dates it. The commission's
 * note is `commissionNote` here, not `note`: the bundle keeps a note only where an entry names its
 * kind (scripts/strip-rate-alternatives.js), and CATEGORIES shows this one.
 */
const LAUNCH: Record<
  string,
  { date: string; dated: "inForce" | "knownSince"; source: string; grade: "B" | "C"; commissionNote: string }
> = {
  ES: {
    date: "2024-12-09",
    dated: "inForce",
    source: S34,
    grade: "C",
    commissionNote: `Spain's shop launched officially on 2024-12-09 (${ES_LAUNCH}); 5 % applied to the total including taxes.`,
  },
  IE: {
    date: "2024-12-01",
    dated: "knownSince",
    source: S34,
    grade: "C",
    commissionNote: `Ireland launched with Spain: live in December 2024 (${IE_LIVE}, early January 2025: "began operations last month in Spain and Ireland"); the day is not published, so the 5 % is known since December 2024.`,
  },
  FR: {
    date: "2025-03-31",
    dated: "inForce",
    source: S37,
    grade: "B",
    commissionNote: "France launched on 2025-03-31.",
  },
  DE: {
    date: "2025-03-31",
    dated: "inForce",
    source: S37,
    grade: "B",
    commissionNote: "Germany launched on 2025-03-31.",
  },
  IT: {
    date: "2025-03-31",
    dated: "inForce",
    grade: "C",
    source: S_IT,
    commissionNote:
      "Italy launched with France and Germany on Monday 2025-03-31 (Reuters, 2025-03-27). 2025-12-05 is when the 2026 rise was announced, not a start date.",
  },
};

function euMarket(code: "DE" | "FR" | "IT" | "ES" | "IE"): RateEntry[] {
  const launch = LAUNCH[code];
  return marketEntries({ market: code, taxInclusive: true }, "orderValue", [
    {
      kind: "commission",
      value: "0.05",
      effective: launch.date,
      dated: launch.dated,
      until: "2026-01-07",
      source: launch.source,
      grade: launch.grade,
      label: "Commission",
      refundOnReturn: "full",
      note: launch.commissionNote,
      alternatives: [
        {
          value: "0.029",
          source: S36,
          grade: "D",
          note: "A French guide adds 2.9 % + €0.30 per transaction, apparently copied from the old US schedule.",
        },
      ],
    },
    {
      kind: "commission",
      value: "0.09",
      effective: "2026-01-08",
      dated: "inForce",
      source: S40,
      grade: "B",
      label: "Commission",
      refundOnReturn: "full",
      note: "On the total order amount including shipping and VAT (excluding add-on services). Announced in Seller Center on 2025-12-05; also reported by Ebrun (m.ebrun.com/630302.html).",
    },
    {
      kind: "commission",
      category: "Electronics",
      value: "0.07",
      effective: "2026-01-08",
      dated: "inForce",
      source: S42,
      grade: "B",
      label: "Commission (electronics)",
      refundOnReturn: "full",
      note: "Electronics and similar categories.",
    },
    {
      kind: "commission",
      category: "New seller (first 60 days)",
      value: "0.04",
      effective: "2026-01-08",
      dated: "inForce",
      source: S40,
      grade: "B",
      label: "Commission (new seller)",
      refundOnReturn: "full",
      note: "Shops opened after 2026-01-08 that list 5 products within 15 days pay 4 % for up to 60 days.",
    },
  ]);
}

export const EU_SHOP: readonly RateEntry[] = (["DE", "FR", "IT", "ES", "IE"] as const).flatMap(euMarket);
