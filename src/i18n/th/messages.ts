/**
 * ไทย: the message catalog (src/core/messages.ts) in Thai. A machine-made draft, checked by
 * back-translation, not yet reviewed by a native speaker (docs/i18n.md). Argument and function
 * names stay as formulas write them, and so do values to type ("perCoin") and Excel's TRUE/FALSE;
 * numbers with a decimal point as Thailand writes them, so formulas keep the comma.
 */
import { type CompleteCatalog, pick } from "../../core/messages";
import { dateIn, numberIn, orIn, phrasesIn, marketNameIn } from "../format";

const n = numberIn("th-TH");
const region = marketNameIn("th-TH");
// Gregorian years, as the dates typed into formulas (2025-03-01) and the as_of beside them are.
const d = dateIn("th-TH-u-ca-gregory");
const or = orIn("หรือ");
const t = phrasesIn(
  {
    "a number": "ตัวเลข",
    "USD per 1,000 followers": "USD ต่อผู้ติดตาม 1,000 คน",
    "a CPM in USD": "CPM เป็น USD",
    "a budget in USD": "งบประมาณเป็น USD",
    "a cost per action in USD": "ต้นทุนต่อการกระทำเป็น USD",
    "a daily budget in USD": "งบประมาณรายวันเป็น USD",
    "a discount amount": "จำนวนส่วนลด",
    "a margin such as 0.2": "อัตรากำไร เช่น 0.2",
    "a margin such as 0.25 (25 %)": "อัตรากำไร เช่น 0.25 (25%)",
    "a margin such as 0.3": "อัตรากำไร เช่น 0.3",
    "a margin such as 0.4": "อัตรากำไร เช่น 0.4",
    "a number of days": "จำนวนวัน",
    "a number of followers": "จำนวนผู้ติดตาม",
    "a number of gifts": "จำนวนของขวัญ",
    "a number of streams": "จำนวนไลฟ์",
    "a number of views": "จำนวนการดู",
    "a price in USD": "ราคาเป็น USD",
    "a rate such as 0.06 or 6%": "อัตรา เช่น 0.06 หรือ 6%",
    "a tolerance in currency units": "ค่าคลาดเคลื่อนที่ยอมรับได้เป็นหน่วยเงิน",
    "a video length in seconds": "ความยาววิดีโอเป็นวินาที",
    "a weight in kg": "น้ำหนักเป็นกิโลกรัม",
    "a weight in pounds": "น้ำหนักเป็นปอนด์",
    "a whole number of clicks": "จำนวนคลิกเป็นจำนวนเต็ม",
    "a whole number of coins": "จำนวนเหรียญเป็นจำนวนเต็ม",
    "a whole number of days": "จำนวนวันเป็นจำนวนเต็ม",
    "a whole number of diamonds": "จำนวนเพชรเป็นจำนวนเต็ม",
    "a whole number of gifts": "จำนวนของขวัญเป็นจำนวนเต็ม",
    "a whole number of impressions": "จำนวนการแสดงผลเป็นจำนวนเต็ม",
    "a whole number of units": "จำนวนชิ้นเป็นจำนวนเต็ม",
    "a whole number of views": "จำนวนการดูเป็นจำนวนเต็ม",
    "ad spend in USD": "ค่าโฆษณาเป็น USD",
    "an amount in USD": "จำนวนเงินเป็น USD",
    "an amount": "จำนวนเงิน",
    "an average frequency such as 2.5": "ความถี่เฉลี่ย เช่น 2.5",
    "an average order value": "มูลค่าคำสั่งซื้อเฉลี่ย",
    "revenue in USD": "รายได้เป็น USD",
    "the ad cost per order": "ค่าโฆษณาต่อคำสั่งซื้อ",
    "the cost of one unit": "ต้นทุนต่อชิ้น",
    "the hours left in the day": "จำนวนชั่วโมงที่เหลือของวัน",
    "the shipping the buyer paid": "ค่าจัดส่งที่ผู้ซื้อจ่าย",
    "the unit price": "ราคาต่อชิ้น",
    "your shipping cost": "ค่าจัดส่งของคุณ",
    "a range": "ช่วงเซลล์",
    market: "ตลาด",
    currency: "สกุลเงิน",
    channel: "ช่องทาง",
    gift: "ของขวัญ",
    fee: "ค่าธรรมเนียม",
    category: "หมวดหมู่",
    industry: "อุตสาหกรรม",
    "billing model or format": "รูปแบบการเรียกเก็บเงินหรือรูปแบบโฆษณา",
    "benchmark metric": "ตัวชี้วัดอ้างอิง",
    "content type": "ประเภทเนื้อหา",
    "budget level": "ระดับงบประมาณ",
    "budget period": "ช่วงเวลางบประมาณ",
    "conversion depth": "ระดับของคอนเวอร์ชัน",
    "the market's default rate": "อัตราเริ่มต้นของตลาด",
    "the newest rates": "อัตราล่าสุด",
    "the rate book's rate for the category": "อัตราในตารางอัตราของหมวดหมู่นั้น",
    "the sourced range": "ช่วงที่มีแหล่งอ้างอิง",
    "an individual seller, not Mall, not cross-border, below the tax thresholds":
      "ผู้ขายบุคคลธรรมดา ไม่ใช่ Mall ไม่ใช่ข้ามพรมแดน ต่ำกว่าเกณฑ์ภาษี",
  },
  (thing, market) => `${thing}ของ ${market}`,
);

/** "งบประมาณรายวันของแคมเปญ": the budget ADBUDGETCHECK speaks of. */
const thBudget = (level: string, type: string): string =>
  `งบประมาณ${type === "daily" ? "รายวัน" : "ตลอดอายุ"}ของ${level === "adgroup" ? "กลุ่มโฆษณา" : level === "gmvmax" ? " GMV Max " : "แคมเปญ"}`;
/** Why a text is not a number (numberReason in src/core/messages.ts). */
const whyText = (p: { why: string; a: string; b: string }): string =>
  pick(p.why, {
    percent: `ไม่รับค่าเปอร์เซ็นต์ที่นี่ — ให้ป้อนตัวเลขนั้นเอง`,
    exponent: `เลขชี้กำลังอยู่นอกช่วง — ให้ป้อนตัวเลขโดยไม่มีเลขชี้กำลัง`,
    commaAmbiguous: `เครื่องหมายจุลภาคอาจเป็นตัวคั่นทศนิยมหรือตัวคั่นหลักพัน — พิมพ์ ${p.a} หรือ ${p.b}, หรือป้อนค่าเป็นตัวเลข (ไม่ใช่ข้อความ)`,
    commaDecimal: `เครื่องหมายจุลภาคอาจเป็นตัวคั่นทศนิยมหรือตัวคั่นหลักพัน — พิมพ์ ${p.a} หรือป้อนค่าเป็นตัวเลข (ไม่ใช่ข้อความ)`,
    grouping: `ตัวคั่นหลักพันต้องจัดกลุ่มละสามหลัก ("1,234,567.89") — พิมพ์ ${p.a} หรือป้อนค่าเป็นตัวเลข (ไม่ใช่ข้อความ)`,
    points: `จุดคือจุดทศนิยม — พิมพ์ ${p.a} หรือป้อนค่าเป็นตัวเลข (ไม่ใช่ข้อความ)`,
    separators: `ตัวคั่นภายในตัวเลขจะไม่ถูกอ่าน — พิมพ์ ${p.a} หรือป้อนค่าเป็นตัวเลข (ไม่ใช่ข้อความ)`,
    notNumber: `ไม่ใช่ตัวเลข`,
  });
/** The settlement layouts' titles (Layout.title, English) in this language, wherever a text names them. */
const LAYOUT_TITLES: readonly (readonly [string, string])[] = [
  [
    'Income export "Order details" (SEA; Chinese-UI cross-border)',
    'ไฟล์ส่งออกรายได้ "Order details" (SEA; อินเทอร์เฟซภาษาจีนแบบข้ามพรมแดน)',
  ],
  [
    "Statement order details (US/UK/BR; Chinese-UI MX/JP; per SKU)",
    "รายละเอียดคำสั่งซื้อของใบแจ้งยอด (US/UK/BR; อินเทอร์เฟซภาษาจีน MX/JP; ต่อ SKU)",
  ],
  ["Unsettled-orders export (US/VN/TH xlsx, UK CSV)", "ไฟล์ส่งออกคำสั่งซื้อที่ยังไม่ชำระ (US/VN/TH xlsx, UK CSV)"],
  ["Order export (OrderSKUList)", "ไฟล์ส่งออกคำสั่งซื้อ (OrderSKUList)"],
];
const lay = (text: string): string => LAYOUT_TITLES.reduce((s, [en, own]) => s.split(en).join(own), text);
const th: CompleteCatalog = {
  "number.empty": (p) => `${p.argument} ว่างอยู่: ป้อน${t(p.noun)}`,
  "number.boolean": (p) => `${p.argument} เป็น TRUE/FALSE: ป้อน${t(p.noun)}`,
  "number.notFinite": (p) => `${p.argument} ไม่ใช่ตัวเลขจำกัด: ป้อน${t(p.noun)}`,
  "number.text": (p) => `${p.argument} เป็นข้อความ ("${p.text}"): ป้อน${t(p.noun)}`,
  "number.textReason": (p) => `${p.argument} เป็นข้อความ "${p.text}": ${whyText(p)}`,
  "number.tooLarge": (p) => `${p.argument} มากเกินไป: อนุญาตสูงสุด ${n(p.max)}`,
  "number.negative": (p) => `${p.argument} ติดลบ (${n(p.value)}): ป้อนศูนย์หรือมากกว่า`,
  "number.zero": (p) => `${p.argument} เป็นศูนย์: ป้อน${t(p.noun)}ที่มากกว่าศูนย์`,
  "number.notWhole": (p) => `${p.argument} ต้องเป็นจำนวนเต็ม ไม่ใช่ ${n(p.value)}`,
  "rate.outOfRange": (p) => `${p.argument} เป็น ${n(p.value)}: ป้อนอัตราระหว่าง 0 ถึง ${n(p.limit)} (6% คือ 0.06)`,
  "date.notIso": (p) => `"${p.text}" ไม่ใช่วันที่ในรูปแบบ YYYY-MM-DD`,
  "date.notSerial": (p) => `${p.argument} ไม่ใช่วันที่: ป้อนเซลล์วันที่หรือข้อความ เช่น "2025-01-31"`,
  "date.notDateText": (p) => `${p.argument} "${p.text}" ไม่ใช่วันที่: ใช้เซลล์วันที่หรือข้อความ เช่น "2025-01-31"`,
  "date.wrongType": (p) => `${p.argument} ต้องเป็นวันที่ ไม่ใช่${p.what === "TRUE/FALSE" ? ` ${p.what}` : t(p.what)}`,
  "name.unknown": (p) => `ไม่รู้จัก${t(p.what)} "${p.given}"`,
  "name.unknownDidYouMean": (p) => `ไม่รู้จัก${t(p.what)} "${p.given}" คุณหมายถึง ${or(p.names)} ใช่ไหม`,
  "name.unknownKnown": (p) => `ไม่รู้จัก${t(p.what)} "${p.given}" ที่รู้จัก: ${p.names}`,
  "name.unknownKnownMore": (p) => `ไม่รู้จัก${t(p.what)} "${p.given}" ที่รู้จัก: ${p.names} และอีก ${n(p.more)} รายการ`,
  "fee.unknown": (p) => `ไม่รู้จักค่าธรรมเนียม "${p.given}": ใช้หนึ่งใน ${p.fees}`,

  "live.noCoinPrices": (p) =>
    `ไม่มีราคาเหรียญที่มีแหล่งอ้างอิงสำหรับ ${region(p.market)}: ตารางอัตรามีเฉพาะแพ็กของ US (เว็บ, iOS, Android) และ UK (iOS, Android) โปรดระบุราคาที่คุณจ่ายแทน`,
  "live.noCoinPack": (p) => `ไม่รู้จักแพ็กเหรียญสำหรับ ${p.channel} ใน "${p.market}" ที่รู้จัก: ${p.known}`,
  "live.tooManyCoinsForPacks": (p) => `coins เกิน ${n(p.max)} สำหรับวิธีแบบแพ็ก: ใช้วิธี "perCoin"`,
  "live.agencyTakesAll": () => "เมื่อเอเจนซีได้ส่วนแบ่ง 100% ไม่ว่าเพชรจำนวนเท่าใดก็ไม่มีรายได้ให้ครีเอเตอร์เลย",
  "live.tooManyDiamonds": (p) =>
    `การจ่ายเงิน ${n(p.target)} USD ต้องใช้เพชรมากกว่า ${n(p.max)} เม็ด ซึ่งเป็นจำนวนสูงสุดที่ Add-in นับได้: ป้อนเป้าหมายที่น้อยลง (หรือตรวจสอบ usd_per_diamond และ agency_share)`,
  "live.creatorAboveSpend": (p) =>
    `ด้วยพารามิเตอร์เหล่านี้ ครีเอเตอร์จะได้รับ (${n(p.creator)} USD) มากกว่าที่ผู้ชมจ่ายหลังหักค่าธรรมเนียมร้านค้าแอป (${n(p.afterStore)} USD): ตรวจสอบ usd_per_diamond และ coins_per_diamond`,
  "live.beforeGiftCatalog": () => "as_of อยู่ก่อนแคตตาล็อกของขวัญซึ่งเริ่มในปี 2021: ไม่มีราคาของขวัญก่อนหน้านั้น",

  "ads.marginNotPositive": () => "เมื่ออัตรากำไรเป็นศูนย์หรือน้อยกว่า ไม่มี ROAS ใดถึงจุดคุ้มทุน: ทุกการขายขาดทุนตั้งแต่ก่อนโฆษณา",
  "ads.marginAboveOne": (p) => `อัตรากำไร ${n(p.margin)}% เป็นไปไม่ได้: ป้อนสัดส่วนไม่เกิน 1 (30% คือ 0.3)`,
  "ads.targetNotBelowMargin": (p) =>
    `อัตรากำไรเป้าหมาย (${n(p.target)}%) ไม่ต่ำกว่าอัตรากำไรก่อนโฆษณา (${n(p.margin)}%): ไม่มีค่าโฆษณาใดรักษาไว้ได้`,
  "ads.frequencyBelowOne": () => "ความถี่เฉลี่ยอย่างน้อยคือ 1 (ทุกคนที่เข้าถึงได้เห็นโฆษณาอย่างน้อยหนึ่งครั้ง)",
  "ads.noCpvBenchmark": () => "ไม่มีค่าอ้างอิง CPV สาธารณะที่เชื่อถือได้: ระบุต้นทุนต่อการดูของคุณเป็น rate เช่น 0.03",
  "ads.topViewByCpm": (p) =>
    `TopView จองตาม CPM (ประมาณ $${n(p.cpm)}) ไม่ใช่รายวัน: ระบุใบเสนอราคารายวันของคุณเป็น rate หรือใช้ ADCOST("CPM", impressions, ${n(p.cpm)})`,
  "ads.brandTakeoverNoPrice": () => "Brand Takeover ไม่มีราคาสาธารณะ: ระบุใบเสนอราคารายวันจาก TikTok เป็น rate",
  "ads.gmvMaxDailyOnly": () => "GMV Max ใช้งบประมาณรายวัน (อย่างน้อย $10 ต่อวัน): เว้น days ว่างไว้",
  "ads.flatPricePerRun": (p) => `${p.model} ขายในราคาเหมาตลอดช่วงแสดงผล ไม่ใช่ตามปริมาณ: ใช้ ADCOST สำหรับราคา`,

  "shop.marginImpossible": (p) => `${p.argument} ${n(p.margin)}% เป็นไปไม่ได้: อัตรากำไรต้องต่ำกว่า 100%`,
  "shop.marginBelowMinusOne": (p) => `${p.argument} ต้องอยู่ระหว่าง −100% ถึง 100% (0.25 คือ 25%)`,
  "shop.noPriceForMargin": (p) =>
    `ไม่มีราคาใดได้อัตรากำไร ${n(p.margin)}%: ค่าธรรมเนียม ค่าคอมมิชชั่นแอฟฟิลิเอต และการคืนสินค้ากินมากกว่า ${n(p.share)}% ของทุกหน่วยราคาที่เพิ่มขึ้น`,
  "shop.priceAboveMaxCheckCosts": (p) =>
    `ราคาที่ได้อัตรากำไร ${n(p.margin)}% เกิน ${n(p.max)} ${p.currency} ซึ่งเป็นจำนวนสูงสุดที่ Add-in คำนวณได้: ตรวจสอบ unit_cost และต้นทุนอื่น`,
  "shop.priceAboveMaxLowerMargin": (p) =>
    `ราคาที่ได้อัตรากำไร ${n(p.margin)}% เกิน ${n(p.max)} ${p.currency} ซึ่งเป็นจำนวนสูงสุดที่ Add-in คำนวณได้: ลด target_margin หรือตรวจสอบ unit_cost และต้นทุนอื่น`,
  "shop.noWholeMinorUnitPrice": (p) => `ไม่มีราคาที่เป็นหน่วยย่อยเต็มของ ${p.currency} ใดได้อัตรากำไรนั้น โปรดตรวจสอบข้อมูลที่ป้อน`,
  "shop.targetAboveNoRevenue": (p) => `แม้ไม่มีค่าคอมมิชชั่นแอฟฟิลิเอต คำสั่งซื้อนี้ก็ไม่มีกำไร ต่ำกว่าเป้าหมาย ${n(p.target)}%`,
  "shop.targetAboveBestMargin": (p) =>
    `แม้ไม่มีค่าคอมมิชชั่นแอฟฟิลิเอต คำสั่งซื้อนี้ได้อัตรากำไร ${n(p.margin)}% ต่ำกว่าเป้าหมาย ${n(p.target)}%`,
  "shop.targetAboveRounded": (p) =>
    `แม้ไม่มีค่าคอมมิชชั่นแอฟฟิลิเอต คำสั่งซื้อนี้เมื่อปัดเป็นหน่วยย่อยเต็มของ ${p.currency} ได้น้อยกว่าเป้าหมาย ${n(p.target)}%`,
  "shop.sellerDiscountAboveItems": (p) =>
    `seller_discount (${n(p.discount)}) มากกว่าราคาสินค้า (${n(p.items)}): ป้อนส่วนลดของรายการคำสั่งซื้อนี้`,
  "shop.platformDiscountAbovePayment": (p) =>
    `platform_discount (${n(p.discount)}) ทำให้ยอดชำระของผู้ซื้อติดลบ: ป้อนส่วนลดของรายการคำสั่งซื้อนี้`,
  "shop.commissionRateTwice": () => "ระบุอัตราค่าคอมมิชชั่นเพียงครั้งเดียว: เป็น category หรือเป็น commission_rate พร้อมชื่อหมวดหมู่",
  "shop.noSourcedFees": (p) =>
    `ยังไม่มีค่าธรรมเนียม TikTok Shop ที่มีแหล่งอ้างอิงสำหรับ ${region(p.market)} (${p.code})${p.note ? ` ${p.note}` : ""} ระบุอัตราค่าคอมมิชชั่นเป็นอาร์กิวเมนต์ category เช่น 0.06`,
  "shop.noRevenue": () => "คำสั่งซื้อนี้ไม่มีรายได้ (ราคาและค่าจัดส่งเป็นศูนย์) จึงไม่มีอัตรากำไร",
  "shop.fbtUsNotPublic": () =>
    'ตารางค่าธรรมเนียม FBT ของสหรัฐฯ ตามน้ำหนักไม่เปิดเผยในแหล่งข้อมูลของเรา: ค่าธรรมเนียมเริ่มที่ $3.58 ต่อชิ้น (คำสั่งซื้อชิ้นเดียว) และคิดตามน้ำหนักที่เรียกเก็บ (ดู =TIKTOK.RATESOURCE("fbtFrom","US")) โปรดระบุค่าธรรมเนียมของคุณเอง',
  "shop.fbtNotSourced": (p) => `ไม่มีตารางค่าธรรมเนียม FBT สาธารณะสำหรับ ${region(p.market)}: มีแหล่งอ้างอิงเฉพาะของ UK`,
  "shop.fbtNoTier": (p) =>
    `ไม่มีระดับ FBT ของ UK ใดรับ ${n(p.longest)} × ${n(p.middle)} × ${n(p.shortest)} ซม. และ ${n(p.weight)} กก. ได้ (ใหญ่สุด 120 × 60 × 60 ซม.; 30 กก. สูงสุด 61 × 46 × 46 ซม.)`,

  "market.notShop": (p) =>
    `TikTok Shop ไม่ได้ขายใน ${p.market} (${p.code}) จึงไม่มีค่าธรรมเนียมร้านค้าหรือการชำระเงิน: เลือกหนึ่งใน ${p.markets}`,
  "market.noShopCategories": (p) => `ยังไม่มีหมวดหมู่ TikTok Shop ที่มีแหล่งอ้างอิงสำหรับ ${p.market}`,
  "rate.notInBook": (p) => `ตารางอัตราไม่มี ${p.kind} สำหรับ ${p.market}`,
  "rate.introducedLater": (p) =>
    `ไม่มี ${p.kind} สำหรับ ${p.market} ก่อน ${d(p.first)}: ค่าธรรมเนียมนี้เริ่มใช้ในวันนั้น (${p.argument} ${p.asOf})`,
  "rate.beforeBook": (p) =>
    `ไม่มีอัตรา ${p.kind} สำหรับ ${p.market} ก่อน ${d(p.first)}: ตารางอัตราเริ่มที่วันนั้น (${p.argument} ${p.asOf})`,
  "rate.ended": (p) => `ไม่มีอัตรา ${p.kind} สำหรับ ${p.market} ที่มีผลในวันที่ ${p.asOf} (อัตราล่าสุดสิ้นสุดเมื่อ ${d(p.last)})`,
  "rate.unpublished": (p) =>
    `${p.fee} สำหรับ ${p.market} ณ ${p.asOf} ไม่เปิดเผยต่อสาธารณะ (มีเฉพาะใน Seller Center): ระบุอัตราของคุณเป็นตัวเลข${p.note ? ` ${p.note}` : ""}`,
  "rate.unpublishedCategory": (p) =>
    `${p.fee} สำหรับ ${p.category} ใน ${p.market} ณ ${p.asOf} ไม่เปิดเผยต่อสาธารณะ (มีเฉพาะใน Seller Center): ระบุอัตราของคุณเป็นตัวเลข${p.note ? ` ${p.note}` : ""}`,

  "settlement.amountNotFinite": (p) => `${p.column} มีค่า ${p.value} ซึ่งไม่ใช่จำนวนเงิน`,
  "settlement.amountWrongType": (p) => `${p.column} มี ${p.what} ซึ่งไม่ใช่จำนวนเงิน`,
  "settlement.amountAmbiguousDot": (p) =>
    `${p.column} มี "${p.text}": จุดอาจคั่นหลักพัน (1.250 = 1,250) หรือทศนิยมก็ได้ ส่งออกไฟล์ใหม่ด้วยตัวเลขธรรมดา หรือเปิดใน Excel แล้วบันทึกแผ่นงาน`,
  "settlement.amountNotNumber": (p) => `${p.column} มี "${p.text}" ซึ่งไม่ใช่จำนวนเงิน`,
  "settlement.dateInvalid": (p) => `${p.column} มีวันที่ที่ไม่ถูกต้อง`,
  "settlement.dateWrongType": (p) => `${p.column} มี ${p.what} ซึ่งไม่ใช่วันที่`,
  "settlement.dateNotDate": (p) => `${p.column} มี "${p.text}" ซึ่งไม่ใช่วันที่`,
  "settlement.dateNotCalendar": (p) => `${p.column} มี "${p.text}" ซึ่งไม่ใช่วันที่ตามปฏิทิน`,
  "settlement.dateNumberNotDate": (p) => `${p.column} มีค่า ${p.value} ซึ่งไม่ใช่วันที่`,
  "settlement.notKnownLayout": (p) =>
    `ไม่ใช่ไฟล์ส่งออกการชำระเงินของ TikTok Shop ที่ Add-in นี้รู้จัก ค้นหาส่วนหัวที่มี ${lay(p.looked)} ใน ${n(p.rows)} แถวแรกแล้ว พบ: ${p.found}`,
  "settlement.mappingNotJson": (p) => `การจับคู่คอลัมน์ไม่ใช่ JSON ที่ถูกต้อง: ${p.reason}`,
  "settlement.mappingFormat": (p) =>
    `ไม่ใช่การจับคู่คอลัมน์: ต้องมี "format": "${p.format}" และ "version": ${n(p.version)} พร้อมรายการ "header" และออบเจ็กต์ "columns" แต่พบ ${p.found}`,
  "settlement.mappingUnknownKey": (p) => `การจับคู่คอลัมน์ระบุ "${p.key}" ซึ่งไม่ใช่หนึ่งใน: ${p.keys} โปรดแก้ไขหรือลบออก`,
  "settlement.mappingColumnMissing": (p) =>
    `การจับคู่คอลัมน์กำหนดคอลัมน์ "${p.column}" ให้ ${p.key} แต่คอลัมน์นี้ไม่มีในหัวตาราง: ใช้ชื่อคอลัมน์ตามที่ไฟล์เขียนไว้`,
  "settlement.mappingDuplicate": (p) =>
    `การจับคู่คอลัมน์กำหนดคอลัมน์ "${p.column}" ให้ทั้ง ${p.first} และ ${p.second}: กำหนดแต่ละคอลัมน์ให้คีย์เดียว`,
  "settlement.mappingBadKind": (p) =>
    `การจับคู่คอลัมน์ระบุว่าค่าประเภท "${p.value}" เป็น ${p.kind}: โปรดระบุว่าเป็นค่าใดใน ${p.kinds}`,
  "settlement.mappingNotConfirmed": () =>
    'การจับคู่คอลัมน์ยังไม่ได้รับการยืนยัน จึงไม่ถูกใช้: ตรวจสอบแต่ละคอลัมน์ แล้วตั้งค่า "confirmed": true',
  "settlement.mappingNeedsKeys": (p) => `การจับคู่คอลัมน์อ่านไฟล์เป็น ${lay(p.layout)} แต่ไม่ได้ระบุคอลัมน์สำหรับ ${p.keys}: โปรดเพิ่ม`,
  "settlement.mappingHeaderNotFound": (p) =>
    `ไฟล์ไม่มีหัวตารางของการจับคู่คอลัมน์ (${p.cells}…) ใน ${n(p.rows)} แถวแรก: การจับคู่นี้เป็นของไฟล์อื่น`,
  "settlement.foundNothing": () => "ไม่มีข้อความในแถวแรก ๆ",
  "settlement.foundRow": (p) => `แถว ${n(p.row)} มี ${p.cells}`,
  "settlement.foundRowMore": (p) => `แถว ${n(p.row)} มี ${p.cells} และอีก ${n(p.more)} รายการ`,
  "settlement.mixedLanguages": (p) =>
    `ส่วนหัวในแถว ${n(p.row)} ปนสองภาษาของ Seller Center: ${p.first} (${p.firstCells}) และ ${p.second} (${p.secondCells}) ส่งออกไฟล์ใหม่จาก Seller Center เป็นภาษาเดียว โดยใช้ชื่อคอลัมน์ตามที่ TikTok ตั้ง`,
  "settlement.ambiguousLayout": (p) =>
    `ส่วนหัวในแถว ${n(p.row)} เข้ากับสองรูปแบบได้เท่ากัน (${lay(p.layouts)}) จึงไม่อ่านเป็นรูปแบบใดเลย: กระทบยอดไฟล์ส่งออกตามที่ Seller Center สร้างไว้ โดยไม่เพิ่มหรือเปลี่ยนชื่อคอลัมน์`,
  "settlement.orderExportGiven": () =>
    "นี่คือไฟล์ส่งออกคำสั่งซื้อ (OrderSKUList) ไม่ใช่การชำระเงิน: กระทบยอดไฟล์ส่งออก Income, statement หรือ unsettled และระบุไฟล์ส่งออกคำสั่งซื้อเป็นไฟล์คำสั่งซื้อ",
  "settlement.noDataRows": (p) => `${lay(p.layout)} มีส่วนหัว (แถว ${n(p.row)}) แต่ไม่มีแถวข้อมูล`,
  "settlement.ordersNotOrderExport": (p) => `ไฟล์คำสั่งซื้อเป็น ${lay(p.layout)} ไม่ใช่ไฟล์ส่งออกคำสั่งซื้อ (OrderSKUList)`,
  "settlement.currencyUnknown": (p) => `สกุลเงินของไฟล์ ${p.code} ไม่ใช่ของตลาด TikTok Shop ใดที่ Add-in นี้รู้จัก: ระบุตลาด`,
  "settlement.currencyShared": (p) => `ไฟล์นี้เป็น ${p.code} ซึ่ง ${p.markets} ใช้ร่วมกัน: ระบุตลาด (เช่น --market ${p.example})`,
  "settlement.marketsRemain": (p) =>
    `สกุลเงิน ชื่อ และคอลัมน์ค่าธรรมเนียมของไฟล์ยังเหลือ ${p.markets}: ระบุตลาด (เช่น --market ${p.example})`,
  "settlement.noMarket": () => "ไฟล์ไม่ระบุสกุลเงิน: ระบุตลาด (เช่น --market US) ทั้งชื่อไฟล์และคอลัมน์ค่าธรรมเนียมไม่ได้บอกไว้",

  "feeReason.noOrderValueColumn": () => 'ไฟล์ไม่มีคอลัมน์ "Customer payment" สำหรับคำนวณมูลค่าคำสั่งซื้อ',
  "feeReason.noItemNetColumn": () => 'ไฟล์ไม่มีคอลัมน์ "Subtotal after seller discounts"',
  "feeReason.noCustomerPaymentColumn": () => 'ไฟล์ไม่มีคอลัมน์ "Customer payment"',
  "feeReason.noBase": (p) => `ค่าธรรมเนียมที่คิดจาก ${p.base} ไม่มีฐานคำนวณ`,
  "feeReason.noReferralRule": () => "ไม่มีกฎค่าธรรมเนียมการแนะนำให้คิด 20%",
  "feeReason.perItemNoQuantity": (p) => `${p.fee} คิดต่อชิ้น และไฟล์ไม่มีคอลัมน์ "Quantity"`,
  "feeReason.cappedPerItemNoQuantity": (p) => `${p.fee} มีเพดานต่อชิ้น และไฟล์ไม่มีคอลัมน์ "Quantity"`,
  "expectedFee.noOrderValueColumn": () => 'ไฟล์ไม่มีคอลัมน์ "Customer payment" สำหรับคำนวณมูลค่าคำสั่งซื้อ',
  "expectedFee.noItemNetColumn": () => 'ไฟล์ไม่มีคอลัมน์ "Subtotal after seller discounts"',
  "expectedFee.noCustomerPaymentColumn": () => 'ไฟล์ไม่มีคอลัมน์ "Customer payment"',
  "expectedFee.noBase": (p) => `ค่าธรรมเนียมที่คิดจาก ${p.base} ไม่มีฐานคำนวณ`,
  "expectedFee.noReferralRule": () => "ไม่มีกฎค่าธรรมเนียมการแนะนำให้คิด 20%",
  "expectedFee.perItemNoQuantity": (p) => `${p.fee} คิดต่อชิ้น และไฟล์ไม่มีคอลัมน์ "Quantity"`,
  "expectedFee.cappedPerItemNoQuantity": (p) => `${p.fee} มีเพดานต่อชิ้น และไฟล์ไม่มีคอลัมน์ "Quantity"`,
  "expectedFee.neededNoOrderValueColumn": (p) =>
    `ค่าธรรมเนียมนี้ต้องใช้ ${p.argument}: ไฟล์ไม่มีคอลัมน์ "Customer payment" สำหรับคำนวณมูลค่าคำสั่งซื้อ`,
  "expectedFee.neededNoItemNetColumn": (p) =>
    `ค่าธรรมเนียมนี้ต้องใช้ ${p.argument}: ไฟล์ไม่มีคอลัมน์ "Subtotal after seller discounts"`,
  "expectedFee.neededNoCustomerPaymentColumn": (p) => `ค่าธรรมเนียมนี้ต้องใช้ ${p.argument}: ไฟล์ไม่มีคอลัมน์ "Customer payment"`,
  "expectedFee.neededPerItemNoQuantity": (p) =>
    `ค่าธรรมเนียมนี้ต้องใช้ ${p.argument}: ${p.fee} คิดต่อชิ้น และไฟล์ไม่มีคอลัมน์ "Quantity"`,
  "expectedFee.neededCappedPerItemNoQuantity": (p) =>
    `ค่าธรรมเนียมนี้ต้องใช้ ${p.argument}: ${p.fee} มีเพดานต่อชิ้น และไฟล์ไม่มีคอลัมน์ "Quantity"`,
  "expectedFee.categoryNotRate": () => "category ในที่นี้ต้องเป็นชื่อหมวดหมู่ (อัตรามาจากตารางอัตรา) ไม่ใช่อัตรา",

  "sellerProfile.bothTypes": () => 'seller_profile ระบุทั้ง "individual" และ "business": เก็บไว้เพียงหนึ่ง',
  "sellerProfile.feeTaxTwice": () => 'seller_profile ระบุ "fee tax" สองครั้ง: เก็บไว้เพียงหนึ่ง',
  "sellerProfile.feeTaxText": (p) => `seller_profile, fee tax "${p.text}": ${whyText(p)}`,
  "sellerProfile.unknownWord": (p) => `seller_profile: ไม่รู้จักคำว่า "${p.word}" ใช้คำเช่น ${p.words} คั่นด้วยจุลภาค`,

  "argument.range": (p) => `${p.argument} ต้องเป็นค่าเดียว ไม่ใช่ช่วงของเซลล์`,
  "argument.errorOrObject": (p) => `${p.argument} มีข้อผิดพลาดหรือออบเจ็กต์: แก้ไขเซลล์นั้นก่อน`,
  "argument.booleanForNumber": (p) => `${p.argument} เป็น TRUE/FALSE: ป้อนตัวเลข`,
  "argument.booleanForDate": (p) => `${p.argument} เป็น TRUE/FALSE: ป้อนวันที่`,
  "argument.notFinite": (p) => `${p.argument} ไม่ใช่ตัวเลขจำกัด`,
  "argument.notANumber": (p) => `${p.argument} ต้องเป็นตัวเลข`,
  "argument.requiredNumber": (p) => `ต้องระบุ ${p.argument}: ป้อนตัวเลข`,
  "argument.requiredText": (p) => `ต้องระบุ ${p.argument} เช่น ${p.example}`,
  "argument.textExpected": (p) => `${p.argument} ต้องเป็นข้อความ เช่น ${p.example}`,
  "argument.categoryZero": (p) =>
    `${p.argument} เป็น 0 (เซลล์ว่างก็อ่านเป็น 0 ใน Excel บนเดสก์ท็อป): สำหรับค่าคอมมิชชั่น 0% ให้พิมพ์ "0%" มิฉะนั้นให้เว้น ${p.argument} หรือระบุหมวดหมู่`,
  "argument.zeroFromEmptyCell": (p) =>
    `${p.argument} เป็น 0 (เซลล์ว่างก็อ่านเป็น 0 ใน Excel บนเดสก์ท็อป): เว้น ${p.argument} เพื่อใช้${t(p.fallback) === p.fallback ? ` ${n(p.fallback)}` : t(p.fallback)} หรือพิมพ์ "0" เป็นข้อความสำหรับ 0 จริง`,
  "argument.zeroFromEmptyCellNoDefault": (p) =>
    `${p.argument} เป็น 0 (เซลล์ว่างก็อ่านเป็น 0 ใน Excel บนเดสก์ท็อป): เว้น ${p.argument} เพื่อใช้ค่าเริ่มต้น หรือพิมพ์ "0" เป็นข้อความสำหรับ 0 จริง`,
  "argument.categoryType": (p) => `${p.argument} ต้องเป็นชื่อหมวดหมู่หรืออัตรา เช่น 0.06`,
  "argument.unknownChoice": (p) => `ไม่รู้จักค่า ${p.argument} "${p.given}": ใช้ ${or(p.choices)}`,
  "argument.marginRange": (p) => `${p.argument} ต้องเป็นสัดส่วนระหว่าง −1 ถึง 1 (30% คือ 0.3) ไม่ใช่ ${n(p.given)}`,
  "result.tooLargeForCell": () => "ผลลัพธ์มีขนาดใหญ่เกินกว่าจะใส่ในเซลล์",
  "result.ownRateSource": () => "อัตราของคุณเอง (ระบุในแผ่นงาน ไม่ได้มาจากตารางอัตรา)",
  "result.tableForValue": () => "ข้อผิดพลาดที่ไม่คาดคิด: ได้ตารางในตำแหน่งที่ควรเป็นค่าเดียว",
  "result.valueForTable": () => "ข้อผิดพลาดที่ไม่คาดคิด: ได้ค่าเดียวในตำแหน่งที่ควรเป็นตาราง",
  "result.unexpected": (p) => `ข้อผิดพลาดที่ไม่คาดคิด: ${p.message}`,
  // The Open API's saved responses (src/core/settlement/openApi.ts).
  "openApi.unknownShape": (p) =>
    `ไม่ใช่การตอบกลับที่บันทึกไว้ของธุรกรรมใบแจ้งยอดจาก Open API ของ TikTok Shop: ต้องเป็น {"code": 0, "data": {"transactions": […]}} จาก GET /finance/202309 / /finance/202501/statements/{statement_id}/statement_transactions ออบเจ็กต์ "data" ของการตอบกลับนั้น หรืออาร์เรย์ของการตอบกลับ (หนึ่งรายการต่อหน้า) พบ ${p.found}`,
  "openApi.apiError": (p) =>
    `การตอบกลับที่บันทึกไว้เป็นข้อผิดพลาดของ API (รหัส ${p.code}${p.text ? `: ${p.text}` : ""}) ไม่ใช่ธุรกรรมใบแจ้งยอด: ขอหน้านั้นอีกครั้งและบันทึกคำตอบที่มี "data"`,
  "openApi.statementsList": () =>
    `นี่คือรายการใบแจ้งยอด (GET /finance/…/statements) ไม่ใช่ธุรกรรมของใบแจ้งยอด: บันทึกการตอบกลับ statement_transactions ของแต่ละใบแจ้งยอดแล้วกระทบยอดรายการเหล่านั้น`,
  "openApi.perOrder": () =>
    `ยังไม่รองรับธุรกรรมรายคำสั่งซื้อ (sku_transactions): ให้บันทึกการตอบกลับ statement_transactions ของใบแจ้งยอดของคำสั่งซื้อนั้นแทน`,
  "openApi.noTransactions": () => `การตอบกลับที่บันทึกไว้ไม่มีธุรกรรม: ไม่มีรายการให้กระทบยอด`,
  "openApi.mixedVersions": (p) =>
    `การตอบกลับมีธุรกรรมสองรูปแบบปนกัน (${p.first} และ ${p.second}): ให้กระทบยอดการตอบกลับของแต่ละเวอร์ชันแยกกัน`,
  "openApi.unknownTransaction": (p) =>
    `ธุรกรรมไม่มีฟิลด์ของเวอร์ชันที่ Add-in นี้อ่านได้ (202309: "fee_amount"…, 202501: "fee_tax_breakdown"…, unsettled: "est_settlement_amount"): ธุรกรรมแรกมี ${p.found}`,
  "openApi.notJson": (p) => `${p.file} ไม่ใช่ JSON ที่ถูกต้อง: ${p.reason}`,
  "ads.budgetOk": (p) =>
    `OK: ${thBudget(p.level, p.type)} ${n(p.budget)} USD ถึงขั้นต่ำแล้ว (${p.strict ? "มากกว่า" : "อย่างน้อย"} ${n(p.min)} USD)`,
  "ads.budgetBelow": (p) =>
    `ต่ำกว่าขั้นต่ำ: ${thBudget(p.level, p.type)}ต้อง${p.strict ? "มากกว่า" : "อย่างน้อย"} ${n(p.min)} USD ที่ ${n(p.budget)} USD ยังขาดอีก ${n(p.short)} USD${p.strict ? " (เท่ากับขั้นต่ำพอดียังไม่พอ)" : ""}`,
  "live.waterfallLabel": (p) =>
    pick(p.line, {
      step: `ขั้นตอน`,
      share: `สัดส่วนของยอดใช้จ่ายของผู้ชม`,
      appStore: `แอปสโตร์ (${p.channel})`,
      tiktok: `TikTok`,
      agency: `เอเจนซี`,
      withdrawalFee: `ค่าธรรมเนียมการถอนเงิน`,
      creator: `เงินสดของครีเอเตอร์`,
      viewerSpend: `ยอดใช้จ่ายของผู้ชม`,
    }),
  "ads.funnelLabel": (p) =>
    pick(p.line, {
      step: `ขั้นตอน`,
      value: `ค่า`,
      budget: `งบประมาณ (USD)`,
      impressions: `การแสดงผล`,
      clicks: `คลิก`,
      conversions: `การแปลง`,
      revenue: `รายได้ (USD)`,
      roas: `ROAS`,
      cpa: `ต้นทุนต่อการแปลง (USD)`,
      profit: `กำไรหลังหักค่าโฆษณา (USD)`,
    }),
  "settlement.noCreatedDate": () => "คำสั่งซื้อไม่มีวันที่สร้างสำหรับเลือกอัตราที่มีผล",
  "file.notFound": (p) => `${p.file}: ไม่พบไฟล์`,
  "file.isFolder": (p) => `${p.file} เป็นโฟลเดอร์ ไม่ใช่ไฟล์`,
  "file.empty": (p) => `${p.file} ว่างเปล่า (0 ไบต์)`,
  "file.notWorkbook": (p) => `${p.file} ไม่ใช่เวิร์กบุ๊ก Excel (ไม่มีลายเซ็น xlsx)`,
  "file.binary": (p) => `${p.file} เป็นไฟล์ไบนารี ไม่ใช่ข้อความ CSV หรือเวิร์กบุ๊ก xlsx`,
  "file.notCsv": (p) => `อ่าน ${p.file} เป็น CSV ไม่ได้: ${p.reason}`,
  "file.noWorksheets": (p) => `${p.file} ไม่มีเวิร์กชีต`,
  "file.damagedWorkbook": (p) => `อ่าน ${p.file} เป็นเวิร์กบุ๊ก xlsx ไม่ได้ (เสียหายหรือถูกตัด?): ${p.reason}`,
  "file.unreadable": (p) => `${p.file}: อ่านไม่ได้ (${p.code})`,
  "file.notReconciled": (p) => `${p.file}: กระทบยอดไม่ได้: ${p.reason}`,
  "file.sheetNotFound": (p) => `--sheet "${p.sheet}" ไม่อยู่ใน ${p.file} (ชีต: ${p.sheets})`,
  "settlement.mappedLayoutTitle": () => "การจับคู่คอลัมน์ของคุณ",
  "settlement.layoutTitle": (p) => lay(p.title),
  "settlement.skipAdjustment": (p) => `${p.type}${p.why ? ` (${p.why})` : ""}: รายการปรับปรุงไม่ได้ตรวจกับตารางอัตรา`,
  "settlement.skipCurrency": (p) => `สกุลเงิน ${p.currency} ไม่ใช่สกุลเงินของ ${p.market} (${p.expected})`,
  "settlement.rateNotInBook": (p) => `ตารางอัตราไม่มี ${p.kind} สำหรับ ${p.market}`,
  "settlement.rateBeforeBook": (p) =>
    `ไม่มีอัตรา ${p.kind} สำหรับ ${p.market} ก่อน ${d(p.first)}: ตารางอัตราเริ่มต้นที่นั่น (วันที่สั่งซื้อ ${d(p.date)})`,
  "settlement.noRuleInForce": (p) => `ไม่มี ${p.kind} ที่มีผลในวันที่ ${d(p.date)}`,
  "settlement.nothingChargedWaiver": (p) =>
    `ไม่ได้เรียกเก็บอะไร และไม่มีอัตรา ${p.kind} ในตารางอัตราวันที่ ${d(p.date)} ที่เป็น 0 %: การยกเว้นสำหรับผู้ขายใหม่หรือจากโปรแกรมไม่มีอยู่ในตารางอัตรา`,
  "settlement.categoryDefault": () => "ค่าเริ่มต้น",
  "settlement.categoryWithVat": (p) => `${p.category} (รวม VAT)`,
  "settlement.categoryNoneFitsAtDefault": () => "ไม่มีที่ตรงกัน (คาดไว้ตามอัตราเริ่มต้น)",
  "settlement.categoryNothingChargedAtDefault": () => "ไม่ได้เรียกเก็บ (คาดไว้ตามอัตราเริ่มต้น)",
  "settlement.categoryNoneFitsNearest": (p) => `ไม่มีที่ตรงกัน (ใกล้ที่สุด: ${p.nearest})`,
  "settlement.categoryNothingCharged": () => "ไม่ได้เรียกเก็บ",
  "settlement.noModelledFee": () => `ไฟล์ไม่มีคอลัมน์ค่าธรรมเนียมที่ add-in นี้คำนวณได้`,
  "live.crpEligible": () => `มีสิทธิ์`,
  "live.crpNotEligible": (p) => `ไม่มีสิทธิ์: ${p.reasons}`,
  "live.crpReason": (p) =>
    pick(p.why, {
      notOpen: `โปรแกรมยังไม่เปิดใน ${region(p.a)} (เปิดใน ${p.b})`,
      followers: `ต้องมีผู้ติดตาม ${n(p.a)} คน (ปัจจุบัน ${n(p.b)})`,
      views: `ต้องมียอดวิว ${n(p.a)} ครั้งใน 30 วัน (ปัจจุบัน ${n(p.b)})`,
      seconds: `วิดีโอต้องยาวอย่างน้อย ${n(p.a)} วินาที (วิดีโอนี้ ${n(p.b)} วินาที)`,
      age: `ครีเอเตอร์ต้องมีอายุ ${n(p.a)} ปีขึ้นไป`,
    }),
  "fee.vatOn": (p) => `VAT ของ${p.fee}`,
  "table.byCategory": () => "ตามหมวดหมู่",
  "table.column": (p) =>
    pick(p.column, {
      gift: "ของขวัญ",
      coins: "เหรียญ",
      since: "มีผลตั้งแต่",
      until: "ถึง",
      source: "แหล่งที่มา",
      note: "หมายเหตุ",
      format: "รูปแบบ",
      duration: "ระยะเวลา",
      delivery: "การแสดงผล",
      pricing: "การคิดราคา",
      low: "ต่ำ (USD)",
      high: "สูง (USD)",
      code: "รหัส",
      market: "ตลาด",
      currency: "สกุลเงิน",
      defaultCommission: "ค่าคอมมิชชั่นเริ่มต้น",
      category: "หมวดหมู่",
      commission: "ค่าคอมมิชชั่น",
      component: "องค์ประกอบ",
      rate: "อัตรา",
      base: "ฐาน",
      amount: "จำนวนเงิน",
      totalShopFees: "ค่าธรรมเนียม TikTok Shop รวม",
    }),
};

export default th;
