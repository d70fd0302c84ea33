/**
 * seller_profile and commission_rate through the functions: words read exactly or refused, and the
 * fees and withholding they switch on (rules and sources in the rate book; worked numbers in
 * test/core/shop).
 */
import fc from "fast-check";
import { toExcelError } from "../../src/functions/excelErrors";
import { SPECS } from "../../src/functions/registry";
import { readSellerProfile } from "../../src/functions/sellerProfile";

const call = (id: string, ...args: unknown[]) => {
  try {
    return SPECS[id].impl(...args);
  } catch (e) {
    return toExcelError(e).code;
  }
};

test("words are read whatever their case, spacing and separators", () => {
  expect(readSellerProfile(" Business ; MALL,cross border, Above-Threshold, preorder, fee tax 6.25% ")).toEqual({
    sellerType: "business",
    crossBorder: true,
    mall: true,
    aboveTaxThreshold: true,
    feeSalesTaxRate: expect.anything(),
    programmes: ["preOrder"],
  });
  expect(readSellerProfile("fee tax 0.0625")!.feeSalesTaxRate!.toString()).toBe("0.0625");
  expect(readSellerProfile("fee tax 6.25%")!.feeSalesTaxRate!.toString()).toBe("0.0625");
  expect(readSellerProfile(null)).toBeUndefined();
});

test("an unknown word, or individual and business together, is refused", () => {
  expect(() => readSellerProfile("vip")).toThrow(/unknown word "vip"/);
  expect(() => readSellerProfile("individual, business")).toThrow(/keep one/);
  expect(() => readSellerProfile("fee tax lots")).toThrow(/fee tax/);
  fc.assert(
    fc.property(fc.stringMatching(/^[a-z]{3,8}$/), (w) => {
      const known = ["individual", "business", "mall", "preorder", "crossborder"];
      fc.pre(!known.includes(w));
      expect(() => readSellerProfile(w)).toThrow(/unknown word/);
    }),
  );
});

test("ID Mall sellers pay the Mall service fee (1.8 %), pre-order adds 3 %", () => {
  const plain = call("SHOPFEE", 100000, "ID") as number;
  expect(call("SHOPFEE", 100000, "ID", null, null, null, null, null, null, null, "mall")).toBe(plain + 1800);
  expect(call("SHOPFEE", 100000, "ID", null, null, null, null, null, null, null, "mall, pre-order")).toBe(
    plain + 1800 + 3000,
  );
  expect(call("SHOPFEE", 100000, "ID", null, null, null, null, null, null, null, "mall, vip")).toBe("#N/A");
});

test("a Thai electronics seller gives the rate and the group: the 5.35 % growth fee applies, not 6.42 %", () => {
  // Rate book III (#22): Thai local sellers also pay the 3.21 % transaction fee from 2026-03-21 (32.10 on 1,000).
  expect(call("SHOPFEE", 1000, "TH", "Electronics", null, null, null, null, null, 0.05)).toBe(50 + 32.1 + 53.5);
  expect(call("SHOPFEE", 1000, "TH", 0.05)).toBe(50 + 32.1 + 64.2);
});

test("VN individuals have 1.5 % withheld from what TikTok pays out; businesses do not; fees are the same", () => {
  const args = [100000, "VN", 0.1, null, null, null, null, null, null, null];
  expect(call("SHOPNET", ...args, null)).toBe(80500);
  expect(call("SHOPNET", ...args, "business")).toBe(82000);
  expect(call("SHOPFEE", 100000, "VN", 0.1, null, null, null, null, null, null, "business")).toBe(
    call("SHOPFEE", 100000, "VN", 0.1),
  );
});

test("MX sellers who gave no tax ID (RFC) have IVA 16 % and ISR 20 % of the order withheld; fees are the same", () => {
  // Rate book III (#22); worked numbers on 1,000 in test/core/rates/rate-book-iii.test.ts.
  const args = [1000, "MX", 0.06, null, null, null, null, null, "2025-06-01", null];
  const plain = call("SHOPNET", ...args, null) as number;
  expect(call("SHOPNET", ...args, "no tax id")).toBeCloseTo(plain - 160 - 200, 9);
  expect(call("SHOPNET", ...args, "No RFC")).toBe(call("SHOPNET", ...args, "no tax id"));
  expect(call("SHOPFEE", 1000, "MX", 0.06, null, null, null, null, null, "2025-06-01", "no tax id")).toBe(
    call("SHOPFEE", 1000, "MX", 0.06, null, null, null, null, null, "2025-06-01"),
  );
  // Elsewhere the word changes nothing: VN's withholding follows the seller type.
  const vn = [100000, "VN", 0.1, null, null, null, null, null, null, null];
  expect(call("SHOPNET", ...vn, "no tax id")).toBe(call("SHOPNET", ...vn, null));
});

test("the reverse solutions price with the same profile: a Mall seller needs a higher price", () => {
  const plain = call("SHOPPRICE", 20000, 0.3, "ID") as number;
  const mall = call(
    "SHOPPRICE",
    20000,
    0.3,
    "ID",
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    "mall",
  );
  expect(mall).toBeGreaterThan(plain);
  // The price found meets the target with the Mall fee included.
  const margin = call(
    "SHOPMARGIN",
    mall,
    20000,
    "ID",
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    "mall",
  );
  expect(margin).toBeGreaterThanOrEqual(0.3);
});
