/**
 * Thai (ไทย): TikTok Shop's words in Seller Center's Thai UI, from a Thai ERP's Income parser (it
 * refuses unknown non-zero columns) and the `รายงาน` sheet's labels
 * (docs/research/settlement-languages.md §1.2 and §5). Two generations of the totals' names.
 */
import type { Glossary } from "../glossary";

const glossary: Glossary = {
  fees: {
    commission: ["ค่าคอมมิชชั่น TikTok Shop"],
    // "Order fee" in Thai: the column at position 14, TikTok's transaction fee.
    transaction: ["ค่าธรรมเนียมคำสั่งซื้อ"],
    refundAdmin: [],
    orderFee: [],
    growth: ["ค่าธรรมเนียมสนับสนุนการเติบโตของร้านค้า"],
    dynamicCommission: [],
  },
  columns: {
    // Current, then older (file ids 57664816014, 63358157070, 56967448586).
    settlement: ["ยอดการชำระเงินทั้งหมด", "จำนวนเงินที่ชำระทั้งหมด"],
    estimatedSettlement: ["จำนวนเงินที่ชำระโดยประมาณ"],
    revenue: ["รายได้ทั้งหมด", "รายได้รวม"],
    totalFees: ["ค่าธรรมเนียมทั้งหมด"],
    adjustment: ["จำนวนการปรับยอด"],
    subtotalAfter: ["ยอดรวมค่าสินค้าหลังหักส่วนลดจากผู้ขาย"],
    refundSubtotalAfter: ["ยอดรวมเงินคืนหลังหักส่วนลดจากผู้ขาย"],
    customerPayment: ["การชำระเงินของลูกค้า"],
    customerRefund: ["การคืนเงินจากลูกค้า"],
    platformDiscount: ["ส่วนลดจากแพลตฟอร์ม"],
    platformDiscountRefund: ["การคืนเงินส่วนลดจากแพลตฟอร์ม"],
  },
};

export default glossary;
