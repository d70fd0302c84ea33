/**
 * Cases a review of the reconciliation found: a fee the book keeps on a return (TH Commerce Growth
 * Fee, refundOnReturn "none" on seller-th.tiktok.com knowledge_id=4831419884979969) is expected on
 * what was sold even when the order is refunded; EXPECTEDFEE takes the refund columns the US rule
 * uses (seller-us.tiktok.com knowledge_id=5982454398175018), so the sheet's formula and the summary
 * agree on a refunded order.
 */
import { expectedFee } from "../../src/core/settlement";
import { SPECS } from "../../src/functions/registry";

test("TH growth fee on a refunded order is still charged on the sale", () => {
  const e = expectedFee({
    fee: "growth",
    market: "TH",
    date: "2026-11-25",
    subtotalAfter: "1000",
    refundSubtotalAfter: "-1000",
    customerPayment: "1000",
    customerRefund: "-1000",
  });
  expect(e.amount.toString()).toBe("-64.2");
});

test("a fully refunded US order: formula and core both expect no referral fee on a base of zero", () => {
  const core = expectedFee({
    fee: "referral",
    market: "US",
    date: "2025-03-01",
    customerPayment: "21.20",
    salesTax: "1.20",
    customerRefund: "-21.20",
    salesTaxRefund: "-1.20",
  });
  expect(core.amount.isZero()).toBe(true);
  // fee, market, order_date, customer_payment, platform_discount, sales_tax, subtotal_after,
  // customer_refund, platform_discount_refund, sales_tax_refund
  expect(SPECS.EXPECTEDFEE.impl("referral", "US", "2025-03-01", 21.2, null, 1.2, null, -21.2, null, -1.2)).toBe(0);
});

test('"100.000" in an amount column is refused (thousands or decimals?); "1.250.000" and "100.00" are read', () => {
  const { readAmount } = require("../../src/core/settlement");
  expect(() => readAmount("100.000", "Total revenue")).toThrow(/could separate thousands/);
  expect(() => readAmount("Rp 100.000", "Total revenue")).toThrow(/could separate thousands/);
  expect(readAmount("1.250.000", "Total revenue").toString()).toBe("1250000");
  expect(readAmount("100.00", "Total revenue").toString()).toBe("100");
  expect(readAmount("-1.20", "Referral fee").toString()).toBe("-1.2");
});

test("an MY Income sheet: the expected formula prices with the category the charged commission fits", () => {
  const { columnLetter } = require("../../src/templates/plan");
  const { EngineWorkbook } = require("../../src/engine/workbook");
  const { MY_INCOME, rowOf } = require("./layouts");
  // MY commission by product cluster (unpublished default): 11.34 % for FMCG on 2026-03-05 in the book.
  const row = rowOf(MY_INCOME, {
    "Order/adjustment ID": "578000000000000009",
    Type: "Order",
    "Order created time": "2026/03/05",
    "Order settled time": "2026/03/15",
    Currency: "MYR",
    "Total settlement amount": "84.15",
    "Total revenue": "100.00",
    "Subtotal after seller discounts": "100.00",
    "Total fees": "-15.85",
    "Transaction fee": "-3.97",
    "TikTok Shop commission fee": "-11.34",
    "Platform support fee": "-0.54",
    "Ajustment amount": "0",
    "Customer payment": "105.00",
  });
  const rows = [MY_INCOME, row];
  const { summary, plan } = require("../support/reconciliationPlan").reconciledPlan(rows);
  expect(summary.lines[0].fees.commission.status).toBe("match");
  const wb = new EngineWorkbook();
  const src = wb.addEmptySheet("Src");
  rows.forEach((r: unknown[], i: number) =>
    r.forEach((v, j) => v !== "" && v !== null && wb.set(src, `${columnLetter(j)}${i + 1}`, v as string)),
  );
  const sheet = wb.addPlan(plan);
  const formula = wb.formula(sheet, "F15") as string;
  expect(formula).toMatch(/"FMCG"\)$/);
  expect(wb.value(sheet, "F15")).toBe(-11.34);
  const values = wb.values(sheet)[14];
  expect(values).toContain("match");
  wb.destroy();
});

/** Loads a file's rows and its reconciliation sheet into the formula engine; returns the sheet's rows. */
function sheetOf(rows: unknown[][], sourceSheet = "Src") {
  const { columnLetter } = require("../../src/templates/plan");
  const { EngineWorkbook } = require("../../src/engine/workbook");
  const { summary, plan } = require("../support/reconciliationPlan").reconciledPlan(rows, { sourceSheet });
  const wb = new EngineWorkbook();
  const src = wb.addEmptySheet(sourceSheet);
  rows.forEach((r, i) =>
    r.forEach((v, j) => v !== "" && v !== null && wb.set(src, `${columnLetter(j)}${i + 1}`, v as string)),
  );
  const sheet = wb.addPlan(plan);
  const values = wb.values(sheet) as unknown[][];
  const formulas = values.map((row, r) =>
    row.map((_, c) => (wb.formula(sheet, `${columnLetter(c)}${r + 1}`) as string | undefined) ?? null),
  );
  wb.destroy();
  // The table's first order: its values and the expected-fee formula of a fee.
  const r = formulas.findIndex((f) => f.some((c) => typeof c === "string" && c.includes("EXPECTEDFEE")));
  const formula = (fee: string) => formulas[r].find((c) => c !== null && c.includes(`EXPECTEDFEE("${fee}`)) ?? "";
  return { summary, sheetRow: values[r], formula };
}

test("ID 2024: a commission column that includes the 11 % VAT is priced incl. VAT by the core and by the sheet's formula", () => {
  const { ID_INCOME_ID, idOrderWithVat } = require("./layouts");
  // 1.9 % × 100,000 = 1,900 + VAT 11 % = 209 → 2,109 (the 2023-06-01 category table, VAT on top).
  const row = idOrderWithVat("579000000000000010");
  const { summary, sheetRow, formula } = sheetOf([ID_INCOME_ID, row]);
  const line = summary.lines[0];
  expect(line.fees.commission.status).toBe("match");
  expect(line.fees.commission.pricedBy.withVat).toBe(true);
  expect(line.category).toMatch(/\(incl\. VAT\)/);
  expect(formula("commission")).toMatch(/^=TIKTOK\.EXPECTEDFEE\("commission incl\. VAT",/);
  expect(sheetRow).toContain(-2109);
  expect(sheetRow).toContain("match");
});

test("TH: the growth fee's formula uses the category its charge fits (electronics), not the commission's", () => {
  const header = [
    "Order/adjustment ID",
    "Type",
    "Order created time",
    "Currency",
    "Total settlement amount",
    "Total revenue",
    "Subtotal after seller discounts",
    "Total fees",
    "Commerce growth fee",
    "Ajustment amount",
    "Customer payment",
  ];
  const row = [
    "581000000000000010",
    "Order",
    "2026/11/25",
    "THB",
    "946.50",
    "1000.00",
    "1000.00",
    "-53.50",
    "-53.50",
    "0",
    "1000.00",
  ];
  const { summary, sheetRow, formula } = sheetOf([header, row]);
  expect(summary.lines[0].fees.growth.status).toBe("match");
  const growth = formula("growth");
  expect(growth).toMatch(/"Electronics"\)$/i);
  expect(sheetRow).toContain(-53.5);
  expect(sheetRow).toContain("match");
});

test("a multi-SKU US order: the sheet prices each SKU row on its own, as the summary does (6 % of 1.25 is 0.08 a row)", () => {
  const { US_STATEMENT, usOrder } = require("./layouts");
  // Three SKUs of 1.25: 3 × round(0.075) = 0.24, where 6 % of the summed 3.75 would be 0.23.
  const rows = [
    US_STATEMENT,
    ...["1", "2", "3"].map((sku) =>
      usOrder({ id: "576460752303423500", created: "2025/03/01", net: "1.25", referral: "-0.08", sku }),
    ),
  ];
  const { summary, sheetRow, formula } = sheetOf(rows);
  expect(summary.lines[0].fees.commission.expected.toString()).toBe("-0.24");
  const commission = formula("commission");
  expect(commission.split("TIKTOK.EXPECTEDFEE(")).toHaveLength(4); // one call per SKU row
  expect(sheetRow).toContain(-0.24);
  expect(sheetRow).toContain("match");
});

test("US refund at a 5 % category: the sheet's refund admin fee is priced by the commission's category, as the core does", () => {
  const { US_STATEMENT, rowOf } = require("./layouts");
  // The referral fee given back (+1.10 on −22.00) fits a 5 % category; the refund admin fee is 20 % of it.
  const refund = rowOf(US_STATEMENT, {
    Currency: "USD",
    Type: "Refund",
    "Order/adjustment ID": "576460752303423701",
    "Order created date": "2025/05/20",
    "Total settlement amount": "-21.12",
    "Net sales": "-22.00",
    Fees: "0.88",
    "Referral fee": "1.10",
    "Refund administration fee": "-0.22",
    "Transaction fee": "0",
    "Customer payment": "0",
    "Customer refund": "-21.20",
    "Platform discounts refund": "2.00",
    "Sales tax refund": "-1.20",
  });
  const { summary, sheetRow, formula } = sheetOf([US_STATEMENT, refund]);
  const line = summary.lines[0];
  expect([line.fees.commission.status, line.fees.refundAdmin.expected.toString()]).toEqual(["match", "-0.22"]);
  const admin = formula("refundAdmin");
  expect(admin).toContain(`"${line.fees.commission.pricedBy.category}"`);
  expect(sheetRow).toContain(-0.22);
  expect(sheetRow).toContain("match");
});

test("an order whose SKU rows have a blank row between them: charged and expected cover both rows", () => {
  const { US_STATEMENT, usOrder } = require("./layouts");
  const sku = (n: string) =>
    usOrder({ id: "576460752303423600", created: "2025/03/01", net: "1.25", referral: "-0.08", sku: n });
  const { summary, sheetRow } = sheetOf([US_STATEMENT, sku("1"), US_STATEMENT.map(() => ""), sku("2")]);
  expect([summary.lines[0].rows, summary.lines[0].fees.commission.expected.toString()]).toEqual([2, "-0.16"]);
  expect(sheetRow).toContain(-0.16);
  expect(sheetRow.filter((v) => v === -0.16).length).toBeGreaterThanOrEqual(2); // charged and expected
  expect(sheetRow).not.toContain(-0.08);
  expect(sheetRow).toContain("match");
});

test.each([
  [20, true],
  [40, false],
])(
  "a %s-SKU order read from a sheet with a long name: row by row = %s, every formula within Excel's 8,192 characters",
  (n, rowByRow) => {
    const { US_STATEMENT, usOrder } = require("./layouts");
    const rows = [
      US_STATEMENT,
      ...Array.from({ length: n }, (_, k) =>
        usOrder({ id: "576460752303423800", created: "2025/03/01", net: "1.25", referral: "-0.08", sku: String(k) }),
      ),
    ];
    const { summary, sheetRow, formula } = sheetOf(rows, "statement_20250301_20250331_v2");
    const commission = formula("commission");
    expect(commission.length).toBeLessThanOrEqual(8192);
    expect(commission.split("TIKTOK.EXPECTEDFEE(").length - 1).toBe(rowByRow ? n : 1);
    // Row by row the sheet expects what the summary does; on summed rows, 6 % of n × 1.25.
    const expected = summary.lines[0].fees.commission.expected.toNumber();
    expect(sheetRow).toContain(rowByRow ? expected : -Math.round(n * 1.25 * 6) / 100);
  },
);

test("ID 2024 with the order export joined: the category is known and the VAT on top is still found", () => {
  const { ID_INCOME_ID, ORDER_EXPORT, idOrderWithVat, rowOf } = require("./layouts");
  const { reconcileRows, createOrderIndex } = require("../../src/core/settlement");
  const orders = createOrderIndex();
  orders.push(ORDER_EXPORT);
  orders.push(rowOf(ORDER_EXPORT, { "Order ID": "579000000000000011", "Product Category": "Jewelry" }));
  const row = idOrderWithVat("579000000000000011");
  const line = reconcileRows([ID_INCOME_ID, row], { orders: orders.finish() }).lines[0];
  expect(line.category).toBe("Jewelry");
  expect([line.fees.commission.status, line.fees.commission.expected.toString()]).toEqual(["match", "-2109"]);
  expect(line.fees.commission.pricedBy).toEqual({ category: "Jewelry", withVat: true });
});

test('fee names with "incl. VAT": with or without brackets; alone it is an unknown fee, named as typed', () => {
  const { readFeeName } = require("../../src/core/settlement/expectedFee");
  for (const text of [
    "commission incl. VAT",
    "Commission (incl. VAT)",
    "commission including VAT",
    "referral with vat",
  ])
    expect([text, readFeeName(text)]).toEqual([text, { fee: "commission", withVat: true }]);
  expect(readFeeName("transaction")).toEqual({ fee: "transaction", withVat: false });
  expect(() => readFeeName("incl. VAT")).toThrow(/Unknown fee "incl\. VAT"/);
});
