/**
 * Vietnamese (Tiếng Việt): TikTok Shop's words in Seller Center's Vietnamese UI, from the settled
 * Income export (65 and 67 columns) and the unsettled export (76 columns), whose readers stop on
 * any other header (docs/research/settlement-languages.md §1.1 G/H and §5).
 */
import type { Glossary } from "../glossary";

const glossary: Glossary = {
  fees: {
    // Current spelling, then the older one (file id 66500447230).
    commission: ["Phí hoa hồng của TikTok Shop", "Phí hoa hồng TikTok Shop"],
    // Settled, then the unsettled export's estimate.
    transaction: ["Phí giao dịch", "Phí giao dịch ước tính"],
    refundAdmin: [],
    orderFee: ["Phí xử lý đơn hàng"],
    growth: [],
    dynamicCommission: [],
  },
  columns: {
    settlement: ["Tổng số tiền quyết toán"],
    estimatedSettlement: ["Số tiền quyết toán ước tính"],
    revenue: ["Tổng doanh thu"],
    totalFees: ["Tổng phí"],
    adjustment: ["Số tiền điều chỉnh"],
    subtotalAfter: ["Tổng phụ sau giảm giá của người bán"],
    refundSubtotalAfter: ["Tổng phụ của khoản hoàn tiền sau giảm giá của người bán"],
    customerPayment: ["Khách thanh toán"],
    customerRefund: ["Tiền hoàn của khách"],
    platformDiscount: ["Giảm giá của nền tảng"],
    platformDiscountRefund: ["Hoàn tiền giảm giá của nền tảng"],
    vatWithheld: ["Thuế GTGT do TikTok Shop khấu trừ"],
    pitWithheld: ["Thuế TNCN do TikTok Shop khấu trừ"],
  },
};

export default glossary;
