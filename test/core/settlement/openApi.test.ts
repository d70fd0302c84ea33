/**
 * Saved Open API finance responses (src/core/settlement/openApi.ts) read as the header and rows the
 * reconciler reads, and reconciled like the same orders in an export.
 *
 * Fixtures are built from the field lists of docs/research/settlement-languages.md §3 (§3.2 the
 * 202309 flat fields, §3.3 the 202501 breakdowns and their dbt mapping to Income columns, §3.4 the
 * unsettled est_* fields) with amounts from the published fee rules the export fixtures use
 * (test/settlement/layouts.ts): no real response is copied.
 */
import {
  type Cell,
  type ReconcileSummary,
  openApiTable,
  looksLikeJson,
  reconcileRows,
} from "../../../src/core/settlement";
import { isCoreError } from "../../../src/core/errors";
import { MY_INCOME, US_STATEMENT, myOrder, usOrder } from "../../settlement/layouts";
import { breakdown202501, flat202309, unix } from "../../settlement/openApiSamples";

const s = (d: { toString(): string } | null | undefined) => (d === null || d === undefined ? null : d.toString());

function reconcileJson(json: unknown, options: Parameters<typeof openApiTable>[1] = {}): ReconcileSummary {
  const t = openApiTable(json, options);
  return reconcileRows([t.header as Cell[], ...t.rows]);
}

function feeOf(r: ReconcileSummary, fee: "commission" | "transaction" | "refundAdmin", i = 0) {
  const c = r.lines![i].fees[fee];
  return c ? { actual: s(c.actual), expected: s(c.expected), status: c.status } : undefined;
}

describe("202309 flat statement transactions (§3.2) reconcile like the US statement export", () => {
  // The same two orders as in test/settlement (6 % referral fee of payment + platform discount − tax).
  const orders = [
    { id: "576460752303423488", created: "2025/03/01", net: "22.00", referral: "-1.32" },
    { id: "576460752303423489", created: "2025/03/02", net: "50.00", referral: "-2.50" },
  ];
  const response = {
    code: 0,
    message: "Success",
    request_id: "r1",
    data: {
      statement_id: "7480000000000000001",
      currency: "USD",
      next_page_token: "",
      transactions: orders.map((o) =>
        // 10:00 Pacific (UTC−8 in March before DST) on the created date.
        flat202309({ ...o, created: unix(`${o.created.replace(/\//g, "-")}T10:00:00`, -8) }),
      ),
    },
  };

  test("version, header names the reader knows, exact amounts", () => {
    const t = openApiTable(response);
    expect(t.version).toBe("202309");
    expect(t.statements).toEqual(["7480000000000000001"]);
    expect(t.header).toEqual(
      expect.arrayContaining([
        "Order/adjustment ID",
        "Referral fee",
        "Transaction fee",
        "Total fees",
        "Customer payment",
      ]),
    );
    // platform_commission_amount is all zero here: the referral fee keeps the commission's column.
    expect(t.header).toContain("platform_commission_amount");
    expect(t.header).not.toContain("TikTok Shop commission fee");
    const row = t.rows[0];
    expect(row[t.header.indexOf("Order created time")]).toBe("2025-03-01 10:00:00");
    expect(row[t.header.indexOf("Type")]).toBe("Order");
    expect(row[t.header.indexOf("Referral fee")]).toBe("-1.32");
  });

  test("fee by fee, the same result as the export of the same orders", () => {
    const api = reconcileJson(response);
    const file = reconcileRows([US_STATEMENT, ...orders.map((o) => usOrder(o))]);
    expect(api.market).toBe("US");
    expect(api.orders).toBe(2);
    for (let i = 0; i < 2; i++) {
      expect(feeOf(api, "commission", i)).toEqual(feeOf(file, "commission", i));
      expect(feeOf(api, "commission", i)?.status).toBe("match");
    }
    expect(api.matched).toBe(file.matched);
    expect(api.identity.broken).toBe(0);
    expect(api.unexplainedFees.rows).toBe(0);
  });

  test("a wrong referral fee is a mismatch, as in a file", () => {
    const bad = {
      data: {
        currency: "USD",
        transactions: [flat202309({ ...orders[0], created: unix("2025-03-01T10:00:00", -8), referral: "-1.50" })],
      },
    };
    const r = reconcileJson(bad);
    expect(feeOf(r, "commission")).toEqual({ actual: "-1.5", expected: "-1.32", status: "mismatch" });
  });
});

describe("202501 breakdowns (§3.3) reconcile like the MY Income export", () => {
  const page1 = {
    code: 0,
    data: { currency: "MYR", next_page_token: "p2", transactions: [breakdown202501("578000000000000001")] },
  };
  const page2 = { code: 0, data: { currency: "MYR", transactions: [breakdown202501("578000000000000002")] } };

  test("an array of pages: one table, the breakdown's fields in the fee block, the views kept apart", () => {
    const t = openApiTable([page1, page2]);
    expect(t.version).toBe("202501");
    expect(t.rows).toHaveLength(2);
    const feesAt = t.header.indexOf("Total fees");
    const adjAt = t.header.indexOf("Adjustment amount");
    const block = t.header.slice(feesAt + 1, adjAt);
    expect(block).toEqual([
      "TikTok Shop commission fee",
      "Transaction fee",
      "fee_tax_breakdown.fee.affiliate_commission_amount",
    ]);
    expect(t.header.indexOf("fee_tax_breakdown.fee.affiliate_commission_amount_before_pit")).toBeGreaterThan(adjAt);
    // dbt mapping: subtotal after seller discounts = subtotal before + seller discount.
    expect(t.rows[0][t.header.indexOf("Subtotal after seller discounts")]).toBe("90");
    expect(t.rows[0][t.header.indexOf("Order created time")]).toBe("2026-03-02 10:00:00");
  });

  test("transaction fee and commission: the same checks as the file", () => {
    const api = reconcileJson([page1, page2]);
    // The file's order without its platform support fee (no API field for it in §3).
    const file = reconcileRows([
      MY_INCOME,
      ...["578000000000000001", "578000000000000002"].map((id) =>
        myOrder(id, { "Platform support fee": "0", "Total fees": "-2.78", "Total settlement amount": "87.22" }),
      ),
    ]);
    expect(api.market).toBe("MY");
    for (const i of [0, 1]) {
      expect(feeOf(api, "transaction", i)).toEqual(feeOf(file, "transaction", i));
      expect(feeOf(api, "commission", i)).toEqual(feeOf(file, "commission", i));
    }
    expect(feeOf(api, "transaction")?.status).toBe("match");
    expect(api.identity.broken).toBe(0);
    expect(api.unexplainedFees.rows).toBe(0);
  });

  test("every fee field of §3.3 becomes a column; the total is checked against their sum", () => {
    const fee: Record<string, string> = {
      platform_commission_amount: "-5.00",
      dynamic_commission_amount: "-1.00",
      transaction_fee_amount: "-2.78",
      sfp_service_fee_amount: "-3.00",
      tap_shop_ads_commission: "-0.50",
      gmv_max_ad_fee_amount: "-0.25",
      vn_fix_infrastructure_fee: "0",
      affiliate_commission_deposit: "-9.99", // a view: never added
    };
    const t = breakdown202501("578000000000000003", {
      fee_tax_amount: "-12.53",
      settlement_amount: "77.47",
      fee_tax_breakdown: { fee, tax: { sst_amount: "0" } },
    });
    const table = openApiTable({ data: { currency: "MYR", transactions: [t] } });
    for (const name of [
      "Dynamic commission",
      "fee_tax_breakdown.fee.sfp_service_fee_amount",
      "fee_tax_breakdown.fee.tap_shop_ads_commission",
      "fee_tax_breakdown.fee.gmv_max_ad_fee_amount",
      "fee_tax_breakdown.tax.sst_amount",
    ])
      expect(table.header).toContain(name);
    const r = reconcileRows([table.header as Cell[], ...table.rows]);
    expect(r.unexplainedFees.rows).toBe(0);
    expect(r.identity.broken).toBe(0);
    expect(r.notModelledColumns.map((c) => [c.name, s(c.total)])).toEqual(
      expect.arrayContaining([["fee_tax_breakdown.fee.sfp_service_fee_amount", "-3"]]),
    );
    // Off by ten cents (beyond the tolerance): the row is unexplained.
    const off = openApiTable({
      data: { currency: "MYR", transactions: [{ ...t, fee_tax_amount: "-12.63", settlement_amount: "77.37" }] },
    });
    expect(reconcileRows([off.header as Cell[], ...off.rows]).unexplainedFees.rows).toBe(1);
  });
});

describe("unsettled est_* transactions (§3.4)", () => {
  test("read as the unsettled layout; the UK commission checked on the estimate", () => {
    const json = {
      data: {
        currency: "GBP",
        transactions: [
          {
            id: "U1",
            order_id: "580000000000000001",
            order_create_time: unix("2025-11-20T12:00:00", 0),
            type: "ORDER",
            status: "UNSETTLED",
            unsettled_reason: "WAITING_FOR_PACKAGE_DELIVERY",
            estimated_settlement: "Delivered + 8 days",
            est_revenue_amount: "20.00",
            est_shipping_cost_amount: "2.99",
            est_fee_tax_amount: "-2.07",
            est_settlement_amount: "20.92",
            revenue_breakdown: { subtotal_before_discount_amount: "20.00", seller_discount_amount: "0" },
            fee_tax_breakdown: {
              fee: { platform_commission_amount: "-2.07", affiliate_commission_before_pit_amount: "0" },
              tax: { vat_amount: "0" },
            },
            supplementary_component: { customer_payment_amount: "22.99" },
          },
        ],
      },
    };
    const t = openApiTable(json);
    expect(t.version).toBe("unsettled");
    expect(t.header).toContain("Total estimated settlement amount");
    expect(t.rows[0][t.header.indexOf("Unsettled reasons")]).toBe("WAITING_FOR_PACKAGE_DELIVERY");
    const r = reconcileRows([t.header as Cell[], ...t.rows]);
    expect(r.layout).toBe("unsettled");
    expect(r.market).toBe("UK");
    expect(feeOf(r, "commission")).toEqual({ actual: "-2.07", expected: "-2.07", status: "match" });
    expect(r.identity.broken).toBe(0);
  });
});

describe("shapes, amounts, IDs and times", () => {
  test("an amount that is no plain decimal is passed on as written, for the reader to refuse; never converted or dropped", () => {
    const t = flat202309({
      id: "576000000000000001",
      created: unix("2025-03-01T10:00:00", -8),
      net: "0x10",
      referral: "-1.00",
    });
    const table = openApiTable({
      data: { transactions: [{ ...t, gross_sales_refund_amount: "1e3", seller_discount_refund_amount: "2.00" }] },
    });
    const row = table.rows[0];
    const at = (name: string) => row[table.header.indexOf(name)];
    expect(at("Total revenue")).toBe("0x10");
    // The refund subtotal adds two API fields: one of them is no amount, so the sum is not made.
    expect(at("Refund subtotal after seller discounts")).toBe("1e3");
    // The reader refuses the row by the column's name: skipped with its reason, never checked.
    const r = reconcileRows([table.header as Cell[], ...table.rows], { market: "US" });
    expect([r.checked, r.skipped]).toEqual([0, 1]);
    expect(Object.keys(r.skippedReasons)).toEqual([expect.stringMatching(/^Total revenue .*not an amount/)]);
  });

  const one = (t: Record<string, unknown>, currency = "USD") => ({ data: { currency, transactions: [t] } });
  const base = () =>
    flat202309({ id: "576460752303423488", created: unix("2025-03-01T10:00:00", -8), net: "22.00", referral: "-1.32" });

  const keyOf = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      if (isCoreError(e)) return e.key;
      throw e;
    }
    return null;
  };

  test("a data object alone, a bare transaction array, a single response: the same rows", () => {
    const a = openApiTable(one(base()));
    expect(openApiTable(one(base()).data).rows).toEqual(
      a.rows.map((r) => r.map((c, i) => (a.header[i] === "Currency" ? "USD" : c))),
    );
    const bare = openApiTable([{ ...base(), currency: "USD" }]);
    expect(bare.rows[0][bare.header.indexOf("Referral fee")]).toBe("-1.32");
  });

  test("unknown shapes, API errors, the statements list, per-order responses, mixed versions: keyed refusals", () => {
    expect(keyOf(() => openApiTable({ hello: 1 }))).toBe("openApi.unknownShape");
    expect(keyOf(() => openApiTable("text"))).toBe("openApi.unknownShape");
    expect(keyOf(() => openApiTable({ code: 36009004, message: "sort_field is required" }))).toBe("openApi.apiError");
    expect(keyOf(() => openApiTable({ code: 0, data: { statements: [{ id: "1" }] } }))).toBe("openApi.statementsList");
    expect(keyOf(() => openApiTable({ code: 0, data: { sku_transactions: [] } }))).toBe("openApi.perOrder");
    expect(keyOf(() => openApiTable({ data: { transactions: [] } }))).toBe("openApi.noTransactions");
    expect(keyOf(() => openApiTable({ data: { transactions: [{ settlement_amount: "1" }] } }))).toBe(
      "openApi.unknownTransaction",
    );
    expect(keyOf(() => openApiTable([one(base()), one(breakdown202501("1"), "MYR")]))).toBe("openApi.mixedVersions");
    try {
      openApiTable({ hello: 1, world: 2 });
    } catch (e) {
      expect((e as Error).message).toContain('"hello", "world"');
    }
  });

  test("amounts stay exact: trailing zeros, {value, currency} objects, JSON numbers, long decimals", () => {
    const t = openApiTable(
      one({
        ...base(),
        referral_fee_amount: "-1.320",
        fee_amount: { value: "-1.32", currency: "USD" },
        revenue_amount: 22,
        settlement_amount: "20.680000000000000000001",
      }),
    );
    const at = (name: string) => t.rows[0][t.header.indexOf(name)];
    expect(at("Referral fee")).toBe("-1.32");
    expect(at("Total fees")).toBe("-1.32");
    expect(at("Total revenue")).toBe("22");
    expect(at("Total settlement amount")).toBe("20.680000000000000000001");
  });

  test("the currency from an amount object when the page names none", () => {
    const t = openApiTable([{ ...base(), settlement_amount: { value: "20.68", currency: "USD" } }]);
    expect(t.rows[0][t.header.indexOf("Currency")]).toBe("USD");
  });

  test("an 18-digit ID the JSON wrote as a number is flagged as having lost digits", () => {
    const json = JSON.parse(
      JSON.stringify(one(base())).replace('"order_id":"576460752303423488"', '"order_id":576460752303423488'),
    );
    const r = reconcileJson(json);
    expect(r.lostDigitIds).toBe(1);
  });

  test("created times in the market's time zone, or the one asked for", () => {
    // 2026-03-01 17:30 UTC is 2 March in Kuala Lumpur (UTC+8).
    const t = breakdown202501("1", { order_create_time: Date.parse("2026-03-01T17:30:00Z") / 1000 });
    const my = openApiTable(one(t, "MYR"));
    expect(my.rows[0][my.header.indexOf("Order created time")]).toBe("2026-03-02 01:30:00");
    const utc = openApiTable(one(t, "MYR"), { timeZone: "UTC" });
    expect(utc.rows[0][utc.header.indexOf("Order created time")]).toBe("2026-03-01 17:30:00");
    // Milliseconds and numeric text are read too.
    const ms = openApiTable(one({ ...t, order_create_time: String(Date.parse("2026-03-01T17:30:00Z")) }, "MYR"), {
      timeZone: "UTC",
    });
    expect(ms.rows[0][ms.header.indexOf("Order created time")]).toBe("2026-03-01 17:30:00");
  });

  test("adjustments: their own ID and related order, skipped as in a file", () => {
    const adj = {
      id: "A1",
      type: "LOGISTICS_REIMBURSEMENT",
      adjustment_id: "7490000000000000001",
      adjustment_order_id: "576460752303423488",
      settlement_amount: "3.00",
      revenue_amount: "0",
      shipping_cost_amount: "0",
      fee_amount: "0",
      adjustment_amount: "3.00",
    };
    const t = openApiTable({ data: { currency: "USD", transactions: [base(), adj] } });
    expect(t.rows[1].slice(0, 2)).toEqual(["7490000000000000001", "Logistics reimbursement"]);
    expect(t.rows[1][t.header.indexOf("Related order ID")]).toBe("576460752303423488");
    const r = reconcileRows([t.header as Cell[], ...t.rows]);
    expect(r.lines![1].status).toBe("skipped");
    expect(r.identity.broken).toBe(0);
  });

  test("looksLikeJson", () => {
    expect(looksLikeJson('  {"code":0}')).toBe(true);
    expect(looksLikeJson("\uFEFF[{}]")).toBe(true);
    expect(looksLikeJson("Order/adjustment ID,Type")).toBe(false);
  });
});
