/**
 * Worked examples: each expected fee follows from a published rule (cited), in the real layout.
 */
import { expectedFee, reconcileRows } from "../../src/core/settlement";
import { ID_INCOME_ID, MY_INCOME, UK_UNSETTLED, US_STATEMENT, myOrder, rowOf, usOrder } from "./layouts";

const s = (d: { toString(): string } | null | undefined) => (d === null || d === undefined ? null : d.toString());

describe("United States statement (referral fee, seller-us.tiktok.com knowledge_id=5982454398175018)", () => {
  test("6 % × (customer payment 21.20 + platform discount 2.00 − sales tax 1.20) = 1.32", () => {
    const rows = [
      US_STATEMENT,
      usOrder({
        id: "576460752303423488",
        created: "2025/03/01",
        net: "22.00",
        tax: "1.20",
        platformDiscount: "2.00",
        referral: "-1.32",
      }),
    ];
    const r = reconcileRows(rows);
    expect(r.market).toBe("US");
    expect(r.layout).toBe("statement");
    const line = r.lines![0];
    expect(line.id).toBe("576460752303423488");
    expect(line.status).toBe("match");
    expect(s(line.fees.commission!.expected)).toBe("-1.32");
    expect(s(line.fees.commission!.base)).toBe("22");
    expect(line.fees.transaction!.status).toBe("not modelled");
    expect(r.identity).toEqual({ checked: 1, broken: 0, brokenIds: [] });
  });

  test("a referral fee of 1.50 on that order is a mismatch of −0.18", () => {
    const rows = [
      US_STATEMENT,
      usOrder({
        id: "576460752303423489",
        created: "2025/03/01",
        net: "22.00",
        tax: "1.20",
        platformDiscount: "2.00",
        referral: "-1.50",
      }),
    ];
    const r = reconcileRows(rows);
    expect(r.mismatched).toBe(1);
    expect(s(r.lines![0].fees.commission!.difference)).toBe("-0.18");
    expect(s(r.fees.commission!.difference)).toBe("-0.18");
    expect(r.largestDifferences.map((l) => l.id)).toEqual(["576460752303423489"]);
  });

  test("per-SKU rows of one order are grouped; before 2024-04-01 the 2 % referral applied", () => {
    const rows = [
      US_STATEMENT,
      usOrder({ id: "576460752303423490", created: "2024/03/15", net: "10.00", referral: "-0.20", sku: "1" }),
      usOrder({ id: "576460752303423490", created: "2024/03/15", net: "15.00", referral: "-0.30", sku: "2" }),
      usOrder({ id: "576460752303423491", created: "2024/04/01", net: "10.00", referral: "-0.60" }),
    ];
    const r = reconcileRows(rows);
    expect(r.rows).toBe(3);
    expect(r.orders).toBe(2);
    expect(r.lines!.map((l) => [l.rows, l.status, s(l.fees.commission!.expected)])).toEqual([
      [2, "match", "-0.5"],
      [1, "match", "-0.6"],
    ]);
  });

  test("a refund row: the referral fee comes back (+1.32) and the refund administration fee is 20 % of it (−0.26)", () => {
    const refund = rowOf(US_STATEMENT, {
      Currency: "USD",
      Type: "Refund",
      "Order/adjustment ID": "576460752303423700",
      "Order created date": "2025/05/20",
      "Total settlement amount": "-20.94",
      "Net sales": "-22.00",
      Fees: "1.06",
      "Referral fee": "1.32",
      "Refund administration fee": "-0.26",
      "Transaction fee": "0",
      "Customer payment": "0",
      "Customer refund": "-21.20",
      "Platform discounts refund": "2.00",
      "Sales tax refund": "-1.20",
    });
    const line = reconcileRows([US_STATEMENT, refund]).lines![0];
    expect(line.status).toBe("match");
    expect([s(line.fees.commission!.expected), s(line.fees.commission!.base)]).toEqual(["1.32", "-22"]);
    expect(s(line.fees.refundAdmin!.expected)).toBe("-0.26");
  });

  test("refund administration fee: 20 % of the referral fee on the refund, at most $5 per SKU", () => {
    // Full refund of a $50 order: referral on the refund 3.00, 20 % = 0.60.
    expect(
      s(
        expectedFee({
          fee: "refundAdmin",
          market: "US",
          date: "2025-06-01",
          customerRefund: "-50",
          customerPayment: "50",
        }).amount,
      ),
    ).toBe("-0.6");
    // $1,000 refunded: 20 % × 60 = 12, capped at 5.
    expect(
      s(
        expectedFee({
          fee: "refundAdmin",
          market: "US",
          date: "2025-06-01",
          customerRefund: "-1000",
          customerPayment: "1000",
        }).amount,
      ),
    ).toBe("-5");
  });

  test("adjustments are skipped with their reason", () => {
    const adj = rowOf(US_STATEMENT, {
      Currency: "USD",
      Type: "Adjustment",
      "Order/adjustment ID": "7000000000000000001",
      "Total settlement amount": "-3.00",
      "Net sales": "0",
      Fees: "0",
      "Adjustment amount": "-3.00",
      "Adjustment reason": "Logistics reimbursement",
      "Related order ID": "576460752303423488",
    });
    const r = reconcileRows([US_STATEMENT, adj]);
    expect(r.skipped).toBe(1);
    expect(r.lines![0].status).toBe("skipped");
    expect(r.lines![0].reason).toBe(
      "Adjustment (Logistics reimbursement): adjustments are not checked against the rate book",
    );
    expect(r.lines![0].relatedOrderId).toBe("576460752303423488");
    expect(r.identity.broken).toBe(0);
  });
});

describe("SEA Income files", () => {
  test("MY transaction fee 3.78 % of customer payment from 2024-09-05 (thestar.com.my 2024-08-22) and the MYR 0.54 platform support fee", () => {
    const row = myOrder("578000000000000001");
    const r = reconcileRows([MY_INCOME, row]);
    const line = r.lines![0];
    // 3.78 % × 73.50 = 2.7783 → 2.78
    expect(s(line.fees.transaction!.expected)).toBe("-2.78");
    expect(line.fees.transaction!.status).toBe("match");
    expect(s(line.fees.orderFee!.expected)).toBe("-0.54");
    expect(line.fees.orderFee!.status).toBe("match");
    // MY commissions are category-dependent and unpublished for the default: not modelled, never guessed.
    expect(r.notModelledColumns.map((c) => c.name)).toEqual(
      expect.arrayContaining(["SFP service fee", "Order processing fee", "SST", "Affiliate Commission"]),
    );
    expect(r.identity.broken).toBe(0);
    expect(r.unexplainedFees.rows).toBe(0);
  });

  test("ID in Indonesian: commission 6.97 % of the item net (seller-id.tokopedia.com knowledge_id=5411650459305729) and Rp1,250 per order (katadata 2025-07-31)", () => {
    const row = rowOf(ID_INCOME_ID, {
      "ID Pesanan/Penyesuaian": "579000000000000001",
      "Jenis transaksi": "Pesanan",
      "Waktu pemesanan": "2026/06/03",
      "Mata uang": "IDR",
      "Jumlah penyelesaian pembayaran": "91780",
      "Total Pendapatan": "100000",
      "Subtotal setelah diskon penjual": "100000",
      "Total Biaya": "-8220",
      "Biaya komisi platform": "-6970",
      "Biaya pemrosesan pesanan": "-1250",
      "Jumlah penyesuaian": "0",
      "Pembayaran oleh pembeli": "100000",
    });
    const r = reconcileRows([ID_INCOME_ID, row]);
    expect(r.market).toBe("ID");
    const line = r.lines![0];
    expect(line.status).toBe("match");
    expect(s(line.fees.commission!.expected)).toBe("-6970");
    expect(s(line.impliedRate)).toBe("0.0697");
    expect(s(line.fees.orderFee!.expected)).toBe("-1250");
  });

  test("an ID commission that fits no rate of the book on its date is a mismatch with the implied rate", () => {
    const row = rowOf(ID_INCOME_ID, {
      "ID Pesanan/Penyesuaian": "579000000000000002",
      "Jenis transaksi": "Pesanan",
      "Waktu pemesanan": "2026/06/03",
      "Mata uang": "IDR",
      "Subtotal setelah diskon penjual": "100000",
      "Jumlah penyelesaian pembayaran": "87000",
      "Total Pendapatan": "100000",
      "Total Biaya": "-13000",
      "Biaya komisi platform": "-11750",
      "Biaya pemrosesan pesanan": "-1250",
    });
    const line = reconcileRows([ID_INCOME_ID, row]).lines![0];
    expect(line.status).toBe("mismatch");
    expect(s(line.impliedRate)).toBe("0.1175");
    // With categories in force the line says none fits; with the default alone there is nothing to name.
    expect(line.category ?? "none fits").toMatch(/^none fits/);
    expect(s(line.fees.commission!.difference)).toBe("-4780");
  });
});

describe("TH Commerce Growth Fee (seller-th.tiktok.com knowledge_id=4831419884979969): 6.42 %, electronics 5.35 %, at most THB 199 per item", () => {
  const TH_INCOME = [
    "Order/adjustment ID",
    "Type",
    "Order created time",
    "Order settled time",
    "Currency",
    "Total settlement amount",
    "Total revenue",
    "Subtotal after seller discounts",
    "Total fees",
    "Transaction fee",
    "TikTok Shop commission fee",
    "Commerce growth fee",
    "Infrastructure fee",
    "Ajustment amount",
    "Customer payment",
  ];
  const th = (id: string, net: string, growth: string) =>
    rowOf(TH_INCOME, {
      "Order/adjustment ID": id,
      Type: "Order",
      "Order created time": "2026/11/25",
      Currency: "THB",
      "Subtotal after seller discounts": net,
      "Commerce growth fee": growth,
      "Customer payment": net,
    });

  test("1,000 of goods → 64.20; an electronics seller's 53.50 fits the electronics rate; above the cap without a quantity is not modelled", () => {
    const r = reconcileRows([
      TH_INCOME,
      th("581000000000000001", "1000.00", "-64.20"),
      th("581000000000000002", "1000.00", "-53.50"),
      th("581000000000000003", "5000.00", "-199.00"),
      th("581000000000000004", "1000.00", "-70.00"),
    ]);
    expect(r.market).toBe("TH");
    const g = r.lines!.map((l) => l.fees.growth!);
    expect([s(g[0].expected), g[0].status, g[0].category]).toEqual(["-64.2", "match", "default"]);
    expect([s(g[1].expected), g[1].status, g[1].category]).toEqual(["-53.5", "match", "Electronics"]);
    expect([g[2].status, g[2].reason]).toEqual([
      "not modelled",
      "Commerce Growth Fee is capped per item and the file has no Quantity",
    ]);
    expect([s(g[3].expected), s(g[3].difference), g[3].status]).toEqual(["-64.2", "-5.8", "mismatch"]);
    expect(r.notModelledColumns.map((c) => c.name)).toContain("Infrastructure fee");
  });
});

describe("UK unsettled CSV (commission 9 %, docs.m2ecloud.com/docs/tiktok-shop-seller-fees-uk/)", () => {
  test("item 20 + buyer shipping 2.99 → 2.07 (edesk.com worked example); two Related order ID columns", () => {
    const row = rowOf(UK_UNSETTLED, {
      Type: "Order",
      "Order/adjustment ID": "580000000000000001",
      Currency: "GBP",
      "Total estimated settlement amount": "20.92",
      "Estimated Settle time": "Delivered + 8 days",
      "Related order ID": "/",
      "Order created date": "2025/11/20",
      "Net sales": "20.00",
      Shipping: "2.99",
      Fees: "-2.07",
      "TikTok Shop commission fee": "-2.07",
      "Adjustment amount": "0",
      "Customer payment": "22.99",
    });
    const r = reconcileRows([UK_UNSETTLED, row]);
    expect(r.layout).toBe("unsettled");
    expect(r.market).toBe("UK");
    expect(s(r.lines![0].fees.commission!.expected)).toBe("-2.07");
    expect(r.lines![0].status).toBe("match");
    expect(r.identity.broken).toBe(0);
  });
});

describe("nothing charged where the book charges something (a new-seller waiver the book cannot see)", () => {
  // Research: new sellers pay no commission for up to 90 days in VN, SG, PH and MX; new EU sellers 4 %.
  const ukRow = (commission: string) =>
    rowOf(UK_UNSETTLED, {
      Type: "Order",
      "Order/adjustment ID": "580000000000000002",
      Currency: "GBP",
      "Total estimated settlement amount": "22.99",
      "Order created date": "2025/11/20",
      "Net sales": "20.00",
      Shipping: "2.99",
      Fees: commission,
      "TikTok Shop commission fee": commission,
      "Adjustment amount": "0",
      "Customer payment": "22.99",
    });

  test("UK, with a published default rate: a mismatch against the default, said to be nothing charged", () => {
    const line = reconcileRows([UK_UNSETTLED, ukRow("0")]).lines![0];
    expect([s(line.fees.commission!.expected), line.fees.commission!.status]).toEqual(["-2.07", "mismatch"]);
    expect(line.category).toBe("nothing charged (expected at the default rate)");
  });

  test("MY, where the default commission is not public: not modelled, not the cheapest category's rate", () => {
    const row = myOrder("578000000000000003");
    const line = reconcileRows([MY_INCOME, row]).lines![0];
    const commission = line.fees.commission!;
    expect([commission.status, commission.expected]).toEqual(["not modelled", null]);
    expect(commission.reason).toMatch(/nothing was charged.*waiver/);
    expect(line.category).toBe("nothing charged");
    expect(line.status).toBe("match"); // the fees it can check all match
  });
});

describe("expectedFee (for TIKTOK.EXPECTEDFEE)", () => {
  test("US referral on 2025-03-01: 21.20 paid with 1.20 tax → −1.20", () => {
    const f = expectedFee({
      fee: "Referral fee",
      market: "US",
      date: "2025-03-01",
      customerPayment: "21.20",
      salesTax: "1.20",
    });
    expect([s(f.amount), s(f.rate), s(f.base), f.currency.code]).toEqual(["-1.2", "0.06", "20", "USD"]);
  });

  test("PH order processing fee PHP 3 from 2025-12-01 (keyouyun.com/?p=27968); #N/A before the book's first entry", () => {
    expect(s(expectedFee({ fee: "orderFee", market: "PH", date: "2025-12-01" }).amount)).toBe("-3");
    // The book cannot say whether a fee existed before its first entry (unless the source says the
    // fee was new then): no guess. MY's transaction fee is known from 2023-08-14.
    expect(() => expectedFee({ fee: "transaction", market: "MY", date: "2023-08-13", customerPayment: "100" })).toThrow(
      /No transaction rate for MY before 2023-08-14/,
    );
    // US: the fixed $0.30 per order ended on 2024-03-31, so an order of April 2024 expects zero.
    expect(s(expectedFee({ fee: "orderFee", market: "US", date: "2024-04-02" }).amount)).toBe("0");
  });

  test("bad input is an error naming what to fix, never a number", () => {
    expect(() => expectedFee({ fee: "bogus", market: "US", date: "2025-03-01" })).toThrow(/Unknown fee "bogus"/);
    expect(() => expectedFee({ fee: "commission", market: "Atlantis", date: "2025-03-01" })).toThrow(/Unknown market/);
    expect(() => expectedFee({ fee: "commission", market: "US", date: "2025-03-01" })).toThrow(/Customer payment/);
    expect(() => expectedFee({ fee: "commission", market: "US", date: "2025-03-01", customerPayment: "abc" })).toThrow(
      /customer_payment/,
    );
    expect(() => expectedFee({ fee: "commission", market: "MY", date: "2026-03-01", subtotalAfter: "100" })).toThrow(
      /not public/,
    );
  });
});

describe("a fee introduced on a known date (its source announces it as new) was 0 before it", () => {
  test.each([
    // katadata.co.id 2025-07-31: Rp1,250 per delivered order from 2025-08-11.
    ["orderFee", "ID", "2025-08-10", "2025-08-11", "-1250"],
    // bigseller.pro "TikTok Shop Introduces Platform Support Fee in Malaysia": RM0.54 from 2026-02-15.
    ["orderFee", "MY", "2026-02-14", "2026-02-15", "-0.54"],
    // keyouyun.com/?p=27968: PHP 3 (PHP 5 discounted) from 2025-12-01.
    ["orderFee", "PH", "2025-11-30", "2025-12-01", "-3"],
  ])("%s %s: 0 on %s, charged from %s", (fee, market, before, from, amount) => {
    expect(expectedFee({ fee, market, date: before }).amount.toString()).toBe("0");
    expect(expectedFee({ fee, market, date: from }).amount.toString()).toBe(amount);
  });

  test("a fee whose start the sources do not date is still 'the book does not know' before its first entry", () => {
    // TH Commerce Growth Fee: only known since the official page was read.
    expect(() => expectedFee({ fee: "growth", market: "TH", date: "2023-01-01", subtotalAfter: "1000" })).toThrow(
      /the rate book starts there/,
    );
  });

  test("a file from before the fee: a 0 in its column is a match, a charge a mismatch", () => {
    const row = (id: string, fee: string) =>
      rowOf(MY_INCOME, {
        "Order/adjustment ID": id,
        Type: "Order",
        "Order created time": "2025/06/02",
        Currency: "MYR",
        "Total settlement amount": "100.00",
        "Total revenue": "100.00",
        "Subtotal after seller discounts": "100.00",
        "Total fees": fee,
        "Platform support fee": fee,
        "Ajustment amount": "0",
        "Customer payment": "100.00",
      });
    const r = reconcileRows([MY_INCOME, row("578000000000000021", "0"), row("578000000000000022", "-0.54")]);
    expect(r.lines!.map((l) => [l.fees.orderFee!.status, s(l.fees.orderFee!.expected)])).toEqual([
      ["match", "0"],
      ["mismatch", "0"],
    ]);
  });
});
