/**
 * The AutoComplete lists (custom enums) of parameters with a closed set of values: each list is
 * the rate book's, its market list's or the core vocabulary's own (never a copy typed twice), a
 * market or gift added to the book appears without touching a spec, every listed value is read by
 * the functions as it is today, and the enum types change nothing else in the generated wrappers.
 */
import fs from "fs";
import { FEE_IDS } from "../../src/core/feeKinds";
import { CHANNELS, readChannel } from "../../src/core/live/coins";
import { canonicalGift, giftNames } from "../../src/core/live/gifts";
import { industries, readModel } from "../../src/core/ads/billing";
import { readDepth, readLevel } from "../../src/core/ads/budgets";
import { ALL_RATES, RATE_BOOK, RateBook } from "../../src/core/rates";
import { MARKETS, SHOP_MARKETS, market as findMarket, type Market } from "../../src/core/rates/markets";
import { readFee } from "../../src/core/feeKinds";
import { choiceLists } from "../../src/functions/choices";
import { memberName, renderDeclarations, usedChoiceLists } from "../../src/functions/declarations";
import { toExcelError } from "../../src/functions/excelErrors";
import { readArgument } from "../../src/functions/read";
import { REGISTRY } from "../../src/functions/registry";
import { readSellerProfile } from "../../src/functions/sellerProfile";
import { readEstimate } from "../../src/functions/specs/live";
import type { ParameterSpec } from "../../src/functions/spec";

const LISTS = choiceLists();
const values = (id: keyof typeof LISTS) => LISTS[id].choices.map((c) => c.value);

describe("each list is the rate book's or the core vocabulary's", () => {
  test("markets: every market of the book; shop functions only where TikTok Shop sells", () => {
    expect(values("MARKET")).toEqual(MARKETS.map((m) => m.code));
    expect(values("SHOP_MARKET")).toEqual(SHOP_MARKETS.map((m) => m.code));
    expect(values("SHOP_MARKET")).not.toContain("KR");
  });

  test("FBT and coin markets: the markets whose tables the book holds", () => {
    const withKind = (kind: string) => new Set(RATE_BOOK.entries.filter((e) => e.kind === kind).map((e) => e.market));
    expect(values("FBT_MARKET")).toEqual(SHOP_MARKETS.filter((m) => withKind("fbt").has(m.code)).map((m) => m.code));
    expect(values("COIN_MARKET")).toEqual(
      MARKETS.filter((m) => m.code === "US" || withKind("coinPack").has(m.code)).map((m) => m.code),
    );
    expect(values("FBT_MARKET")).toEqual(["UK"]);
    expect(values("COIN_MARKET")).toEqual(["US", "UK"]);
  });

  test("fees: the one fee vocabulary (FEE_IDS); RATE's list adds every other kind of the book", () => {
    expect(values("FEE")).toEqual(FEE_IDS);
    const kinds = [...new Set(RATE_BOOK.entries.map((e) => e.kind))];
    expect(values("RATE_FEE").slice(0, FEE_IDS.length)).toEqual(FEE_IDS);
    expect(new Set(values("RATE_FEE"))).toEqual(new Set([...FEE_IDS, ...kinds]));
  });

  test("gifts, industries, content types and channels come from the book and the core", () => {
    expect(values("GIFT")).toEqual(giftNames());
    expect(values("INDUSTRY")).toEqual(industries());
    expect(values("CONTENT_TYPE")).toEqual(
      RATE_BOOK.categories("ads", "*").filter((c) => RATE_BOOK.has("ads", "*", "sponsorshipContent", c)),
    );
    expect(values("COIN_CHANNEL")).toEqual([...CHANNELS]);
  });

  test("a market added to the market list is in the lists, and in the generated enums, without touching a spec", () => {
    const added: Market = { code: "NZ" as Market["code"], name: "New Zealand", currency: "NZD", aliases: [] };
    const lists = choiceLists({ markets: [...MARKETS, added], book: RATE_BOOK });
    expect(lists.MARKET.choices.map((c) => c.value)).toContain("NZ");
    expect(lists.SHOP_MARKET.choices.map((c) => c.value)).toContain("NZ");
    const text = renderDeclarations(REGISTRY, lists);
    const shopEnum = /declare enum SHOP_MARKET \{([^}]*)\}/.exec(text)![1];
    expect(shopEnum).toContain('NZ = "NZ"');
    expect(shopEnum).toContain("New Zealand (NZD)");
    // Without the addition the generated file has no NZ.
    expect(renderDeclarations(REGISTRY)).not.toContain('NZ = "NZ"');
  });

  test("a gift added to the rate book is in the gift list without touching a spec", () => {
    const rose = ALL_RATES.find((e) => e.kind === "giftCoins" && e.category === "Rose")!;
    const book = new RateBook([...ALL_RATES, { ...rose, category: "Test Comet", value: "777" }]);
    const lists = choiceLists({ markets: MARKETS, book });
    expect(lists.GIFT.choices).toContainEqual({ value: "Test Comet", tooltip: "777 coins" });
    expect(renderDeclarations(REGISTRY, lists)).toContain('Test_Comet = "Test Comet"');
  });
});

describe("every listed value is read by the functions as they read it today", () => {
  test("each value is the canonical value of its core reader", () => {
    for (const v of values("MARKET")) expect(findMarket(v).code).toBe(v);
    for (const v of values("FEE")) expect(readFee(v)).toBe(v);
    for (const v of values("GIFT")) expect(canonicalGift(v)).toBe(v);
    for (const v of values("COIN_CHANNEL")) expect(readChannel(v)).toBe(v);
    for (const v of values("AD_MODEL")) expect(readModel(v)).toBe(v);
    for (const v of values("BUDGET_LEVEL")) expect(readLevel(v)).toBe(v);
    for (const v of values("CONVERSION")) expect(readDepth(v)).toBe(v);
    for (const v of values("ESTIMATE")) expect(readEstimate(v)).toBe(v);
    for (const v of values("SELLER_PROFILE")) expect(() => readSellerProfile(v)).not.toThrow();
  });

  // Each function with a listed parameter, called with its first example and each listed value in
  // that place: the value may be one the function has no figure for on that example (UK coins on
  // the web), but it is never refused the way an unknown name is.
  const cases = REGISTRY.flatMap((spec) =>
    spec.parameters.flatMap((p, i) =>
      p.choices ? LISTS[p.choices].choices.map((c) => [spec.id, p.name, c.value, i] as const) : [],
    ),
  );
  test.each(cases)("%s(%s = %p) is not refused as an unknown name", (id, _name, value, i) => {
    const spec = REGISTRY.find((s) => s.id === id)!;
    const answer = (v: string) => {
      const args = [...spec.examples[0].args];
      while (args.length <= i) args.push(null);
      args[i] = v;
      try {
        spec.impl(...args);
        return "ok";
      } catch (e) {
        const err = toExcelError(e);
        return `${err.code} ${err.message}`;
      }
    };
    const unknown = answer("qqqzz");
    expect(unknown).toMatch(/^#N\/A .*qqqzz/);
    expect(answer(value)).not.toBe(unknown.split("qqqzz").join(value));
    expect(answer(value)).not.toMatch(/Did you mean/);
  });
});

describe("the enums change the parameter types of the generated wrappers and nothing else", () => {
  const generated = fs.readFileSync("src/functions/generated/functions.ts", "utf8");

  test("a parameter with a list is typed by its enum; every other parameter stays unknown", () => {
    for (const spec of REGISTRY) {
      const signature = new RegExp(`export function ${spec.id.toLowerCase()}\\(([^)]*)\\)`).exec(generated)![1];
      const types = signature
        .split(",")
        .map((s) => s.trim())
        .filter((s) => s !== "")
        .map((s) => s.split(":")[1].trim());
      expect(types).toEqual(spec.parameters.map((p) => p.choices ?? "unknown"));
    }
  });

  test("the enums are declared (types only, nothing in functions.js), one per list a spec uses", () => {
    const declared = [...generated.matchAll(/^declare enum (\w+) \{/gm)].map((m) => m[1]);
    expect(declared).toEqual(usedChoiceLists(REGISTRY));
    expect(generated).not.toMatch(/^(export )?(const )?enum /m);
  });

  /**
   * Excel converts an argument to a parameter's declared type before calling ("By specifying a
   * parameter type, Excel will convert values into that type before calling the function. If the
   * type is any, no conversion will be performed." —
   * https://learn.microsoft.com/en-us/office/dev/add-ins/excel/custom-functions-json-autogeneration#types),
   * and an enum parameter's type is string. So a number typed where a listed value belongs reaches
   * the reader as text: every such parameter takes text only, and a number read as text is still
   * refused (never a different value), and an empty text reads as an omitted argument, as before.
   */
  const listed: ParameterSpec[] = REGISTRY.flatMap((s) => s.parameters.filter((p) => p.choices));
  test.each(listed.map((p) => [p.name, p.choices!, p] as const))(
    "%s (%s): a number converted to text is still refused; empty text reads as empty",
    (_name, _list, p) => {
      expect(["market", "name"]).toContain(p.kind);
      const outcome = (raw: unknown) => {
        try {
          return { value: readArgument(p, raw) };
        } catch (e) {
          return { error: toExcelError(e).code };
        }
      };
      expect(outcome("")).toEqual(outcome(null));
      // The reader passes text through; the function's own lookup refuses "5" and "TRUE".
      const spec = REGISTRY.find((s) => s.parameters.includes(p))!;
      const i = spec.parameters.indexOf(p);
      for (const converted of ["5", "0.05", "TRUE"]) {
        const args = [...spec.examples[0].args];
        while (args.length <= i) args.push(null);
        args[i] = converted;
        expect(() => spec.impl(...args)).toThrow();
      }
    },
  );
});

test("member names are identifiers derived from the values", () => {
  expect(memberName("Spark Ad")).toBe("Spark_Ad");
  expect(memberName("I'm Very Rich")).toBe("I_m_Very_Rich");
  expect(memberName("cross-border")).toBe("cross_border");
  expect(memberName("B2B/SaaS")).toBe("B2B_SaaS");
  expect(memberName("70")).toBe("_70");
});
