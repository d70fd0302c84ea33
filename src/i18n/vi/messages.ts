/**
 * Tiếng Việt: the message catalog (src/core/messages.ts) in Vietnamese. A machine-made draft,
 * checked by back-translation, not yet reviewed by a native speaker (docs/i18n.md). Argument and
 * function names stay as formulas write them, and so do values to type ("perCoin") and Excel's
 * TRUE/FALSE; numbers with a decimal comma, so formulas with the separator ;.
 */
import { type CompleteCatalog, pick } from "../../core/messages";
import { dateIn, numberIn, orIn, phrasesIn, upperFirst as cap, marketNameIn } from "../format";

const n = numberIn("vi-VN");
const region = marketNameIn("vi-VN");
const d = dateIn("vi-VN");
const or = orIn("hoặc");
const t = phrasesIn(
  {
    "a number": "một số",
    "USD per 1,000 followers": "số USD trên 1.000 người theo dõi",
    "a CPM in USD": "CPM tính bằng USD",
    "a budget in USD": "ngân sách tính bằng USD",
    "a cost per action in USD": "chi phí mỗi hành động tính bằng USD",
    "a daily budget in USD": "ngân sách hằng ngày tính bằng USD",
    "a discount amount": "số tiền giảm giá",
    "a margin such as 0.2": "biên lợi nhuận như 0,2",
    "a margin such as 0.25 (25 %)": "biên lợi nhuận như 0,25 (25%)",
    "a margin such as 0.3": "biên lợi nhuận như 0,3",
    "a margin such as 0.4": "biên lợi nhuận như 0,4",
    "a number of days": "số ngày",
    "a number of followers": "số người theo dõi",
    "a number of gifts": "số quà tặng",
    "a number of streams": "số buổi phát trực tiếp",
    "a number of views": "số lượt xem",
    "a price in USD": "giá tính bằng USD",
    "a rate such as 0.06 or 6%": "tỷ lệ như 0,06 hoặc 6%",
    "a tolerance in currency units": "dung sai tính bằng đơn vị tiền tệ",
    "a video length in seconds": "độ dài video tính bằng giây",
    "a weight in kg": "khối lượng tính bằng kg",
    "a weight in pounds": "khối lượng tính bằng pound",
    "a whole number of clicks": "số lượt nhấp nguyên",
    "a whole number of coins": "số xu nguyên",
    "a whole number of days": "số ngày nguyên",
    "a whole number of diamonds": "số kim cương nguyên",
    "a whole number of gifts": "số quà tặng nguyên",
    "a whole number of impressions": "số lượt hiển thị nguyên",
    "a whole number of units": "số đơn vị nguyên",
    "a whole number of views": "số lượt xem nguyên",
    "ad spend in USD": "chi tiêu quảng cáo tính bằng USD",
    "an amount in USD": "số tiền tính bằng USD",
    "an amount": "một số tiền",
    "an average frequency such as 2.5": "tần suất trung bình như 2,5",
    "an average order value": "giá trị đơn hàng trung bình",
    "revenue in USD": "doanh thu tính bằng USD",
    "the ad cost per order": "chi phí quảng cáo mỗi đơn hàng",
    "the cost of one unit": "giá vốn một đơn vị",
    "the hours left in the day": "số giờ còn lại trong ngày",
    "the shipping the buyer paid": "phí vận chuyển người mua đã trả",
    "the unit price": "đơn giá",
    "your shipping cost": "chi phí vận chuyển của bạn",
    "a range": "một phạm vi",
    market: "thị trường",
    currency: "đơn vị tiền tệ",
    channel: "kênh",
    gift: "quà tặng",
    fee: "phí",
    category: "ngành hàng",
    industry: "lĩnh vực",
    "billing model or format": "mô hình tính phí hoặc định dạng",
    "benchmark metric": "chỉ số tham chiếu",
    "content type": "loại nội dung",
    "budget level": "cấp ngân sách",
    "budget period": "kỳ ngân sách",
    "conversion depth": "độ sâu chuyển đổi",
    "the market's default rate": "tỷ lệ mặc định của thị trường",
    "the newest rates": "các tỷ lệ mới nhất",
    "the rate book's rate for the category": "tỷ lệ trong bảng phí cho ngành hàng",
    "the sourced range": "khoảng có nguồn",
    "an individual seller, not Mall, not cross-border, below the tax thresholds":
      "người bán cá nhân, không phải Mall, không xuyên biên giới, dưới ngưỡng thuế",
  },
  (thing, market) => `${thing} cho ${market}`,
);

/** "ngân sách hằng ngày của chiến dịch": the budget ADBUDGETCHECK speaks of. */
const viBudget = (level: string, type: string): string =>
  `ngân sách ${type === "daily" ? "hằng ngày" : "trọn đời"} của ${level === "adgroup" ? "nhóm quảng cáo" : level === "gmvmax" ? "GMV Max" : "chiến dịch"}`;
/** Why a text is not a number (numberReason in src/core/messages.ts). */
const whyText = (p: { why: string; a: string; b: string }): string =>
  pick(p.why, {
    percent: `ở đây không chấp nhận phần trăm — hãy nhập chính con số đó`,
    exponent: `số mũ nằm ngoài phạm vi — hãy nhập số không có số mũ`,
    commaAmbiguous: `dấu phẩy có thể là dấu thập phân hoặc dấu phân cách hàng nghìn — hãy gõ ${p.a} hoặc ${p.b}, hoặc nhập giá trị dưới dạng số (không phải văn bản)`,
    commaDecimal: `dấu phẩy có thể là dấu thập phân hoặc dấu phân cách hàng nghìn — hãy gõ ${p.a} hoặc nhập giá trị dưới dạng số (không phải văn bản)`,
    grouping: `dấu phân cách hàng nghìn phải nhóm ba chữ số ("1,234,567.89") — hãy gõ ${p.a} hoặc nhập giá trị dưới dạng số (không phải văn bản)`,
    points: `dấu chấm là dấu thập phân — hãy gõ ${p.a} hoặc nhập giá trị dưới dạng số (không phải văn bản)`,
    separators: `dấu phân cách bên trong một số không được đọc — hãy gõ ${p.a} hoặc nhập giá trị dưới dạng số (không phải văn bản)`,
    notNumber: `không phải là số`,
  });
/** The settlement layouts' titles (Layout.title, English) in this language, wherever a text names them. */
const LAYOUT_TITLES: readonly (readonly [string, string])[] = [
  [
    'Income export "Order details" (SEA; Chinese-UI cross-border)',
    'Tệp xuất thu nhập "Order details" (SEA; giao diện tiếng Trung, xuyên biên giới)',
  ],
  [
    "Statement order details (US/UK/BR; Chinese-UI MX/JP; per SKU)",
    "Chi tiết đơn hàng của bảng sao kê (US/UK/BR; giao diện tiếng Trung MX/JP; theo SKU)",
  ],
  ["Unsettled-orders export (US/VN/TH xlsx, UK CSV)", "Tệp xuất đơn hàng chưa quyết toán (US/VN/TH xlsx, UK CSV)"],
  ["Order export (OrderSKUList)", "Tệp xuất đơn hàng (OrderSKUList)"],
];
const lay = (text: string): string => LAYOUT_TITLES.reduce((s, [en, own]) => s.split(en).join(own), text);
const vi: CompleteCatalog = {
  "number.empty": (p) => `${p.argument} đang trống: hãy nhập ${t(p.noun)}.`,
  "number.boolean": (p) => `${p.argument} là TRUE/FALSE: hãy nhập ${t(p.noun)}.`,
  "number.notFinite": (p) => `${p.argument} không phải số hữu hạn: hãy nhập ${t(p.noun)}.`,
  "number.text": (p) => `${p.argument} là văn bản ("${p.text}"): hãy nhập ${t(p.noun)}.`,
  "number.textReason": (p) => `${p.argument} là văn bản "${p.text}": ${whyText(p)}.`,
  "number.tooLarge": (p) => `${p.argument} quá lớn: chỉ cho phép tối đa ${n(p.max)}.`,
  "number.negative": (p) => `${p.argument} là số âm (${n(p.value)}): hãy nhập số 0 trở lên.`,
  "number.zero": (p) => `${p.argument} bằng 0: hãy nhập ${t(p.noun)} lớn hơn 0.`,
  "number.notWhole": (p) => `${p.argument} phải là số nguyên, không phải ${n(p.value)}.`,
  "rate.outOfRange": (p) => `${p.argument} là ${n(p.value)}: hãy nhập tỷ lệ từ 0 đến ${n(p.limit)} (6% là 0,06).`,
  "date.notIso": (p) => `"${p.text}" không phải ngày theo dạng YYYY-MM-DD.`,
  "date.notSerial": (p) => `${p.argument} không phải ngày: hãy nhập ô ngày hoặc văn bản như "2025-01-31".`,
  "date.notDateText": (p) =>
    `${p.argument} "${p.text}" không phải ngày: hãy dùng ô ngày hoặc văn bản như "2025-01-31".`,
  "date.wrongType": (p) => `${p.argument} phải là ngày, không phải ${p.what === "TRUE/FALSE" ? p.what : t(p.what)}.`,
  "name.unknown": (p) => `${cap(t(p.what))} "${p.given}" không xác định.`,
  "name.unknownDidYouMean": (p) =>
    `${cap(t(p.what))} "${p.given}" không xác định. Có phải bạn muốn nói ${or(p.names)}?`,
  "name.unknownKnown": (p) => `${cap(t(p.what))} "${p.given}" không xác định. Đã biết: ${p.names}.`,
  "name.unknownKnownMore": (p) =>
    `${cap(t(p.what))} "${p.given}" không xác định. Đã biết: ${p.names} và ${n(p.more)} mục khác.`,
  "fee.unknown": (p) => `Phí "${p.given}" không xác định: hãy dùng một trong ${p.fees}.`,

  "live.noCoinPrices": (p) =>
    `Không có giá xu có nguồn cho ${region(p.market)}: bảng phí chỉ có các gói của US (web, iOS, Android) và UK (iOS, Android). Hãy nhập giá bạn trả thay vào đó.`,
  "live.noCoinPack": (p) => `Gói xu không xác định cho ${p.channel} tại "${p.market}". Đã biết: ${p.known}.`,
  "live.tooManyCoinsForPacks": (p) =>
    `coins vượt quá ${n(p.max)} cho phương pháp theo gói: hãy dùng phương pháp "perCoin".`,
  "live.agencyTakesAll": () =>
    "Với phần của công ty quản lý là 100%, không số kim cương nào mang lại gì cho nhà sáng tạo.",
  "live.tooManyDiamonds": (p) =>
    `Khoản thanh toán ${n(p.target)} USD cần hơn ${n(p.max)} kim cương, số lớn nhất mà add-in đếm: hãy nhập mục tiêu nhỏ hơn (hoặc kiểm tra usd_per_diamond và agency_share).`,
  "live.creatorAboveSpend": (p) =>
    `Với các tham số này, nhà sáng tạo sẽ nhận (${n(p.creator)} USD) nhiều hơn số tiền người xem đã trả sau phí cửa hàng ứng dụng (${n(p.afterStore)} USD): hãy kiểm tra usd_per_diamond và coins_per_diamond.`,
  "live.beforeGiftCatalog": () =>
    "as_of sớm hơn danh mục quà tặng, vốn bắt đầu từ năm 2021: không có giá quà tặng trước đó.",

  "ads.marginNotPositive": () =>
    "Với biên lợi nhuận bằng 0 hoặc thấp hơn, không ROAS nào đạt hòa vốn: mỗi đơn bán đều lỗ trước cả quảng cáo.",
  "ads.marginAboveOne": (p) => `Biên lợi nhuận ${n(p.margin)}% là không thể: hãy nhập phân số tối đa 1 (30% là 0,3).`,
  "ads.targetNotBelowMargin": (p) =>
    `Biên lợi nhuận mục tiêu (${n(p.target)}%) không thấp hơn biên lợi nhuận trước quảng cáo (${n(p.margin)}%): không khoản chi quảng cáo nào giữ được nó.`,
  "ads.frequencyBelowOne": () =>
    "Tần suất trung bình ít nhất là 1 (mỗi người được tiếp cận thấy quảng cáo ít nhất một lần).",
  "ads.noCpvBenchmark": () =>
    "Không có mức tham chiếu CPV công khai đáng tin cậy: hãy nhập chi phí mỗi lượt xem của bạn làm rate, ví dụ 0,03.",
  "ads.topViewByCpm": (p) =>
    `TopView được đặt theo CPM (khoảng ${n(p.cpm)} $), không theo ngày: hãy nhập báo giá hằng ngày của bạn làm rate, hoặc dùng ADCOST("CPM"; impressions; ${n(p.cpm)}).`,
  "ads.brandTakeoverNoPrice": () =>
    "Brand Takeover không có giá công khai: hãy nhập báo giá hằng ngày từ TikTok làm rate.",
  "ads.gmvMaxDailyOnly": () => "GMV Max dùng ngân sách hằng ngày (ít nhất 10 $ mỗi ngày): hãy để trống days.",
  "ads.flatPricePerRun": (p) =>
    `${p.model} được bán với giá trọn gói cho cả đợt chạy, không theo khối lượng: hãy dùng ADCOST để tính giá.`,

  "shop.marginImpossible": (p) => `${p.argument} ${n(p.margin)}% là không thể: biên lợi nhuận phải dưới 100%.`,
  "shop.marginBelowMinusOne": (p) => `${p.argument} phải nằm trong khoảng −100% đến 100% (0,25 là 25%).`,
  "shop.noPriceForMargin": (p) =>
    `Không mức giá nào đạt biên lợi nhuận ${n(p.margin)}%: phí, hoa hồng tiếp thị liên kết và hàng hoàn chiếm hơn ${n(p.share)}% mỗi đơn vị giá tăng thêm.`,
  "shop.priceAboveMaxCheckCosts": (p) =>
    `Giá đạt biên lợi nhuận ${n(p.margin)}% vượt quá ${n(p.max)} ${p.currency}, số tiền lớn nhất mà add-in tính: hãy kiểm tra unit_cost và các chi phí khác.`,
  "shop.priceAboveMaxLowerMargin": (p) =>
    `Giá đạt biên lợi nhuận ${n(p.margin)}% vượt quá ${n(p.max)} ${p.currency}, số tiền lớn nhất mà add-in tính: hãy giảm target_margin, hoặc kiểm tra unit_cost và các chi phí khác.`,
  "shop.noWholeMinorUnitPrice": (p) =>
    `Không mức giá nào tính bằng đơn vị nhỏ nguyên của ${p.currency} đạt được biên lợi nhuận; hãy kiểm tra dữ liệu nhập.`,
  "shop.targetAboveNoRevenue": (p) =>
    `Ngay cả khi không có hoa hồng tiếp thị liên kết, đơn hàng này không có biên lợi nhuận, thấp hơn mục tiêu ${n(p.target)}%.`,
  "shop.targetAboveBestMargin": (p) =>
    `Ngay cả khi không có hoa hồng tiếp thị liên kết, đơn hàng này có biên lợi nhuận ${n(p.margin)}%, thấp hơn mục tiêu ${n(p.target)}%.`,
  "shop.targetAboveRounded": (p) =>
    `Ngay cả khi không có hoa hồng tiếp thị liên kết, đơn hàng này, làm tròn theo đơn vị nhỏ nguyên của ${p.currency}, thu được ít hơn mục tiêu ${n(p.target)}%.`,
  "shop.sellerDiscountAboveItems": (p) =>
    `seller_discount (${n(p.discount)}) lớn hơn giá trị hàng (${n(p.items)}): hãy nhập mức giảm giá của dòng đơn hàng này.`,
  "shop.platformDiscountAbovePayment": (p) =>
    `platform_discount (${n(p.discount)}) làm khoản thanh toán của người mua bị âm: hãy nhập mức giảm giá của dòng đơn hàng này.`,
  "shop.commissionRateTwice": () =>
    "Chỉ nhập tỷ lệ hoa hồng một lần: hoặc trong category, hoặc trong commission_rate kèm tên ngành hàng.",
  "shop.noSourcedFees": (p) =>
    `Chưa có phí TikTok Shop có nguồn cho ${region(p.market)} (${p.code}).${p.note ? ` ${p.note}` : ""} Hãy nhập tỷ lệ hoa hồng vào đối số category, ví dụ 0,06.`,
  "shop.noRevenue": () => "Đơn hàng không có doanh thu (giá và phí vận chuyển bằng 0), nên không có biên lợi nhuận.",
  "shop.fbtUsNotPublic": () =>
    'Bảng phí FBT của Mỹ theo khối lượng không công khai trong các nguồn của chúng tôi: phí bắt đầu từ 3,58 $ mỗi sản phẩm (đơn một đơn vị) và tính theo khối lượng tính phí (xem =TIKTOK.RATESOURCE("fbtFrom";"US")). Hãy nhập phí của riêng bạn.',
  "shop.fbtNotSourced": (p) => `Không có bảng phí FBT công khai cho ${region(p.market)}: chỉ bảng của UK là có nguồn.`,
  "shop.fbtNoTier": (p) =>
    `Không bậc FBT nào của UK nhận ${n(p.longest)} × ${n(p.middle)} × ${n(p.shortest)} cm và ${n(p.weight)} kg (lớn nhất là 120 × 60 × 60 cm; 30 kg đến 61 × 46 × 46 cm).`,

  "market.notShop": (p) =>
    `TikTok Shop không bán tại ${p.market} (${p.code}), nên không có phí cửa hàng hay quyết toán: hãy chọn một trong ${p.markets}.`,
  "market.noShopCategories": (p) => `Chưa có ngành hàng TikTok Shop có nguồn cho ${p.market}.`,
  "rate.notInBook": (p) => `Bảng phí không có ${p.kind} cho ${p.market}.`,
  "rate.introducedLater": (p) =>
    `Không có ${p.kind} cho ${p.market} trước ${d(p.first)}: phí này được áp dụng từ ngày đó (${p.argument} ${p.asOf}).`,
  "rate.beforeBook": (p) =>
    `Không có tỷ lệ ${p.kind} cho ${p.market} trước ${d(p.first)}: bảng phí bắt đầu từ đó (${p.argument} ${p.asOf}).`,
  "rate.ended": (p) =>
    `Không có tỷ lệ ${p.kind} nào cho ${p.market} có hiệu lực vào ${p.asOf} (tỷ lệ cuối cùng kết thúc ${d(p.last)}).`,
  "rate.unpublished": (p) =>
    `${cap(p.fee)} cho ${p.market} vào ${p.asOf} không công khai (chỉ có trong Seller Center): hãy nhập tỷ lệ của bạn dưới dạng số.${p.note ? ` ${p.note}` : ""}`,
  "rate.unpublishedCategory": (p) =>
    `${cap(p.fee)} cho ${p.category} tại ${p.market} vào ${p.asOf} không công khai (chỉ có trong Seller Center): hãy nhập tỷ lệ của bạn dưới dạng số.${p.note ? ` ${p.note}` : ""}`,

  "settlement.amountNotFinite": (p) => `${p.column} chứa ${p.value}, không phải số tiền.`,
  "settlement.amountWrongType": (p) => `${p.column} chứa ${p.what}, không phải số tiền.`,
  "settlement.amountAmbiguousDot": (p) =>
    `${p.column} chứa "${p.text}": dấu chấm có thể ngăn cách hàng nghìn (1.250 = 1250) hoặc phần thập phân. Hãy xuất lại tệp với số thuần, hoặc mở tệp trong Excel rồi lưu trang tính.`,
  "settlement.amountNotNumber": (p) => `${p.column} chứa "${p.text}", không phải số tiền.`,
  "settlement.dateInvalid": (p) => `${p.column} chứa ngày không hợp lệ.`,
  "settlement.dateWrongType": (p) => `${p.column} chứa ${p.what}, không phải ngày.`,
  "settlement.dateNotDate": (p) => `${p.column} chứa "${p.text}", không phải ngày.`,
  "settlement.dateNotCalendar": (p) => `${p.column} chứa "${p.text}", không phải ngày dương lịch hợp lệ.`,
  "settlement.dateNumberNotDate": (p) => `${p.column} chứa ${p.value}, không phải ngày.`,
  "settlement.notKnownLayout": (p) =>
    `Không phải tệp xuất quyết toán TikTok Shop mà add-in này biết. Đã tìm tiêu đề có ${lay(p.looked)} trong ${n(p.rows)} hàng đầu tiên. Tìm thấy: ${p.found}.`,
  "settlement.mappingNotJson": (p) => `Bảng ánh xạ cột không phải JSON hợp lệ: ${p.reason}.`,
  "settlement.mappingFormat": (p) =>
    `Không phải bảng ánh xạ cột: cần "format": "${p.format}" và "version": ${n(p.version)} cùng danh sách "header" và đối tượng "columns"; tìm thấy ${p.found}.`,
  "settlement.mappingUnknownKey": (p) => `Bảng ánh xạ cột ghi "${p.key}", không thuộc: ${p.keys}. Hãy sửa hoặc xóa.`,
  "settlement.mappingColumnMissing": (p) =>
    `Bảng ánh xạ cột gán cho ${p.key} cột "${p.column}", cột này không có trong tiêu đề: hãy dùng tên cột đúng như tệp ghi.`,
  "settlement.mappingDuplicate": (p) =>
    `Bảng ánh xạ cột gán cột "${p.column}" cho cả ${p.first} và ${p.second}: mỗi cột chỉ gán cho một khóa.`,
  "settlement.mappingBadKind": (p) =>
    `Bảng ánh xạ cột ghi giá trị loại "${p.value}" là ${p.kind}: hãy cho biết đó là loại nào trong ${p.kinds}.`,
  "settlement.mappingNotConfirmed": () =>
    'Bảng ánh xạ cột chưa được xác nhận nên không được dùng: hãy kiểm tra từng cột, rồi đặt "confirmed": true.',
  "settlement.mappingNeedsKeys": (p) =>
    `Bảng ánh xạ cột đọc tệp là ${lay(p.layout)} nhưng không chỉ cột nào cho ${p.keys}: hãy thêm vào.`,
  "settlement.mappingHeaderNotFound": (p) =>
    `Tệp không có tiêu đề của bảng ánh xạ cột (${p.cells}…) trong ${n(p.rows)} hàng đầu: bảng ánh xạ này dành cho tệp khác.`,
  "settlement.foundNothing": () => "không có văn bản trong các hàng đầu tiên",
  "settlement.foundRow": (p) => `hàng ${n(p.row)} ghi ${p.cells}`,
  "settlement.foundRowMore": (p) => `hàng ${n(p.row)} ghi ${p.cells} và ${n(p.more)} mục khác`,
  "settlement.mixedLanguages": (p) =>
    `Tiêu đề ở hàng ${n(p.row)} trộn hai ngôn ngữ của Seller Center: ${p.first} (${p.firstCells}) và ${p.second} (${p.secondCells}). Hãy xuất lại tệp từ Seller Center bằng một ngôn ngữ, với các cột đúng tên TikTok đặt.`,
  "settlement.ambiguousLayout": (p) =>
    `Tiêu đề ở hàng ${n(p.row)} khớp ngang nhau với hai bố cục (${lay(p.layouts)}), nên không được đọc theo bố cục nào: hãy đối soát tệp xuất đúng như Seller Center đã tạo, không thêm hay đổi tên cột.`,
  "settlement.orderExportGiven": () =>
    "Đây là tệp xuất đơn hàng (OrderSKUList), không phải quyết toán: hãy đối soát tệp xuất Income, statement hoặc unsettled và đưa tệp xuất đơn hàng làm tệp đơn hàng.",
  "settlement.noDataRows": (p) => `${cap(lay(p.layout))} có tiêu đề (hàng ${n(p.row)}) nhưng không có hàng dữ liệu.`,
  "settlement.ordersNotOrderExport": (p) =>
    `Tệp đơn hàng là ${lay(p.layout)}, không phải tệp xuất đơn hàng (OrderSKUList).`,
  "settlement.currencyUnknown": (p) =>
    `Đơn vị tiền tệ của tệp, ${p.code}, không thuộc thị trường TikTok Shop nào mà add-in này biết: hãy cho biết thị trường.`,
  "settlement.currencyShared": (p) =>
    `Tệp dùng ${p.code}, đơn vị mà ${p.markets} cùng dùng: hãy nêu thị trường (ví dụ --market ${p.example}).`,
  "settlement.marketsRemain": (p) =>
    `Đơn vị tiền tệ, tên và các cột phí của tệp vẫn còn ${p.markets}: hãy nêu thị trường (ví dụ --market ${p.example}).`,
  "settlement.noMarket": () =>
    "Tệp không ghi đơn vị tiền tệ: hãy cho biết thị trường (ví dụ --market US); cả tên tệp lẫn các cột phí đều không cho biết.",

  "feeReason.noOrderValueColumn": () => 'tệp không có cột "Customer payment" để tạo giá trị đơn hàng',
  "feeReason.noItemNetColumn": () => 'tệp không có cột "Subtotal after seller discounts"',
  "feeReason.noCustomerPaymentColumn": () => 'tệp không có cột "Customer payment"',
  "feeReason.noBase": (p) => `phí tính trên ${p.base} không có cơ sở`,
  "feeReason.noReferralRule": () => "không có quy tắc phí giới thiệu để lấy 20%",
  "feeReason.perItemNoQuantity": (p) => `${p.fee} tính theo từng sản phẩm và tệp không có cột "Quantity"`,
  "feeReason.cappedPerItemNoQuantity": (p) => `${p.fee} có mức trần theo từng sản phẩm và tệp không có cột "Quantity"`,
  "expectedFee.noOrderValueColumn": () => 'Tệp không có cột "Customer payment" để tạo giá trị đơn hàng.',
  "expectedFee.noItemNetColumn": () => 'Tệp không có cột "Subtotal after seller discounts".',
  "expectedFee.noCustomerPaymentColumn": () => 'Tệp không có cột "Customer payment".',
  "expectedFee.noBase": (p) => `Phí tính trên ${p.base} không có cơ sở.`,
  "expectedFee.noReferralRule": () => "Không có quy tắc phí giới thiệu để lấy 20%.",
  "expectedFee.perItemNoQuantity": (p) => `${cap(p.fee)} tính theo từng sản phẩm và tệp không có cột "Quantity".`,
  "expectedFee.cappedPerItemNoQuantity": (p) =>
    `${cap(p.fee)} có mức trần theo từng sản phẩm và tệp không có cột "Quantity".`,
  "expectedFee.neededNoOrderValueColumn": (p) =>
    `Phí này cần ${p.argument}: tệp không có cột "Customer payment" để tạo giá trị đơn hàng.`,
  "expectedFee.neededNoItemNetColumn": (p) =>
    `Phí này cần ${p.argument}: tệp không có cột "Subtotal after seller discounts".`,
  "expectedFee.neededNoCustomerPaymentColumn": (p) => `Phí này cần ${p.argument}: tệp không có cột "Customer payment".`,
  "expectedFee.neededPerItemNoQuantity": (p) =>
    `Phí này cần ${p.argument}: ${p.fee} tính theo từng sản phẩm và tệp không có cột "Quantity".`,
  "expectedFee.neededCappedPerItemNoQuantity": (p) =>
    `Phí này cần ${p.argument}: ${p.fee} có mức trần theo từng sản phẩm và tệp không có cột "Quantity".`,
  "expectedFee.categoryNotRate": () =>
    "category ở đây phải là tên ngành hàng (tỷ lệ lấy từ bảng phí), không phải tỷ lệ.",

  "sellerProfile.bothTypes": () => 'seller_profile ghi cả "individual" lẫn "business": hãy giữ một.',
  "sellerProfile.feeTaxTwice": () => 'seller_profile ghi "fee tax" hai lần: hãy giữ một.',
  "sellerProfile.feeTaxText": (p) => `seller_profile, fee tax "${p.text}": ${whyText(p)}.`,
  "sellerProfile.unknownWord": (p) =>
    `seller_profile: từ "${p.word}" không xác định. Hãy dùng các từ như ${p.words}, cách nhau bằng dấu phẩy.`,

  "argument.range": (p) => `${p.argument} phải là một giá trị đơn, không phải một phạm vi ô.`,
  "argument.errorOrObject": (p) => `${p.argument} chứa lỗi hoặc đối tượng: hãy sửa ô đó trước.`,
  "argument.booleanForNumber": (p) => `${p.argument} là TRUE/FALSE: hãy nhập một số.`,
  "argument.booleanForDate": (p) => `${p.argument} là TRUE/FALSE: hãy nhập một ngày.`,
  "argument.notFinite": (p) => `${p.argument} không phải số hữu hạn.`,
  "argument.notANumber": (p) => `${p.argument} phải là một số.`,
  "argument.requiredNumber": (p) => `${p.argument} là bắt buộc: hãy nhập một số.`,
  "argument.requiredText": (p) => `${p.argument} là bắt buộc, ví dụ ${p.example}.`,
  "argument.textExpected": (p) => `${p.argument} phải là văn bản, ví dụ ${p.example}.`,
  "argument.categoryZero": (p) =>
    `${p.argument} bằng 0 (ô trống cũng được đọc là 0 trên Excel cho máy tính): với hoa hồng 0% hãy gõ "0%", nếu không thì bỏ ${p.argument} hoặc nêu tên ngành hàng.`,
  "argument.zeroFromEmptyCell": (p) =>
    `${p.argument} bằng 0 (ô trống cũng được đọc là 0 trên Excel cho máy tính): bỏ ${p.argument} để dùng ${n(t(p.fallback))}, hoặc gõ "0" dạng văn bản cho số 0 thật.`,
  "argument.zeroFromEmptyCellNoDefault": (p) =>
    `${p.argument} bằng 0 (ô trống cũng được đọc là 0 trên Excel cho máy tính): bỏ ${p.argument} để dùng giá trị mặc định, hoặc gõ "0" dạng văn bản cho số 0 thật.`,
  "argument.categoryType": (p) => `${p.argument} phải là tên ngành hàng hoặc tỷ lệ như 0,06.`,
  "argument.unknownChoice": (p) => `Giá trị ${p.argument} "${p.given}" không xác định: hãy dùng ${or(p.choices)}.`,
  "argument.marginRange": (p) => `${p.argument} phải là phân số từ −1 đến 1 (30% là 0,3), không phải ${n(p.given)}.`,
  "result.tooLargeForCell": () => "Kết quả quá lớn cho một ô.",
  "result.ownRateSource": () => "Tỷ lệ của riêng bạn (nhập trong trang tính, không lấy từ bảng phí)",
  "result.tableForValue": () => "Lỗi không mong muốn: một bảng ở chỗ chỉ cần một giá trị",
  "result.valueForTable": () => "Lỗi không mong muốn: một giá trị ở chỗ cần một bảng",
  "result.unexpected": (p) => `Lỗi không mong muốn: ${p.message}`,
  // The Open API's saved responses (src/core/settlement/openApi.ts).
  "openApi.unknownShape": (p) =>
    `Không phải phản hồi đã lưu về giao dịch sao kê của Open API TikTok Shop: cần {"code": 0, "data": {"transactions": […]}} từ GET /finance/202309 / /finance/202501/statements/{statement_id}/statement_transactions, đối tượng "data" của nó, hoặc một mảng các phản hồi đó (mỗi trang một phản hồi). Tìm thấy ${p.found}.`,
  "openApi.apiError": (p) =>
    `Phản hồi đã lưu là lỗi API (mã ${p.code}${p.text ? `: ${p.text}` : ""}), không phải giao dịch sao kê: hãy yêu cầu lại trang đó và lưu câu trả lời có "data".`,
  "openApi.statementsList": () =>
    `Đây là danh sách sao kê (GET /finance/…/statements), không phải giao dịch của một sao kê: hãy lưu phản hồi statement_transactions của từng sao kê rồi đối soát các phản hồi đó.`,
  "openApi.perOrder": () =>
    `Giao dịch theo đơn hàng (sku_transactions) chưa được đọc: hãy lưu phản hồi statement_transactions của sao kê chứa đơn hàng đó.`,
  "openApi.noTransactions": () => `Các phản hồi đã lưu không có giao dịch nào: không có gì để đối soát.`,
  "openApi.mixedVersions": (p) =>
    `Các phản hồi trộn hai dạng giao dịch (${p.first} và ${p.second}): hãy đối soát riêng phản hồi của từng phiên bản.`,
  "openApi.unknownTransaction": (p) =>
    `Các giao dịch không có trường nào của phiên bản mà phần bổ trợ này đọc được (202309: "fee_amount"…, 202501: "fee_tax_breakdown"…, unsettled: "est_settlement_amount"): giao dịch đầu tiên có ${p.found}.`,
  "openApi.notJson": (p) => `${p.file} không phải JSON hợp lệ: ${p.reason}.`,
  "ads.budgetOk": (p) =>
    `OK: ${viBudget(p.level, p.type)} ${n(p.budget)} USD đạt mức tối thiểu (${p.strict ? "hơn" : "ít nhất"} ${n(p.min)} USD).`,
  "ads.budgetBelow": (p) =>
    `Dưới mức tối thiểu: ${viBudget(p.level, p.type)} phải ${p.strict ? "hơn" : "ít nhất là"} ${n(p.min)} USD; với ${n(p.budget)} USD còn thiếu ${n(p.short)} USD${p.strict ? " (bằng đúng mức tối thiểu là chưa đủ)" : ""}.`,
  "live.waterfallLabel": (p) =>
    pick(p.line, {
      step: `Bước`,
      share: `Tỷ lệ trên chi tiêu của người xem`,
      appStore: `Cửa hàng ứng dụng (${p.channel})`,
      tiktok: `TikTok`,
      agency: `Công ty quản lý`,
      withdrawalFee: `Phí rút tiền`,
      creator: `Tiền mặt của nhà sáng tạo`,
      viewerSpend: `Chi tiêu của người xem`,
    }),
  "ads.funnelLabel": (p) =>
    pick(p.line, {
      step: `Bước`,
      value: `Giá trị`,
      budget: `Ngân sách (USD)`,
      impressions: `Lượt hiển thị`,
      clicks: `Lượt nhấp`,
      conversions: `Lượt chuyển đổi`,
      revenue: `Doanh thu (USD)`,
      roas: `ROAS`,
      cpa: `Chi phí mỗi lượt chuyển đổi (USD)`,
      profit: `Lợi nhuận sau quảng cáo (USD)`,
    }),
  "settlement.noCreatedDate": () => "đơn hàng không có ngày tạo để chọn mức phí đang áp dụng",
  "file.notFound": (p) => `${p.file}: không có tệp này.`,
  "file.isFolder": (p) => `${p.file} là thư mục, không phải tệp.`,
  "file.empty": (p) => `${p.file} trống (0 byte).`,
  "file.notWorkbook": (p) => `${p.file} không phải sổ làm việc Excel (không có chữ ký xlsx).`,
  "file.binary": (p) => `${p.file} là tệp nhị phân, không phải văn bản CSV hay sổ làm việc xlsx.`,
  "file.notCsv": (p) => `Không đọc được ${p.file} dạng CSV: ${p.reason}`,
  "file.noWorksheets": (p) => `${p.file} không có trang tính nào.`,
  "file.damagedWorkbook": (p) => `Không đọc được ${p.file} dạng sổ làm việc xlsx (bị hỏng hoặc bị cắt?): ${p.reason}`,
  "file.unreadable": (p) => `${p.file}: không đọc được (${p.code}).`,
  "file.notReconciled": (p) => `${p.file}: không đối soát được: ${p.reason}`,
  "file.sheetNotFound": (p) => `--sheet "${p.sheet}" không có trong ${p.file} (các trang: ${p.sheets}).`,
  "settlement.mappedLayoutTitle": () => "Ánh xạ cột của bạn",
  "settlement.layoutTitle": (p) => lay(p.title),
  "settlement.skipAdjustment": (p) =>
    `${p.type}${p.why ? ` (${p.why})` : ""}: các khoản điều chỉnh không được đối chiếu với bảng phí`,
  "settlement.skipCurrency": (p) => `tiền tệ ${p.currency} không phải là tiền tệ của ${p.market} (${p.expected})`,
  "settlement.rateNotInBook": (p) => `bảng phí không có ${p.kind} cho ${p.market}`,
  "settlement.rateBeforeBook": (p) =>
    `không có tỷ lệ ${p.kind} cho ${p.market} trước ${d(p.first)}: bảng phí bắt đầu từ đó (ngày đặt hàng ${d(p.date)})`,
  "settlement.noRuleInForce": (p) => `không có ${p.kind} nào có hiệu lực vào ${d(p.date)}`,
  "settlement.nothingChargedWaiver": (p) =>
    `không thu gì, và không có tỷ lệ ${p.kind} nào trong bảng phí vào ${d(p.date)} là 0 %: miễn phí cho người bán mới hoặc theo chương trình không có trong bảng phí`,
  "settlement.categoryDefault": () => "mặc định",
  "settlement.categoryWithVat": (p) => `${p.category} (gồm thuế GTGT)`,
  "settlement.categoryNoneFitsAtDefault": () => "không danh mục nào khớp (dự kiến theo tỷ lệ mặc định)",
  "settlement.categoryNothingChargedAtDefault": () => "không thu gì (dự kiến theo tỷ lệ mặc định)",
  "settlement.categoryNoneFitsNearest": (p) => `không danh mục nào khớp (gần nhất: ${p.nearest})`,
  "settlement.categoryNothingCharged": () => "không thu gì",
  "settlement.noModelledFee": () => `tệp không có cột phí nào mà add-in này mô hình hóa`,
  "live.crpEligible": () => `Đủ điều kiện`,
  "live.crpNotEligible": (p) => `Chưa đủ điều kiện: ${p.reasons}`,
  "live.crpReason": (p) =>
    pick(p.why, {
      notOpen: `chương trình chưa mở tại ${region(p.a)} (đang mở tại ${p.b})`,
      followers: `cần ${n(p.a)} người theo dõi (hiện có ${n(p.b)})`,
      views: `cần ${n(p.a)} lượt xem trong 30 ngày (hiện có ${n(p.b)})`,
      seconds: `video phải dài ít nhất ${n(p.a)} giây (video này dài ${n(p.b)} giây)`,
      age: `nhà sáng tạo phải từ ${n(p.a)} tuổi trở lên`,
    }),
  "fee.vatOn": (p) => `VAT trên ${p.fee}`,
  "table.byCategory": () => "theo danh mục",
  "table.column": (p) =>
    pick(p.column, {
      gift: "Quà tặng",
      coins: "Xu",
      since: "Có hiệu lực từ",
      until: "Đến",
      source: "Nguồn",
      note: "Ghi chú",
      format: "Định dạng",
      duration: "Thời lượng",
      delivery: "Phân phối",
      pricing: "Cách tính giá",
      low: "Thấp (USD)",
      high: "Cao (USD)",
      code: "Mã",
      market: "Thị trường",
      currency: "Tiền tệ",
      defaultCommission: "Hoa hồng mặc định",
      category: "Danh mục",
      commission: "Hoa hồng",
      component: "Thành phần",
      rate: "Tỷ lệ",
      base: "Cơ sở",
      amount: "Số tiền",
      totalShopFees: "Tổng phí TikTok Shop",
    }),
};

export default vi;
