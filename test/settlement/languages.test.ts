/**
 * Exports in every Seller Center language the reader knows (docs/research/settlement-languages.md):
 * each fixture has the research's exact header list (languageLayouts.ts), its values follow the
 * published fee rules cited at each test, and the reader finds language, layout and market from the
 * file alone. Every fee column of a file is either checked by its rule or listed by name, with its
 * total, as not modelled.
 */
import {
  DICTIONARIES,
  type ReconcileSummary,
  detectHeader,
  feeBlockColumns,
  normalizeHeader,
  reconcileRows,
  transactionKind,
} from "../../src/core/settlement";
import {
  BR_STATEMENT,
  TH_INCOME,
  TH_INCOME_OLD,
  TH_UNSETTLED,
  US_UNSETTLED,
  US_UNSETTLED_BANNER,
  VN_INCOME,
  VN_UNSETTLED,
  VN_UNSETTLED_PREAMBLE,
  ZH_JP_STATEMENT,
  ZH_MX_STATEMENT,
  ZH_MY_INCOME,
} from "./languageLayouts";
import {
  TH_COMPENSATION,
  thIncomeValues,
  usUnsettledOrder,
  VN_COMPENSATION,
  vnIncomeOrder,
  VN_UNSETTLED_SKUS,
  ZH_MY_ORDER,
} from "./languageFiles";
import { MY_INCOME, rowOf } from "./layouts";

const s = (d: { toString(): string } | null | undefined) => (d === null || d === undefined ? null : d.toString());

/** Every column of the fee block is a modelled fee's (checked) or listed as not modelled, with a total. */
function everyFeeColumnAccounted(header: readonly string[], r: ReconcileSummary, modelled: readonly string[]) {
  const h = detectHeader([header]);
  const block = feeBlockColumns(h).map((i) => h.columns[i].name);
  const listed = r.notModelledColumns.map((c) => c.name);
  expect([...listed, ...modelled].sort()).toEqual([...block].sort());
  for (const c of r.notModelledColumns) expect(c.total).toBeDefined();
}

describe("Vietnamese (VND): VN transaction fee 5 % of customer payment from 2024-07-17 (seller-vn.tiktok.com knowledge_id=753295858337537), order processing fee VND 3,000 from 2025-10-27 (kenh14.vn), Fashion commission up to 13 % from 2026-03-02 (nld.com.vn)", () => {
  const settled = vnIncomeOrder;

  test("settled Income (65 columns, §1.1 G): every modelled fee matches; VAT and PIT withheld are listed with their totals", () => {
    const r = reconcileRows([VN_INCOME, settled("580000000000000001"), VN_COMPENSATION]);
    expect([r.language, r.layout, r.market, r.currency, r.headerRow]).toEqual(["vi", "income", "VN", "VND", 1]);
    const line = r.lines![0];
    expect(line.status).toBe("match");
    expect(s(line.fees.commission!.expected)).toBe("-23400");
    expect(s(line.fees.transaction!.expected)).toBe("-8500");
    expect(s(line.fees.orderFee!.expected)).toBe("-3000");
    expect(r.lines![1].status).toBe("skipped");
    expect(r.identity).toEqual({ checked: 2, broken: 0, brokenIds: [] });
    expect(r.unexplainedFees.rows).toBe(0);
    const total = (name: string) => s(r.notModelledColumns.find((c) => c.name === name)?.total);
    expect([total("Thuế GTGT do TikTok Shop khấu trừ"), total("Thuế TNCN do TikTok Shop khấu trừ")]).toEqual([
      "-1800",
      "-900",
    ]);
    // The seller shipping fee is summed by its parts, the affiliate commissions by their totals.
    expect(total("Phí vận chuyển của người bán")).toBeNull();
    expect(total("Hoa hồng liên kết trước thuế TNCN (thuế thu nhập cá nhân)")).toBeNull();
    everyFeeColumnAccounted(VN_INCOME, r, ["Phí giao dịch", "Phí hoa hồng của TikTok Shop", "Phí xử lý đơn hàng"]);
  });

  test("the older commission name (file id 66500447230) reads the same", () => {
    const old = VN_INCOME.map((h) => (h === "Phí hoa hồng của TikTok Shop" ? "Phí hoa hồng TikTok Shop" : h));
    const row = settled("580000000000000002").slice();
    const r = reconcileRows([old, row]);
    expect(r.lines![0].fees.commission!.status).toBe("match");
  });

  test("no currency in the rows: VAT and PIT withheld by TikTok Shop are VN's own columns", () => {
    const r = reconcileRows([VN_INCOME, settled("580000000000000003", { "Đơn vị tiền tệ": "" })]);
    expect(r.market).toBe("VN");
    expect(r.matched).toBe(1);
  });

  test("unsettled export (76 columns, §1.1 H): header on row 5 below the preamble, one order's SKU rows summed", () => {
    const rows = [...VN_UNSETTLED_PREAMBLE, VN_UNSETTLED, ...VN_UNSETTLED_SKUS];
    const r = reconcileRows(rows);
    expect([r.language, r.layout, r.headerRow, r.market]).toEqual(["vi", "unsettled", 5, "VN"]);
    expect(r.rows).toBe(2);
    expect(r.orders).toBe(1);
    const line = r.lines![0];
    expect([line.rows, line.status]).toEqual([2, "match"]);
    expect([
      s(line.fees.transaction!.expected),
      s(line.fees.commission!.expected),
      s(line.fees.orderFee!.expected),
    ]).toEqual(["-8500", "-23400", "-3000"]);
    expect(r.identity.broken).toBe(0);
    expect(r.unexplainedFees.rows).toBe(0);
    everyFeeColumnAccounted(VN_UNSETTLED, r, [
      "Phí giao dịch ước tính",
      "Phí hoa hồng của TikTok Shop",
      "Phí xử lý đơn hàng",
    ]);
  });
});

describe("Thai (THB): transaction fee (ค่าธรรมเนียมคำสั่งซื้อ) 3.21 % of customer payment + platform subsidy from 2026-03-21 (lemon8-app.com), Commerce Growth Fee 6.42 % (seller-th.tiktok.com knowledge_id=4831419884979969)", () => {
  const values = thIncomeValues;
  const check = (r: ReconcileSummary) => {
    expect(r.market).toBe("TH");
    const line = r.lines![0];
    expect([s(line.fees.transaction!.expected), line.fees.transaction!.status]).toEqual(["-32.1", "match"]);
    expect([s(line.fees.growth!.expected), line.fees.growth!.status]).toEqual(["-64.2", "match"]);
    expect(r.identity.broken).toBe(0);
    expect(r.unexplainedFees.rows).toBe(0);
    const listed = Object.fromEntries(r.notModelledColumns.map((c) => [c.name, s(c.total)]));
    expect(listed["ค่าธรรมเนียมโครงสร้างพื้นฐาน"]).toBe("-1.07");
    expect(listed["ยอดรวมค่าจัดส่งที่ร้านค้าจ่ายจริง"]).toBe("-20");
    // The Thai ERP adds the shipping subtotal, never its nine parts (TIKTOK_SUBTOTAL_PARTS).
    expect(listed["ค่าธรรมเนียมการจัดส่งจริง"]).toBeUndefined();
  };

  test("Income, current names (§1.2 I): transaction and growth fees match; every other fee column is listed", () => {
    const r = reconcileRows([TH_INCOME, rowOf(TH_INCOME, values("ยอดการชำระเงินทั้งหมด", "รายได้ทั้งหมด")), TH_COMPENSATION]);
    expect([r.language, r.layout]).toEqual(["th", "income"]);
    check(r);
    expect(r.lines![1].status).toBe("skipped");
    const modelled = ["ค่าธรรมเนียมคำสั่งซื้อ", "ค่าคอมมิชชั่น TikTok Shop", "ค่าธรรมเนียมสนับสนุนการเติบโตของร้านค้า"];
    everyFeeColumnAccounted(TH_INCOME, r, modelled);
  });

  test("Income, the older names of the totals (จำนวนเงินที่ชำระทั้งหมด, รายได้รวม)", () => {
    const r = reconcileRows([TH_INCOME_OLD, rowOf(TH_INCOME_OLD, values("จำนวนเงินที่ชำระทั้งหมด", "รายได้รวม"))]);
    expect(r.layout).toBe("income");
    check(r);
  });

  test("unsettled export: the estimated settlement amount (file id 68345254660)", () => {
    const r = reconcileRows([TH_UNSETTLED, rowOf(TH_UNSETTLED, values("จำนวนเงินที่ชำระโดยประมาณ", "รายได้ทั้งหมด"))]);
    expect([r.language, r.layout]).toEqual(["th", "unsettled"]);
    check(r);
  });
});

describe("Chinese UI (cross-border sellers)", () => {
  test("MY Income `订单详情` (§1.3 J): transaction fee 3.78 % of customer payment (thestar.com.my 2024-08-22) and the MYR 0.54 platform support fee; SST listed", () => {
    const r = reconcileRows([ZH_MY_INCOME, ZH_MY_ORDER]);
    expect([r.language, r.layout, r.market]).toEqual(["zh", "income", "MY"]);
    const line = r.lines![0];
    expect([line.fees.transaction!.status, s(line.fees.transaction!.expected)]).toEqual(["match", "-2.78"]);
    expect([line.fees.orderFee!.status, s(line.fees.orderFee!.expected)]).toEqual(["match", "-0.54"]);
    expect(r.notModelledColumns.map((c) => c.name)).toContain("SST");
    expect(r.identity.broken).toBe(0);
    expect(r.unexplainedFees.rows).toBe(0);
    everyFeeColumnAccounted(ZH_MY_INCOME, r, [
      "交易手续费",
      "TikTok Shop 佣金费",
      "平台支持费",
      "动态佣金",
      "电商增长服务费",
    ]);
  });

  test("MX per-SKU statement (§1.3 K): 6 % sales commission on the order value (52by.com/podcast/4996); 物流赔付 skipped", () => {
    const order = rowOf(ZH_MX_STATEMENT, {
      结算日期: "2025/06/10",
      "结算单 ID": "7480000000000000001",
      状态: "已付款",
      货币: "MXN",
      交易类型: "订单",
      "订单ID/调整单ID": "579000000000000401",
      "SKU ID": "1729000000000000001",
      数量: 1,
      订单创建时间: "2025/06/01",
      结算总金额: "470.00",
      净商品销售额: "500.00",
      总费用: "-30.00",
      推荐费: "-30.00",
      交易手续费: "0",
      调整金额: "0",
      客户付款: "480.00",
      平台折扣: "-20.00",
    });
    const compensation = rowOf(ZH_MX_STATEMENT, {
      货币: "MXN",
      交易类型: "物流赔付",
      "订单ID/调整单ID": "7000000000000000402",
      "SKU ID": "/",
      结算总金额: "35.00",
      调整金额: "35.00",
    });
    const r = reconcileRows([ZH_MX_STATEMENT, order, compensation]);
    expect([r.language, r.layout, r.market]).toEqual(["zh", "statement", "MX"]);
    expect([r.lines![0].status, s(r.lines![0].fees.commission!.expected)]).toEqual(["match", "-30"]);
    expect(r.lines![1].status).toBe("skipped");
    // The spellings without spaces the MX router's tests accept read the same.
    const tight = ZH_MX_STATEMENT.map((h) => ({ "结算单 ID": "结算单ID", "付款 ID": "付款ID" })[h] ?? h);
    expect(detectHeader([tight]).index.statementId).toBe(1);
    const spaced = ZH_MX_STATEMENT.map((h) => (h === "订单ID/调整单ID" ? "订单 ID/调整单 ID" : h));
    expect(detectHeader([spaced]).index.id).toBe(6);
  });

  test("JP statement detail (§1.3 E): 7 % of the item price incl. tax (baseu.jp/47439); the commission's breakdown is not added twice", () => {
    const row = rowOf(ZH_JP_STATEMENT, {
      "订单ID/调整单ID": "579000000000000501",
      交易类型: "订单",
      订单创建日期: "2025/08/01",
      "结算日期（付款开始日期）": "2025/08/15",
      "结算单 ID": "7480000000000000009",
      货币: "JPY",
      结算总金额: "2790",
      净商品销售额: "3000",
      享受商家折扣后小计: "3000",
      总费用: "-210",
      "TikTok Shop 佣金费": "-210",
      优惠前的佣金费: "-250",
      "优惠金额（广告支出）": "30",
      其他佣金优惠金额: "10",
      调整金额: "0",
      客户付款: "3000",
    });
    const r = reconcileRows([ZH_JP_STATEMENT, row]);
    expect([r.language, r.layout, r.market]).toEqual(["zh", "statement", "JP"]);
    expect(r.lines![0].settled).toBe("2025-08-15");
    expect([r.lines![0].status, s(r.lines![0].fees.commission!.expected)]).toEqual(["match", "-210"]);
    expect(r.unexplainedFees.rows).toBe(0);
    expect(r.notModelledColumns).toEqual([]);
  });
});

describe("US unsettled xlsx without a Currency column (settlement.md §1b, §3.6): referral fee 6 % of payment + platform discount − tax (seller-us.tiktok.com knowledge_id=5982454398175018)", () => {
  const row = usUnsettledOrder;

  test("banner rows, header on row 5; the market is the US by its fee columns (Referral fee + Sales tax on referral fees)", () => {
    const r = reconcileRows([...US_UNSETTLED_BANNER, US_UNSETTLED, row(US_UNSETTLED, "576460752303424001")]);
    expect([r.language, r.layout, r.headerRow, r.market, r.currency]).toEqual(["en", "unsettled", 5, "US", "USD"]);
    const line = r.lines![0];
    expect([line.status, s(line.fees.commission!.expected)]).toEqual(["match", "-1.5"]);
    expect(line.created).toBe("2025-03-01");
    expect(r.identity.broken).toBe(0);
    expect(r.notModelledColumns.map((c) => [c.name, s(c.total)])).toEqual([["Sales tax on referral fees", "-0.1"]]);
  });

  test("without those columns: the file name's offset narrows to US and MX and the message asks for --market; --market and a named file decide", () => {
    const bare = US_UNSETTLED.filter((h) => h !== "Sales tax on referral fees");
    const rows = [...US_UNSETTLED_BANNER, bare, row(bare, "576460752303424002")];
    expect(() => reconcileRows(rows)).toThrow(/names no currency: give the market/);
    const name = "Onhold-unsettled-orders-2025_03_01-2025_03_12(UTC-7).xlsx";
    expect(() => reconcileRows(rows, { fileName: name })).toThrow(
      /leave US, MX: name the market \(e\.g\. --market US\)/,
    );
    expect(reconcileRows(rows, { fileName: "unsettled US 2025-03.xlsx" }).market).toBe("US");
    expect(reconcileRows(rows, { market: "US", fileName: name }).matched).toBe(1);
  });
});

test("BR statement (§1.4): BRL amounts as `BRL 35,91`; Fee per item sold, ICMS DIFAL and ICMS penalty listed with their totals; Adjustment reasons read", () => {
  const order = rowOf(BR_STATEMENT, {
    Currency: "BRL",
    Type: "Order",
    "Order/adjustment ID": "579000000000000601",
    "Order created date": "2025/09/01",
    "Total settlement amount": "BRL 30,41",
    "Net sales": "BRL 35,91",
    Fees: "BRL -5,50",
    "Referral fee": "BRL -3,59",
    "Fee per item sold": "BRL -1,00",
    "ICMS DIFAL": "BRL -0,91",
    "ICMS penalty": "BRL 0,00",
    "Adjustment amount": "BRL 0,00",
    "Customer payment": "BRL 35,91",
  });
  const adjustment = rowOf(BR_STATEMENT, {
    Currency: "BRL",
    Type: "Adjustment",
    "Order/adjustment ID": "7000000000000000602",
    "Total settlement amount": "BRL 5,00",
    "Adjustment amount": "BRL 5,00",
    "Adjustment reasons": "Logistics reimbursement",
  });
  const r = reconcileRows([BR_STATEMENT, order, adjustment]);
  expect([r.layout, r.market, r.currency]).toEqual(["statement", "BR", "BRL"]);
  const listed = Object.fromEntries(r.notModelledColumns.map((c) => [c.name, s(c.total)]));
  expect(listed).toMatchObject({ "Fee per item sold": "-1", "ICMS DIFAL": "-0.91", "ICMS penalty": "0" });
  expect(r.lines![1].reason).toMatch(/^Adjustment \(Logistics reimbursement\)/);
  expect(r.unreadColumns).toEqual(
    expect.arrayContaining(["Delivery option", "Collection methods", "Chargeable package weight"]),
  );
  expect(r.unexplainedFees.rows).toBe(0);
});

describe("bad headers: a clear message, nothing read", () => {
  test("a header mixing two languages says which, with examples of each", () => {
    const mixed = VN_INCOME.map((h) =>
      h === "Tổng phí" ? "Total fees" : h === "Phí giao dịch" ? "Transaction fee" : h,
    );
    expect(() => reconcileRows([mixed, ["1"]])).toThrow(
      /header on row 1 mixes two Seller Center languages: Vietnamese \("ID đơn hàng\/điều chỉnh", .*\) and English \("Total fees", "Transaction fee"\)/,
    );
    const thaiInEnglish = MY_INCOME.map((h) => (h.trim() === "Total revenue" ? "รายได้ทั้งหมด" : h));
    expect(() => detectHeader([thaiInEnglish])).toThrow(/English .* and Thai \("รายได้ทั้งหมด"\)/);
  });

  test("a header that fits two layouts equally is refused, naming both", () => {
    const both = [
      "Order/adjustment ID",
      "Type",
      "Order created time",
      "Total settlement amount",
      "Total revenue",
      "Net sales",
    ];
    expect(() => detectHeader([both])).toThrow(/fits two layouts equally \(Income export .*; Statement order details/);
  });
});

describe("the dictionaries", () => {
  test("TikTok's transaction types in every language are orders, refunds or what is skipped", () => {
    expect(["Order", "Pesanan", "Đơn hàng", "คำสั่งซื้อ", "订单", "Order "].map(transactionKind)).toEqual(
      Array(6).fill("order"),
    );
    expect(transactionKind("Refund")).toBe("refund");
    expect(transactionKind("Bồi thường do vận chuyển-kho vận")).toBe("compensation");
    expect(transactionKind("Các khoản giảm trừ do người bán chịu")).toBe("deduction");
    expect(transactionKind("GMV thanh toán cho Quảng cáo TikTok")).toBe("adsPayment");
    expect(transactionKind("การปรับยอด")).toBe("adjustment");
    expect(transactionKind("การชดเชยจากแพลตฟอร์ม")).toBe("compensation");
    expect(transactionKind("TikTok 广告的 GMV 付款")).toBe("adsPayment");
    expect(transactionKind("物流赔付")).toBe("compensation");
    expect(transactionKind("Something else")).toBeNull();
  });

  test.each(DICTIONARIES.map((d) => [d.language, d] as const))("%s: no name means two columns", (_l, d) => {
    const seen = new Map<string, string>();
    for (const [key, names] of Object.entries(d.columns)) {
      for (const n of names ?? []) {
        const k = normalizeHeader(n);
        expect([n, seen.get(k) ?? key]).toEqual([n, key]);
        seen.set(k, key);
      }
    }
    expect(d.sheets.length).toBeGreaterThan(0);
  });
});

describe("the market without --market: currency, then the file name, then market-only fee columns", () => {
  const eur = (header: readonly string[]) =>
    rowOf(header, {
      Currency: "EUR",
      Type: "Order",
      "Order/adjustment ID": "576460752303425001",
      "Order created date": "2026/07/01",
      "Total settlement amount": "9.10",
      "Net sales": "10.00",
      Fees: "-0.90",
      "Adjustment amount": "0",
      "Customer payment": "10.00",
    });
  const header = [
    "Currency",
    "Type",
    "Order/adjustment ID",
    "Order created date",
    "Total settlement amount",
    "Net sales",
    "Fees",
    "Adjustment amount",
    "Customer payment",
  ];

  test("EUR is several markets: the message asks for --market, a market code in the file name decides", () => {
    expect(() => reconcileRows([header, eur(header)])).toThrow(
      /The file is in EUR, used by DE, FR, IT, ES, IE, AT, BE, NL: name the market \(e\.g\. --market DE\)/,
    );
    // UTC+1 is the UK's (summer) offset: it contradicts EUR and is passed over.
    expect(() => reconcileRows([header, eur(header)], { fileName: "statement(UTC+1).csv" })).toThrow(
      /The file is in EUR, used by DE, FR, IT, ES, IE, AT, BE, NL: name the market/,
    );
    expect(reconcileRows([header, eur(header)], { fileName: "statement_FR_2026-07.csv" }).market).toBe("FR");
    expect(reconcileRows([header, eur(header)], { market: "IT", fileName: "statement_FR.csv" }).market).toBe("IT");
  });

  test("a file name that contradicts the currency is passed over; an unknown currency is refused", () => {
    const usd = [header, eur(header).map((c) => (c === "EUR" ? "USD" : c))];
    expect(reconcileRows(usd, { fileName: "income_VN(UTC+7).csv" }).market).toBe("US");
    const xyz = [header, eur(header).map((c) => (c === "EUR" ? "XYZ" : c))];
    expect(() => reconcileRows(xyz)).toThrow(/currency XYZ is not one of a TikTok Shop market/);
  });
});
