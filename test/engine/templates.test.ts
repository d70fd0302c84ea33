/**
 * Every template, evaluated for real in the formula engine with its default inputs: no cell holds an
 * error, formulas only use registered TIKTOK.* functions and refer to cells the plan fills, and the
 * key outputs equal the core's direct results for the same inputs.
 */
import { Decimal } from "../../src/core/decimal";
import { shopFees, shopProfit, priceForMargin } from "../../src/core/shop";
import { diamondPayout, diamondsFromCoins, giftCoins } from "../../src/core/live";
import { adBenchmark, adCost, adVolume, breakEvenRoas } from "../../src/core/ads";
import { EngineWorkbook } from "../../src/engine/workbook";
import { REGISTRY } from "../../src/functions/registry";
import { TEMPLATES } from "../../src/templates";
import { columnLetter, parseAddress } from "../../src/templates/plan";
import { MARKETS } from "../../src/core/rates";
import { SHOP_MARKETS } from "../../src/core/rates/markets";
import { formatForMarket, marketFormatRules } from "../../src/templates/marketFormats";
import { RowLayout } from "../../src/templates/layout";
import { categoryChoices } from "../../src/templates/choiceLists";
import { shopPnlLayout } from "../../src/templates/shopPnl";
import { liveEarningsLayout } from "../../src/templates/liveEarnings";
import { adPlannerLayout } from "../../src/templates/adPlanner";
import { brandLaunchLayout } from "../../src/templates/brandLaunch";
import { businessModelLayout } from "../../src/templates/businessModel";
import { PreviewWorkbook } from "../../src/preview/previewHost";
import { formatNumber } from "../../src/preview/numberFormat";

const registered = new Set(REGISTRY.map((f) => `TIKTOK.${f.id}`));

describe.each(TEMPLATES.map((t) => [t.id, t] as const))("template %s", (_id, t) => {
  for (const market of ["US", "UK", "DE", "ID", "MY", "TH", "VN", "PH", "SG", "MX", "JP"]) {
    test(`evaluates without errors (default market ${market})`, () => {
      const wb = new EngineWorkbook();
      const sheet = wb.addPlan(t.build({ market }));
      expect(wb.errors(sheet)).toEqual([]);
      wb.destroy();
    });
  }

  test("uses only registered TIKTOK.* functions and refers only to cells the plan fills", () => {
    const plan = t.build({ market: "US" });
    const filled = new Set(plan.cells.map((c) => c.address));
    for (const cell of plan.cells) {
      if (typeof cell.content !== "string" || !cell.content.startsWith("=")) continue;
      for (const [, name] of cell.content.matchAll(/(TIKTOK\.[A-Z0-9.]+)\(/g)) expect(registered).toContain(name);
      const withoutStrings = cell.content.replace(/"[^"]*"/g, '""');
      for (const m of withoutStrings.matchAll(/\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/g)) {
        if (m[3]) {
          // A range must contain at least one filled cell (totals over a catalog reach past it).
          const a = parseAddress(`${m[1]}${m[2]}`);
          const b = parseAddress(`${m[3]}${m[4]}`);
          const hit = plan.cells.some((c) => {
            const p = parseAddress(c.address);
            return p.row >= a.row && p.row <= b.row && p.column >= a.column && p.column <= b.column;
          });
          expect(`${cell.address}: ${m[0]} ${hit}`).toBe(`${cell.address}: ${m[0]} true`);
        } else {
          expect(`${cell.address} → ${m[1]}${m[2]} ${filled.has(`${m[1]}${m[2]}`)}`).toBe(
            `${cell.address} → ${m[1]}${m[2]} true`,
          );
        }
      }
    }
  });
});

const num = (v: unknown) => new Decimal(v as number);

test("shop P&L: the engine's results equal the core's for the first market", () => {
  const plan = TEMPLATES.find((t) => t.id === "shop-pnl")!.build({ market: "US" });
  const wb = new EngineWorkbook();
  const s = wb.addPlan(plan);
  const rows = shopPnlLayout();
  const B = (name: string) => wb.value(s, rows.cell("B", name));
  const input = (name: string) => num(B(name));
  expect(B("market")).toBe("US");
  const q = {
    price: input("price"),
    market: "US",
    category: "All",
    shipping: input("shipping"),
    sellerDiscount: input("sellerDiscount"),
    platformDiscount: input("platformDiscount"),
  };
  const costs = {
    unitCost: input("cost"),
    affiliateRate: input("affiliate"),
    sellerShipping: input("shipCost"),
    returnRate: input("returns"),
    adCostPerOrder: input("ad"),
  };
  expect(B("fees")).toBe(shopFees(q).breakdown.total.toNumber());
  const profit = shopProfit({ ...q, ...costs });
  expect(B("net")).toBe(profit.netProceeds.toNumber());
  expect(B("profit")).toBe(profit.profit.toNumber());
  expect(B("margin")).toBeCloseTo(profit.margin!.toNumber(), 12);
  const terms = {
    market: q.market,
    category: q.category,
    shipping: q.shipping,
    sellerDiscount: q.sellerDiscount,
    platformDiscount: q.platformDiscount,
  };
  expect(B("targetPrice")).toBe(priceForMargin({ ...terms, ...costs }, input("target")).price.toNumber());
  wb.destroy();
});

test("shop catalog: totals add up the rows and each row equals the core", () => {
  const plan = TEMPLATES.find((t) => t.id === "shop-catalog")!.build({ market: "US" });
  const wb = new EngineWorkbook();
  const s = wb.addPlan(plan);
  let fees = new Decimal(0);
  for (let r = 9; r <= 18; r++) {
    const q = {
      price: num(wb.value(s, `E${r}`)),
      market: "US",
      category: wb.value(s, `C${r}`) as string,
      quantity: num(wb.value(s, `D${r}`)),
      shipping: num(wb.value(s, `G${r}`)),
      sellerDiscount: num(wb.value(s, `H${r}`)),
    };
    const expected = shopFees(q).breakdown.total;
    expect(wb.value(s, `L${r}`)).toBe(expected.toNumber());
    fees = fees.plus(expected);
  }
  expect(wb.value(s, "E3")).toBe(10);
  expect(wb.value(s, "E5")).toBeCloseTo(fees.toNumber(), 9);
  wb.destroy();
});

describe("the other templates' key outputs equal the core", () => {
  const evaluate = (id: string) => {
    const wb = new EngineWorkbook();
    const sheet = wb.addPlan(TEMPLATES.find((t) => t.id === id)!.build({ market: "US" }));
    return { wb, sheet, v: (cell: string) => wb.value(sheet, cell) };
  };

  test("LIVE earnings: a month's diamonds and cash", () => {
    const { wb, v } = evaluate("live-earnings");
    const rows = liveEarningsLayout();
    const at = (column: string, name: string) => v(rows.cell(column, name));
    let coins = new Decimal(0);
    // The gift rows run from the first gift to the "per stream" total.
    for (let r = rows.row("gift0"); r < rows.row("perStream"); r++)
      coins = coins.plus(giftCoins(v(`A${r}`) as string, v(`B${r}`) as number).coins);
    const month = coins.times(at("B", "streams") as number);
    expect(at("B", "monthCoins")).toBe(month.toNumber());
    expect(at("B", "monthDiamonds")).toBe(diamondsFromCoins(month).toNumber());
    expect(at("B", "monthCash")).toBe(diamondPayout(diamondsFromCoins(month)).net.toNumber());
    // The disputed ratio: the same month at 2 coins per diamond (the default is 1).
    const atTwo = diamondsFromCoins(month, { coinsPerDiamond: 2 });
    expect(at("B", "monthCashOther")).toBe(diamondPayout(atTwo).net.toNumber());
    wb.destroy();
  });

  test("ad planner: volumes, ROAS and break-even ROAS", () => {
    const { wb, v } = evaluate("ad-planner");
    const rows = adPlannerLayout();
    const at = (column: string, name: string) => v(rows.cell(column, name));
    const cpm = adBenchmark("CPM", "E-commerce").typical;
    expect(at("E", "CPM")).toBe(adVolume("CPM", new Decimal(10000).times(0.3), cpm).volume.toNumber());
    expect(at("B", "breakEvenRoas")).toBe(breakEvenRoas(0.4).toNumber());
    expect(typeof at("B", "roas")).toBe("number");
    expect(at("B", "verdict")).toBe((at("B", "roas") as number) >= 2.5 ? "Above break-even" : "Below break-even");
    wb.destroy();
  });

  test("brand launch: the Hashtag Challenge's typical price and the in-feed CPM cost", () => {
    const { wb, v } = evaluate("brand-launch");
    const rows = brandLaunchLayout();
    expect(v(rows.cell("G", "HashtagChallenge"))).toBe(adCost("HashtagChallenge", 6).cost.toNumber());
    expect(v(rows.cell("G", "InFeed"))).toBe(adCost("CPM", 20_000_000).cost.toNumber());
    expect(v(rows.cell("J", "BrandTakeover"))).toBe(0); // no public price until you enter a quote
    wb.destroy();
  });

  test("business model: Shop commissions = GMV × the US referral rate; the streams add up to the total", () => {
    const { wb, v } = evaluate("business-model");
    const rows = businessModelLayout();
    expect(v(rows.cell("B", "shop"))).toBeCloseTo(33.2 * 0.06, 10);
    expect(v(rows.cell("B", "streamsTotal"))).toBeCloseTo(23, 10);
    expect(v(rows.cell("B", "check"))).toBe("OK");
    wb.destroy();
  });
});

describe("amount formats follow the market cell (Excel's rules and the preview agree)", () => {
  const names = [
    ...MARKETS.flatMap((m) => [m.code, m.code.toLowerCase(), ` ${m.name} `, ...m.aliases]),
    "",
    "XX",
    "U",
    "US|UK",
    "DE|DEU",
    "*",
    "Fr ance",
  ];

  test("each Excel rule, evaluated by the formula engine, fires exactly for its currency's markets", () => {
    const wb = new EngineWorkbook();
    const sheet = wb.addEmptySheet("Rules");
    const rules = marketFormatRules("B$5");
    rules.forEach((r, i) => wb.set(sheet, `${columnLetter(3 + i)}1`, r.formula));
    for (const name of names) {
      wb.set(sheet, "B5", name);
      const fired = rules.filter((_r, i) => wb.value(sheet, `${columnLetter(3 + i)}1`) === true);
      expect([name, fired.map((r) => r.numberFormat)]).toEqual([name, [formatForMarket(name)].filter(Boolean)]);
    }
    wb.destroy();
  });

  test("shop P&L in the preview: typing FR over UK shows € where it showed £, and back", () => {
    const book = new PreviewWorkbook();
    const plan = TEMPLATES.find((t) => t.id === "shop-pnl")!.build({ market: "US" });
    const sheet = book.insertPlan(plan);
    const look = book.looks.get(sheet)!;
    const rows = shopPnlLayout();
    const shown = (cell: string) => formatNumber(book.engine.value(sheet, cell) as number, look.formats.get(cell));
    const price = `C${rows.row("price")}`;
    const profit = `C${rows.row("profit")}`;
    expect(book.engine.value(sheet, `C${rows.row("market")}`)).toBe("UK");
    expect(shown(price)).toBe("£20.00");
    book.engine.set(sheet, `C${rows.row("market")}`, "FR");
    expect(shown(price)).toBe("€20.00");
    expect(shown(profit)).toMatch(/^-?€\d/);
    // Rates keep their percent format; the other columns keep their own currencies.
    expect(shown(`C${rows.row("margin")}`)).toMatch(/%$/);
    expect(shown(`B${rows.row("price")}`)).toBe("$25.00");
    expect(shown(`E${rows.row("price")}`)).toBe("Rp350,000");
    // An alias works as in the functions; an unknown market keeps the sheet's own format.
    book.engine.set(sheet, `C${rows.row("market")}`, "gb");
    expect(shown(price)).toBe("£20.00");
    book.engine.set(sheet, `C${rows.row("market")}`, "XX");
    expect(shown(price)).toBe("£20.00");
  });

  test("shop catalog in the preview: typing DE over US shows € in the rows and the totals", () => {
    const book = new PreviewWorkbook();
    const sheet = book.insertPlan(TEMPLATES.find((t) => t.id === "shop-catalog")!.build({ market: "US" }));
    const look = book.looks.get(sheet)!;
    const shown = (cell: string) => formatNumber(book.engine.value(sheet, cell) as number, look.formats.get(cell));
    expect(shown("E9")).toBe("$19.99");
    book.engine.set(sheet, "B3", "DE");
    expect(shown("E9")).toBe("€19.99");
    expect(shown("L9")).toMatch(/^€\d/);
    expect(shown("E6")).toMatch(/^-?€\d/);
    expect(shown("O9")).toMatch(/%$/);
    expect(look.dropdowns!.get("C500")!.choices[0]).toBe("All");
  });

  test("the preview knows each dropdown's choices, read from the sheet", () => {
    const book = new PreviewWorkbook();
    const sheet = book.insertPlan(TEMPLATES.find((t) => t.id === "shop-pnl")!.build({ market: "ID" }));
    const look = book.looks.get(sheet)!;
    const rows = shopPnlLayout();
    expect(look.dropdowns!.get(`C${rows.row("market")}`)!.choices).toEqual(SHOP_MARKETS.map((m) => m.code));
    const idCategories = look.dropdowns!.get(`B${rows.row("category")}`)!;
    expect(idCategories.choices[0]).toBe("All");
    expect(idCategories.choices).toContain("Books, Magazines & Music");
    expect(idCategories.strict).toBe(false);
    // Typing another market over ID changes the list, as Excel's OFFSET over the lists does.
    book.engine.set(sheet, `B${rows.row("market")}`, "uk");
    expect(idCategories.choices).toEqual(categoryChoices("UK"));
    book.engine.set(sheet, `B${rows.row("market")}`, "Narnia");
    expect(idCategories.choices).toEqual([]);
  });
});

describe("named positions", () => {
  test("shop P&L rows come from its layout: profit is the total row, its chart reads the share rows", () => {
    const rows = shopPnlLayout();
    const plan = TEMPLATES.find((t) => t.id === "shop-pnl")!.build({ market: "US" });
    const role = (cell: string) => plan.cells.find((c) => c.address === cell)?.role;
    expect(role(`B${rows.row("profit")}`)).toBe("total");
    expect(plan.charts[0].source).toBe(`A${rows.row("sharesHeader")}:E${rows.row("shareProfit")}`);
    expect(plan.conditionalFormats[0].range).toBe(`B${rows.row("profit")}:E${rows.row("margin")}`);
  });

  test("a layout refuses a name placed twice or never placed", () => {
    const rows = new RowLayout(3);
    expect(rows.add("a")).toBe(3);
    rows.skip(2);
    expect(rows.add("b")).toBe(6);
    expect(rows.cell("C", "b")).toBe("C6");
    expect(() => rows.add("a")).toThrow(/twice/);
    expect(() => rows.row("c")).toThrow(/no row named "c"/);
  });
});
