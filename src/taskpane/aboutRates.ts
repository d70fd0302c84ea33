/** "About the rates": the rate book version and, per market, the newest rates with their sources. */
import { RATE_BOOK, RATE_BOOK_VERSION } from "../core/rates";
import { MARKETS } from "../core/rates/markets";
import { h } from "./dom";

export function aboutRatesView(): HTMLElement {
  const rows = MARKETS.map((m) => {
    const shop = RATE_BOOK.entries.filter((e) => e.book === "shop" && e.market === m.code);
    const newest = shop.reduce<string>((d, e) => (e.effective > d ? e.effective : d), "");
    const official = shop.some((e) => e.grade === "A" || e.grade === "A-");
    const sources = [...new Set(shop.map((e) => e.source))];
    return h(
      "tr",
      {},
      h("th", { scope: "row" }, `${m.code} ${m.name}`),
      h("td", {}, m.currency),
      h("td", {}, newest || "—"),
      h("td", {}, shop.length === 0 ? "none yet" : official ? "official + secondary" : "secondary only"),
      h(
        "td",
        {},
        sources.length === 0
          ? ""
          : h(
              "a",
              { href: sources[0], target: "_blank", rel: "noopener noreferrer" },
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
          h("th", {}, "Market"),
          h("th", {}, "Currency"),
          h("th", {}, "Newest change"),
          h("th", {}, "Sources"),
          h("th", {}, ""),
        ),
      ),
      h("tbody", {}, ...rows),
    ),
    h(
      "p",
      { className: "hint" },
      "Rates change: check Seller Center and pass your own rate as a number where it differs.",
    ),
  );
}
