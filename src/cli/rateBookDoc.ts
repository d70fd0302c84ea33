/**
 * The rate book as a Markdown document (docs/rates.md): every entry with its value, dates, source
 * and grade, grouped by book and market. A test keeps the committed file in step with the data.
 */
import { ALL_RATES, RATE_BOOK_VERSION } from "../core/rates";
import type { RateEntry } from "../core/rates/types";

const BOOK_TITLES: Record<string, string> = {
  shop: "TikTok Shop fees",
  live: "LIVE gifts, coins and creator programmes",
  ads: "Advertising",
};

function valueText(e: RateEntry): string {
  if (e.unpublished) return "not public";
  const v = Number(e.value);
  const shown = e.basis === "rate" && v <= 1 ? `${+(v * 100).toFixed(4)} %` : e.value;
  const range =
    e.low !== undefined && e.high !== undefined && (e.low !== e.value || e.high !== e.value)
      ? ` (${e.low}–${e.high})`
      : "";
  return shown + range;
}

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

export function rateBookMarkdown(): string {
  const out: string[] = [
    "# The rate book",
    "",
    `Version \`${RATE_BOOK_VERSION.label}\` (newest effective date + content hash; \`=TIKTOK.RATEBOOK()\`). ` +
      "Generated from `src/core/rates` by `npx tiktok-economics rates > docs/rates.md`; a test fails when it is out of date.",
    "",
    "Grades: **A** an official TikTok page (Seller University, TikTok Support, Ads Help) · **A-** an official text relayed word for word by an authority (a regulator, a law firm quoting the law) · " +
      "**B** reputable press, or a reprint of an official notice — **reprints on content farms (tt123.com, kexiaomei.com, maijiaw.com, heycross.com, 9158app.com, xyrl.com, tkzyw.com, 5515.cn, imsella.vn, keyouyun.com …) are graded B at best**, never A · " +
      "**C** third-party tools, calculators and guides · **D** a source that contradicts itself or an A page (kept only where nothing better exists, and said so). " +
      "One source has one grade everywhere it is cited. Rates are fractions shown as %; amounts are in the market currency (USD where the market is `*`).",
    "",
    "Dates: **from** is the day a published change took effect; **known since** marks a value whose change date no source gives — " +
      "only the first day a source shows it. A date between such an entry and the one before it still computes, but the answer carries an " +
      '"Unsure date" note (in the breakdown line and the lookup result). **new from** marks a fee its source announces as new on that day: before it none was charged (EXPECTEDFEE and the reconciler expect 0; RATE says it was introduced then), ' +
      "where before any other first entry the book does not know (#N/A). Ranges store both ends; the value used is the one named in the entry's note (usually the top).",
  ];
  for (const book of ["shop", "live", "ads"]) {
    out.push("", `## ${BOOK_TITLES[book]}`);
    const entries = ALL_RATES.filter((e) => e.book === book);
    const markets = [...new Set(entries.map((e) => e.market))];
    for (const market of markets) {
      out.push(
        "",
        `### ${market === "*" ? "All markets" : market}`,
        "",
        "| kind | category | value | from | until | grade | source |",
        "| --- | --- | --- | --- | --- | --- | --- |",
      );
      const rows = entries
        .filter((e) => e.market === market)
        .sort(
          (a, b) =>
            a.kind.localeCompare(b.kind) ||
            a.category.localeCompare(b.category) ||
            a.effective.localeCompare(b.effective),
        );
      for (const e of rows) {
        out.push(
          `| ${e.kind} | ${cell(e.category === "*" ? "all" : e.category)} | ${valueText(e)} | ${e.dated === "knownSince" ? `known since ${e.effective}` : e.introduced ? `new from ${e.effective}` : e.effective} | ${e.until ?? ""} | ${e.grade} | <${e.source}> |`,
        );
      }
    }
  }
  out.push("", ...NOT_MODELLED);
  return out.join("\n") + "\n";
}

/**
 * What the book does not know, and why: each item of the audit (issue #13) that could not be
 * verified, with what was searched (docs/research/rate-audit.md has the quotes), and every fee
 * column of the settlement files that is not modelled.
 */
const NOT_MODELLED: readonly string[] = [
  "## Fees and taxes that depend on the seller",
  "",
  "The shop query's optional `sellerProfile` chooses them; each field defaults to what most sellers have:",
  "",
  "- `sellerType` — `individual` (default: households and individuals) or `business` (a tax-registered organisation). VN individuals have VAT 1 % + PIT 0.5 % of goods revenue withheld from 2025-07-01 (`vatWithheld`, `pitWithheld`).",
  "- `aboveTaxThreshold` — default false. ID: PPh 22 0.5 % of turnover above Rp500m a year (from 2025-07-14); PH: 1 % of one-half of gross remittances above ₱500,000 a year (from 2024-01-11) (`incomeTaxWithheld`).",
  "- `crossBorder` — default false. TH cross-border sellers pay the 3.21 % transaction fee (`transactionCrossBorder`).",
  "- `mall` — default false. ID Mall shops pay the Mall service fee, 1.8 % capped at Rp50,000 per item (`mallService`).",
  "- `feeSalesTaxRate` — US only, default none: the state's sales-tax rate on the referral fee, charged from 2025-11-01 (`feeSalesTax`).",
  "- `programmes` — default none; `preOrder`: ID pre-order service fee 3 % (`preOrderService`).",
  "",
  "Withheld taxes are not fees: they appear in profit and net-proceeds breakdowns, not in the fee total. The ID dynamic commission is compulsory for every seller and always charged.",
  "",
  "## Not in the book, or not verifiable",
  "",
  "Searched for issue #13 (pages read 2026-11-26; quotes in `docs/research/rate-audit.md`). Each of these answers `#N/A` or is left to the caller's own rate:",
  "",
  '- **UK Beauty 5 %** — removed: no source (searched "TikTok Shop UK commission Beauty category 5% rate", seller-uk category pages); the only 5 % UK categories are Electronics and Collectibles (topeuropenews.com). Beauty pays the standard 9 %.',
  '- **UK Books 7 %** — one calculator page only (foregrade.io); no second source or official UK table found (searched "TikTok Shop UK books commission 7% category rates 2026"). Kept, graded C, dated *known since*.',
  '- **TH 4.28 %** (most categories before 2024-09-01) — the change from 4.00 % is undated (searched "4.28% Thailand commission TikTok 2024"); recorded as an alternative on the 4 % entry.',
  '- **TH transaction fee 3.21 %** — sources are cross-border notices only (searched "TikTok Shop Thailand transaction fee 3.21%", Thai "ค่าธรรมเนียมการชำระเงิน TikTok Shop 3.21"); modelled for cross-border sellers (seller profile), not for local ones. **TH Infrastructure fee** — no public rate (searched "TikTok Shop Thailand Infrastructure fee", "ค่าธรรมเนียมโครงสร้างพื้นฐาน"): not modelled.',
  "- **TH / ID category tables from 2025-10-01 and 2026** — published as images on the official pages: `#N/A` asking for the subcategory rate.",
  "- **VN transaction fee 6 % from 2026-05-09** — one trade report (dataede.com); the official page still showed 5 % on 2026-05-04. Kept as an alternative; the 2026-04-01 base change is not captured.",
  '- **SG transaction fee 3.27 % from 2025-10-01** — a single third-party page (ywbanu.com, C); no official SG page found (searched "seller-sg.tiktok.com Transaction Fee Singapore").',
  "- **ID dynamic commission rate** — the official fee article gives the cap (Rp40,000 per item) and start (2025-06-10) but the cluster rates only as an image; 4–5.5 % is from the official course page (graded C, contradicted elsewhere), the top is used. **ID Mall service fee** 1.8 % (cap Rp50,000) is right: the course page's 1.5 %/Rp5,000 and its Rp500 order fee are contradicted by the dated fee article, the press and real 2026 settlement files (which show Rp1,250).",
  '- **Coins per diamond** — no TikTok page gives a ratio (searched "TikTok coins to diamonds conversion rate", the Virtual Items Policy, the wallet pages). 1:1 is the default (consistent with TikTok\'s "creators keep 50 %" statement); 2:1 is what most calculators say — pass 2 to compare.',
  '- **Corgi 299 coins** — not found in any source read (searched "TikTok Corgi gift 299 coins"): not added.',
  "- **Creator Rewards in South Korea** — listed as open (napolify.com, C; minimum age 19) but KR is not yet a market of the add-in (it needs KRW in the currency list). Japan's 50,000 followers is one blog's figure; 10,000 is used.",
  '- **Withdrawal minimum** — the current official wallet page says only "certain thresholds"; $100 is from the 2019 page (graded C as superseded).',
  "- **Branded Effect** — no official price (Ads Help gives specs only); $10,000–$100,000 from one low-authority site (D).",
  '- **US FBT after 2025-06-16 and storage fees** — the official page says a new rate card applies from 2025-06-16 and storage from 2025-03-05, but the figures are not published as text (searched "Fulfilled by TikTok FBT pricing June 16 2025", "FBT storage fee cubic foot"). **US referral 8 % from 2026-08-04** — reported by third parties, not on the official page: not in the book.',
  '- **MY transaction fee before 2023-08-14** — no earlier source (searched "TikTok Shop Malaysia transaction fee 2% 2022", "yuran transaksi 2%"); 2.12 % is dated *known since* the help page\'s date.',
  '- **Brazil** — launched 2025-05-07 (folhape.com.br); no public fee figure (searched "TikTok Shop Brasil comissão taxa vendedores"): `#N/A`, pass your rate.',
  "- **MY transaction-fee base from 2026-02-15** (platform discounts no longer lower it; 3.78 % unchanged) — one C source (ttsop.net) whose page address was not captured: not added. **VN Shipping Fee Program** (4.5 %, capped ₫30,000 per item, opt-in until 2025-07-17, cafef.vn) — no start date found: not added. **US new-seller 2 % + $0.30** for shops activated Feb–Oct 2024 (first 60 days; gloda.vip, fitsmallbusiness.com, C) — not added as an option: pass 0.02 as the rate.",
  "- **Programme fees without a public rate** — Voucher Xtra, LIVE Specials, Bonus cashback / Xtra Boost (ID: 4.5 % capped Rp20,000 on campaign days per one C source), UK campaign (flash-sale) fee, TH Marketing Benefits Package: not modelled; pass your rate.",
  "",
  "### Settlement-file fee columns not modelled",
  "",
  "Columns named in the income files (`docs/research/settlement.md`) that no fee here computes: TH *Infrastructure fee* (no rate); " +
    "*Credit card installment handling fee / interest cost* (MY, TH, ID; no public rate); *GMV Max ad fee*, *Managed service plan*, *Smart Promotion fee*, " +
    "*Marketing benefits package fee* (advertising or services, not platform fees); *Bonus cashback / LIVE Specials / Voucher Xtra service fee*, *EAMS*, " +
    "*Flash Sale / Brands Crazy Deals*, *Campaign resource fee*, *PayLater program fee* (opt-in programmes without a public rate); MY *Dynamic commission* (no public MY rate); " +
    "affiliate and Shop Ads commissions (set by the seller: the affiliate argument). MY *SST* is not an extra charge: every MY fee quoted here already includes it (6 % to 2024-02-29, 8 % from 2024-03-01).",
];
