/** The quick calculator: price, market, category → TikTok Shop fees, net proceeds and margin. */
import { isCoreError } from "../core/errors";
import { MARKETS } from "../core/rates/markets";
import { RATE_BOOK } from "../core/rates";
import { ORDER_FEE_KINDS, shopProfit } from "../core/shop";
import { clear, h } from "./dom";

function formatMoney(value: { toFixed(dp: number): string }, currency: string, minorUnit: number): string {
  const [whole, fraction] = value.toFixed(minorUnit).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${currency} ${fraction ? `${grouped}.${fraction}` : grouped}`;
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

export function calculatorView(defaultMarket: () => string): HTMLElement {
  const price = h("input", { type: "number", min: "0", step: "any", value: "20", name: "price", inputmode: "decimal" });
  const cost = h("input", {
    type: "number",
    min: "0",
    step: "any",
    value: "8",
    name: "unit_cost",
    inputmode: "decimal",
  });
  const affiliate = h("input", { type: "number", min: "0", max: "80", step: "any", value: "10", name: "affiliate" });
  const market = h("select", { name: "market" });
  for (const m of MARKETS) market.append(h("option", { value: m.code }, `${m.code} — ${m.name}`));
  market.value = defaultMarket();
  const category = h("select", { name: "category" });
  const result = h("div", { className: "result", role: "status", "aria-live": "polite" });

  const fillCategories = () => {
    clear(category);
    category.append(h("option", { value: "All" }, "All (market default)"));
    for (const c of RATE_BOOK.categories("shop", market.value, ORDER_FEE_KINDS))
      category.append(h("option", { value: c }, c));
  };

  const compute = () => {
    clear(result);
    try {
      const r = shopProfit({
        price: price.value,
        unitCost: cost.value === "" ? null : cost.value,
        affiliateRate: affiliate.value === "" ? null : String(Number(affiliate.value) / 100),
        market: market.value,
        category: category.value,
      });
      const cur = r.schedule.currency;
      const rows = r.breakdown.lines.map((l) =>
        h(
          "tr",
          {},
          h("th", { scope: "row" }, l.label),
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
          h("caption", {}, `Per order in ${cur.code}, rates as of ${r.schedule.asOf}`),
          h("tbody", {}, ...rows),
        ),
        h(
          "dl",
          { className: "summary" },
          h("dt", {}, "TikTok fees"),
          h("dd", { "data-output": "fees" }, formatMoney(r.platformFees, cur.code, cur.minorUnit)),
          h("dt", {}, "Net proceeds"),
          h("dd", { "data-output": "net" }, formatMoney(r.netProceeds, cur.code, cur.minorUnit)),
          h("dt", {}, "Profit"),
          h("dd", { "data-output": "profit" }, formatMoney(r.profit, cur.code, cur.minorUnit)),
          h("dt", {}, "Margin"),
          h(
            "dd",
            { "data-output": "margin" },
            r.margin === null ? "—" : `${r.margin.times(100).toDecimalPlaces(1).toString()}%`,
          ),
        ),
      );
    } catch (e) {
      const message = isCoreError(e) || e instanceof Error ? e.message : String(e);
      result.append(h("p", { className: "status error", "data-output": "error" }, message));
    }
  };

  market.addEventListener("change", () => {
    fillCategories();
    compute();
  });
  for (const el of [price, cost, affiliate, category]) el.addEventListener("input", compute);
  fillCategories();
  compute();

  return h(
    "section",
    { "aria-labelledby": "calc-title" },
    h("h2", { id: "calc-title" }, "Quick calculator"),
    h(
      "form",
      { className: "form", onsubmit: ((e: Event) => e.preventDefault()) as EventListener },
      field("Unit price", price),
      field("Market", market),
      field("Category", category),
      field("Unit cost", cost),
      field("Affiliate commission (%)", affiliate),
    ),
    result,
  );
}
