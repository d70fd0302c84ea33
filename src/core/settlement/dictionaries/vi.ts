/**
 * Vietnamese exports (docs/research/settlement-languages.md §1.1): the settled Income export, sheet
 * `Chi tiết đơn hàng` (65 columns, file id 54633503475; 67, file id 68404900264 B), and the
 * unsettled export `Đơn hàng chưa quyết toán và kho` (76 columns, header on row 5, rows per SKU,
 * file id 68404900264 A); the keys as §5 pairs them.
 */
import glossary from "../../../i18n/vi/glossary";
import { type HeaderDictionary, glossaryColumns } from "./dictionary";

export const VI_DICTIONARY: HeaderDictionary = {
  language: "vi",
  columns: {
    ...glossaryColumns(glossary),
    id: ["ID đơn hàng/điều chỉnh"],
    type: ["Loại giao dịch"],
    // Settled, then unsettled.
    created: ["Thời gian tạo đơn hàng", "Ngày tạo đơn hàng"],
    transactionCreated: ["Ngày tạo giao dịch"],
    settled: ["Thời gian quyết toán đơn hàng"],
    currency: ["Đơn vị tiền tệ"],
    estimatedSettleTime: ["Thời gian quyết toán dự kiến"],
    skuId: ["ID SKU"],
    quantity: ["Số lượng"],
    relatedOrderId: ["ID đơn hàng liên quan"],
    adjustmentReason: ["Lý do chưa quyết toán"],
  },
  sheets: ["Chi tiết đơn hàng", "Đơn hàng chưa quyết toán và kho"],
  types: {
    "Đơn hàng": "order",
    "Bồi thường do vận chuyển-kho vận": "compensation",
    "Các khoản giảm trừ do người bán chịu": "deduction",
    "GMV thanh toán cho Quảng cáo TikTok": "adsPayment",
  },
  breakdowns: [
    {
      // Seller shipping fee and its parts (settlement.md §3.4, in VN's words).
      total: ["Phí vận chuyển của người bán", "Phí vận chuyển ước tính của người bán"],
      parts: [
        "Phí vận chuyển thực tế",
        "Chiết khấu phí vận chuyển của nền tảng",
        "Chi phí vận chuyển của khách hàng",
        "Phí vận chuyển trả hàng thực tế",
        "Phí vận chuyển của khách hàng được hoàn lại",
        "Hoàn phí SFR",
        "Trợ cấp giao hàng không thành công",
        "Trợ giá vận chuyển",
      ],
      add: "parts",
    },
    {
      // Affiliate commission = the amount before PIT + the PIT withheld (settlement.md §3.5).
      total: ["Hoa hồng liên kết", "Hoa hồng liên kết ước tính"],
      parts: ["Hoa hồng liên kết trước thuế TNCN (thuế thu nhập cá nhân)", "Thuế TNCN đã khấu trừ"],
      add: "total",
    },
    {
      total: ["Hoa hồng liên kết Quảng cáo cửa hàng"],
      parts: [
        "Hoa hồng của Quảng cáo cửa hàng liên kết trước thuế TNCN",
        "Thuế thu nhập cá nhân đã được khấu trừ vào khoản hoa hồng của Quảng cáo cửa hàng liên kết",
      ],
      add: "total",
    },
  ],
};
