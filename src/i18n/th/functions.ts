/**
 * Thai (ไทย): function help (functions-<locale>.json) and the manifest's words, read at build
 * time only (docs/i18n.md, "Function help"). A machine-made draft, not reviewed by a native speaker.
 * Function names, parameter names and the values a user types (codes, "web", seller-profile words)
 * stay English: formulas must work in every Excel.
 */
import type { FunctionsSection } from "../functionsSection";

/** Parameter help that several functions share (by parameter name; _ID: a variant first used by ID). */
const P = {
  market: "รหัสตลาด เช่น US, UK, ID (ค่าเริ่มต้น US)",
  market_RATE: "รหัสตลาด เช่น US, UK, ID (ค่าเริ่มต้น US สำหรับค่าธรรมเนียมร้านค้า)",
  market_COINCOST: "ตลาดของรายการราคาเหรียญ: US (ค่าเริ่มต้น) หรือ UK",
  as_of: "วันที่ของอัตราที่จะใช้ (ค่าเริ่มต้น: อัตราล่าสุด)",
  as_of_GIFTCOINS: "วันที่ของราคาที่จะใช้ (ค่าเริ่มต้น: ล่าสุด)",
  fee: 'ค่าธรรมเนียมหรือพารามิเตอร์: ค่าธรรมเนียมตามชื่อหรือชื่อแทน (commission หรือ referral, transaction หรือ payment, orderFee หรือ processing, growth, refundAdmin, dynamicCommission) หรือพารามิเตอร์ เช่น "usdPerDiamond", "cpm"',
  category: "หมวดหมู่สินค้า หรืออัตราค่าคอมมิชชัน เช่น 0.06 เพื่อใช้แทนสมุดอัตรา",
  category_RATE: "หมวดหมู่ ของขวัญ อุตสาหกรรม หรือรูปแบบ หากค่าธรรมเนียมนั้นมี; ตัวเลขจะใช้แทนค่าคอมมิชชัน",
  unit_cost: "ต้นทุนต่อหน่วยของคุณ (สินค้า บรรจุภัณฑ์)",
  quantity: "จำนวนหน่วยในรายการสั่งซื้อ (ค่าเริ่มต้น 1)",
  shipping: "ค่าจัดส่งที่ผู้ซื้อจ่ายสำหรับคำสั่งซื้อ (ค่าเริ่มต้น 0)",
  seller_discount: "ส่วนลดที่ผู้ขายออกเองในรายการ เป็นจำนวนเงิน (ค่าเริ่มต้น 0)",
  platform_discount: "ส่วนลดที่ TikTok ออกให้ในรายการ เป็นจำนวนเงิน (ค่าเริ่มต้น 0)",
  affiliate_rate: "อัตราค่าคอมมิชชันของครีเอเตอร์จากยอดที่ผู้ซื้อจ่ายค่าสินค้า เช่น 0.1 (ค่าเริ่มต้น 0)",
  seller_shipping: "ค่าจัดส่งคำสั่งซื้อที่คุณจ่าย (ค่าเริ่มต้น 0)",
  return_rate: "สัดส่วนคำสั่งซื้อที่ถูกส่งคืน เช่น 0.05 (ค่าเริ่มต้น 0)",
  ad_cost: "ค่าโฆษณาต่อคำสั่งซื้อ (ค่าเริ่มต้น 0)",
  commission_rate: "อัตราค่าคอมมิชชันของคุณเมื่อ category ระบุกลุ่มหมวดหมู่ (ค่าธรรมเนียมอื่นเป็นไปตามกลุ่ม) เช่น 0.05",
  seller_profile:
    'คำ เช่น "business", "mall", "cross-border", "above threshold", "no tax id", "pre-order", "fee tax 6.25%" (ค่าเริ่มต้น: ผู้ขายบุคคลธรรมดา)',
  price: "ราคาตั้งต่อหน่วยในสกุลเงินของตลาด",
  target_margin: "กำไรเป็นสัดส่วนของรายได้ เช่น 0.25 สำหรับ 25%",
  coins: "จำนวนเหรียญ",
  channel: "ช่องทางที่ผู้ชมซื้อเหรียญ: web (ค่าเริ่มต้น), ios หรือ android",
  estimate: "low, typical (ค่าเริ่มต้น) หรือ high",
  followers: "จำนวนผู้ติดตาม",
  usd_per_diamond: "USD ต่อเพชร (ค่าเริ่มต้น 0.005)",
  agency_share: "ส่วนแบ่งจากรายได้ของครีเอเตอร์ที่เอเจนซีได้ เช่น 0.2 (ค่าเริ่มต้น 0)",
  withdrawal_fee: "ค่าธรรมเนียมต่อการถอนเงินเป็น USD เช่น ของ PayPal (ค่าเริ่มต้น 0: TikTok ไม่เรียกเก็บ)",
  target_usd: "เงินสดที่ครีเอเตอร์ต้องการได้รับ เป็น USD",
  gift: 'ชื่อของขวัญ เช่น "Lion" หรือ "Rose" (=TIKTOK.GIFTS() แสดงรายการทั้งหมด)',
  count: "จำนวนของขวัญ ตั้งแต่ 0 ขึ้นไป (ค่าเริ่มต้น 1)",
  coins_per_diamond: "เหรียญต่อเพชร (ค่าเริ่มต้น 1; เครื่องคำนวณหลายตัวใช้ 2)",
  industry: 'อุตสาหกรรมสำหรับค่าอ้างอิง เช่น "E-commerce" (ค่าเริ่มต้น: ทุกอุตสาหกรรม)',
  level: "campaign, adgroup หรือ gmvmax (GMV Max: งบประมาณรายวันเท่านั้น)",
  daily_budget: "งบประมาณรายวันแบบไดนามิกที่ตั้งไว้ เป็น USD: ค่าเฉลี่ยต่อวันตลอดสัปดาห์",
  period: "day (ค่าเริ่มต้น: สูงสุดในหนึ่งวัน) หรือ week (สูงสุดในหนึ่งสัปดาห์ปฏิทิน)",
  budget: "งบประมาณเป็น USD",
  days: "จำนวนวันตามกำหนดการ สำหรับงบประมาณตลอดอายุ (เว้นว่างสำหรับขั้นต่ำรายวัน)",
  model:
    "รูปแบบการเรียกเก็บเงิน (CPM, oCPM, CPC, CPV) หรือรูปแบบพรีเมียม (TopView, BrandTakeover, HashtagChallenge, BrandedEffect)",
  rate: "ราคาของคุณ: ต่อ 1,000 การแสดงผล ต่อคลิก ต่อยอดดู หรือต่อวัน (ค่าเริ่มต้น: ค่าอ้างอิงจากแหล่งที่มา)",
  aov: "มูลค่าคำสั่งซื้อเฉลี่ยเป็น USD",
  margin: "อัตรากำไรจากรายได้ก่อนค่าโฆษณา เช่น 0.3",
};

const section: FunctionsSection = {
  manifest: {
    DisplayName: "TikTok Economics",
    Description:
      "ค่าธรรมเนียม TikTok Shop รายได้จากของขวัญ LIVE และค่าโฆษณาในรูปสูตร Excel (TIKTOK.*) พร้อมสมุดอัตราที่ระบุวันที่และแหล่งที่มา และแผ่นงานสถานการณ์สำเร็จรูป",
    "GetStarted.Title": "TikTok Economics พร้อมใช้งานแล้ว",
    "GetStarted.Description": "พิมพ์ =TIKTOK.SHOPFEE(20) ในเซลล์ หรือเปิด TikTok Economics บนแท็บหน้าแรกเพื่อใช้แผ่นงานสถานการณ์",
    "CommandsGroup.Label": "TikTok Economics",
    "TaskpaneButton.Label": "TikTok Economics",
    "TaskpaneButton.Tooltip": "แทรกแผ่นงานสถานการณ์ของ TikTok Shop, LIVE และโฆษณา และดูอัตราเบื้องหลังทุกฟังก์ชัน TIKTOK.*",
  },
  functions: {
    CATEGORIES: {
      description: "หมวดหมู่สินค้าของตลาด พร้อมอัตราค่าคอมมิชชันที่มีผล ณ วันที่ และแหล่งที่มา",
      parameters: {
        market: P.market,
        as_of: P.as_of,
      },
    },
    MARKETS: {
      description: "ตลาดที่สมุดอัตราครอบคลุม พร้อมสกุลเงินและค่าคอมมิชชันเริ่มต้นตามอัตราล่าสุด",
      parameters: {},
    },
    RATE: {
      description:
        "อัตราเบื้องหลังค่าธรรมเนียมหรือพารามิเตอร์ใดก็ได้ในสมุดอัตรา เช่น ค่าคอมมิชชันของตลาดและหมวดหมู่ หรือมูลค่าเป็น USD ของเพชรหนึ่งเม็ด",
      parameters: {
        fee: P.fee,
        market: P.market_RATE,
        category: P.category_RATE,
        as_of: P.as_of,
      },
    },
    RATEBOOK: {
      description: "เวอร์ชันของสมุดอัตราที่ Add-in ใช้คำนวณ: วันที่มีผลล่าสุดของอัตรา และค่าแฮชของเนื้อหา",
      parameters: {},
    },
    RATESOURCE: {
      description: "แหล่งที่มาสาธารณะ (URL) ของค่าธรรมเนียมหรือพารามิเตอร์ใดก็ได้ในสมุดอัตรา",
      parameters: {
        fee: P.fee,
        market: P.market_RATE,
        category: P.category_RATE,
        as_of: P.as_of,
      },
    },
    BILLABLEWEIGHT: {
      description:
        "น้ำหนักที่ใช้คิดค่าบริการ FBT ในสหรัฐฯ เป็นปอนด์: ค่าที่มากกว่าระหว่างน้ำหนักต่อหน่วยกับน้ำหนักตามปริมาตร ยาว × กว้าง × สูง (นิ้ว) ÷ 166",
      parameters: {
        weight_lb: "น้ำหนักต่อหน่วยเป็นปอนด์",
        length_in: "ความยาวของหน่วยที่บรรจุแล้วเป็นนิ้ว",
        width_in: "ความกว้างของหน่วยที่บรรจุแล้วเป็นนิ้ว",
        height_in: "ความสูงของหน่วยที่บรรจุแล้วเป็นนิ้ว",
      },
    },
    BREAKEVENPRICE: {
      description: "ราคาต่อหน่วยต่ำสุดที่รายการสั่งซื้อไม่ขาดทุนหลังหักค่าธรรมเนียม TikTok Shop และต้นทุนของคุณ",
      parameters: {
        unit_cost: P.unit_cost,
        market: P.market,
        category: P.category,
        quantity: P.quantity,
        shipping: P.shipping,
        seller_discount: P.seller_discount,
        platform_discount: P.platform_discount,
        affiliate_rate: P.affiliate_rate,
        seller_shipping: P.seller_shipping,
        return_rate: P.return_rate,
        ad_cost: P.ad_cost,
        as_of: P.as_of,
        commission_rate: P.commission_rate,
        seller_profile: P.seller_profile,
      },
    },
    FBTFEE: {
      description:
        "ค่าบริการจัดการคำสั่งซื้อ Fulfilled by TikTok (FBT) สำหรับสินค้าหนึ่งรายการ ตามระดับขนาดของสหราชอาณาจักรที่กล่องและน้ำหนักอยู่ (มีเพียงตารางของสหราชอาณาจักรที่เปิดเผย)",
      parameters: {
        market: "รหัสตลาด: UK (ตารางอัตราตามน้ำหนักของสหรัฐฯ ไม่ได้เปิดเผย ฟังก์ชันจะแจ้งเช่นนั้น)",
        weight_kg: "น้ำหนักต่อหน่วยเป็น kg",
        length_cm: "ความยาวของหน่วยที่บรรจุแล้วเป็น cm",
        width_cm: "ความกว้างของหน่วยที่บรรจุแล้วเป็น cm",
        height_cm: "ความสูงของหน่วยที่บรรจุแล้วเป็น cm",
        units: "จำนวนหน่วยในรายการสั่งซื้อ (ค่าเริ่มต้น 1)",
        as_of: P.as_of,
      },
    },
    MAXAFFILIATE: {
      description: "อัตราค่าคอมมิชชันแอฟฟิลิเอต (ครีเอเตอร์) สูงสุดที่ยังได้กำไรตามเป้าที่ราคาที่กำหนด (TikTok อนุญาตสูงสุด 80%)",
      parameters: {
        price: P.price,
        unit_cost: P.unit_cost,
        target_margin: P.target_margin,
        market: P.market,
        category: P.category,
        quantity: P.quantity,
        shipping: P.shipping,
        seller_discount: P.seller_discount,
        platform_discount: P.platform_discount,
        seller_shipping: P.seller_shipping,
        return_rate: P.return_rate,
        ad_cost: P.ad_cost,
        as_of: P.as_of,
        commission_rate: P.commission_rate,
        seller_profile: P.seller_profile,
      },
    },
    REFUNDFEE: {
      description:
        "ค่าธรรมเนียมการจัดการการคืนเงินที่ TikTok เรียกเก็บเมื่อรายการสั่งซื้อได้รับการคืนเงิน (สหรัฐฯ: 20% ของค่าคอมมิชชัน สูงสุด 5 USD ต่อ SKU; เป็นศูนย์ในที่ที่ไม่เรียกเก็บ)",
      parameters: {
        price: P.price,
        market: P.market,
        category: P.category,
        quantity: P.quantity,
        shipping: P.shipping,
        seller_discount: P.seller_discount,
        platform_discount: P.platform_discount,
        as_of: P.as_of,
        commission_rate: P.commission_rate,
        seller_profile: P.seller_profile,
      },
    },
    SHOPCOMMISSION: {
      description: "เฉพาะค่าคอมมิชชัน (ค่าธรรมเนียมการแนะนำ) ของรายการสั่งซื้อหนึ่งรายการ บวก VAT ในตลาดที่เพิ่มเข้าไป",
      parameters: {
        price: P.price,
        market: P.market,
        category: P.category,
        quantity: P.quantity,
        shipping: P.shipping,
        seller_discount: P.seller_discount,
        platform_discount: P.platform_discount,
        as_of: P.as_of,
        commission_rate: P.commission_rate,
        seller_profile: P.seller_profile,
      },
    },
    SHOPFEE: {
      description:
        "ค่าธรรมเนียม TikTok Shop ทั้งหมดของรายการสั่งซื้อหนึ่งรายการ: ค่าคอมมิชชัน บวกค่าธรรมเนียมธุรกรรม ค่าบริการ และค่าธรรมเนียมคงที่ต่อคำสั่งซื้อที่มีผล ณ วันที่",
      parameters: {
        price: P.price,
        market: P.market,
        category: P.category,
        quantity: P.quantity,
        shipping: P.shipping,
        seller_discount: P.seller_discount,
        platform_discount: P.platform_discount,
        as_of: P.as_of,
        commission_rate: P.commission_rate,
        seller_profile: P.seller_profile,
      },
    },
    SHOPFEES: {
      description:
        "ค่าธรรมเนียม TikTok Shop ของรายการสั่งซื้อหนึ่งรายการเป็นตาราง: องค์ประกอบ อัตรา ฐาน จำนวนเงิน และแหล่งที่มา พร้อมยอดรวมในแถวสุดท้าย",
      parameters: {
        price: P.price,
        market: P.market,
        category: P.category,
        quantity: P.quantity,
        shipping: P.shipping,
        seller_discount: P.seller_discount,
        platform_discount: P.platform_discount,
        as_of: P.as_of,
        commission_rate: P.commission_rate,
        seller_profile: P.seller_profile,
      },
    },
    SHOPMARGIN: {
      description: "อัตรากำไรของรายการสั่งซื้อหนึ่งรายการ: กำไรที่คาดไว้หารด้วยรายได้ (สินค้าหลังส่วนลดผู้ขาย บวกค่าจัดส่งที่ผู้ซื้อจ่าย)",
      parameters: {
        price: P.price,
        unit_cost: P.unit_cost,
        market: P.market,
        category: P.category,
        quantity: P.quantity,
        shipping: P.shipping,
        seller_discount: P.seller_discount,
        platform_discount: P.platform_discount,
        affiliate_rate: P.affiliate_rate,
        seller_shipping: P.seller_shipping,
        return_rate: P.return_rate,
        ad_cost: P.ad_cost,
        as_of: P.as_of,
        commission_rate: P.commission_rate,
        seller_profile: P.seller_profile,
      },
    },
    SHOPNET: {
      description:
        "ยอดที่ TikTok ชำระให้คุณสำหรับรายการสั่งซื้อหนึ่งรายการ: รายได้ (สินค้าหลังส่วนลดผู้ขาย บวกค่าจัดส่งที่ผู้ซื้อจ่าย) หักค่าธรรมเนียม TikTok Shop ค่าคอมมิชชันแอฟฟิลิเอต และภาษีที่ TikTok หัก ณ ที่จ่าย",
      parameters: {
        price: P.price,
        market: P.market,
        category: P.category,
        quantity: P.quantity,
        shipping: P.shipping,
        seller_discount: P.seller_discount,
        platform_discount: P.platform_discount,
        affiliate_rate: P.affiliate_rate,
        as_of: P.as_of,
        commission_rate: P.commission_rate,
        seller_profile: P.seller_profile,
      },
    },
    SHOPPRICE: {
      description: "ราคาต่อหน่วยต่ำสุดที่ได้อัตรากำไรตามเป้าหลังหักค่าธรรมเนียม TikTok Shop ทั้งหมดและต้นทุนของคุณ",
      parameters: {
        unit_cost: P.unit_cost,
        target_margin: P.target_margin,
        market: P.market,
        category: P.category,
        quantity: P.quantity,
        shipping: P.shipping,
        seller_discount: P.seller_discount,
        platform_discount: P.platform_discount,
        affiliate_rate: P.affiliate_rate,
        seller_shipping: P.seller_shipping,
        return_rate: P.return_rate,
        ad_cost: P.ad_cost,
        as_of: P.as_of,
        commission_rate: P.commission_rate,
        seller_profile: P.seller_profile,
      },
    },
    SHOPPROFIT: {
      description:
        "กำไรที่คาดไว้ของรายการสั่งซื้อหนึ่งรายการหลังหักค่าธรรมเนียม TikTok Shop ค่าคอมมิชชันแอฟฟิลิเอต ต้นทุนสินค้า ค่าจัดส่ง ค่าโฆษณา และการคืนสินค้า",
      parameters: {
        price: P.price,
        unit_cost: P.unit_cost,
        market: P.market,
        category: P.category,
        quantity: P.quantity,
        shipping: P.shipping,
        seller_discount: P.seller_discount,
        platform_discount: P.platform_discount,
        affiliate_rate: P.affiliate_rate,
        seller_shipping: P.seller_shipping,
        return_rate: P.return_rate,
        ad_cost: P.ad_cost,
        as_of: P.as_of,
        commission_rate: P.commission_rate,
        seller_profile: P.seller_profile,
      },
    },
    COINCOST: {
      description: "ราคาที่ผู้ชมจ่ายสำหรับเหรียญ ตามช่องทางการซื้อ: ต่อเหรียญบนเว็บ หรือชุดแพ็กที่ถูกที่สุดในแอป",
      parameters: {
        coins: P.coins,
        channel: P.channel,
        method: "packs (ชุดแพ็กที่ถูกที่สุด; ค่าเริ่มต้นในแอป) หรือ perCoin (ค่าเริ่มต้นบนเว็บ)",
        market: P.market_COINCOST,
      },
    },
    COINVALUE: {
      description: "ราคาที่ผู้ชมจ่ายสำหรับเหรียญหนึ่งเหรียญบนช่องทางการซื้อ: ราคาต่อเหรียญที่ดีที่สุดในบรรดาแพ็กของช่องทางนั้น (เศษของหนึ่งเซนต์)",
      parameters: {
        channel: P.channel,
        market: P.market_COINCOST,
      },
    },
    CREATORREWARDS: {
      description: "รายได้โดยประมาณจาก Creator Rewards Program: ยอดดูที่ผ่านเกณฑ์ / 1,000 × RPM",
      parameters: {
        qualified_views: "ยอดดูที่ผ่านเกณฑ์ (ยอดดูในหน้า “สำหรับคุณ” อย่างน้อย 5 วินาที)",
        rpm: "USD ต่อ 1,000 ยอดดูที่ผ่านเกณฑ์ (ค่าเริ่มต้น: ช่วงค่าจากแหล่งที่มา)",
        estimate: P.estimate,
      },
    },
    CREATORREWARDSELIGIBLE: {
      description: "บัญชีมีคุณสมบัติสำหรับ Creator Rewards Program หรือไม่ และหากไม่มี ยังขาดอะไร",
      parameters: {
        followers: P.followers,
        views_30d: "ยอดดูวิดีโอใน 30 วันที่ผ่านมา",
        video_seconds: "ความยาววิดีโอเป็นวินาที",
        age: "อายุของครีเอเตอร์",
        market: "ตลาดของครีเอเตอร์ (ค่าเริ่มต้น US)",
      },
    },
    DIAMONDPAYOUT: {
      description: "จำนวน USD ที่ครีเอเตอร์ได้รับจากเพชร หลังหักส่วนแบ่งของเอเจนซีและค่าธรรมเนียมการถอนเงิน",
      parameters: {
        diamonds: "จำนวนเพชร",
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
        withdrawal_fee: P.withdrawal_fee,
      },
    },
    DIAMONDSFORPAYOUT: {
      description: "จำนวนเพชรที่ครีเอเตอร์ต้องมีเพื่อรับเงินสดตามเป้า",
      parameters: {
        target_usd: P.target_usd,
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
        withdrawal_fee: P.withdrawal_fee,
      },
    },
    GIFTCOINS: {
      description: "จำนวนเหรียญที่ผู้ชมจ่ายสำหรับของขวัญ LIVE (ราคาในแคตตาล็อก ณ วันที่) คูณด้วยจำนวน",
      parameters: {
        gift: P.gift,
        count: P.count,
        as_of: P.as_of_GIFTCOINS,
      },
    },
    GIFTDIAMONDS: {
      description: "จำนวนเพชรที่ครีเอเตอร์ได้รับจากของขวัญ LIVE",
      parameters: {
        gift: P.gift,
        count: P.count,
        coins_per_diamond: P.coins_per_diamond,
      },
    },
    GIFTS: {
      description: "แคตตาล็อกของขวัญ LIVE: ของขวัญ เหรียญ วันที่ราคาเริ่มมีผล และแหล่งที่มา",
      parameters: {
        as_of: P.as_of_GIFTCOINS,
      },
    },
    GIFTSFORPAYOUT: {
      description: "จำนวนของขวัญ LIVE ชนิดหนึ่งที่ครีเอเตอร์ต้องได้รับเพื่อรับเงินสดตามเป้า",
      parameters: {
        gift: P.gift,
        target_usd: P.target_usd,
        coins_per_diamond: P.coins_per_diamond,
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
      },
    },
    LIVEMONTHLY: {
      description: "รายได้ LIVE รายเดือนของครีเอเตอร์จากของขวัญต่อการไลฟ์และจำนวนการไลฟ์ต่อเดือน",
      parameters: {
        gift: P.gift,
        gifts_per_stream: "ของขวัญชนิดนั้นที่ได้รับต่อการไลฟ์ LIVE หนึ่งครั้ง",
        streams_per_month: "จำนวนการไลฟ์ LIVE ต่อเดือน",
        coins_per_diamond: P.coins_per_diamond,
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
      },
    },
    LIVEWATERFALL: {
      description: "เงินที่ผู้ชมจ่ายซื้อเหรียญไปที่ใดบ้าง: สโตร์แอป TikTok เอเจนซี ค่าธรรมเนียมการถอนเงิน และเงินสดของครีเอเตอร์ เป็นตาราง",
      parameters: {
        coins: P.coins,
        channel: P.channel,
        coins_per_diamond: P.coins_per_diamond,
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
        withdrawal_fee: P.withdrawal_fee,
      },
    },
    ADBENCHMARK: {
      description: "ค่าอ้างอิงที่ระบุวันที่สำหรับ CPM, CPC หรือ CTR แยกตามอุตสาหกรรมเมื่อแหล่งข้อมูลระบุ",
      parameters: {
        metric: "CPM, CPC หรือ CTR",
        industry: P.industry,
        estimate: P.estimate,
      },
    },
    ADBUDGETCHECK: {
      description: "ตรวจงบประมาณเทียบกับขั้นต่ำของ TikTok และบอกว่ารายการใดต่ำกว่าขั้นต่ำ",
      parameters: {
        level: P.level,
        budget: P.budget,
        days: P.days,
      },
    },
    ADCOST: {
      description: "ค่าโฆษณา TikTok: รูปแบบการเรียกเก็บเงินและปริมาณ (การแสดงผล คลิก ยอดดู) หรือรูปแบบพรีเมียมและจำนวนวัน",
      parameters: {
        model: P.model,
        volume: "การแสดงผล (CPM, oCPM) คลิก (CPC) ยอดดู (CPV) หรือจำนวนวัน (รูปแบบพรีเมียม)",
        rate: P.rate,
        industry: P.industry,
      },
    },
    ADFORMATS: {
      description: "รูปแบบโฆษณาของ TikTok: ระยะเวลา การแสดงโฆษณา การกำหนดราคา และช่วงราคาสาธารณะพร้อมแหล่งที่มา",
      parameters: {},
    },
    ADFUNNEL: {
      description:
        "กรวยการขาย (funnel) ที่งบประมาณซื้อได้: การแสดงผล คลิก คอนเวอร์ชัน รายได้ ROAS ต้นทุนต่อคอนเวอร์ชัน และกำไร เป็นตาราง",
      parameters: {
        budget: P.budget,
        cpm: "ต้นทุนต่อ 1,000 การแสดงผลเป็น USD",
        ctr: "อัตราการคลิกผ่าน เช่น 0.009",
        cvr: "อัตราคอนเวอร์ชันของคลิก เช่น 0.02",
        aov: P.aov,
        margin: "อัตรากำไรจากรายได้ก่อนค่าโฆษณา เช่น 0.4 (สำหรับกำไร)",
      },
    },
    ADMINBUDGET: {
      description:
        "งบประมาณขั้นต่ำของ TikTok สำหรับแคมเปญหรือกลุ่มโฆษณา: ขั้นต่ำรายวัน หรือเมื่อระบุจำนวนวัน คือขั้นต่ำตลอดอายุสำหรับกำหนดการนั้น",
      parameters: {
        level: P.level,
        days: P.days,
      },
    },
    ADDYNAMICBUDGET: {
      description:
        "ยอดใช้จ่ายสูงสุดของงบประมาณรายวันแบบไดนามิก: ในหนึ่งวัน 125 % ของงบประมาณรายวัน ในหนึ่งสัปดาห์ปฏิทิน 7 เท่าของงบประมาณรายวัน (ศูนย์ช่วยเหลือ TikTok Ads)",
      parameters: {
        daily_budget: P.daily_budget,
        period: P.period,
      },
    },
    ADVOLUME: {
      description: "ปริมาณที่งบประมาณซื้อได้ภายใต้รูปแบบการเรียกเก็บเงิน: การแสดงผล คลิก หรือยอดดู",
      parameters: {
        model: P.model,
        budget: P.budget,
        rate: P.rate,
        industry: P.industry,
      },
    },
    BREAKEVENROAS: {
      description: "ROAS ที่โฆษณาคุ้มทุนในตัวเอง: 1 / อัตรากำไร",
      parameters: {
        margin: P.margin,
      },
    },
    LEARNINGBUDGET: {
      description: "งบประมาณรายวันที่ TikTok แนะนำขณะกลุ่มโฆษณาอยู่ในช่วงเรียนรู้: ผลคูณของ CPA หรือจำนวนคงที่หากไม่มี CPA",
      parameters: {
        conversion: "เป้าหมายการเพิ่มประสิทธิภาพ: shallow (ค่าเริ่มต้น), install หรือ deep",
        cpa: "ต้นทุนต่อการกระทำปัจจุบันของคุณเป็น USD",
      },
    },
    MAXCPA: {
      description: "ต้นทุนต่อการได้มาซึ่งลูกค้าสูงสุดที่ยังรักษาอัตรากำไรตามเป้า: AOV × (อัตรากำไร − อัตรากำไรเป้าหมาย)",
      parameters: {
        aov: P.aov,
        margin: P.margin,
        target_margin: "อัตรากำไรที่ต้องการรักษาไว้หลังค่าโฆษณา เช่น 0.15",
      },
    },
    REACH: {
      description: "จำนวนคนที่เข้าถึง: การแสดงผลหารด้วยความถี่เฉลี่ย",
      parameters: {
        impressions: "จำนวนการแสดงผล",
        frequency: "จำนวนครั้งเฉลี่ยที่แต่ละคนเห็นโฆษณา เช่น 2.5",
      },
    },
    ROAS: {
      description: "ผลตอบแทนจากค่าโฆษณา: รายได้หารด้วยค่าใช้จ่าย",
      parameters: {
        revenue: "รายได้ที่มาจากโฆษณา",
        spend: "ค่าใช้จ่ายโฆษณา",
      },
    },
    SPONSORSHIP: {
      description: "ราคาโดยประมาณของการสปอนเซอร์ครีเอเตอร์จากผู้ติดตาม อัตราการมีส่วนร่วม และประเภทเนื้อหา",
      parameters: {
        followers: P.followers,
        engagement_rate: "อัตราการมีส่วนร่วม เช่น 0.05 (ค่าเริ่มต้น 2.5% ค่าเฉลี่ย)",
        content_type: "Video (ค่าเริ่มต้น), Long-form, Spark Ad หรือ Campaign",
        estimate: P.estimate,
      },
    },
    SPONSORSHIPCPM: {
      description: "CPM ที่แท้จริงของการสปอนเซอร์ (ราคาต่อ 1,000 ยอดดู) เพื่อเทียบกับโฆษณา In-Feed แบบชำระเงิน",
      parameters: {
        price: "ราคาการสปอนเซอร์เป็น USD",
        views: "ยอดดูที่วิดีโอสปอนเซอร์ได้รับ",
      },
    },
    EXPECTEDFEE: {
      description:
        "ค่าธรรมเนียมที่แถวในไฟล์การชำระเงิน (settlement) ควรมีตามกฎที่เผยแพร่และมีผล ณ วันที่สั่งซื้อ คำนวณจากจำนวนเงินในแถวนั้นเอง; ใช้เครื่องหมายแบบเดียวกับไฟล์ (ค่าธรรมเนียมที่เรียกเก็บเป็นค่าลบ)",
      parameters: {
        fee: 'คอลัมน์ค่าธรรมเนียม: commission (referral), transaction (payment), refundAdmin, orderFee (processing), growth (service) หรือ dynamicCommission ตามที่ RATE อ่าน; เติม "incl. VAT" เมื่อคอลัมน์รวม VAT ของค่าธรรมเนียมไว้แล้ว',
        market: "รหัสตลาดของไฟล์การชำระเงิน เช่น US, UK, ID, MY",
        order_date: "วันที่สร้างคำสั่งซื้อ: ใช้เลือกอัตราที่มีผล",
        customer_payment: "คอลัมน์การชำระเงินของลูกค้า ใช้เครื่องหมายตามไฟล์; เว้นว่างเมื่อไฟล์ไม่มีคอลัมน์นี้",
        platform_discount: "คอลัมน์ส่วนลดแพลตฟอร์ม ใช้เครื่องหมายตามไฟล์; เว้นว่างเมื่อไฟล์ไม่มีคอลัมน์นี้",
        sales_tax: "คอลัมน์ภาษีขายที่ชำระ (สหรัฐฯ) ใช้เครื่องหมายตามไฟล์; เว้นว่างเมื่อไฟล์ไม่มีคอลัมน์นี้",
        subtotal_after: "คอลัมน์ยอดรวมย่อยหลังส่วนลดผู้ขาย (ไฟล์ Income ของ SEA) ใช้เครื่องหมายตามไฟล์; เว้นว่างเมื่อไฟล์ไม่มีคอลัมน์นี้",
        customer_refund: "คอลัมน์การคืนเงินให้ลูกค้า ใช้เครื่องหมายตามไฟล์; เว้นว่างเมื่อไฟล์ไม่มีคอลัมน์นี้",
        platform_discount_refund: "คอลัมน์การคืนส่วนลดแพลตฟอร์ม ใช้เครื่องหมายตามไฟล์; เว้นว่างเมื่อไฟล์ไม่มีคอลัมน์นี้",
        sales_tax_refund: "คอลัมน์การคืนภาษีขาย (สหรัฐฯ) ใช้เครื่องหมายตามไฟล์; เว้นว่างเมื่อไฟล์ไม่มีคอลัมน์นี้",
        refund_subtotal_after: "คอลัมน์ยอดรวมย่อยที่คืนเงินหลังส่วนลดผู้ขาย ใช้เครื่องหมายตามไฟล์; เว้นว่างเมื่อไฟล์ไม่มีคอลัมน์นี้",
        quantity: "คอลัมน์จำนวน สำหรับค่าธรรมเนียมต่อชิ้นและเพดาน",
        category: "หมวดหมู่สินค้า เมื่อไฟล์หรือไฟล์ส่งออกคำสั่งซื้อระบุไว้ (ค่าเริ่มต้น: อัตราของตลาด)",
      },
    },
  },
};

export default section;
