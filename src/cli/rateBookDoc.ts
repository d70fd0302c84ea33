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
    "Grades: **A** an official TikTok page · **A-** a reprint of an official notice · **B** reputable press · " +
      "**C** third-party tools and guides · **D** low authority (kept only as noted alternatives). Rates are fractions shown as %; amounts are in the market currency (USD where the market is `*`).",
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
          `| ${e.kind} | ${cell(e.category === "*" ? "all" : e.category)} | ${valueText(e)} | ${e.effective} | ${e.until ?? ""} | ${e.grade} | <${e.source}> |`,
        );
      }
    }
  }
  return out.join("\n") + "\n";
}
