/**
 * Vietnamese (Tiếng Việt): function help (functions-<locale>.json) and the manifest's words, read at build
 * time only (docs/i18n.md, "Function help"). A machine-made draft, not reviewed by a native speaker.
 * Function names, parameter names and the values a user types (codes, "web", seller-profile words)
 * stay English: formulas must work in every Excel.
 */
import type { FunctionsSection } from "../functionsSection";

/** Parameter help that several functions share (by parameter name; _ID: a variant first used by ID). */
const P = {
  market: "Mã thị trường như US, UK, ID (mặc định US).",
  market_RATE: "Mã thị trường như US, UK, ID (mặc định US cho phí cửa hàng).",
  market_COINCOST: "Thị trường của bảng giá xu: US (mặc định) hoặc UK.",
  as_of: "Ngày của biểu phí cần dùng (mặc định: biểu phí mới nhất).",
  as_of_GIFTCOINS: "Ngày của bảng giá cần dùng (mặc định: mới nhất).",
  fee: 'Phí hoặc tham số: một khoản phí theo tên hoặc bí danh (commission hoặc referral, transaction hoặc payment, orderFee hoặc processing, growth, refundAdmin, dynamicCommission), hoặc một tham số như "usdPerDiamond", "cpm".',
  category: "Danh mục sản phẩm, hoặc một tỷ lệ hoa hồng như 0,06 để dùng thay cho sổ biểu phí.",
  category_RATE: "Danh mục, quà tặng, ngành hoặc định dạng, nếu khoản phí có; một con số sẽ thay thế hoa hồng.",
  unit_cost: "Chi phí của bạn cho một đơn vị (hàng hóa, bao bì).",
  quantity: "Số đơn vị trên dòng đơn hàng (mặc định 1).",
  shipping: "Số tiền người mua trả cho vận chuyển của đơn hàng (mặc định 0).",
  seller_discount: "Giảm giá do người bán tài trợ trên dòng, dưới dạng số tiền (mặc định 0).",
  platform_discount: "Giảm giá do TikTok tài trợ trên dòng, dưới dạng số tiền (mặc định 0).",
  affiliate_rate: "Tỷ lệ hoa hồng của nhà sáng tạo trên số tiền người mua trả cho hàng hóa, ví dụ 0,1 (mặc định 0).",
  seller_shipping: "Số tiền bạn trả để gửi đơn hàng (mặc định 0).",
  return_rate: "Tỷ lệ đơn hàng bị hoàn trả, ví dụ 0,05 (mặc định 0).",
  ad_cost: "Chi tiêu quảng cáo cho mỗi đơn hàng (mặc định 0).",
  commission_rate: "Tỷ lệ hoa hồng của bạn khi category chỉ nhóm danh mục (các khoản phí khác theo nhóm), ví dụ 0,05.",
  seller_profile:
    'Các từ như "business", "mall", "cross-border", "above threshold", "no tax id", "pre-order", "fee tax 6.25%" (mặc định: người bán cá nhân).',
  price: "Đơn giá niêm yết theo tiền tệ của thị trường.",
  target_margin: "Lợi nhuận tính theo tỷ lệ doanh thu, ví dụ 0,25 cho 25%.",
  coins: "Số xu.",
  channel: "Nơi người xem mua xu: web (mặc định), ios hoặc android.",
  estimate: "low, typical (mặc định) hoặc high.",
  followers: "Số người theo dõi.",
  usd_per_diamond: "USD mỗi kim cương (mặc định 0,005).",
  agency_share: "Phần khoản thanh toán của nhà sáng tạo mà agency giữ, ví dụ 0,2 (mặc định 0).",
  withdrawal_fee: "Phí mỗi lần rút tiền tính bằng USD, ví dụ phí của PayPal (mặc định 0: TikTok không thu).",
  target_usd: "Số tiền mặt nhà sáng tạo muốn nhận, tính bằng USD.",
  gift: 'Tên quà tặng, ví dụ "Lion" hoặc "Rose" (=TIKTOK.GIFTS() liệt kê chúng).',
  count: "Số quà tặng, từ 0 trở lên (mặc định 1).",
  coins_per_diamond: "Số xu mỗi kim cương (mặc định 1; nhiều công cụ tính dùng 2).",
  industry: 'Ngành cho chỉ số tham chiếu, ví dụ "E-commerce" (mặc định: tất cả các ngành).',
  level: "campaign, adgroup hoặc gmvmax (GMV Max: chỉ ngân sách hằng ngày).",
  daily_budget: "Ngân sách hằng ngày linh hoạt đã đặt, tính bằng USD: mức trung bình mỗi ngày trong tuần.",
  period: "day (mặc định: mức tối đa trong một ngày) hoặc week (mức tối đa trong một tuần lịch).",
  budget: "Ngân sách tính bằng USD.",
  days: "Số ngày theo lịch, cho ngân sách trọn đời (bỏ trống để lấy mức tối thiểu hằng ngày).",
  model:
    "Mô hình tính phí (CPM, oCPM, CPC, CPV) hoặc định dạng cao cấp (TopView, BrandTakeover, HashtagChallenge, BrandedEffect).",
  rate: "Giá của bạn: mỗi 1.000 lượt hiển thị, mỗi lượt nhấp, mỗi lượt xem hoặc mỗi ngày (mặc định: chỉ số tham chiếu từ nguồn).",
  aov: "Giá trị đơn hàng trung bình tính bằng USD.",
  margin: "Biên lợi nhuận trên doanh thu trước chi phí quảng cáo, ví dụ 0,3.",
};

const section: FunctionsSection = {
  manifest: {
    DisplayName: "TikTok Economics",
    Description:
      "Phí TikTok Shop, khoản thanh toán từ quà tặng LIVE và chi phí quảng cáo dưới dạng công thức Excel (TIKTOK.*), kèm sổ biểu phí có ngày và nguồn cùng các trang tính kịch bản có sẵn.",
    "GetStarted.Title": "TikTok Economics đã sẵn sàng",
    "GetStarted.Description":
      "Nhập =TIKTOK.SHOPFEE(20) vào một ô, hoặc mở TikTok Economics trên tab Trang đầu để dùng các trang tính kịch bản.",
    "CommandsGroup.Label": "TikTok Economics",
    "TaskpaneButton.Label": "TikTok Economics",
    "TaskpaneButton.Tooltip":
      "Chèn trang tính kịch bản cho TikTok Shop, LIVE và quảng cáo, và tra cứu các mức phí đằng sau mỗi hàm TIKTOK.*.",
  },
  functions: {
    CATEGORIES: {
      description:
        "Các danh mục sản phẩm của một thị trường, với tỷ lệ hoa hồng có hiệu lực vào ngày đó và nguồn của nó.",
      parameters: {
        market: P.market,
        as_of: P.as_of,
      },
    },
    MARKETS: {
      description: "Các thị trường mà sổ biểu phí bao gồm, với tiền tệ và hoa hồng mặc định theo biểu phí mới nhất.",
      parameters: {},
    },
    RATE: {
      description:
        "Mức phí đằng sau bất kỳ khoản phí hay tham số nào trong sổ biểu phí, ví dụ hoa hồng của một thị trường và danh mục, hoặc giá trị USD của một kim cương.",
      parameters: {
        fee: P.fee,
        market: P.market_RATE,
        category: P.category_RATE,
        as_of: P.as_of,
      },
    },
    RATEBOOK: {
      description:
        "Phiên bản sổ biểu phí mà phần bổ trợ dùng để tính: ngày hiệu lực mới nhất của các mức phí và mã băm (hash) nội dung của chúng.",
      parameters: {},
    },
    RATESOURCE: {
      description: "Nguồn công khai (URL) của bất kỳ khoản phí hay tham số nào trong sổ biểu phí.",
      parameters: {
        fee: P.fee,
        market: P.market_RATE,
        category: P.category_RATE,
        as_of: P.as_of,
      },
    },
    BILLABLEWEIGHT: {
      description:
        "Khối lượng tính phí FBT tại Mỹ, tính bằng pound: giá trị lớn hơn giữa khối lượng một đơn vị và khối lượng quy đổi, dài × rộng × cao (inch) ÷ 166.",
      parameters: {
        weight_lb: "Khối lượng một đơn vị tính bằng pound.",
        length_in: "Chiều dài của đơn vị đã đóng gói tính bằng inch.",
        width_in: "Chiều rộng của đơn vị đã đóng gói tính bằng inch.",
        height_in: "Chiều cao của đơn vị đã đóng gói tính bằng inch.",
      },
    },
    BREAKEVENPRICE: {
      description: "Đơn giá thấp nhất mà một dòng đơn hàng không lỗ sau phí TikTok Shop và chi phí của bạn.",
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
        "Phí xử lý đơn Fulfilled by TikTok (FBT) cho các đơn vị của một mặt hàng, theo bậc kích thước của Vương quốc Anh mà hộp và khối lượng rơi vào (chỉ bảng của Anh là công khai).",
      parameters: {
        market: "Mã thị trường: UK (biểu giá theo khối lượng của Mỹ không công khai; hàm sẽ báo điều đó).",
        weight_kg: "Khối lượng một đơn vị tính bằng kg.",
        length_cm: "Chiều dài của đơn vị đã đóng gói tính bằng cm.",
        width_cm: "Chiều rộng của đơn vị đã đóng gói tính bằng cm.",
        height_cm: "Chiều cao của đơn vị đã đóng gói tính bằng cm.",
        units: "Số đơn vị trên dòng đơn hàng (mặc định 1).",
        as_of: P.as_of,
      },
    },
    MAXAFFILIATE: {
      description:
        "Tỷ lệ hoa hồng tiếp thị liên kết (nhà sáng tạo) cao nhất vẫn đạt biên lợi nhuận mục tiêu ở một mức giá cho trước (TikTok cho phép tối đa 80%).",
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
        "Phí quản lý hoàn tiền mà TikTok thu khi dòng đơn hàng được hoàn tiền (Mỹ: 20% phí hoa hồng, tối đa 5 USD mỗi SKU; bằng 0 nơi không thu).",
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
      description: "Chỉ riêng phí hoa hồng (phí giới thiệu) trên một dòng đơn hàng, cộng VAT nơi thị trường tính thêm.",
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
        "Tất cả phí TikTok Shop trên một dòng đơn hàng: hoa hồng cộng phí giao dịch, phí dịch vụ và phí cố định mỗi đơn có hiệu lực vào ngày đó.",
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
        "Các khoản phí TikTok Shop trên một dòng đơn hàng dưới dạng bảng: thành phần, tỷ lệ, cơ sở tính, số tiền và nguồn, với tổng ở hàng cuối.",
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
      description:
        "Biên lợi nhuận của một dòng đơn hàng: lợi nhuận dự kiến chia cho doanh thu (hàng hóa sau giảm giá của người bán cộng phí vận chuyển người mua trả).",
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
        "Số tiền TikTok quyết toán cho bạn với một dòng đơn hàng: doanh thu (hàng hóa sau giảm giá của người bán cộng phí vận chuyển người mua trả) trừ phí TikTok Shop, hoa hồng tiếp thị liên kết và thuế TikTok khấu trừ.",
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
      description: "Đơn giá thấp nhất đạt biên lợi nhuận mục tiêu sau tất cả phí TikTok Shop và chi phí của bạn.",
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
        "Lợi nhuận dự kiến của một dòng đơn hàng sau phí TikTok Shop, hoa hồng tiếp thị liên kết, giá vốn sản phẩm, vận chuyển, quảng cáo và hàng hoàn trả.",
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
      description:
        "Số tiền người xem trả cho xu, theo kênh mua: theo từng xu trên web, hoặc tổ hợp gói rẻ nhất trong ứng dụng.",
      parameters: {
        coins: P.coins,
        channel: P.channel,
        method: "packs (tổ hợp gói rẻ nhất; mặc định trong ứng dụng) hoặc perCoin (mặc định trên web).",
        market: P.market_COINCOST,
      },
    },
    COINVALUE: {
      description:
        "Giá một xu đối với người xem trên một kênh mua: giá mỗi xu tốt nhất trong các gói của kênh đó (một phần nhỏ của một cent).",
      parameters: {
        channel: P.channel,
        market: P.market_COINCOST,
      },
    },
    CREATORREWARDS: {
      description: "Khoản thanh toán ước tính của Creator Rewards Program: lượt xem đủ điều kiện / 1.000 × RPM.",
      parameters: {
        qualified_views: "Lượt xem đủ điều kiện (lượt xem trên trang Dành cho bạn từ 5 giây trở lên).",
        rpm: "USD cho mỗi 1.000 lượt xem đủ điều kiện (mặc định: khoảng giá trị từ nguồn).",
        estimate: P.estimate,
      },
    },
    CREATORREWARDSELIGIBLE: {
      description: "Tài khoản có đủ điều kiện tham gia Creator Rewards Program không, và nếu không thì còn thiếu gì.",
      parameters: {
        followers: P.followers,
        views_30d: "Lượt xem video trong 30 ngày qua.",
        video_seconds: "Thời lượng video tính bằng giây.",
        age: "Tuổi của nhà sáng tạo.",
        market: "Thị trường của nhà sáng tạo (mặc định US).",
      },
    },
    DIAMONDPAYOUT: {
      description: "Số USD nhà sáng tạo nhận được cho kim cương, sau phần của agency và phí rút tiền.",
      parameters: {
        diamonds: "Số kim cương.",
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
        withdrawal_fee: P.withdrawal_fee,
      },
    },
    DIAMONDSFORPAYOUT: {
      description: "Số kim cương nhà sáng tạo cần để nhận được khoản tiền mặt mục tiêu.",
      parameters: {
        target_usd: P.target_usd,
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
        withdrawal_fee: P.withdrawal_fee,
      },
    },
    GIFTCOINS: {
      description: "Số xu một món quà LIVE tiêu tốn của người xem (giá trong danh mục vào ngày đó), nhân với số lượng.",
      parameters: {
        gift: P.gift,
        count: P.count,
        as_of: P.as_of_GIFTCOINS,
      },
    },
    GIFTDIAMONDS: {
      description: "Số kim cương nhà sáng tạo nhận được cho quà tặng LIVE.",
      parameters: {
        gift: P.gift,
        count: P.count,
        coins_per_diamond: P.coins_per_diamond,
      },
    },
    GIFTS: {
      description: "Danh mục quà tặng LIVE: quà, số xu, ngày giá có hiệu lực và nguồn của nó.",
      parameters: {
        as_of: P.as_of_GIFTCOINS,
      },
    },
    GIFTSFORPAYOUT: {
      description: "Số lượng một loại quà LIVE mà nhà sáng tạo cần để nhận được khoản tiền mặt mục tiêu.",
      parameters: {
        gift: P.gift,
        target_usd: P.target_usd,
        coins_per_diamond: P.coins_per_diamond,
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
      },
    },
    LIVEMONTHLY: {
      description:
        "Khoản thanh toán LIVE hằng tháng của nhà sáng tạo từ quà tặng mỗi buổi phát và số buổi phát mỗi tháng.",
      parameters: {
        gift: P.gift,
        gifts_per_stream: "Số quà loại đó nhận được mỗi buổi phát LIVE.",
        streams_per_month: "Số buổi phát LIVE mỗi tháng.",
        coins_per_diamond: P.coins_per_diamond,
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
      },
    },
    LIVEWATERFALL: {
      description:
        "Tiền người xem trả cho xu đi về đâu: kho ứng dụng, TikTok, agency, phí rút tiền và tiền mặt của nhà sáng tạo, dưới dạng bảng.",
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
      description: "Chỉ số tham chiếu có ngày cho CPM, CPC hoặc CTR, theo ngành nơi nguồn có cung cấp.",
      parameters: {
        metric: "CPM, CPC hoặc CTR.",
        industry: P.industry,
        estimate: P.estimate,
      },
    },
    ADBUDGETCHECK: {
      description: "Kiểm tra ngân sách so với mức tối thiểu của TikTok và cho biết khoản nào dưới mức tối thiểu.",
      parameters: {
        level: P.level,
        budget: P.budget,
        days: P.days,
      },
    },
    ADCOST: {
      description:
        "Chi phí quảng cáo TikTok: một mô hình tính phí và một khối lượng (lượt hiển thị, lượt nhấp, lượt xem), hoặc một định dạng cao cấp và số ngày.",
      parameters: {
        model: P.model,
        volume: "Lượt hiển thị (CPM, oCPM), lượt nhấp (CPC), lượt xem (CPV) hoặc số ngày (định dạng cao cấp).",
        rate: P.rate,
        industry: P.industry,
      },
    },
    ADFORMATS: {
      description:
        "Các định dạng quảng cáo của TikTok: thời lượng, cách phân phối, cách tính giá và khoảng giá công khai kèm nguồn.",
      parameters: {},
    },
    ADFUNNEL: {
      description:
        "Phễu mà một ngân sách mua được: lượt hiển thị, lượt nhấp, chuyển đổi, doanh thu, ROAS, chi phí mỗi chuyển đổi và lợi nhuận, dưới dạng bảng.",
      parameters: {
        budget: P.budget,
        cpm: "Chi phí mỗi 1.000 lượt hiển thị tính bằng USD.",
        ctr: "Tỷ lệ nhấp, ví dụ 0,009.",
        cvr: "Tỷ lệ chuyển đổi của lượt nhấp, ví dụ 0,02.",
        aov: P.aov,
        margin: "Biên lợi nhuận trên doanh thu trước chi phí quảng cáo, ví dụ 0,4 (để tính lợi nhuận).",
      },
    },
    ADMINBUDGET: {
      description:
        "Ngân sách tối thiểu của TikTok cho một chiến dịch hoặc nhóm quảng cáo: mức tối thiểu hằng ngày, hoặc khi có số ngày, mức tối thiểu trọn đời cho lịch đó.",
      parameters: {
        level: P.level,
        days: P.days,
      },
    },
    ADDYNAMICBUDGET: {
      description:
        "Mức chi tối đa của ngân sách hằng ngày linh hoạt: trong một ngày 125 % ngân sách hằng ngày, trong một tuần lịch 7 × ngân sách hằng ngày (Trung tâm trợ giúp TikTok Ads).",
      parameters: {
        daily_budget: P.daily_budget,
        period: P.period,
      },
    },
    ADVOLUME: {
      description:
        "Khối lượng mà một ngân sách mua được theo một mô hình tính phí: lượt hiển thị, lượt nhấp hoặc lượt xem.",
      parameters: {
        model: P.model,
        budget: P.budget,
        rate: P.rate,
        industry: P.industry,
      },
    },
    BREAKEVENROAS: {
      description: "ROAS mà tại đó quảng cáo tự hoàn vốn: 1 / biên lợi nhuận.",
      parameters: {
        margin: P.margin,
      },
    },
    LEARNINGBUDGET: {
      description:
        "Ngân sách hằng ngày TikTok khuyến nghị khi nhóm quảng cáo đang trong giai đoạn học: bội số của CPA, hoặc một số tiền cố định nếu không có CPA.",
      parameters: {
        conversion: "Mục tiêu tối ưu hóa: shallow (mặc định), install hoặc deep.",
        cpa: "Chi phí mỗi hành động hiện tại của bạn tính bằng USD.",
      },
    },
    MAXCPA: {
      description:
        "Chi phí mỗi lượt chuyển đổi cao nhất vẫn giữ được biên lợi nhuận mục tiêu: AOV × (biên lợi nhuận − biên lợi nhuận mục tiêu).",
      parameters: {
        aov: P.aov,
        margin: P.margin,
        target_margin: "Biên lợi nhuận cần giữ sau chi phí quảng cáo, ví dụ 0,15.",
      },
    },
    REACH: {
      description: "Số người tiếp cận: lượt hiển thị chia cho tần suất trung bình.",
      parameters: {
        impressions: "Số lượt hiển thị.",
        frequency: "Số lần trung bình mỗi người thấy quảng cáo, ví dụ 2,5.",
      },
    },
    ROAS: {
      description: "Lợi tức trên chi tiêu quảng cáo: doanh thu chia cho chi tiêu.",
      parameters: {
        revenue: "Doanh thu được quy cho quảng cáo.",
        spend: "Chi tiêu quảng cáo.",
      },
    },
    SPONSORSHIP: {
      description:
        "Giá ước tính cho một hợp đồng tài trợ với nhà sáng tạo dựa trên người theo dõi, tỷ lệ tương tác và loại nội dung.",
      parameters: {
        followers: P.followers,
        engagement_rate: "Tỷ lệ tương tác, ví dụ 0,05 (mặc định 2,5%, mức trung bình).",
        content_type: "Video (mặc định), Long-form, Spark Ad hoặc Campaign.",
        estimate: P.estimate,
      },
    },
    SPONSORSHIPCPM: {
      description:
        "CPM thực tế của một hợp đồng tài trợ (giá mỗi 1.000 lượt xem), để so sánh với quảng cáo In-Feed trả phí.",
      parameters: {
        price: "Giá của hợp đồng tài trợ tính bằng USD.",
        views: "Lượt xem mà video được tài trợ nhận được.",
      },
    },
    EXPECTEDFEE: {
      description:
        "Khoản phí mà một dòng quyết toán lẽ ra phải có theo quy định đã công bố có hiệu lực vào ngày đặt hàng, từ chính các số tiền của dòng đó; mang dấu như trong tệp (phí bị thu là số âm).",
      parameters: {
        fee: 'Cột phí: commission (referral), transaction (payment), refundAdmin, orderFee (processing), growth (service) hoặc dynamicCommission, như RATE đọc chúng; thêm "incl. VAT" khi cột đã gồm VAT trên phí.',
        market: "Mã thị trường của tệp quyết toán, như US, UK, ID, MY.",
        order_date: "Ngày tạo đơn hàng: chọn biểu phí có hiệu lực.",
        customer_payment: "Cột thanh toán của khách hàng. Giữ dấu như trong tệp; bỏ trống khi tệp không có cột này.",
        platform_discount: "Cột giảm giá của nền tảng. Giữ dấu như trong tệp; bỏ trống khi tệp không có cột này.",
        sales_tax: "Cột thuế bán hàng đã trả (Mỹ). Giữ dấu như trong tệp; bỏ trống khi tệp không có cột này.",
        subtotal_after:
          "Cột tạm tính sau giảm giá của người bán (tệp Income khu vực SEA). Giữ dấu như trong tệp; bỏ trống khi tệp không có cột này.",
        customer_refund: "Cột hoàn tiền cho khách hàng. Giữ dấu như trong tệp; bỏ trống khi tệp không có cột này.",
        platform_discount_refund:
          "Cột hoàn lại giảm giá của nền tảng. Giữ dấu như trong tệp; bỏ trống khi tệp không có cột này.",
        sales_tax_refund: "Cột hoàn thuế bán hàng (Mỹ). Giữ dấu như trong tệp; bỏ trống khi tệp không có cột này.",
        refund_subtotal_after:
          "Cột tạm tính hoàn tiền sau giảm giá của người bán. Giữ dấu như trong tệp; bỏ trống khi tệp không có cột này.",
        quantity: "Cột số lượng, cho phí theo từng món và mức trần.",
        category: "Danh mục sản phẩm, khi tệp hoặc bản xuất đơn hàng ghi rõ (mặc định: tỷ lệ của thị trường).",
      },
    },
  },
};

export default section;
