/**
 * Language invariance: an export written with the headers of any Seller Center language the reader
 * knows reconciles to exactly what its English twin does — the same IDs, statuses, charged,
 * expected and differences — also with its columns shuffled and banner rows above its header.
 *
 * Each language's file is its real header (languageLayouts.ts, layouts.ts: the research's exact
 * lists); its twin is that header with each column the research pairs with a key (§5 of
 * docs/research/settlement-languages.md, written out below, not read from the reader's
 * dictionaries) renamed to the English name. Values: VND orders (transaction fee 5 % of customer
 * payment, seller-vn.tiktok.com knowledge_id=753295858337537), sometimes doctored.
 */
import fc from "fast-check";
import { type Cell, type ReconcileSummary, reconcileRows } from "../../src/core/settlement";
import { numRuns } from "../support/runs";
import {
  TH_INCOME,
  TH_UNSETTLED,
  VN_INCOME,
  VN_UNSETTLED,
  VN_UNSETTLED_PREAMBLE,
  ZH_MY_INCOME,
} from "./languageLayouts";
import { ID_INCOME_ID, MY_INCOME } from "./layouts";

type Key =
  | "id"
  | "type"
  | "created"
  | "settled"
  | "currency"
  | "settlement"
  | "revenue"
  | "subtotalAfter"
  | "refundSubtotalAfter"
  | "totalFees"
  | "transaction"
  | "commission"
  | "orderProcessingFee"
  | "platformSupportFee"
  | "dynamicCommission"
  | "growth"
  | "sst"
  | "vatWithheld"
  | "pitWithheld"
  | "adjustment"
  | "relatedOrderId"
  | "customerPayment"
  | "customerRefund"
  | "platformDiscount"
  | "platformDiscountRefund"
  | "transactionCreated"
  | "estimatedSettleTime"
  | "adjustmentReason"
  | "skuId"
  | "quantity";

const ENGLISH: Record<Key, string> = {
  id: "Order/adjustment ID",
  type: "Type",
  created: "Order created time",
  settled: "Order settled time",
  currency: "Currency",
  settlement: "Total settlement amount",
  revenue: "Total revenue",
  subtotalAfter: "Subtotal after seller discounts",
  refundSubtotalAfter: "Refund subtotal after seller discounts",
  totalFees: "Total fees",
  transaction: "Transaction fee",
  commission: "TikTok Shop commission fee",
  orderProcessingFee: "Order processing fee",
  platformSupportFee: "Platform support fee",
  dynamicCommission: "Dynamic commission",
  growth: "Commerce growth fee",
  sst: "SST",
  vatWithheld: "VAT withheld by TikTok Shop",
  pitWithheld: "PIT withheld by TikTok Shop",
  adjustment: "Ajustment amount",
  relatedOrderId: "Related order ID",
  customerPayment: "Customer payment",
  customerRefund: "Customer refund",
  platformDiscount: "Platform discounts",
  platformDiscountRefund: "Platform discounts refund",
  transactionCreated: "Creation date",
  estimatedSettleTime: "Estimated Settle time",
  adjustmentReason: "Unsettled reasons",
  skuId: "SKU ID",
  quantity: "Quantity",
};

interface Language {
  readonly code: string;
  readonly header: readonly string[];
  /** The header's columns the research pairs with a key. */
  readonly keys: Readonly<Partial<Record<Key, string>>>;
  readonly order: string;
  readonly other: string;
  readonly banner: readonly (readonly Cell[])[];
  /** English names that differ in this layout (an unsettled file's estimated settlement). */
  readonly english?: Readonly<Partial<Record<Key, string>>>;
}

/** The unsettled layout's English names where the Income file's differ (settlement.md §1b, UK CSV). */
const UNSETTLED_ENGLISH: Partial<Record<Key, string>> = {
  settlement: "Total estimated settlement amount",
  created: "Order created date",
  adjustment: "Adjustment amount",
};

const LANGUAGES: readonly Language[] = [
  {
    code: "en",
    header: MY_INCOME,
    keys: Object.fromEntries(
      MY_INCOME.map((h) => h.trim()).flatMap((h) => {
        const key = (Object.keys(ENGLISH) as Key[]).find((k) => ENGLISH[k].toLowerCase() === h.toLowerCase());
        return key ? [[key, h]] : [];
      }),
    ),
    order: "Order",
    other: "Adjustment",
    banner: [
      ["Download time", "2026/06/12"],
      ["Total Transactions", 3],
    ],
  },
  {
    code: "id",
    header: ID_INCOME_ID,
    keys: {
      id: "ID Pesanan/Penyesuaian",
      type: "Jenis transaksi",
      created: "Waktu pemesanan",
      settled: "Waktu pembayaran pesanan",
      currency: "Mata uang",
      settlement: "Jumlah penyelesaian pembayaran",
      revenue: "Total Pendapatan",
      subtotalAfter: "Subtotal setelah diskon penjual",
      refundSubtotalAfter: "Subtotal pengembalian dana setelah diskon penjual",
      totalFees: "Total Biaya",
      commission: "Biaya komisi platform",
      transaction: "Biaya Pembayaran",
      orderProcessingFee: "Biaya pemrosesan pesanan",
      adjustment: "Jumlah penyesuaian",
      relatedOrderId: "ID pesanan terkait",
      customerPayment: "Pembayaran oleh pembeli",
      customerRefund: "Pengembalian dana pembeli",
      platformDiscount: "Diskon platform",
    },
    order: "Pesanan",
    // The word of the Indonesian header "ID Pesanan/Penyesuaian"; no Indonesian adjustment type is sourced.
    other: "Penyesuaian",
    banner: [["Waktu unduh", "2026/06/12"]],
  },
  {
    code: "vi",
    header: VN_INCOME,
    keys: {
      id: "ID đơn hàng/điều chỉnh",
      type: "Loại giao dịch",
      created: "Thời gian tạo đơn hàng",
      settled: "Thời gian quyết toán đơn hàng",
      currency: "Đơn vị tiền tệ",
      settlement: "Tổng số tiền quyết toán",
      revenue: "Tổng doanh thu",
      subtotalAfter: "Tổng phụ sau giảm giá của người bán",
      refundSubtotalAfter: "Tổng phụ của khoản hoàn tiền sau giảm giá của người bán",
      totalFees: "Tổng phí",
      transaction: "Phí giao dịch",
      commission: "Phí hoa hồng của TikTok Shop",
      orderProcessingFee: "Phí xử lý đơn hàng",
      vatWithheld: "Thuế GTGT do TikTok Shop khấu trừ",
      pitWithheld: "Thuế TNCN do TikTok Shop khấu trừ",
      adjustment: "Số tiền điều chỉnh",
      relatedOrderId: "ID đơn hàng liên quan",
      customerPayment: "Khách thanh toán",
      customerRefund: "Tiền hoàn của khách",
      platformDiscount: "Giảm giá của nền tảng",
      platformDiscountRefund: "Hoàn tiền giảm giá của nền tảng",
    },
    order: "Đơn hàng",
    other: "Các khoản giảm trừ do người bán chịu",
    banner: [["Thời gian tải xuống", "2026/06/12 10:00:00"], ["Tổng số giao dịch", "3"], []],
  },
  {
    code: "th",
    header: TH_INCOME,
    keys: {
      id: "หมายเลขคำสั่งซื้อ/การปรับ",
      type: "ประเภทธุรกรรม",
      created: "เวลาที่สร้างคำสั่งซื้อ",
      settled: "เวลาที่ชำระคำสั่งซื้อ",
      currency: "สกุลเงิน",
      settlement: "ยอดการชำระเงินทั้งหมด",
      revenue: "รายได้ทั้งหมด",
      subtotalAfter: "ยอดรวมค่าสินค้าหลังหักส่วนลดจากผู้ขาย",
      refundSubtotalAfter: "ยอดรวมเงินคืนหลังหักส่วนลดจากผู้ขาย",
      totalFees: "ค่าธรรมเนียมทั้งหมด",
      transaction: "ค่าธรรมเนียมคำสั่งซื้อ",
      commission: "ค่าคอมมิชชั่น TikTok Shop",
      growth: "ค่าธรรมเนียมสนับสนุนการเติบโตของร้านค้า",
      adjustment: "จำนวนการปรับยอด",
      relatedOrderId: "หมายเลขคำสั่งซื้อที่เกี่ยวข้อง",
      customerPayment: "การชำระเงินของลูกค้า",
      customerRefund: "การคืนเงินจากลูกค้า",
      platformDiscount: "ส่วนลดจากแพลตฟอร์ม",
      platformDiscountRefund: "การคืนเงินส่วนลดจากแพลตฟอร์ม",
    },
    order: "คำสั่งซื้อ",
    other: "การปรับยอด",
    banner: [["รายละเอียดคำสั่งซื้อ"]],
  },
  {
    code: "zh",
    header: ZH_MY_INCOME,
    keys: {
      id: "订单ID/调整单ID",
      type: "交易类型",
      created: "订单创建时间",
      settled: "订单结算时间",
      currency: "货币",
      settlement: "结算总金额",
      revenue: "总收入",
      subtotalAfter: "享受商家折扣后小计",
      refundSubtotalAfter: "享受商家折扣后的退款小计",
      totalFees: "总费用",
      transaction: "交易手续费",
      commission: "TikTok Shop 佣金费",
      platformSupportFee: "平台支持费",
      dynamicCommission: "动态佣金",
      growth: "电商增长服务费",
      sst: "SST",
      adjustment: "调整金额",
      relatedOrderId: "相关订单 ID",
      customerPayment: "客户付款",
      customerRefund: "客户退款",
      platformDiscount: "平台折扣",
      platformDiscountRefund: "平台折扣退款",
    },
    order: "订单",
    other: "物流赔付",
    banner: [["结算表汇总 VND"], ["下载时间", "2026/06/12"]],
  },
  {
    code: "vi",
    header: VN_UNSETTLED,
    keys: {
      type: "Loại giao dịch",
      id: "ID đơn hàng/điều chỉnh",
      transactionCreated: "Ngày tạo giao dịch",
      currency: "Đơn vị tiền tệ",
      settlement: "Số tiền quyết toán ước tính",
      estimatedSettleTime: "Thời gian quyết toán dự kiến",
      adjustmentReason: "Lý do chưa quyết toán",
      relatedOrderId: "ID đơn hàng liên quan",
      created: "Ngày tạo đơn hàng",
      skuId: "ID SKU",
      quantity: "Số lượng",
      revenue: "Tổng doanh thu",
      subtotalAfter: "Tổng phụ sau giảm giá của người bán",
      refundSubtotalAfter: "Tổng phụ của khoản hoàn tiền sau giảm giá của người bán",
      totalFees: "Tổng phí",
      transaction: "Phí giao dịch ước tính",
      commission: "Phí hoa hồng của TikTok Shop",
      orderProcessingFee: "Phí xử lý đơn hàng",
      vatWithheld: "Thuế GTGT do TikTok Shop khấu trừ",
      pitWithheld: "Thuế TNCN do TikTok Shop khấu trừ",
      adjustment: "Số tiền điều chỉnh",
      customerPayment: "Khách thanh toán",
      customerRefund: "Tiền hoàn của khách",
      platformDiscount: "Giảm giá của nền tảng",
      platformDiscountRefund: "Hoàn tiền giảm giá của nền tảng",
    },
    english: UNSETTLED_ENGLISH,
    order: "Đơn hàng",
    other: "Bồi thường do vận chuyển-kho vận",
    banner: VN_UNSETTLED_PREAMBLE,
  },
  {
    code: "th",
    header: TH_UNSETTLED,
    keys: {
      id: "หมายเลขคำสั่งซื้อ/การปรับ",
      type: "ประเภทธุรกรรม",
      created: "เวลาที่สร้างคำสั่งซื้อ",
      estimatedSettleTime: "เวลาการชำระเงินโดยประมาณ",
      currency: "สกุลเงิน",
      settlement: "จำนวนเงินที่ชำระโดยประมาณ",
      revenue: "รายได้ทั้งหมด",
      subtotalAfter: "ยอดรวมค่าสินค้าหลังหักส่วนลดจากผู้ขาย",
      refundSubtotalAfter: "ยอดรวมเงินคืนหลังหักส่วนลดจากผู้ขาย",
      totalFees: "ค่าธรรมเนียมทั้งหมด",
      transaction: "ค่าธรรมเนียมคำสั่งซื้อ",
      commission: "ค่าคอมมิชชั่น TikTok Shop",
      growth: "ค่าธรรมเนียมสนับสนุนการเติบโตของร้านค้า",
      adjustment: "จำนวนการปรับยอด",
      relatedOrderId: "หมายเลขคำสั่งซื้อที่เกี่ยวข้อง",
      customerPayment: "การชำระเงินของลูกค้า",
      customerRefund: "การคืนเงินจากลูกค้า",
      platformDiscount: "ส่วนลดจากแพลตฟอร์ม",
      platformDiscountRefund: "การคืนเงินส่วนลดจากแพลตฟอร์ม",
    },
    english: UNSETTLED_ENGLISH,
    order: "คำสั่งซื้อ",
    other: "การปรับยอด",
    banner: [["จำนวนเงินที่ชำระโดยประมาณ"]],
  },
];

/** The English twin of a language's header: each paired column renamed to its English name. */
function englishTwin(l: Language): string[] {
  const byName = new Map(Object.entries(l.keys).map(([k, name]) => [name, k as Key]));
  return l.header.map((h) => {
    const key = byName.get(h.trim());
    return key ? (l.english?.[key] ?? ENGLISH[key]) : h;
  });
}

interface GenRow {
  id: string;
  order: boolean;
  date: string;
  subtotal: number;
  discount: number;
  rate: number;
  doctor: number;
}

const row = fc.record({
  id: fc.bigInt({ min: 10n ** 17n, max: 10n ** 18n - 1n }).map(String),
  order: fc.boolean(),
  date: fc
    .integer({ min: 0, max: 440 })
    .map((d) => new Date(Date.UTC(2024, 7, 1) + d * 86_400_000).toISOString().slice(0, 10).replace(/-/g, "/")),
  subtotal: fc.integer({ min: 1_000, max: 5_000_000 }),
  discount: fc.integer({ min: 0, max: 10 }),
  rate: fc.constantFrom(0.02, 0.04, 0.05, 0.06, 0.08),
  doctor: fc.constantFrom(0, 0, 0, 1, -500),
});

/** The cells of a generated row, by key (VND: whole amounts). */
function valuesOf(g: GenRow, l: Language): Partial<Record<Key, Cell>> {
  if (!g.order) {
    const amount = String(Math.round(g.subtotal / 100));
    return { id: g.id, type: l.other, currency: "VND", settlement: amount, adjustment: amount };
  }
  const discount = Math.round((g.subtotal * g.discount) / 100);
  const payment = g.subtotal - discount;
  const transaction = -Math.round(payment * 0.05) + g.doctor;
  const commission = -Math.round(g.subtotal * g.rate);
  const fees = transaction + commission;
  return {
    id: g.id,
    type: l.order,
    created: g.date,
    currency: "VND",
    settlement: String(g.subtotal + fees),
    revenue: String(g.subtotal),
    subtotalAfter: String(g.subtotal),
    totalFees: String(fees),
    transaction: String(transaction),
    commission: String(commission),
    adjustment: "0",
    customerPayment: String(payment),
    platformDiscount: String(-discount),
  };
}

function rowsOf(header: readonly string[], names: Partial<Record<Key, string>>, values: Partial<Record<Key, Cell>>) {
  const at = new Map<string, Cell>();
  for (const [k, v] of Object.entries(values)) if (names[k as Key] !== undefined) at.set(names[k as Key]!, v);
  const used = new Set<string>();
  return header.map((h) => {
    const t = h.trim();
    if (used.has(t) || !at.has(t)) return "";
    used.add(t);
    return at.get(t)!;
  });
}

/** What must not depend on the language: IDs, statuses, charged, expected, differences, counts. */
function view(r: ReconcileSummary, withBlock: boolean) {
  const j = JSON.parse(JSON.stringify(r)) as Record<string, unknown> & ReconcileSummary;
  return {
    market: j.market,
    currency: j.currency,
    layout: j.layout,
    counts: [j.rows, j.orders, j.checked, j.matched, j.mismatched, j.notModelled, j.skipped],
    fees: j.fees,
    identity: j.identity,
    ...(withBlock ? { unexplained: j.unexplainedFees } : {}),
    lines: j.lines!.map((l) => ({
      id: l.id,
      status: l.status,
      rows: l.rows,
      created: l.created,
      identityDifference: l.identityDifference,
      category: l.category,
      fees: Object.fromEntries(
        Object.entries(l.fees).map(([fee, f]) => [
          fee,
          { status: f!.status, actual: f!.actual, expected: f!.expected, difference: f!.difference, rate: f!.rate },
        ]),
      ),
    })),
  };
}

const orders = fc.uniqueArray(row, { minLength: 1, maxLength: 12, selector: (g) => g.id });

test.each(LANGUAGES.map((l) => [`${l.code} ${l.english ? "unsettled" : "Income"}`, l] as const))(
  "%s: any export reconciles as its English twin does, also shuffled and below banner rows",
  (_code, l) => {
    const twin = englishTwin(l);
    const twinNames = { ...ENGLISH, ...l.english };
    fc.assert(
      fc.property(
        orders,
        fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })),
        fc.integer({ min: 0, max: l.banner.length }),
        (gen, random, bannerRows) => {
          const english = reconcileRows([twin, ...gen.map((g) => rowsOf(twin, twinNames, valuesOf(g, LANGUAGES[0])))]);
          const plain = reconcileRows([l.header, ...gen.map((g) => rowsOf(l.header, l.keys, valuesOf(g, l)))]);
          expect([plain.language, plain.layout]).toEqual([l.code, l.english ? "unsettled" : "income"]);
          expect(view(plain, true)).toEqual(view(english, true));
          // Shuffled columns (one permutation for the header and every row) below banner rows.
          const order = l.header.map((_, i) => i);
          const it = random[Symbol.iterator]();
          for (let i = order.length - 1; i > 0; i--) {
            const k = Math.floor((it.next().value as number) * (i + 1)) % (i + 1);
            [order[i], order[k]] = [order[k], order[i]];
          }
          const shuffle = (cells: readonly Cell[]) => order.map((i) => cells[i]);
          const shuffled = reconcileRows([
            ...l.banner.slice(0, bannerRows),
            shuffle(l.header),
            ...gen.map((g) => shuffle(rowsOf(l.header, l.keys, valuesOf(g, l)))),
          ]);
          expect(shuffled.headerRow).toBe(bannerRows + 1);
          expect(view(shuffled, false)).toEqual(view(english, false));
        },
      ),
      { numRuns: numRuns(100) },
    );
  },
);
