/**
 * The messages moved into the catalog last (#20): the rate book's lookups, the shop schedule and
 * profit, GMV Max days, a result too large for a cell, and EXPECTEDFEE's order_date. Matched by key
 * and parameters, not by wording.
 */
import { Decimal } from "../../src/core/decimal";
import { toExcelError } from "../../src/functions/excelErrors";
import { toCellNumber } from "../../src/functions/output";
import { REGISTRY } from "../../src/functions/registry";
import { RATE_BOOK } from "../../src/core/rates";
import { rateLookupError } from "../../src/core/rates/book";
import { requireMargin } from "../../src/core/shop/profit";
import { inArgumentTerms } from "../../src/functions/specs/settlement";
import { CoreError } from "../../src/core/errors";

function errorOf(id: string, ...args: unknown[]) {
  const spec = REGISTRY.find((s) => s.id === id)!;
  try {
    spec.impl(...args);
  } catch (e) {
    const err = toExcelError(e);
    return { code: err.code, key: err.key, params: err.params };
  }
  throw new Error(`${id} gave no error`);
}

test.each([
  [
    "a date before the rate book",
    "SHOPFEE",
    [20, "US", null, null, null, null, null, "2001-01-01"],
    "#N/A",
    "rate.beforeBook",
    { argument: "as_of", asOf: "2001-01-01" },
  ],
  [
    "the commission rate twice",
    "SHOPFEE",
    [20, "US", 0.06, null, null, null, null, null, 0.05],
    "#VALUE!",
    "shop.commissionRateTwice",
    {},
  ],
  ["a shop market with no sourced fees", "SHOPFEE", [20, "BR"], "#N/A", "shop.noSourcedFees", { code: "BR" }],
  ["GMV Max with days", "ADMINBUDGET", ["gmvmax", 7], "#VALUE!", "ads.gmvMaxDailyOnly", {}],
])("%s", (_label, id, args, code, key, params) => {
  const e = errorOf(id as string, ...(args as unknown[]));
  expect(e.code).toBe(code);
  expect(e.key).toBe(key);
  expect(e.params).toMatchObject(params as object);
});

test("a result too large for a cell", () => {
  let caught: unknown;
  try {
    toCellNumber(new Decimal("1e400"));
  } catch (e) {
    caught = e;
  }
  expect(toExcelError(caught)).toMatchObject({ code: "#NUM!", key: "result.tooLargeForCell" });
});

test("no revenue, no margin", () => {
  expect(() => requireMargin({ margin: null } as never)).toThrow(
    expect.objectContaining({ kind: "outOfRange", key: "shop.noRevenue" }),
  );
});

test("EXPECTEDFEE says a rate-book date error of as_of again with order_date, by key", () => {
  const lookup = RATE_BOOK.lookup({ book: "shop", market: "US", kind: "commission", asOf: "2001-01-01" });
  if (lookup.status === "inForce") throw new Error("in force");
  const said = inArgumentTerms(rateLookupError({ market: "US", kind: "commission" }, lookup)) as CoreError;
  expect(said).toMatchObject({ argument: "order_date", key: "rate.beforeBook" });
  expect(said.params).toMatchObject({ argument: "order_date", asOf: "2001-01-01" });
  expect(said.message).not.toMatch(/as_of/);
  // Not keyed yet (the settlement reader's reasons): the English text, reworded.
  const unkeyed = inArgumentTerms(new CoreError("notAvailable", "as_of", "before the book (as_of 2001-01-01)"));
  expect(unkeyed).toMatchObject({
    argument: "order_date",
    key: null,
    message: "before the book (order_date 2001-01-01)",
  });
});
