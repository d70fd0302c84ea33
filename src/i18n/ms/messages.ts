/**
 * Bahasa Melayu: the message catalog (src/core/messages.ts) in Malay. A machine-made draft,
 * checked by back-translation, not yet reviewed by a native speaker (docs/i18n.md). Argument and
 * function names stay as formulas write them, and so do values to type ("perCoin") and Excel's
 * TRUE/FALSE; numbers with a decimal point as Malaysia writes them, so formulas keep the comma.
 */
import { type CompleteCatalog, pick } from "../../core/messages";
import { dateIn, numberIn, orIn, phrasesIn, upperFirst as cap, marketNameIn } from "../format";

const n = numberIn("ms-MY");
const region = marketNameIn("ms-MY");
const d = dateIn("ms-MY");
const or = orIn("atau");
const t = phrasesIn(
  {
    "a number": "nombor",
    "USD per 1,000 followers": "USD bagi setiap 1,000 pengikut",
    "a CPM in USD": "CPM dalam USD",
    "a budget in USD": "bajet dalam USD",
    "a cost per action in USD": "kos setiap tindakan dalam USD",
    "a daily budget in USD": "bajet harian dalam USD",
    "a discount amount": "amaun diskaun",
    "a margin such as 0.2": "margin seperti 0.2",
    "a margin such as 0.25 (25 %)": "margin seperti 0.25 (25%)",
    "a margin such as 0.3": "margin seperti 0.3",
    "a margin such as 0.4": "margin seperti 0.4",
    "a number of days": "bilangan hari",
    "a number of followers": "bilangan pengikut",
    "a number of gifts": "bilangan hadiah",
    "a number of streams": "bilangan siaran",
    "a number of views": "bilangan tontonan",
    "a price in USD": "harga dalam USD",
    "a rate such as 0.06 or 6%": "kadar seperti 0.06 atau 6%",
    "a tolerance in currency units": "toleransi dalam unit mata wang",
    "a video length in seconds": "panjang video dalam saat",
    "a weight in kg": "berat dalam kg",
    "a weight in pounds": "berat dalam paun",
    "a whole number of clicks": "bilangan klik yang bulat",
    "a whole number of coins": "bilangan syiling yang bulat",
    "a whole number of days": "bilangan hari yang bulat",
    "a whole number of diamonds": "bilangan berlian yang bulat",
    "a whole number of gifts": "bilangan hadiah yang bulat",
    "a whole number of impressions": "bilangan tera yang bulat",
    "a whole number of units": "bilangan unit yang bulat",
    "a whole number of views": "bilangan tontonan yang bulat",
    "ad spend in USD": "perbelanjaan iklan dalam USD",
    "an amount in USD": "amaun dalam USD",
    "an amount": "amaun",
    "an average frequency such as 2.5": "kekerapan purata seperti 2.5",
    "an average order value": "nilai pesanan purata",
    "revenue in USD": "hasil dalam USD",
    "the ad cost per order": "kos iklan bagi setiap pesanan",
    "the cost of one unit": "kos satu unit",
    "the hours left in the day": "jam yang tinggal pada hari itu",
    "the shipping the buyer paid": "kos penghantaran yang dibayar pembeli",
    "the unit price": "harga seunit",
    "your shipping cost": "kos penghantaran anda",
    "a range": "julat",
    market: "pasaran",
    currency: "mata wang",
    channel: "saluran",
    gift: "hadiah",
    fee: "yuran",
    category: "kategori",
    industry: "industri",
    "billing model or format": "model pengebilan atau format",
    "benchmark metric": "metrik penanda aras",
    "content type": "jenis kandungan",
    "budget level": "peringkat bajet",
    "budget period": "tempoh bajet",
    "conversion depth": "kedalaman penukaran",
    "the market's default rate": "kadar lalai pasaran",
    "the newest rates": "kadar terbaharu",
    "the rate book's rate for the category": "kadar buku kadar bagi kategori itu",
    "the sourced range": "julat yang bersumber",
    "an individual seller, not Mall, not cross-border, below the tax thresholds":
      "penjual individu, bukan Mall, bukan rentas sempadan, di bawah ambang cukai",
  },
  (thing, market) => `${thing} bagi ${market}`,
);

/** "bajet harian kempen": the budget ADBUDGETCHECK speaks of. */
const msBudget = (level: string, type: string): string =>
  `bajet ${type === "daily" ? "harian" : "keseluruhan"} ${level === "adgroup" ? "kumpulan iklan" : level === "gmvmax" ? "GMV Max" : "kempen"}`;
/** Why a text is not a number (numberReason in src/core/messages.ts). */
const whyText = (p: { why: string; a: string; b: string }): string =>
  pick(p.why, {
    percent: `peratusan tidak diterima di sini — masukkan nombor itu sendiri`,
    exponent: `eksponen di luar julat — masukkan nombor tanpa eksponen`,
    commaAmbiguous: `koma boleh jadi pemisah perpuluhan atau ribuan — taip ${p.a} atau ${p.b}, atau masukkan nilai itu sebagai nombor (bukan teks)`,
    commaDecimal: `koma boleh jadi pemisah perpuluhan atau ribuan — taip ${p.a} atau masukkan nilai itu sebagai nombor (bukan teks)`,
    grouping: `pemisah ribuan mesti mengumpulkan tiga digit ("1,234,567.89") — taip ${p.a} atau masukkan nilai itu sebagai nombor (bukan teks)`,
    points: `titik ialah tanda perpuluhan — taip ${p.a} atau masukkan nilai itu sebagai nombor (bukan teks)`,
    separators: `pemisah di dalam nombor tidak dibaca — taip ${p.a} atau masukkan nilai itu sebagai nombor (bukan teks)`,
    notNumber: `bukan nombor`,
  });
/** The settlement layouts' titles (Layout.title, English) in this language, wherever a text names them. */
const LAYOUT_TITLES: readonly (readonly [string, string])[] = [
  [
    'Income export "Order details" (SEA; Chinese-UI cross-border)',
    'Eksport pendapatan "Order details" (SEA; antara muka Cina rentas sempadan)',
  ],
  [
    "Statement order details (US/UK/BR; Chinese-UI MX/JP; per SKU)",
    "Butiran pesanan penyata (US/UK/BR; antara muka Cina MX/JP; setiap SKU)",
  ],
  [
    "Unsettled-orders export (US/VN/TH xlsx, UK CSV)",
    "Eksport pesanan yang belum diselesaikan (US/VN/TH xlsx, UK CSV)",
  ],
  ["Order export (OrderSKUList)", "Eksport pesanan (OrderSKUList)"],
];
const lay = (text: string): string => LAYOUT_TITLES.reduce((s, [en, own]) => s.split(en).join(own), text);
const ms: CompleteCatalog = {
  "number.empty": (p) => `${p.argument} kosong: masukkan ${t(p.noun)}.`,
  "number.boolean": (p) => `${p.argument} ialah TRUE/FALSE: masukkan ${t(p.noun)}.`,
  "number.notFinite": (p) => `${p.argument} bukan nombor terhingga: masukkan ${t(p.noun)}.`,
  "number.text": (p) => `${p.argument} ialah teks ("${p.text}"): masukkan ${t(p.noun)}.`,
  "number.textReason": (p) => `${p.argument} ialah teks "${p.text}": ${whyText(p)}.`,
  "number.tooLarge": (p) => `${p.argument} terlalu besar: paling banyak ${n(p.max)} dibenarkan.`,
  "number.negative": (p) => `${p.argument} negatif (${n(p.value)}): masukkan sifar atau lebih.`,
  "number.zero": (p) => `${p.argument} sifar: masukkan ${t(p.noun)} yang lebih besar daripada sifar.`,
  "number.notWhole": (p) => `${p.argument} mesti nombor bulat, bukan ${n(p.value)}.`,
  "rate.outOfRange": (p) =>
    `${p.argument} ialah ${n(p.value)}: masukkan kadar antara 0 dan ${n(p.limit)} (6% ialah 0.06).`,
  "date.notIso": (p) => `"${p.text}" bukan tarikh dalam bentuk YYYY-MM-DD.`,
  "date.notSerial": (p) => `${p.argument} bukan tarikh: masukkan sel tarikh atau teks seperti "2025-01-31".`,
  "date.notDateText": (p) =>
    `${p.argument} "${p.text}" bukan tarikh: gunakan sel tarikh atau teks seperti "2025-01-31".`,
  "date.wrongType": (p) => `${p.argument} mesti tarikh, bukan ${p.what === "TRUE/FALSE" ? p.what : t(p.what)}.`,
  "name.unknown": (p) => `${cap(t(p.what))} "${p.given}" tidak dikenali.`,
  "name.unknownDidYouMean": (p) =>
    `${cap(t(p.what))} "${p.given}" tidak dikenali. Adakah anda maksudkan ${or(p.names)}?`,
  "name.unknownKnown": (p) => `${cap(t(p.what))} "${p.given}" tidak dikenali. Yang dikenali: ${p.names}.`,
  "name.unknownKnownMore": (p) =>
    `${cap(t(p.what))} "${p.given}" tidak dikenali. Yang dikenali: ${p.names} dan ${n(p.more)} lagi.`,
  "fee.unknown": (p) => `Yuran "${p.given}" tidak dikenali: gunakan salah satu daripada ${p.fees}.`,

  "live.noCoinPrices": (p) =>
    `Tiada harga syiling bersumber bagi ${region(p.market)}: buku kadar hanya mengandungi pek US (web, iOS, Android) dan UK (iOS, Android). Masukkan harga yang anda bayar sebagai ganti.`,
  "live.noCoinPack": (p) => `Pek syiling tidak dikenali bagi ${p.channel} di "${p.market}". Yang dikenali: ${p.known}.`,
  "live.tooManyCoinsForPacks": (p) => `coins melebihi ${n(p.max)} bagi kaedah pek: gunakan kaedah "perCoin".`,
  "live.agencyTakesAll": () => "Dengan bahagian agensi 100%, tiada bilangan berlian yang memberi pencipta apa-apa.",
  "live.tooManyDiamonds": (p) =>
    `Bayaran ${n(p.target)} USD memerlukan lebih daripada ${n(p.max)} berlian, bilangan terbesar yang dikira oleh add-in: masukkan sasaran yang lebih kecil (atau semak usd_per_diamond dan agency_share).`,
  "live.creatorAboveSpend": (p) =>
    `Dengan parameter ini pencipta akan mendapat lebih (${n(p.creator)} USD) daripada yang dibayar penonton selepas yuran gedung aplikasi (${n(p.afterStore)} USD): semak usd_per_diamond dan coins_per_diamond.`,
  "live.beforeGiftCatalog": () =>
    "as_of lebih awal daripada katalog hadiah, yang bermula pada 2021: tiada harga hadiah sebelum itu.",

  "ads.marginNotPositive": () =>
    "Dengan margin sifar atau kurang, tiada ROAS yang mencapai titik pulang modal: setiap jualan sudah rugi sebelum iklan.",
  "ads.marginAboveOne": (p) => `Margin ${n(p.margin)}% adalah mustahil: masukkan pecahan sehingga 1 (30% ialah 0.3).`,
  "ads.targetNotBelowMargin": (p) =>
    `Margin sasaran (${n(p.target)}%) tidak di bawah margin sebelum iklan (${n(p.margin)}%): tiada perbelanjaan iklan yang dapat mengekalkannya.`,
  "ads.frequencyBelowOne": () =>
    "Kekerapan purata sekurang-kurangnya 1 (setiap orang yang dicapai melihat iklan sekurang-kurangnya sekali).",
  "ads.noCpvBenchmark": () =>
    "Tiada penanda aras CPV awam yang boleh dipercayai: masukkan kos setiap tontonan anda sebagai rate, contohnya 0.03.",
  "ads.topViewByCpm": (p) =>
    `TopView ditempah pada CPM (kira-kira $${n(p.cpm)}), bukan sehari: masukkan sebut harga harian anda sebagai rate, atau gunakan ADCOST("CPM", impressions, ${n(p.cpm)}).`,
  "ads.brandTakeoverNoPrice": () =>
    "Brand Takeover tiada harga awam: masukkan sebut harga harian daripada TikTok sebagai rate.",
  "ads.gmvMaxDailyOnly": () => "GMV Max menggunakan bajet harian (sekurang-kurangnya $10 sehari): biarkan days kosong.",
  "ads.flatPricePerRun": (p) =>
    `${p.model} dijual pada harga tetap bagi seluruh tempoh tayangannya, bukan mengikut volum: gunakan ADCOST untuk harganya.`,

  "shop.marginImpossible": (p) => `${p.argument} sebanyak ${n(p.margin)}% adalah mustahil: margin mesti di bawah 100%.`,
  "shop.marginBelowMinusOne": (p) => `${p.argument} mesti antara −100% dan 100% (0.25 ialah 25%).`,
  "shop.noPriceForMargin": (p) =>
    `Tiada harga yang mencapai margin ${n(p.margin)}%: yuran, komisen afiliasi dan pemulangan mengambil lebih daripada ${n(p.share)}% setiap unit harga tambahan.`,
  "shop.priceAboveMaxCheckCosts": (p) =>
    `Harga yang mencapai margin ${n(p.margin)}% melebihi ${n(p.max)} ${p.currency}, amaun terbesar yang dikira oleh add-in: semak unit_cost dan kos lain.`,
  "shop.priceAboveMaxLowerMargin": (p) =>
    `Harga yang mencapai margin ${n(p.margin)}% melebihi ${n(p.max)} ${p.currency}, amaun terbesar yang dikira oleh add-in: turunkan target_margin, atau semak unit_cost dan kos lain.`,
  "shop.noWholeMinorUnitPrice": (p) =>
    `Tiada harga dalam unit kecil ${p.currency} yang bulat mencapai margin itu; semak input.`,
  "shop.targetAboveNoRevenue": (p) =>
    `Walaupun tanpa komisen afiliasi, pesanan ini tidak memperoleh margin, di bawah sasaran ${n(p.target)}%.`,
  "shop.targetAboveBestMargin": (p) =>
    `Walaupun tanpa komisen afiliasi, pesanan ini memperoleh margin ${n(p.margin)}%, di bawah sasaran ${n(p.target)}%.`,
  "shop.targetAboveRounded": (p) =>
    `Walaupun tanpa komisen afiliasi, pesanan ini, dibundarkan kepada unit kecil ${p.currency} yang bulat, memperoleh kurang daripada sasaran ${n(p.target)}%.`,
  "shop.sellerDiscountAboveItems": (p) =>
    `seller_discount (${n(p.discount)}) melebihi harga barang (${n(p.items)}): masukkan diskaun pada baris pesanan ini.`,
  "shop.platformDiscountAbovePayment": (p) =>
    `platform_discount (${n(p.discount)}) menjadikan bayaran pembeli negatif: masukkan diskaun pada baris pesanan ini.`,
  "shop.commissionRateTwice": () =>
    "Berikan kadar komisen sekali sahaja: sama ada sebagai category atau sebagai commission_rate dengan nama kategori.",
  "shop.noSourcedFees": (p) =>
    `Belum ada yuran TikTok Shop bersumber bagi ${region(p.market)} (${p.code}).${p.note ? ` ${p.note}` : ""} Masukkan kadar komisen sebagai argumen category, contohnya 0.06.`,
  "shop.noRevenue": () => "Pesanan ini tiada hasil (harga dan penghantaran sifar), jadi tiada margin.",
  "shop.fbtUsNotPublic": () =>
    'Jadual kadar FBT AS mengikut berat tidak awam dalam sumber kami: yuran bermula pada $3.58 setiap item (pesanan satu unit) dan dikenakan pada berat boleh bil (lihat =TIKTOK.RATESOURCE("fbtFrom","US")). Masukkan yuran anda sendiri.',
  "shop.fbtNotSourced": (p) => `Tiada jadual yuran FBT awam bagi ${region(p.market)}: hanya jadual UK yang bersumber.`,
  "shop.fbtNoTier": (p) =>
    `Tiada peringkat FBT UK yang menerima ${n(p.longest)} × ${n(p.middle)} × ${n(p.shortest)} cm dan ${n(p.weight)} kg (yang terbesar 120 × 60 × 60 cm; 30 kg sehingga 61 × 46 × 46 cm).`,

  "market.notShop": (p) =>
    `TikTok Shop tidak berniaga di ${p.market} (${p.code}), jadi tiada yuran kedai atau penyelesaian: pilih salah satu daripada ${p.markets}.`,
  "market.noShopCategories": (p) => `Belum ada kategori TikTok Shop bersumber bagi ${p.market}.`,
  "rate.notInBook": (p) => `Buku kadar tiada ${p.kind} bagi ${p.market}.`,
  "rate.introducedLater": (p) =>
    `Tiada ${p.kind} bagi ${p.market} sebelum ${d(p.first)}: yuran ini diperkenalkan pada masa itu (${p.argument} ${p.asOf}).`,
  "rate.beforeBook": (p) =>
    `Tiada kadar ${p.kind} bagi ${p.market} sebelum ${d(p.first)}: buku kadar bermula di situ (${p.argument} ${p.asOf}).`,
  "rate.ended": (p) =>
    `Tiada kadar ${p.kind} bagi ${p.market} yang berkuat kuasa pada ${p.asOf} (yang terakhir tamat pada ${d(p.last)}).`,
  "rate.unpublished": (p) =>
    `${cap(p.fee)} bagi ${p.market} pada ${p.asOf} tidak awam (Seller Center sahaja): masukkan kadar anda sebagai nombor.${p.note ? ` ${p.note}` : ""}`,
  "rate.unpublishedCategory": (p) =>
    `${cap(p.fee)} bagi ${p.category} di ${p.market} pada ${p.asOf} tidak awam (Seller Center sahaja): masukkan kadar anda sebagai nombor.${p.note ? ` ${p.note}` : ""}`,

  "settlement.amountNotFinite": (p) => `${p.column} mengandungi ${p.value}, bukan amaun.`,
  "settlement.amountWrongType": (p) => `${p.column} mengandungi ${p.what}, bukan amaun.`,
  "settlement.amountAmbiguousDot": (p) =>
    `${p.column} mengandungi "${p.text}": titik itu mungkin memisahkan ribuan (1.250 = 1,250) atau perpuluhan. Eksport semula fail dengan nombor biasa, atau bukanya dalam Excel dan simpan helaian itu.`,
  "settlement.amountNotNumber": (p) => `${p.column} mengandungi "${p.text}", yang bukan amaun.`,
  "settlement.dateInvalid": (p) => `${p.column} mengandungi tarikh yang tidak sah.`,
  "settlement.dateWrongType": (p) => `${p.column} mengandungi ${p.what}, bukan tarikh.`,
  "settlement.dateNotDate": (p) => `${p.column} mengandungi "${p.text}", yang bukan tarikh.`,
  "settlement.dateNotCalendar": (p) => `${p.column} mengandungi "${p.text}", yang bukan tarikh kalendar.`,
  "settlement.dateNumberNotDate": (p) => `${p.column} mengandungi ${p.value}, yang bukan tarikh.`,
  "settlement.notKnownLayout": (p) =>
    `Bukan eksport penyelesaian TikTok Shop yang dikenali oleh add-in ini. Dicari pengepala dengan ${lay(p.looked)} dalam ${n(p.rows)} baris pertama. Ditemui: ${p.found}.`,
  "settlement.mappingNotJson": (p) => `Pemetaan lajur bukan JSON yang sah: ${p.reason}.`,
  "settlement.mappingFormat": (p) =>
    `Bukan pemetaan lajur: dijangka "format": "${p.format}" dan "version": ${n(p.version)} dengan senarai "header" dan objek "columns"; dijumpai ${p.found}.`,
  "settlement.mappingUnknownKey": (p) =>
    `Pemetaan lajur menyebut "${p.key}", yang bukan salah satu daripada: ${p.keys}. Betulkan atau buang.`,
  "settlement.mappingColumnMissing": (p) =>
    `Pemetaan lajur memberi ${p.key} lajur "${p.column}", yang tiada dalam pengepalanya: gunakan nama lajur seperti yang ditulis dalam fail.`,
  "settlement.mappingDuplicate": (p) =>
    `Pemetaan lajur memberi lajur "${p.column}" kepada ${p.first} dan ${p.second}: beri setiap lajur kepada satu kunci.`,
  "settlement.mappingBadKind": (p) =>
    `Pemetaan lajur menyatakan nilai jenis "${p.value}" ialah ${p.kind}: nyatakan yang mana satu daripada ${p.kinds}.`,
  "settlement.mappingNotConfirmed": () =>
    'Pemetaan lajur belum disahkan, jadi ia tidak digunakan: semak setiap lajur, kemudian tetapkan "confirmed": true.',
  "settlement.mappingNeedsKeys": (p) =>
    `Pemetaan lajur membaca fail sebagai ${lay(p.layout)} tetapi tidak menamakan lajur untuk ${p.keys}: tambahkannya.`,
  "settlement.mappingHeaderNotFound": (p) =>
    `Fail tidak mempunyai pengepala pemetaan lajur (${p.cells}…) dalam ${n(p.rows)} baris pertamanya: pemetaan ini untuk fail lain.`,
  "settlement.foundNothing": () => "tiada teks dalam baris-baris pertama",
  "settlement.foundRow": (p) => `baris ${n(p.row)} berbunyi ${p.cells}`,
  "settlement.foundRowMore": (p) => `baris ${n(p.row)} berbunyi ${p.cells} dan ${n(p.more)} lagi`,
  "settlement.mixedLanguages": (p) =>
    `Pengepala pada baris ${n(p.row)} mencampurkan dua bahasa Seller Center: ${p.first} (${p.firstCells}) dan ${p.second} (${p.secondCells}). Eksport semula fail dari Seller Center dalam satu bahasa, dengan lajur seperti yang dinamakan oleh TikTok.`,
  "settlement.ambiguousLayout": (p) =>
    `Pengepala pada baris ${n(p.row)} sepadan sama rata dengan dua susun atur (${lay(p.layouts)}), jadi ia tidak dibaca sebagai mana-mana satu: selaraskan eksport seperti yang ditulis oleh Seller Center, tanpa lajur tambahan atau lajur yang dinamakan semula.`,
  "settlement.orderExportGiven": () =>
    "Ini eksport pesanan (OrderSKUList), bukan penyelesaian: selaraskan eksport Income, statement atau unsettled dan berikan eksport pesanan sebagai fail pesanan.",
  "settlement.noDataRows": (p) =>
    `${cap(lay(p.layout))} mempunyai pengepala (baris ${n(p.row)}) tetapi tiada baris data.`,
  "settlement.ordersNotOrderExport": (p) =>
    `Fail pesanan ialah ${lay(p.layout)}, bukan eksport pesanan (OrderSKUList).`,
  "settlement.currencyUnknown": (p) =>
    `Mata wang fail, ${p.code}, bukan milik mana-mana pasaran TikTok Shop yang dikenali oleh add-in ini: berikan pasarannya.`,
  "settlement.currencyShared": (p) =>
    `Fail ini dalam ${p.code}, yang digunakan oleh ${p.markets}: namakan pasarannya (contohnya --market ${p.example}).`,
  "settlement.marketsRemain": (p) =>
    `Mata wang, nama dan lajur yuran fail masih meninggalkan ${p.markets}: namakan pasarannya (contohnya --market ${p.example}).`,
  "settlement.noMarket": () =>
    "Fail tidak menyebut mata wang: berikan pasarannya (contohnya --market US); nama dan lajur yurannya tidak menunjukkannya.",

  "feeReason.noOrderValueColumn": () => 'fail tiada lajur "Customer payment" untuk membentuk nilai pesanan',
  "feeReason.noItemNetColumn": () => 'fail tiada lajur "Subtotal after seller discounts"',
  "feeReason.noCustomerPaymentColumn": () => 'fail tiada lajur "Customer payment"',
  "feeReason.noBase": (p) => `yuran atas ${p.base} tiada asas`,
  "feeReason.noReferralRule": () => "tiada peraturan yuran rujukan untuk diambil 20%",
  "feeReason.perItemNoQuantity": (p) => `${p.fee} dikira setiap item dan fail tiada lajur "Quantity"`,
  "feeReason.cappedPerItemNoQuantity": (p) => `${p.fee} dihadkan setiap item dan fail tiada lajur "Quantity"`,
  "expectedFee.noOrderValueColumn": () => 'Fail tiada lajur "Customer payment" untuk membentuk nilai pesanan.',
  "expectedFee.noItemNetColumn": () => 'Fail tiada lajur "Subtotal after seller discounts".',
  "expectedFee.noCustomerPaymentColumn": () => 'Fail tiada lajur "Customer payment".',
  "expectedFee.noBase": (p) => `Yuran atas ${p.base} tiada asas.`,
  "expectedFee.noReferralRule": () => "Tiada peraturan yuran rujukan untuk diambil 20%.",
  "expectedFee.perItemNoQuantity": (p) => `${cap(p.fee)} dikira setiap item dan fail tiada lajur "Quantity".`,
  "expectedFee.cappedPerItemNoQuantity": (p) => `${cap(p.fee)} dihadkan setiap item dan fail tiada lajur "Quantity".`,
  "expectedFee.neededNoOrderValueColumn": (p) =>
    `${p.argument} diperlukan bagi yuran ini: fail tiada lajur "Customer payment" untuk membentuk nilai pesanan.`,
  "expectedFee.neededNoItemNetColumn": (p) =>
    `${p.argument} diperlukan bagi yuran ini: fail tiada lajur "Subtotal after seller discounts".`,
  "expectedFee.neededNoCustomerPaymentColumn": (p) =>
    `${p.argument} diperlukan bagi yuran ini: fail tiada lajur "Customer payment".`,
  "expectedFee.neededPerItemNoQuantity": (p) =>
    `${p.argument} diperlukan bagi yuran ini: ${p.fee} dikira setiap item dan fail tiada lajur "Quantity".`,
  "expectedFee.neededCappedPerItemNoQuantity": (p) =>
    `${p.argument} diperlukan bagi yuran ini: ${p.fee} dihadkan setiap item dan fail tiada lajur "Quantity".`,
  "expectedFee.categoryNotRate": () =>
    "category di sini mesti nama kategori (kadarnya daripada buku kadar), bukan kadar.",

  "sellerProfile.bothTypes": () => 'seller_profile menyebut "individual" dan juga "business": kekalkan satu.',
  "sellerProfile.feeTaxTwice": () => 'seller_profile menyebut "fee tax" dua kali: kekalkan satu.',
  "sellerProfile.feeTaxText": (p) => `seller_profile, fee tax "${p.text}": ${whyText(p)}.`,
  "sellerProfile.unknownWord": (p) =>
    `seller_profile: perkataan "${p.word}" tidak dikenali. Gunakan perkataan seperti ${p.words}, dipisahkan dengan koma.`,

  "argument.range": (p) => `${p.argument} mesti satu nilai, bukan julat sel.`,
  "argument.errorOrObject": (p) => `${p.argument} mengandungi ralat atau objek: betulkan sel itu dahulu.`,
  "argument.booleanForNumber": (p) => `${p.argument} ialah TRUE/FALSE: masukkan nombor.`,
  "argument.booleanForDate": (p) => `${p.argument} ialah TRUE/FALSE: masukkan tarikh.`,
  "argument.notFinite": (p) => `${p.argument} bukan nombor terhingga.`,
  "argument.notANumber": (p) => `${p.argument} mesti nombor.`,
  "argument.requiredNumber": (p) => `${p.argument} diperlukan: masukkan nombor.`,
  "argument.requiredText": (p) => `${p.argument} diperlukan, contohnya ${p.example}.`,
  "argument.textExpected": (p) => `${p.argument} mesti teks, contohnya ${p.example}.`,
  "argument.categoryZero": (p) =>
    `${p.argument} ialah 0 (sel kosong juga dibaca sebagai 0 dalam Excel desktop): untuk komisen 0% taip "0%", jika tidak, tinggalkan ${p.argument} atau namakan kategori.`,
  "argument.zeroFromEmptyCell": (p) =>
    `${p.argument} ialah 0 (sel kosong juga dibaca sebagai 0 dalam Excel desktop): tinggalkan ${p.argument} untuk ${n(t(p.fallback))}, atau taip "0" sebagai teks untuk 0 yang sebenar.`,
  "argument.zeroFromEmptyCellNoDefault": (p) =>
    `${p.argument} ialah 0 (sel kosong juga dibaca sebagai 0 dalam Excel desktop): tinggalkan ${p.argument} untuk nilai lalainya, atau taip "0" sebagai teks untuk 0 yang sebenar.`,
  "argument.categoryType": (p) => `${p.argument} mesti nama kategori atau kadar seperti 0.06.`,
  "argument.unknownChoice": (p) => `Nilai ${p.argument} "${p.given}" tidak dikenali: gunakan ${or(p.choices)}.`,
  "argument.marginRange": (p) => `${p.argument} mesti pecahan antara −1 dan 1 (30% ialah 0.3), bukan ${n(p.given)}.`,
  "result.tooLargeForCell": () => "Hasilnya terlalu besar untuk satu sel.",
  "result.ownRateSource": () => "Kadar anda sendiri (diberikan dalam helaian, bukan daripada buku kadar)",
  "result.tableForValue": () => "Ralat tidak dijangka: jadual di tempat satu nilai",
  "result.valueForTable": () => "Ralat tidak dijangka: satu nilai di tempat jadual",
  "result.unexpected": (p) => `Ralat tidak dijangka: ${p.message}`,
  // The Open API's saved responses (src/core/settlement/openApi.ts).
  "openApi.unknownShape": (p) =>
    `Bukan respons tersimpan transaksi penyata daripada Open API TikTok Shop: dijangka {"code": 0, "data": {"transactions": […]}} daripada GET /finance/202309 / /finance/202501/statements/{statement_id}/statement_transactions, objek "data"nya, atau tatasusunan respons itu (satu bagi setiap halaman). Ditemui ${p.found}.`,
  "openApi.apiError": (p) =>
    `Respons tersimpan ialah ralat API (kod ${p.code}${p.text ? `: ${p.text}` : ""}), bukan transaksi penyata: minta halaman itu sekali lagi dan simpan jawapan yang mempunyai "data".`,
  "openApi.statementsList": () =>
    `Ini senarai penyata (GET /finance/…/statements), bukan transaksi sesuatu penyata: simpan respons statement_transactions bagi setiap penyata dan padankan respons itu.`,
  "openApi.perOrder": () =>
    `Transaksi setiap pesanan (sku_transactions) belum dibaca: simpan respons statement_transactions bagi penyata pesanan itu.`,
  "openApi.noTransactions": () => `Respons tersimpan tidak mengandungi transaksi: tiada apa-apa untuk dipadankan.`,
  "openApi.mixedVersions": (p) =>
    `Respons mencampurkan dua bentuk transaksi (${p.first} dan ${p.second}): padankan respons setiap versi secara berasingan.`,
  "openApi.unknownTransaction": (p) =>
    `Transaksi tidak mempunyai medan versi yang dibaca oleh add-in ini (202309: "fee_amount"…, 202501: "fee_tax_breakdown"…, unsettled: "est_settlement_amount"): transaksi pertama mempunyai ${p.found}.`,
  "openApi.notJson": (p) => `${p.file} bukan JSON yang sah: ${p.reason}.`,
  "ads.budgetOk": (p) =>
    `OK: ${msBudget(p.level, p.type)} ${n(p.budget)} USD memenuhi minimum (${p.strict ? "lebih daripada" : "sekurang-kurangnya"} ${n(p.min)} USD).`,
  "ads.budgetBelow": (p) =>
    `Di bawah minimum: ${msBudget(p.level, p.type)} mesti ${p.strict ? "lebih daripada" : "sekurang-kurangnya"} ${n(p.min)} USD; dengan ${n(p.budget)} USD masih kurang ${n(p.short)} USD${p.strict ? " (sama dengan minimum tidak mencukupi)" : ""}.`,
  "live.waterfallLabel": (p) =>
    pick(p.line, {
      step: `Langkah`,
      share: `Bahagian daripada perbelanjaan penonton`,
      appStore: `Gedung aplikasi (${p.channel})`,
      tiktok: `TikTok`,
      agency: `Agensi`,
      withdrawalFee: `Yuran pengeluaran`,
      creator: `Wang tunai pencipta`,
      viewerSpend: `Perbelanjaan penonton`,
    }),
  "ads.funnelLabel": (p) =>
    pick(p.line, {
      step: `Langkah`,
      value: `Nilai`,
      budget: `Bajet (USD)`,
      impressions: `Tera`,
      clicks: `Klik`,
      conversions: `Penukaran`,
      revenue: `Hasil (USD)`,
      roas: `ROAS`,
      cpa: `Kos setiap penukaran (USD)`,
      profit: `Keuntungan selepas iklan (USD)`,
    }),
  "settlement.noCreatedDate": () => "pesanan tiada tarikh dicipta untuk memilih kadar yang berkuat kuasa",
  "file.notFound": (p) => `${p.file}: fail tidak wujud.`,
  "file.isFolder": (p) => `${p.file} ialah folder, bukan fail.`,
  "file.empty": (p) => `${p.file} kosong (0 bait).`,
  "file.notWorkbook": (p) => `${p.file} bukan buku kerja Excel (tiada tandatangan xlsx).`,
  "file.binary": (p) => `${p.file} ialah fail binari, bukan teks CSV atau buku kerja xlsx.`,
  "file.notCsv": (p) => `${p.file} tidak dapat dibaca sebagai CSV: ${p.reason}`,
  "file.noWorksheets": (p) => `${p.file} tiada lembaran kerja.`,
  "file.damagedWorkbook": (p) =>
    `${p.file} tidak dapat dibaca sebagai buku kerja xlsx (rosak atau terpotong?): ${p.reason}`,
  "file.unreadable": (p) => `${p.file}: tidak dapat dibaca (${p.code}).`,
  "file.notReconciled": (p) => `${p.file}: tidak dapat disesuaikan: ${p.reason}`,
  "file.sheetNotFound": (p) => `--sheet "${p.sheet}" tiada dalam ${p.file} (lembaran: ${p.sheets}).`,
  "settlement.mappedLayoutTitle": () => "Pemetaan lajur anda",
  "settlement.layoutTitle": (p) => lay(p.title),
  "settlement.skipAdjustment": (p) =>
    `${p.type}${p.why ? ` (${p.why})` : ""}: pelarasan tidak disemak dengan buku kadar`,
  "settlement.skipCurrency": (p) => `mata wang ${p.currency} bukan mata wang ${p.market} (${p.expected})`,
  "settlement.rateNotInBook": (p) => `buku kadar tiada ${p.kind} bagi ${p.market}`,
  "settlement.rateBeforeBook": (p) =>
    `tiada kadar ${p.kind} bagi ${p.market} sebelum ${d(p.first)}: buku kadar bermula di situ (tarikh pesanan ${d(p.date)})`,
  "settlement.noRuleInForce": (p) => `tiada ${p.kind} berkuat kuasa pada ${d(p.date)}`,
  "settlement.nothingChargedWaiver": (p) =>
    `tiada apa-apa dicaj, dan tiada kadar ${p.kind} dalam buku kadar pada ${d(p.date)} yang 0 %: pengecualian untuk penjual baharu atau daripada program tiada dalam buku kadar`,
  "settlement.categoryDefault": () => "lalai",
  "settlement.categoryWithVat": (p) => `${p.category} (termasuk cukai)`,
  "settlement.categoryNoneFitsAtDefault": () => "tiada yang sepadan (dijangka pada kadar lalai)",
  "settlement.categoryNothingChargedAtDefault": () => "tiada apa-apa dicaj (dijangka pada kadar lalai)",
  "settlement.categoryNoneFitsNearest": (p) => `tiada yang sepadan (terdekat: ${p.nearest})`,
  "settlement.categoryNothingCharged": () => "tiada apa-apa dicaj",
  "settlement.noModelledFee": () => `fail tiada lajur yuran yang dimodelkan oleh add-in ini`,
  "live.crpEligible": () => `Layak`,
  "live.crpNotEligible": (p) => `Tidak layak: ${p.reasons}`,
  "live.crpReason": (p) =>
    pick(p.why, {
      notOpen: `program ini tidak dibuka di ${region(p.a)} (dibuka di ${p.b})`,
      followers: `perlu ${n(p.a)} pengikut (kini ${n(p.b)})`,
      views: `perlu ${n(p.a)} tontonan dalam 30 hari (kini ${n(p.b)})`,
      seconds: `video mesti sekurang-kurangnya ${n(p.a)} saat (video ini ${n(p.b)} saat)`,
      age: `pencipta mesti berumur ${n(p.a)} tahun ke atas`,
    }),
  "fee.vatOn": (p) => `Cukai atas ${p.fee}`,
  "table.byCategory": () => "mengikut kategori",
  "table.column": (p) =>
    pick(p.column, {
      gift: "Hadiah",
      coins: "Syiling",
      since: "Berkuat kuasa sejak",
      until: "Hingga",
      source: "Sumber",
      note: "Nota",
      format: "Format",
      duration: "Tempoh",
      delivery: "Penghantaran",
      pricing: "Harga",
      low: "Rendah (USD)",
      high: "Tinggi (USD)",
      code: "Kod",
      market: "Pasaran",
      currency: "Mata wang",
      defaultCommission: "Komisen lalai",
      category: "Kategori",
      commission: "Komisen",
      component: "Komponen",
      rate: "Kadar",
      base: "Asas",
      amount: "Jumlah",
      totalShopFees: "Jumlah yuran TikTok Shop",
    }),
};

export default ms;
