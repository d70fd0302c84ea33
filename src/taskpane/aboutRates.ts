/** "About the rates": the rate book version and, per market, the newest rates with their sources. */
import { dec } from "../core/decimal";
import { CURRENCIES } from "../core/money";
import { RATE_BOOK, RATE_BOOK_VERSION } from "../core/rates";
import { type Market, MARKETS } from "../core/rates/markets";
import { type Book, type RateEntry, type RateKind, SHOP_KINDS } from "../core/rates/types";
import { h } from "./dom";
import { currentLanguage, feeLabel, isFeeId, marketName } from "./language";
import { paneText } from "./messages";

/** A source link's text: the site it is on (the address is the link). */
function sourceName(url: string): string {
  try {
    const u = new URL(url);
    const rest = `${u.pathname.length > 1 ? u.pathname : ""}${u.search}`;
    const shown = `${u.hostname.replace(/^www\./, "")}${rest}`;
    return shown.length > 64 ? `${shown.slice(0, 63)}…` : shown;
  } catch {
    return url;
  }
}

/** A rate's name: the rate book's (a market's own word) in English, the fee's name in another language. */
function rateName(kind: string, bookLabel: string | undefined): string {
  const lang = currentLanguage();
  if (lang !== "en" && isFeeId(kind)) return feeLabel(kind, lang);
  return bookLabel ?? kind;
}

/** A rate as a percent ("6.5%"), an amount in the market's currency ("£0.50"), or a count. */
function shownValue(e: RateEntry, currency: string): string {
  const v = dec(e.value);
  if (e.basis === "rate") return `${v.times(100).toDecimalPlaces(4).toString()}%`;
  if (e.basis === "amount") {
    const c = CURRENCIES.get(e.market === "*" ? "USD" : currency);
    return `${c?.symbol ?? currency}${v.toFixed(c?.minorUnit ?? 2)}`;
  }
  return v.toString();
}

/** The shop fees in force for a market today (its defaults; categories are counted), with every source. */
function shopRates(m: Market, shop: readonly RateEntry[], sources: readonly string[]): HTMLElement {
  const T = paneText().rates;
  const name = marketName(m.code, m.name);
  const lines: HTMLElement[] = [];
  for (const kind of SHOP_KINDS) {
    const r = RATE_BOOK.lookup({ book: "shop", market: m.code, kind, category: "*" });
    if (r.status !== "inForce" && r.status !== "unpublished") continue;
    const e = r.entry;
    const value = r.status === "unpublished" ? T.unpublished : shownValue(e, m.currency);
    const extras = [
      e.tiers?.length ? T.tiered : null,
      e.cap ? T.cap(shownValue({ ...e, value: e.cap, basis: "amount" }, m.currency)) : null,
    ].filter((x): x is string => x !== null);
    lines.push(
      h(
        "li",
        {},
        h("span", { className: "rate-name" }, rateName(kind, e.label)),
        h("span", { className: "rate-value" }, [value, ...extras].join(", ")),
        h("span", { className: "sub" }, T.since(e.effective, e.grade)),
      ),
    );
  }
  const categories = new Set(shop.filter((e) => e.category !== "*").map((e) => e.category)).size;
  return h(
    "details",
    { className: "market-rates", id: `rates-${m.code}` },
    h("summary", {}, T.summary(m.code, name, lines.length, sources.length)),
    lines.length > 0 ? h("ul", { className: "rate-lines" }, ...lines) : h("p", { className: "hint" }, m.note ?? T.none),
    categories > 0 ? h("p", { className: "hint" }, T.categories(categories)) : null,
    sources.length > 0
      ? h(
          "ol",
          { className: "rate-sources", "aria-label": T.sourcesOf(name) },
          ...sources.map((url) =>
            h("li", {}, h("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, sourceName(url))),
          ),
        )
      : null,
  );
}

export function aboutRatesView(): HTMLElement {
  const T = paneText().rates;
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
        `${m.code} ${marketName(m.code, m.name)}`,
        h("span", { className: "sub", "aria-label": T.currency(m.currency) }, m.currency),
      ),
      h("td", {}, newest || "—", knownSince ? h("span", { className: "sub" }, T.knownSince) : null),
      h(
        "td",
        {},
        shop.length === 0 ? T.noneYet : official ? T.official : T.secondary,
        sources.length === 0
          ? null
          : h(
              "a",
              {
                className: "sub",
                href: `#rates-${m.code}`,
                "data-market": m.code,
                onclick: ((e: Event) => {
                  // Every source, under the market's rates below (one link used to open only the first).
                  e.preventDefault();
                  const details = document.getElementById(`rates-${m.code}`) as HTMLDetailsElement | null;
                  if (!details) return;
                  details.open = true;
                  details.scrollIntoView({ block: "nearest" });
                  details.querySelector("summary")?.focus();
                }) as EventListener,
              },
              T.sourcesLink(sources.length),
            ),
      ),
    );
  });
  const perMarket = MARKETS.map((m) => {
    const shop = RATE_BOOK.entries.filter((e) => e.book === "shop" && e.market === m.code);
    return shopRates(m, shop, [...new Set(shop.map((e) => e.source))]);
  });
  return h(
    "section",
    { "aria-labelledby": "rates-title" },
    h("h2", { id: "rates-title" }, T.title),
    h("p", {}, T.intro(RATE_BOOK_VERSION.label, RATE_BOOK.entries.length)),
    h(
      "table",
      { className: "rates" },
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", { scope: "col" }, T.market),
          h("th", { scope: "col" }, T.newest),
          h("th", { scope: "col" }, T.sources),
        ),
      ),
      h("tbody", {}, ...rows),
    ),
    h("h3", { className: "subhead", id: "shop-rates-title" }, T.shopTitle),
    h("p", { className: "hint" }, T.shopHint),
    h("div", { className: "market-list", role: "group", "aria-labelledby": "shop-rates-title" }, ...perMarket),
    h("h3", { className: "subhead" }, T.liveTitle),
    h(
      "table",
      { className: "rates defaults" },
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", { scope: "col" }, T.defaultCol),
          h("th", { scope: "col" }, T.value),
          h("th", { scope: "col" }, T.grade),
          h("th", { scope: "col" }, h("span", { className: "visually-hidden" }, T.source)),
        ),
      ),
      h("tbody", {}, ...DEFAULTS.map(defaultRow).filter((r): r is HTMLTableRowElement => r !== null)),
    ),
    h("p", { className: "hint" }, T.closing),
  );
}

type DefaultKey = keyof ReturnType<typeof paneText>["rates"]["defaults"];

/** The assumptions behind the LIVE and ads functions, shown with their source. */
const DEFAULTS: { key: DefaultKey; book: Book; kind: RateKind; category?: string; format: (v: string) => string }[] = [
  { key: "coinsPerDiamond", book: "live", kind: "coinsPerDiamond", format: (v) => v },
  { key: "usdPerDiamond", book: "live", kind: "usdPerDiamond", format: (v) => `$${v}` },
  { key: "agencyShare", book: "live", kind: "agencyShare", format: (v) => `${Number(v) * 100} %` },
  { key: "withdrawalMinimum", book: "live", kind: "withdrawalMinimum", format: (v) => `$${v}` },
  { key: "crpRpm", book: "live", kind: "crpRpm", format: (v) => paneText().rates.perThousandViews(`$${v}`) },
  { key: "cpm", book: "ads", kind: "cpm", format: (v) => `$${v}` },
  { key: "cpc", book: "ads", kind: "cpc", format: (v) => `$${v}` },
  {
    key: "minBudget",
    book: "ads",
    kind: "minBudget",
    category: "campaignDaily",
    format: (v) => paneText().rates.moreThan(`$${v}`),
  },
];

function defaultRow(d: (typeof DEFAULTS)[number]): HTMLTableRowElement | null {
  const T = paneText().rates;
  const entry = RATE_BOOK.entryOf({ book: d.book, market: "*", kind: d.kind, category: d.category ?? "*" });
  if (!entry) return null;
  return h(
    "tr",
    {},
    h("th", { scope: "row" }, T.defaults[d.key]),
    h("td", {}, d.format(entry.value)),
    h("td", {}, entry.grade),
    h("td", {}, h("a", { href: entry.source, target: "_blank", rel: "noopener noreferrer" }, T.sourceLink)),
  );
}
