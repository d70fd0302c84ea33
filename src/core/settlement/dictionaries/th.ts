/**
 * Thai exports (docs/research/settlement-languages.md §1.2): the Income file, sheet
 * `รายละเอียดคำสั่งซื้อ` (a Thai ERP's parser, which refuses unknown non-zero columns: two
 * generations of the totals' names), and the unsettled file with its estimated settlement
 * (file id 68345254660); the keys as §5 pairs them.
 */
import glossary from "../../../i18n/th/glossary";
import { type HeaderDictionary, glossaryColumns } from "./dictionary";

export const TH_DICTIONARY: HeaderDictionary = {
  language: "th",
  columns: {
    ...glossaryColumns(glossary),
    id: ["หมายเลขคำสั่งซื้อ/การปรับ"],
    type: ["ประเภทธุรกรรม"],
    created: ["เวลาที่สร้างคำสั่งซื้อ"],
    settled: ["เวลาที่ชำระคำสั่งซื้อ"],
    currency: ["สกุลเงิน"],
    estimatedSettleTime: ["เวลาการชำระเงินโดยประมาณ"],
    relatedOrderId: ["หมายเลขคำสั่งซื้อที่เกี่ยวข้อง"],
  },
  sheets: ["รายละเอียดคำสั่งซื้อ"],
  types: { คำสั่งซื้อ: "order", การปรับยอด: "adjustment", การชดเชยจากแพลตฟอร์ม: "compensation" },
  breakdowns: [
    {
      // The Thai ERP adds the shipping subtotal and never its nine parts (TIKTOK_SUBTOTAL_PARTS).
      total: ["ยอดรวมค่าจัดส่งที่ร้านค้าจ่ายจริง"],
      parts: [
        "ค่าธรรมเนียมการจัดส่งจริง",
        "ส่วนลดค่าธรรมเนียมการจัดส่งจากแพลตฟอร์ม",
        "ค่าธรรมเนียมการจัดส่งของลูกค้า",
        "ค่าธรรมเนียมการจัดส่งสินค้าคืนตามจริง",
        "เงินคืนสำหรับค่าจัดส่ง",
        "เงินสนับสนุนการจัดส่ง",
        "ค่าจัดส่งสินค้าที่แลกเปลี่ยน (ลูกค้าเป็นผู้จ่าย)",
        "ค่าจัดส่งสินค้าทดแทน (ลูกค้าเป็นผู้จ่าย)",
        "Guarantee program reimbursement",
      ],
      add: "total",
    },
    {
      total: ["ค่าคอมมิชชั่นแอฟฟิลิเอต"],
      parts: ["ค่าคอมมิชชั่นไม่ใช่แอฟฟิลิเอตก่อนหักภาษีเงินได้บุคคลธรรมดา", "ภาษีเงินได้บุคคลธรรมดาที่หักไว้จากคอมมิชชั่นของแอฟฟิลิเอต"],
      add: "total",
    },
    {
      total: ["ค่าคอมมิชชั่นแอฟฟิลิเอตสำหรับโฆษณาร้านค้า"],
      parts: ["ค่าคอมมิชชั่นโฆษณาร้านค้าแอฟฟิลิเอตก่อน PIT", "ภาษีเงินได้บุคคลธรรมดาหัก ณ ที่จ่ายจากค่าคอมมิชชั่นโฆษณาร้านค้าแอฟฟิลิเอต"],
      add: "total",
    },
  ],
};
