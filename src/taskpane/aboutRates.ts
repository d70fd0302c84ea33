/** "About the rates": the rate book version and, per market, the newest rates with their sources. */
import { RATE_BOOK, RATE_BOOK_VERSION } from "../core/rates";
import { MARKETS } from "../core/rates/markets";
import type { Book, RateKind } from "../core/rates/types";
import { h } from "./dom";

export function aboutRatesView(): HTMLElement {
  const rows = MARKETS.map((m) => {
    const shop = RATE_BOOK.entries.filter((e) => e.book === "shop" && e.market === m.code);
    const newestEntry = shop.reduce<(typeof shop)[number] | null>(
      (n, e) => (!n || e.effective > n.effective ? e : n),
      null,
    );
    const newest = newestEntry?.effective ?? "";
    // A date no source publishes as a change date is only the first day a source shows the rate.
    const knownSince = newestEntry?.dated === "knownSince";
    const official = shop.some((e) => e.grade === "A" || e.grade === "A-");
    const sources = [...new Set(shop.map((e) => e.source))];
    // Three columns, the currency under the market and the link under the grade: fits a 320 px pane.
    return h(
      "tr",
      {},
      h(
        "th",
        { scope: "row" },
        `${m.code} ${m.name}`,
        h("span", { className: "sub", "aria-label": `currency ${m.currency}` }, m.currency),
      ),
      h("td", {}, newest || "—", knownSince ? h("span", { className: "sub" }, "known since") : null),
      h(
        "td",
        {},
        shop.length === 0 ? "none yet" : official ? "official + secondary" : "secondary only",
        sources.length === 0
          ? null
          : h(
              "a",
              { className: "sub", href: sources[0], target: "_blank", rel: "noopener noreferrer" },
              `${sources.length} source${sources.length > 1 ? "s" : ""}`,
            ),
      ),
    );
  });
  return h(
    "section",
    { "aria-labelledby": "rates-title" },
    h("h2", { id: "rates-title" }, "About the rates"),
    h(
      "p",
      {},
      `Rate book ${RATE_BOOK_VERSION.label}: ${RATE_BOOK.entries.length} dated entries, each with its public source and the day it was read. Use =TIKTOK.RATEBOOK() in a sheet to record which rates it used.`,
    ),
    h(
      "table",
      { className: "rates" },
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", { scope: "col" }, "Market"),
          h("th", { scope: "col" }, "Newest change"),
          h("th", { scope: "col" }, "Sources"),
        ),
      ),
      h("tbody", {}, ...rows),
    ),
    h("h3", { className: "subhead" }, "LIVE and ads assumptions"),
    h(
      "table",
      { className: "rates defaults" },
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", { scope: "col" }, "Default"),
          h("th", { scope: "col" }, "Value"),
          h("th", { scope: "col" }, "Grade"),
          h("th", { scope: "col" }, h("span", { className: "visually-hidden" }, "Source")),
        ),
      ),
      h("tbody", {}, ...DEFAULTS.map(defaultRow).filter((r): r is HTMLTableRowElement => r !== null)),
    ),
    h(
      "p",
      { className: "hint" },
      "Rates change: check Seller Center and pass your own rate as a number where it differs. Every function takes these defaults as arguments you can override.",
    ),
  );
}

/** The assumptions behind the LIVE and ads functions, shown with their source. */
const DEFAULTS: { label: string; book: Book; kind: RateKind; category?: string; format: (v: string) => string }[] = [
  { label: "Coins per diamond", book: "live", kind: "coinsPerDiamond", format: (v) => v },
  { label: "USD per diamond", book: "live", kind: "usdPerDiamond", format: (v) => `$${v}` },
  { label: "Agency share", book: "live", kind: "agencyShare", format: (v) => `${Number(v) * 100} %` },
  { label: "Minimum withdrawal", book: "live", kind: "withdrawalMinimum", format: (v) => `$${v}` },
  { label: "Creator Rewards RPM", book: "live", kind: "crpRpm", format: (v) => `$${v} / 1,000 views` },
  { label: "CPM (all industries)", book: "ads", kind: "cpm", format: (v) => `$${v}` },
  { label: "CPC (all industries)", book: "ads", kind: "cpc", format: (v) => `$${v}` },
  {
    label: "Campaign daily minimum",
    book: "ads",
    kind: "minBudget",
    category: "campaignDaily",
    format: (v) => `more than $${v}`,
  },
];

function defaultRow(d: (typeof DEFAULTS)[number]): HTMLTableRowElement | null {
  const entry = RATE_BOOK.entryOf({ book: d.book, market: "*", kind: d.kind, category: d.category ?? "*" });
  if (!entry) return null;
  return h(
    "tr",
    {},
    h("th", { scope: "row" }, d.label),
    h("td", {}, d.format(entry.value)),
    h("td", {}, entry.grade),
    h("td", {}, h("a", { href: entry.source, target: "_blank", rel: "noopener noreferrer" }, "source")),
  );
}
