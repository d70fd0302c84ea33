/** The quick calculator: price, market, category → TikTok Shop fees, net proceeds and margin. */
import { dec, type Decimal } from "../core/decimal";
import { isCoreError } from "../core/errors";
import { feeLineName } from "../i18n/feeNames";
import { say } from "../i18n/active";
import { SHOP_MARKETS } from "../core/rates/markets";
import { RATE_BOOK } from "../core/rates";
import { ORDER_FEE_KINDS, shopProfit } from "../core/shop";
import { PRICE_SCALE } from "../templates/samples";
import { clear, h } from "./dom";
import { formatMoney } from "./format";
import { currentLanguage, feeLabel, marketName } from "./language";
import { paneText } from "./messages";

/** The example order in US dollars; other markets get the same order in their currency's scale. */
const EXAMPLE_USD = { price: 20, cost: 8 };

/** Example amounts for a market: about the US example in its currency, two significant digits (Rp300,000, not Rp20). */
export function exampleAmounts(marketCode: string): { price: string; cost: string; currency: string } {
  const currency = SHOP_MARKETS.find((m) => m.code === marketCode)?.currency ?? "USD";
  const scale = PRICE_SCALE[currency] ?? 1;
  const nice = (usd: number) => String(Number((usd * scale).toPrecision(2)));
  return { price: nice(EXAMPLE_USD.price), cost: nice(EXAMPLE_USD.cost), currency };
}

/** The category option that lets you type your own commission rate (Seller Center shows it). */
const OWN_RATE = "__own";

/** "8.1" (percent, as typed) → 0.081 exactly in decimal; anything else goes on as typed for the core to refuse. */
function percentAsRate(text: string): Decimal | string {
  return text.trim() !== "" && Number.isFinite(Number(text)) ? dec(text.trim()).div(100) : text;
}

/**
 * The commission line's label says what was chosen, not the rate book's wording for its default
 * entry. Other lines: in English the rate book's own words (a market's name for its fee); in another
 * language the fee's name there (feeLabel) or the pane's word for the line.
 */
function lineLabel(key: string, bookLabel: string, category: string): string {
  const T = paneText().calculator;
  const chosen = category === "All" ? T.marketDefault : category === OWN_RATE ? T.yourRate : category;
  if (key === "commission") return T.commission(chosen);
  if (key === "commissionVat") return T.commissionVat(chosen);
  const lang = currentLanguage();
  if (lang === "en") return bookLabel;
  return feeLineName(key, (fee) => feeLabel(fee, lang), say) ?? (T.lines as Record<string, string>)[key] ?? bookLabel;
}

function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  return h(
    "label",
    { className: "field" },
    h("span", { className: "field-label" }, label),
    control,
    hint ? h("span", { className: "hint" }, hint) : null,
  );
}

function amountField(label: HTMLElement, control: HTMLElement): HTMLElement {
  return h("label", { className: "field" }, label, control);
}

export function calculatorView(defaultMarket: () => string): HTMLElement {
  const T = paneText().calculator;
  const start = exampleAmounts(SHOP_MARKETS.some((m) => m.code === defaultMarket()) ? defaultMarket() : "US");
  const price = h("input", {
    type: "number",
    min: "0",
    step: "any",
    value: start.price,
    name: "price",
    inputmode: "decimal",
  });
  const cost = h("input", {
    type: "number",
    min: "0",
    step: "any",
    value: start.cost,
    name: "unit_cost",
    inputmode: "decimal",
  });
  const affiliate = h("input", { type: "number", min: "0", max: "80", step: "any", value: "10", name: "affiliate" });
  const market = h("select", { name: "market" });
  for (const m of SHOP_MARKETS)
    market.append(h("option", { value: m.code }, `${m.code} — ${marketName(m.code, m.name)}`));
  market.value = SHOP_MARKETS.some((m) => m.code === defaultMarket()) ? defaultMarket() : "US";
  let shownMarket = market.value;
  // The amount labels name the currency, so "20" is never read as dollars in Indonesia.
  const priceLabel = h("span", { className: "field-label" }, "");
  const costLabel = h("span", { className: "field-label" }, "");
  const labelAmounts = (currency: string) => {
    priceLabel.textContent = T.unitPrice(currency);
    costLabel.textContent = T.unitCost(currency);
  };
  labelAmounts(start.currency);
  const category = h("select", { name: "category" });
  // Shown only for "Your own rate": many categories' rates are published only in Seller Center.
  const ownRate = h("input", {
    type: "number",
    min: "0",
    max: "100",
    step: "any",
    value: "",
    name: "own_rate",
    inputmode: "decimal",
  });
  const ownRateField = field(T.ownRate, ownRate, T.rateHint);
  /** True while the market or category has no public rate: the pane asks for the seller's own. */
  let needsRate = false;
  const showOwnRate = () => {
    ownRateField.hidden = category.value !== OWN_RATE && !needsRate;
  };
  const result = h("div", { className: "result", role: "status", "aria-live": "polite" });

  const fillCategories = () => {
    clear(category);
    category.append(h("option", { value: "All" }, T.allCategories));
    for (const c of RATE_BOOK.categories("shop", market.value, ORDER_FEE_KINDS))
      category.append(h("option", { value: c }, c));
    category.append(h("option", { value: OWN_RATE }, T.ownRateOption));
    showOwnRate();
  };

  const ask = (text: string) => {
    result.append(h("p", { className: "status ask", "data-output": "needs-rate" }, text));
  };

  const compute = () => {
    clear(result);
    needsRate = false;
    if (category.value === OWN_RATE && ownRate.value.trim() === "") {
      // No rate yet: say so rather than fall back to the market default.
      ask(T.typeRate);
      showOwnRate();
      return;
    }
    try {
      const r = shopProfit({
        price: price.value,
        unitCost: cost.value === "" ? null : cost.value,
        affiliateRate: affiliate.value === "" ? null : percentAsRate(affiliate.value),
        market: market.value,
        category: category.value === OWN_RATE ? percentAsRate(ownRate.value) : category.value,
      });
      const cur = r.schedule.currency;
      const rows = r.breakdown.lines.map((l) =>
        h(
          "tr",
          {},
          h("th", { scope: "row" }, lineLabel(l.key, l.label, category.value)),
          h(
            "td",
            {},
            l.rate !== null && l.key !== "revenue" ? `${l.rate.times(100).toDecimalPlaces(2).toString()}%` : "",
          ),
          h("td", { className: "num" }, formatMoney(l.amount, cur.code, cur.minorUnit)),
        ),
      );
      result.append(
        h(
          "table",
          { className: "breakdown" },
          h("caption", {}, T.caption(cur.code, r.schedule.asOf)),
          h("tbody", {}, ...rows),
        ),
        h(
          "dl",
          { className: "summary" },
          h("dt", {}, T.fees),
          h("dd", { "data-output": "fees" }, formatMoney(r.platformFees, cur.code, cur.minorUnit)),
          h("dt", {}, T.net),
          h("dd", { "data-output": "net" }, formatMoney(r.netProceeds, cur.code, cur.minorUnit)),
          h("dt", {}, T.profit),
          h("dd", { "data-output": "profit" }, formatMoney(r.profit, cur.code, cur.minorUnit)),
          h("dt", {}, T.margin),
          h(
            "dd",
            { "data-output": "margin" },
            r.margin === null ? "—" : `${r.margin.times(100).toDecimalPlaces(1).toString()}%`,
          ),
        ),
      );
    } catch (e) {
      // No public commission (by category, or not published yet): ask for the seller's rate in the
      // pane's words, not the formula wording ("pass the rate as the category argument, e.g. 0.06").
      if (isCoreError(e) && e.kind === "notAvailable" && (e.argument === "category" || e.argument === "market")) {
        needsRate = true;
        const hit = SHOP_MARKETS.find((m) => m.code === market.value);
        const name = hit ? marketName(hit.code, hit.name) : market.value;
        const chosen = category.value === "All" ? null : category.value;
        ask(T.needsRate(name, chosen, category.options.length > 2));
      } else {
        const message = isCoreError(e) || e instanceof Error ? e.message : String(e);
        result.append(h("p", { className: "status error", "data-output": "error" }, message));
      }
    }
    showOwnRate();
  };

  market.addEventListener("change", () => {
    // A new market means a new currency: the old amounts would be read as, say, 8 rupiah.
    if (market.value !== shownMarket) {
      const example = exampleAmounts(market.value);
      price.value = example.price;
      cost.value = example.cost;
      labelAmounts(example.currency);
      shownMarket = market.value;
    }
    fillCategories();
    compute();
  });
  // Typing a rate where the pane asked for one uses it: the category becomes "Your own rate".
  ownRate.addEventListener("input", () => {
    if (category.value !== OWN_RATE && ownRate.value.trim() !== "") category.value = OWN_RATE;
  });
  for (const el of [price, cost, affiliate, category, ownRate]) el.addEventListener("input", compute);
  category.addEventListener("input", showOwnRate);
  fillCategories();
  compute();

  return h(
    "section",
    { "aria-labelledby": "calc-title" },
    h("h2", { id: "calc-title" }, T.title),
    h(
      "form",
      { className: "form", onsubmit: ((e: Event) => e.preventDefault()) as EventListener },
      // The market first: it sets the currency the amounts below are in.
      field(T.market, market),
      field(T.category, category),
      ownRateField,
      amountField(priceLabel, price),
      amountField(costLabel, cost),
      field(T.affiliate, affiliate),
    ),
    result,
  );
}
