/**
 * Whole files (header and rows) in the languages of issue #21, for the host and preview tests: the
 * same orders as languages.test.ts, each with one known answer (every modelled fee matches).
 */
import type { Cell } from "../../src/core/settlement";
import {
  TH_INCOME,
  US_UNSETTLED,
  US_UNSETTLED_BANNER,
  VN_INCOME,
  VN_UNSETTLED,
  VN_UNSETTLED_PREAMBLE,
  ZH_MY_INCOME,
} from "./languageLayouts";
import { rowOf } from "./layouts";

export interface LanguageFile {
  readonly name: string;
  readonly rows: Cell[][];
  readonly expected: {
    readonly layout: string;
    readonly language: string;
    readonly market: string;
    readonly currency: string;
    readonly headerRow: number;
    readonly matched: number;
    readonly mismatched: number;
  };
}

// The rows, each built once: these files and the worked examples in languages.test.ts use them.

/** TH: 1,000 of goods, a 50 platform discount: transaction 3.21 % × 1,000 = 32.10, growth 64.20; shipping subtotal −20 over its parts; infrastructure fee 1.07. */
export const thIncomeValues = (settlementName: string, revenueName: string): Record<string, Cell> => ({
  "หมายเลขคำสั่งซื้อ/การปรับ": "581000000000000101",
  ประเภทธุรกรรม: "คำสั่งซื้อ",
  เวลาที่สร้างคำสั่งซื้อ: "2026/11/25",
  สกุลเงิน: "THB",
  [settlementName]: "882.63",
  [revenueName]: "1000.00",
  ยอดรวมค่าสินค้าหลังหักส่วนลดจากผู้ขาย: "1000.00",
  ยอดรวมค่าสินค้าก่อนหักส่วนลด: "1000.00",
  ค่าธรรมเนียมทั้งหมด: "-117.37",
  ค่าธรรมเนียมคำสั่งซื้อ: "-32.10",
  ค่าธรรมเนียมสนับสนุนการเติบโตของร้านค้า: "-64.20",
  ยอดรวมค่าจัดส่งที่ร้านค้าจ่ายจริง: "-20.00",
  ค่าธรรมเนียมการจัดส่งจริง: "-40.00",
  ส่วนลดค่าธรรมเนียมการจัดส่งจากแพลตฟอร์ม: "20.00",
  ค่าธรรมเนียมโครงสร้างพื้นฐาน: "-1.07",
  จำนวนการปรับยอด: "0",
  การชำระเงินของลูกค้า: "950.00",
  ส่วนลดจากแพลตฟอร์ม: "-50.00",
});

/** TH: a platform compensation, skipped (no fee to check). */
export const TH_COMPENSATION = rowOf(TH_INCOME, {
  "หมายเลขคำสั่งซื้อ/การปรับ": "581000000000000199",
  ประเภทธุรกรรม: "การชดเชยจากแพลตฟอร์ม",
  สกุลเงิน: "THB",
  ยอดการชำระเงินทั้งหมด: "25.00",
  จำนวนการปรับยอด: "25.00",
});

/** VN: 200,000 of goods less 20,000 seller discount; a 10,000 platform voucher; VAT 1 % and PIT 0.5 % of revenue withheld (§1.1 H). */
export const vnIncomeOrder = (id: string, changes: Record<string, Cell> = {}) =>
  rowOf(VN_INCOME, {
    "ID đơn hàng/điều chỉnh": id,
    "Loại giao dịch": "Đơn hàng",
    "Thời gian tạo đơn hàng": "2026/03/10",
    "Thời gian quyết toán đơn hàng": "2026/03/20",
    "Đơn vị tiền tệ": "VND",
    "Tổng số tiền quyết toán": "142400",
    "Tổng doanh thu": "180000",
    "Tổng phụ sau giảm giá của người bán": "180000",
    "Tổng phụ trước giảm giá": "200000",
    "Giảm giá của người bán": "-20000",
    "Tổng phí": "-37600",
    "Phí giao dịch": "-8500",
    "Phí hoa hồng của TikTok Shop": "-23400",
    "Phí xử lý đơn hàng": "-3000",
    "Thuế GTGT do TikTok Shop khấu trừ": "-1800",
    "Thuế TNCN do TikTok Shop khấu trừ": "-900",
    "Số tiền điều chỉnh": "0",
    "Khách thanh toán": "170000",
    "Giảm giá của nền tảng": "-10000",
    ...changes,
  });

/** VN: a logistics compensation for order …001, skipped. */
export const VN_COMPENSATION = rowOf(VN_INCOME, {
  "ID đơn hàng/điều chỉnh": "580000000000000099",
  "Loại giao dịch": "Bồi thường do vận chuyển-kho vận",
  "Đơn vị tiền tệ": "VND",
  "Tổng số tiền quyết toán": "15000",
  "Số tiền điều chỉnh": "15000",
  "ID đơn hàng liên quan": "580000000000000001",
});

/** MY in the Chinese UI: transaction fee 3.78 % of customer payment and the MYR 0.54 platform support fee. */
export const ZH_MY_ORDER = rowOf(ZH_MY_INCOME, {
  "订单ID/调整单ID": "578000000000000301",
  交易类型: "订单",
  订单创建时间: "2026/03/02",
  订单结算时间: "2026/03/12",
  货币: "MYR",
  结算总金额: "86.68",
  总收入: "90.00",
  享受商家折扣后小计: "90.00",
  享受折扣前小计: "100.00",
  商家折扣: "-10.00",
  总费用: "-3.32",
  交易手续费: "-2.78",
  "TikTok Shop 佣金费": "0",
  平台支持费: "-0.54",
  SST: "0",
  调整金额: "0",
  客户付款: "73.50",
  平台折扣: "-16.50",
});

const vnSku = (values: Record<string, Cell>) =>
  rowOf(VN_UNSETTLED, {
    "Loại giao dịch": "Đơn hàng",
    "ID đơn hàng/điều chỉnh": "580000000000000010",
    "Ngày tạo giao dịch": "2026/06/10",
    "Đơn vị tiền tệ": "VND",
    "Thời gian quyết toán dự kiến": "Delivered + 7 days",
    "Ngày tạo đơn hàng": "2026/06/10",
    "Số lượng": 1,
    ...values,
  });

/** VN unsettled: one order's two SKU rows; summed, transaction 8,500, commission 23,400, order fee 3,000. */
export const VN_UNSETTLED_SKUS: readonly Cell[][] = [
  vnSku({
    "ID SKU": "1729000000000000001",
    "Số tiền quyết toán ước tính": "79250",
    "Tổng doanh thu": "100000",
    "Tổng phụ sau giảm giá của người bán": "100000",
    "Tổng phí": "-20750",
    "Phí giao dịch ước tính": "-4750",
    "Phí hoa hồng của TikTok Shop": "-13000",
    "Phí xử lý đơn hàng": "-1500",
    "Thuế GTGT do TikTok Shop khấu trừ": "-1000",
    "Thuế TNCN do TikTok Shop khấu trừ": "-500",
    "Khách thanh toán": "95000",
    "Giảm giá của nền tảng": "-5000",
  }),
  vnSku({
    "ID SKU": "1729000000000000002",
    "Số tiền quyết toán ước tính": "63150",
    "Tổng doanh thu": "80000",
    "Tổng phụ sau giảm giá của người bán": "80000",
    "Tổng phí": "-16850",
    "Phí giao dịch ước tính": "-3750",
    "Phí hoa hồng của TikTok Shop": "-10400",
    "Phí xử lý đơn hàng": "-1500",
    "Thuế GTGT do TikTok Shop khấu trừ": "-800",
    "Thuế TNCN do TikTok Shop khấu trừ": "-400",
    "Khách thanh toán": "75000",
    "Giảm giá của nền tảng": "-5000",
  }),
];

/** US unsettled: net sales 25.00, sales tax 2.00 → customer payment 27.00, referral 6 % × 25.00 = 1.50, its sales tax 0.10. */
export const usUnsettledOrder = (header: readonly string[], id: string) =>
  rowOf(header, {
    Type: "Order",
    "Order/adjustment ID": id,
    "Creation date": "2025/03/01",
    "Total estimated settlement amount": "23.40",
    "Estimated Settle time": "Delivered + 1 days",
    "SKU ID": "1729000000000000001",
    Quantity: 1,
    "Net sales": "25.00",
    "Gross sales": "25.00",
    Shipping: "0",
    "TikTok Shop shipping fee": "-4.00",
    "Customer-paid shipping fee": "4.00",
    Fees: "-1.60",
    "Referral fee": "-1.50",
    "Sales tax on referral fees": "-0.10",
    "Customer payment": "27.00",
    "Sales tax payment": "2.00",
    "Platform discounts": "0",
    "Adjustment amount": "0",
  });

/** TH Income, current names: transaction 3.21 % and growth 6.42 % match; an adjustment skipped. */
export const TH_INCOME_FILE: LanguageFile = {
  name: "income_th",
  rows: [TH_INCOME.slice(), rowOf(TH_INCOME, thIncomeValues("ยอดการชำระเงินทั้งหมด", "รายได้ทั้งหมด")), TH_COMPENSATION],
  expected: {
    layout: "income",
    language: "th",
    market: "TH",
    currency: "THB",
    headerRow: 1,
    matched: 1,
    mismatched: 0,
  },
};

/** VN Income: transaction 5 %, commission and the VND 3,000 order fee match; a compensation skipped. */
export const VN_INCOME_FILE: LanguageFile = {
  name: "income_vn",
  rows: [VN_INCOME.slice(), vnIncomeOrder("580000000000000001"), VN_COMPENSATION],
  expected: {
    layout: "income",
    language: "vi",
    market: "VN",
    currency: "VND",
    headerRow: 1,
    matched: 1,
    mismatched: 0,
  },
};

/** MY Income in the Chinese UI: transaction fee 3.78 % and the MYR 0.54 platform support fee match. */
export const ZH_MY_INCOME_FILE: LanguageFile = {
  name: "订单详情",
  rows: [ZH_MY_INCOME.slice(), ZH_MY_ORDER],
  expected: {
    layout: "income",
    language: "zh",
    market: "MY",
    currency: "MYR",
    headerRow: 1,
    matched: 1,
    mismatched: 0,
  },
};

/** VN unsettled: the header on row 5 below the preamble; one order of two SKU rows, summed, matches. */
export const VN_UNSETTLED_FILE: LanguageFile = {
  name: "unsettled_vn",
  rows: [...VN_UNSETTLED_PREAMBLE.map((r) => r.slice()), VN_UNSETTLED.slice(), ...VN_UNSETTLED_SKUS],
  expected: {
    layout: "unsettled",
    language: "vi",
    market: "VN",
    currency: "VND",
    headerRow: 5,
    matched: 1,
    mismatched: 0,
  },
};

/** US unsettled without a Currency column, banner rows, header on row 5: the market by its fee columns. */
export const US_UNSETTLED_FILE: LanguageFile = {
  name: "Onhold-unsettled-orders",
  rows: [
    ...US_UNSETTLED_BANNER.map((r) => r.slice()),
    US_UNSETTLED.slice(),
    usUnsettledOrder(US_UNSETTLED, "576460752303424001"),
  ],
  expected: {
    layout: "unsettled",
    language: "en",
    market: "US",
    currency: "USD",
    headerRow: 5,
    matched: 1,
    mismatched: 0,
  },
};

export const LANGUAGE_FILES: readonly LanguageFile[] = [
  TH_INCOME_FILE,
  VN_INCOME_FILE,
  ZH_MY_INCOME_FILE,
  VN_UNSETTLED_FILE,
  US_UNSETTLED_FILE,
];
