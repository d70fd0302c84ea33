/**
 * One fee vocabulary: every name a fee answers to means the same fee in every function that takes
 * a fee (RATE, RATESOURCE, EXPECTEDFEE), in any case, spacing or punctuation.
 */
import fc from "fast-check";
import { FEE_IDS, FEE_KINDS, feeNames, findFee } from "../../src/core/feeKinds";
import { feeColumnKey } from "../../src/core/settlement/marketQuirks";
import type { MarketCode } from "../../src/core/rates/types";
import { COLUMN_KEYS } from "../../src/core/settlement/columns";
import { SETTLEMENT_FEES } from "../../src/core/settlement";
import { SHOP_MARKETS } from "../../src/core/rates/markets";
import { REGISTRY } from "../../src/functions/registry";
import { runs } from "../support/runs";

const impl = (id: string) => REGISTRY.find((s) => s.id === id)!.impl;

/** A function's answer, or its error's code and message: what a cell would show. */
function outcome(f: () => unknown): unknown {
  try {
    return { value: f() };
  } catch (e) {
    return { error: (e as { code?: string }).code ?? "thrown", message: (e as Error).message };
  }
}

/** The same name as a person might type it: other case, spaces, underscores or hyphens. */
const retyped = (name: string) =>
  fc.tuple(fc.constantFrom("as is", "upper", "lower", "snake", "kebab", "spaced"), fc.boolean()).map(([style, pad]) => {
    const t =
      style === "upper"
        ? name.toUpperCase()
        : style === "lower"
          ? name.toLowerCase()
          : style === "snake"
            ? name.replace(/\s+/g, "_")
            : style === "kebab"
              ? name.replace(/\s+/g, "-")
              : style === "spaced"
                ? name.replace(/\s+/g, "  ")
                : name;
    return pad ? ` ${t} ` : t;
  });

const aliasCase = fc
  .constantFrom(...FEE_IDS)
  .chain((id) => fc.record({ id: fc.constant(id), typed: fc.constantFrom(...feeNames(id)).chain(retyped) }));

const markets = SHOP_MARKETS.map((m) => m.code);

test("every alias of every fee answers RATE, RATESOURCE and EXPECTEDFEE as the fee's id does", () => {
  fc.assert(
    fc.property(
      aliasCase,
      fc.constantFrom(...markets),
      fc.constantFrom("2024-06-01", "2025-03-01", "2026-05-01"),
      ({ id, typed }, market, date) => {
        expect(findFee(typed)).toBe(id);
        for (const fn of ["RATE", "RATESOURCE"]) {
          expect(outcome(() => impl(fn)(typed, market, null, date))).toEqual(
            outcome(() => impl(fn)(id, market, null, date)),
          );
        }
        const amounts = [100, -5, 0, 90, 0, 0, 0, 0, 2];
        expect(outcome(() => impl("EXPECTEDFEE")(typed, market, date, ...amounts))).toEqual(
          outcome(() => impl("EXPECTEDFEE")(id, market, date, ...amounts)),
        );
      },
    ),
    runs(300),
  );
});

test("the names that had drifted now agree: processing and service in RATE as in EXPECTEDFEE", () => {
  expect(impl("RATE")("processing", "ID", null, "2026-05-01")).toBe(impl("RATE")("orderFee", "ID", null, "2026-05-01"));
  expect(impl("RATE")("service", "TH", null, "2026-12-01")).toBe(impl("RATE")("growth", "TH", null, "2026-12-01"));
  expect(outcome(() => impl("EXPECTEDFEE")("service", "TH", "2026-12-01", 100, 0, 0, 100))).toEqual(
    outcome(() => impl("EXPECTEDFEE")("growth", "TH", "2026-12-01", 100, 0, 0, 100)),
  );
});

test("no name means two fees, and the reconciler checks exactly the vocabulary's fees", () => {
  const seen = new Map<string, string>();
  for (const id of FEE_IDS) {
    for (const n of feeNames(id)) {
      const key = n.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
      expect(seen.get(key) ?? id).toBe(id);
      seen.set(key, id);
    }
  }
  expect([...SETTLEMENT_FEES]).toEqual(FEE_IDS);
});

test("each fee's settlement column is a column the reader knows, per market where files name it apart", () => {
  for (const id of FEE_IDS) {
    for (const m of markets) expect(COLUMN_KEYS).toContain(feeColumnKey(id, m as MarketCode));
  }
  expect(feeColumnKey("orderFee", "MY")).toBe("platformSupportFee");
  expect(feeColumnKey("orderFee", "UK")).toBe("sellerShippedFee");
  expect(feeColumnKey("orderFee", "ID")).toBe("orderProcessingFee");
  expect(FEE_KINDS.growth.label).toBe("Commerce growth fee");
});
