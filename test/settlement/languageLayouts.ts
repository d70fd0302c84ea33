/**
 * Settlement exports in the languages of Seller Center's UI, with the exact header lists of
 * docs/research/settlement-languages.md (taken from public code that reads real files and refuses
 * any other header), generated from its code blocks and kept as written there.
 */
import { US_STATEMENT } from "./layouts";

/**
 * VN settled Income export, sheet `Chi tiết đơn hàng`, 65 columns in file order
 * (settlement-languages.md §1.1 G, file id 54633503475).
 */
export const VN_INCOME = [
  "ID đơn hàng/điều chỉnh",
  "Loại giao dịch",
  "Thời gian tạo đơn hàng",
  "Thời gian quyết toán đơn hàng",
  "Đơn vị tiền tệ",
  "Tổng số tiền quyết toán",
  "Tổng doanh thu",
  "Tổng phụ sau giảm giá của người bán",
  "Tổng phụ trước giảm giá",
  "Giảm giá của người bán",
  "Tổng phụ của khoản hoàn tiền sau giảm giá của người bán",
  "Tổng phụ hoàn tiền trước giảm giá của người bán",
  "Khoản hoàn tiền giảm giá của người bán",
  "Tổng phí",
  "Phí giao dịch",
  "Phí hoa hồng của TikTok Shop",
  "Phí vận chuyển của người bán",
  "Phí vận chuyển thực tế",
  "Chiết khấu phí vận chuyển của nền tảng",
  "Chi phí vận chuyển của khách hàng",
  "Phí vận chuyển trả hàng thực tế",
  "Phí vận chuyển của khách hàng được hoàn lại",
  "Hoàn phí SFR",
  "Trợ cấp giao hàng không thành công",
  "Trợ giá vận chuyển",
  "Hoa hồng liên kết",
  "Hoa hồng liên kết trước thuế TNCN (thuế thu nhập cá nhân)",
  "Thuế TNCN đã khấu trừ",
  "Hoa hồng liên kết Quảng cáo cửa hàng",
  "Hoa hồng của Quảng cáo cửa hàng liên kết trước thuế TNCN",
  "Thuế thu nhập cá nhân đã được khấu trừ vào khoản hoa hồng của Quảng cáo cửa hàng liên kết",
  "Hoa hồng của đối tác liên kết",
  "Tiền cọc hoa hồng liên kết",
  "Hoàn hoa hồng liên kết",
  "Hoa hồng quảng cáo cửa hàng của Đối tác liên kết",
  "Phí dịch vụ SFP",
  "Phí dịch vụ hoàn tiền thưởng",
  "Phí dịch vụ Ưu đãi đặc biệt trên LIVE",
  "Phí dịch vụ Voucher Xtra",
  "Phí xử lý đơn hàng",
  "Phí dịch vụ Chương trình EAMS",
  "Phí dịch vụ Flash Sale",
  "Thuế GTGT do TikTok Shop khấu trừ",
  "Thuế TNCN do TikTok Shop khấu trừ",
  "Phí chương trình TikTok PayLater",
  "Phí nguồn lực chiến dịch",
  "Phí dịch vụ SFR",
  "Voucher GMV Max",
  "Thuế bán hàng của voucher GMV Max",
  "Gói dịch vụ được quản lý (thuế bán hàng)",
  "Gói dịch vụ được quản lý (phí mỗi đơn hàng)",
  "Phí quảng cáo GMV Max",
  "Số tiền điều chỉnh",
  "ID đơn hàng liên quan",
  "Khách thanh toán",
  "Tiền hoàn của khách",
  "Giảm giá voucher đồng chi trả của người bán",
  "Hoàn tiền giảm giá voucher đồng chi trả của người bán",
  "Giảm giá của nền tảng",
  "Hoàn tiền giảm giá của nền tảng",
  "Giảm giá voucher đồng chi trả của nền tảng",
  "Hoàn tiền giảm giá voucher đồng chi trả của nền tảng",
  "Giảm phí vận chuyển của người bán",
  "Trọng lượng kiện hàng ước tính",
  "Trọng lượng kiện hàng được tính phí",
];

/**
 * VN unsettled export, sheet `Đơn hàng chưa quyết toán và kho`, 76 columns in file order (header on
 * row 5 below a 4-row preamble; rows per SKU; `ID đơn hàng liên quan` twice): §1.1 H, file id
 * 68404900264.
 */
export const VN_UNSETTLED = [
  "Loại giao dịch",
  "ID đơn hàng/điều chỉnh",
  "Ngày tạo giao dịch",
  "Đơn vị tiền tệ",
  "Số tiền quyết toán ước tính",
  "Thời gian quyết toán dự kiến",
  "Lý do chưa quyết toán",
  "ID đơn hàng liên quan",
  "Ngày tạo đơn hàng",
  "Ngày vận chuyển đơn hàng",
  "Ngày giao đơn hàng",
  "ID SKU",
  "Số lượng",
  "Tên sản phẩm",
  "Tên SKU",
  "Tổng doanh thu",
  "Tổng phụ sau giảm giá của người bán",
  "Tổng phụ trước giảm giá",
  "Giảm giá của người bán",
  "Tổng phụ của khoản hoàn tiền sau giảm giá của người bán",
  "Tổng phụ hoàn tiền trước giảm giá của người bán",
  "Khoản hoàn tiền giảm giá của người bán",
  "Tổng phí",
  "Phí giao dịch ước tính",
  "Phí hoa hồng của TikTok Shop",
  "Phí vận chuyển ước tính của người bán",
  "Phí vận chuyển thực tế",
  "Chiết khấu phí vận chuyển của nền tảng",
  "Chi phí vận chuyển của khách hàng",
  "Phí vận chuyển trả hàng thực tế",
  "Phí vận chuyển của khách hàng được hoàn lại",
  "Hoàn phí SFR",
  "Trợ cấp giao hàng không thành công",
  "Trợ giá vận chuyển",
  "Hoa hồng liên kết ước tính",
  "Hoa hồng liên kết trước thuế TNCN (thuế thu nhập cá nhân)",
  "Thuế TNCN đã khấu trừ",
  "Hoa hồng liên kết Quảng cáo cửa hàng",
  "Hoa hồng của Quảng cáo cửa hàng liên kết trước thuế TNCN",
  "Thuế thu nhập cá nhân đã được khấu trừ vào khoản hoa hồng của Quảng cáo cửa hàng liên kết",
  "Hoa hồng của đối tác liên kết",
  "Tiền cọc hoa hồng liên kết",
  "Hoàn hoa hồng liên kết",
  "Hoa hồng quảng cáo cửa hàng của Đối tác liên kết",
  "Phí dịch vụ SFP",
  "Phí dịch vụ hoàn tiền thưởng",
  "Phí dịch vụ Ưu đãi đặc biệt trên LIVE",
  "Phí dịch vụ Voucher Xtra",
  "Phí xử lý đơn hàng",
  "Phí dịch vụ Chương trình EAMS",
  "Phí dịch vụ Flash Sale",
  "Thuế GTGT do TikTok Shop khấu trừ",
  "Thuế TNCN do TikTok Shop khấu trừ",
  "Phí chương trình TikTok PayLater",
  "Phí nguồn lực chiến dịch",
  "Phí dịch vụ SFR",
  "Voucher GMV Max",
  "Thuế bán hàng của voucher GMV Max",
  "Gói dịch vụ được quản lý (thuế bán hàng)",
  "Gói dịch vụ được quản lý (phí mỗi đơn hàng)",
  "Phí quảng cáo GMV Max",
  "Số tiền điều chỉnh",
  "ID đơn hàng liên quan",
  "Khách thanh toán",
  "Tiền hoàn của khách",
  "Giảm giá voucher đồng chi trả của người bán",
  "Hoàn tiền giảm giá voucher đồng chi trả của người bán",
  "Giảm giá của nền tảng",
  "Hoàn tiền giảm giá của nền tảng",
  "Giảm giá voucher đồng chi trả của nền tảng",
  "Hoàn tiền giảm giá voucher đồng chi trả của nền tảng",
  "Phí vận chuyển khách hàng thanh toán trước giảm giá",
  "Giảm phí vận chuyển của người bán",
  "TikTok Shop giảm phí vận chuyển cho khách hàng",
  "Trọng lượng kiện hàng ước tính",
  "Trọng lượng kiện hàng được tính phí",
];

/** The preamble above the VN unsettled header (rows 1–4; §1.1 H). */
export const VN_UNSETTLED_PREAMBLE = [
  ["Đơn hàng chưa quyết toán và kho"],
  ["Thời gian tải xuống", "2026/06/12 10:00:00"],
  ["Tổng số giao dịch", "2"],
  [],
];

/**
 * TH Income export, sheet `รายละเอียดคำสั่งซื้อ`, current header names (§1.2 I): the 14 identity and
 * total columns, the fee block (ค่าธรรมเนียมคำสั่งซื้อ and ค่าคอมมิชชั่น TikTok Shop at positions 14–15
 * as the withheld real file has them, the shipping subtotal then its nine parts, the affiliate
 * subtotals each followed by its PIT pair, then the other leaf fees in the parser's order), then the
 * adjustment, related-order and buyer-side columns: the 67 distinct names of the Thai ERP's lists.
 */
export const TH_INCOME = [
  "หมายเลขคำสั่งซื้อ/การปรับ",
  "ประเภทธุรกรรม",
  "เวลาที่สร้างคำสั่งซื้อ",
  "เวลาที่ชำระคำสั่งซื้อ",
  "สกุลเงิน",
  "ยอดการชำระเงินทั้งหมด",
  "รายได้ทั้งหมด",
  "ยอดรวมค่าสินค้าหลังหักส่วนลดจากผู้ขาย",
  "ยอดรวมค่าสินค้าก่อนหักส่วนลด",
  "ส่วนลดจากร้านค้า",
  "ยอดรวมเงินคืนหลังหักส่วนลดจากผู้ขาย",
  "ยอดรวมเงินคืนก่อนหักส่วนลดจากร้านค้า",
  "เงินคืนจากส่วนลดร้านค้า",
  "ค่าธรรมเนียมทั้งหมด",
  "ค่าธรรมเนียมคำสั่งซื้อ",
  "ค่าคอมมิชชั่น TikTok Shop",
  "การผ่อนชำระด้วยบัตรเครดิต - มีอัตราดอกเบี้ย",
  "ยอดรวมค่าจัดส่งที่ร้านค้าจ่ายจริง",
  "ค่าธรรมเนียมการจัดส่งจริง",
  "ส่วนลดค่าธรรมเนียมการจัดส่งจากแพลตฟอร์ม",
  "ค่าธรรมเนียมการจัดส่งของลูกค้า",
  "ค่าธรรมเนียมการจัดส่งสินค้าคืนตามจริง",
  "เงินคืนสำหรับค่าจัดส่ง",
  "เงินสนับสนุนการจัดส่ง",
  "ค่าจัดส่งสินค้าที่แลกเปลี่ยน (ลูกค้าเป็นผู้จ่าย)",
  "ค่าจัดส่งสินค้าทดแทน (ลูกค้าเป็นผู้จ่าย)",
  "Guarantee program reimbursement",
  "ค่าคอมมิชชั่นแอฟฟิลิเอต",
  "ค่าคอมมิชชั่นไม่ใช่แอฟฟิลิเอตก่อนหักภาษีเงินได้บุคคลธรรมดา",
  "ภาษีเงินได้บุคคลธรรมดาที่หักไว้จากคอมมิชชั่นของแอฟฟิลิเอต",
  "ค่าคอมมิชชั่นของพาร์ทเนอร์แอฟฟิลิเอต",
  "ค่าคอมมิชชั่นแอฟฟิลิเอตสำหรับโฆษณาร้านค้า",
  "ค่าคอมมิชชั่นโฆษณาร้านค้าแอฟฟิลิเอตก่อน PIT",
  "ภาษีเงินได้บุคคลธรรมดาหัก ณ ที่จ่ายจากค่าคอมมิชชั่นโฆษณาร้านค้าแอฟฟิลิเอต",
  "ค่าธรรมเนียมสนับสนุนการเติบโตของร้านค้า",
  "เงินมัดจำค่าคอมมิชชั่นของแอฟฟิลิเอต",
  "การคืนเงินค่าคอมมิชชั่นแอฟฟิลิเอต",
  "ค่าคอมมิชชั่นโฆษณาร้านค้าพาร์ทเนอร์แอฟฟิลิเอต",
  "ค่าธรรมเนียมการบริการ SFP",
  "ค่าธรรมเนียมบริการคืนเงินโบนัส",
  "ค่าบริการของคูปองไลฟ์คุ้ม",
  "ค่าบริการคูปอง Xtra",
  "ค่าบริการโปรแกรม EAMS",
  "ค่าบริการแบรนด์ดัง ลดแรง/แฟลชเซล",
  "ค่าธรรมเนียมโปรแกรม TikTok PayLater",
  "ค่าธรรมเนียมโครงสร้างพื้นฐาน",
  "ค่าทรัพยากรแคมเปญ",
  "ค่าธรรมเนียมพรีออเดอร์",
  "คูปอง GMV Max",
  "ภาษีการขายสำหรับคูปอง GMV Max",
  "ค่าโฆษณา GMV Max",
  "Guarantee program fee",
  "จำนวนการปรับยอด",
  "หมายเลขคำสั่งซื้อที่เกี่ยวข้อง",
  "การชำระเงินของลูกค้า",
  "การคืนเงินจากลูกค้า",
  "คูปองส่วนลดร่วมของผู้ขาย",
  "การคืนเงินคูปองส่วนลดร่วมของผู้ขาย",
  "ส่วนลดจากแพลตฟอร์ม",
  "การคืนเงินส่วนลดจากแพลตฟอร์ม",
  "คูปองส่วนลดร่วมของแพลตฟอร์ม",
  "การคืนเงินคูปองส่วนลดร่วมของแพลตฟอร์ม",
  "ส่วนลดค่าจัดส่งจากร้านค้า",
  "น้ำหนักพัสดุโดยประมาณ",
  "น้ำหนักที่เรียกเก็บเงิน",
  "รายละเอียดสินค้าที่ขายได้",
  "ธนาคารของลูกค้าสำหรับการชำระเงิน",
];

/** The same file with the older names of its two totals (§1.2 "Two generations of Thai headers"). */
export const TH_INCOME_OLD = TH_INCOME.map((h) =>
  h === "ยอดการชำระเงินทั้งหมด" ? "จำนวนเงินที่ชำระทั้งหมด" : h === "รายได้ทั้งหมด" ? "รายได้รวม" : h,
);

/**
 * TH unsettled (pending) export: the Income columns with its estimated settlement amount and time
 * (`จำนวนเงินที่ชำระโดยประมาณ`, `เวลาการชำระเงินโดยประมาณ`, file id 68345254660) where the settled
 * file has its settlement amount and time. Only those two names are sourced; the other columns are
 * assumed to be the Income file's.
 */
export const TH_UNSETTLED = TH_INCOME.map((h) =>
  h === "ยอดการชำระเงินทั้งหมด" ? "จำนวนเงินที่ชำระโดยประมาณ" : h === "เวลาที่ชำระคำสั่งซื้อ" ? "เวลาการชำระเงินโดยประมาณ" : h,
);

/**
 * MY Income export with the Chinese UI, sheet `订单详情`: the union of the columns its sources show,
 * in their order (§1.3 J, file ids 56394092729, 69382686853, 69437729553…).
 */
export const ZH_MY_INCOME = [
  "订单ID/调整单ID",
  "交易类型",
  "订单创建时间",
  "订单结算时间",
  "货币",
  "结算总金额",
  "总收入",
  "享受商家折扣后小计",
  "享受折扣前小计",
  "商家折扣",
  "享受商家折扣后的退款小计",
  "享受商家折扣前的退款小计",
  "商家折扣退款",
  "总费用",
  "交易手续费",
  "TikTok Shop 佣金费",
  "信用卡分期付款 - 利率成本",
  "信用卡分期付款 - 手续费",
  "商家运费",
  "实际运费",
  "平台包邮运费",
  "买家支付运费",
  "实际退货运费",
  "客户运费退款",
  "运费补贴",
  "联盟佣金",
  "联盟服务商佣金",
  "联盟店铺广告佣金",
  "联盟佣金保证金",
  "联盟佣金退款",
  "联盟服务商店铺广告佣金",
  "SFP 服务费",
  "动态佣金",
  "进口关税和增值税",
  "奖金返现服务费",
  "直播特别活动服务费",
  "SST",
  "超级优惠券服务费",
  "EAMS 计划服务费",
  "品牌疯狂优惠/秒杀服务费",
  "TikTok PayLater 计划费用",
  "活动资源费",
  "平台支持费",
  "基础设施费",
  "电商增长服务费",
  "托管服务计划（销售税）",
  "托管服务计划（每单费用）",
  "GMV Max 优惠券",
  "GMV Max 优惠券销售税",
  "GMV Max 广告费",
  "调整金额",
  "相关订单 ID",
  "客户付款",
  "客户退款",
  "商家共同赞助优惠券折扣",
  "商家共同赞助优惠券折扣退款",
  "平台折扣",
  "平台折扣退款",
  "平台共同赞助优惠券折扣",
  "平台共同赞助优惠券折扣退款",
  "商家运费折扣",
  "已售商品详情",
  "客户付款银行",
  "国际段运费",
  "平台运费减免",
];

/**
 * MX per-SKU statement with the Chinese UI (§1.3 K, file ids 68521920746, 68303960483): its first
 * columns as sourced, then the US-style statement's totals, fee and buyer columns in their Chinese
 * names (§5's pairing; 推荐费 = referral fee from the Chinese P&L headers, settlement.md §1d).
 */
export const ZH_MX_STATEMENT = [
  "结算日期",
  "结算单 ID",
  "付款 ID",
  "状态",
  "货币",
  "交易类型",
  "订单ID/调整单ID",
  "SKU ID",
  "数量",
  "订单创建时间",
  "结算总金额",
  "净商品销售额",
  "商品原价小计",
  "总费用",
  "推荐费",
  "交易手续费",
  "调整金额",
  "相关订单 ID",
  "客户付款",
  "平台折扣",
];

/**
 * JP statement detail with the Chinese UI (§1.3 E): its date and statement fields, the commission
 * with its three-line breakdown (before discount, ad-spend discount, other discount), and the
 * Income columns' Chinese names for the rest.
 */
export const ZH_JP_STATEMENT = [
  "订单ID/调整单ID",
  "交易类型",
  "订单创建日期",
  "结算日期（付款开始日期）",
  "结算单 ID",
  "订单送达日期",
  "货币",
  "结算总金额",
  "净商品销售额",
  "享受商家折扣后小计",
  "总费用",
  "TikTok Shop 佣金费",
  "优惠前的佣金费",
  "优惠金额（广告支出）",
  "其他佣金优惠金额",
  "调整金额",
  "客户付款",
];

/**
 * US unsettled xlsx without a Currency column: banner rows, then the header on row 5 (settlement.md
 * §1b, checked on a real file; the column order of the issue: `Type, Order/adjustment ID, Related order ID, Creation
 * date, Total estimated settlement amount, …, Referral fee, Sales tax on referral fees, …, Customer
 * payment, Sales tax payment, Platform discounts, Adjustment amount`; the columns between them from
 * the UK unsettled CSV, S3). Estimated settlement = Net sales + Fees + Shipping + Adjustment amount,
 * Fees = Referral fee + Sales tax on referral fees (§3.6, held on all 306 real rows).
 */
export const US_UNSETTLED = [
  "Type",
  "Order/adjustment ID",
  "Related order ID",
  "Creation date",
  "Total estimated settlement amount",
  "Estimated Settle time",
  "Unsettled reasons",
  "SKU ID",
  "Quantity",
  "Product name",
  "SKU name",
  "Net sales",
  "Gross sales",
  "Gross sales refund",
  "Seller discount",
  "Seller discount refund",
  "Shipping",
  "TikTok Shop shipping fee",
  "Customer-paid shipping fee",
  "Fees",
  "Referral fee",
  "Sales tax on referral fees",
  "Customer payment",
  "Sales tax payment",
  "Platform discounts",
  "Adjustment amount",
];

/** The 4 banner rows above the US unsettled header (disclaimer, download time, count, blank; §1b). */
export const US_UNSETTLED_BANNER = [
  ["The amounts below are estimates and may change before settlement."],
  ["Download time", "2025/03/12 10:00:00"],
  ["Total Transactions", 2],
  [],
];

/**
 * BR statement order details: the US-style per-SKU statement with Brazil's own English columns
 * (settlement-languages.md §1.4, file id 43050769929): `Fee per item sold`, `ICMS DIFAL` and
 * `ICMS penalty` in the fee block, `Adjustment reasons` (plural), and `Delivery option`,
 * `Collection methods`, `Chargeable package weight`; amounts written `BRL 35,91`.
 */
export const BR_STATEMENT = [
  ...US_STATEMENT.slice(0, US_STATEMENT.indexOf("Adjustment amount")),
  "Fee per item sold",
  "ICMS DIFAL",
  "ICMS penalty",
  "Adjustment amount",
  "Adjustment reasons",
  ...US_STATEMENT.slice(US_STATEMENT.indexOf("Related order ID")),
  "Delivery option",
  "Collection methods",
  "Chargeable package weight",
];
