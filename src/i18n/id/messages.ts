/**
 * Bahasa Indonesia: the message catalog (src/core/messages.ts) in Indonesian. A machine-made
 * draft, checked by back-translation, not yet reviewed by a native speaker (docs/i18n.md).
 * Argument and function names stay as formulas write them, and so do values to type ("perCoin")
 * and Excel's TRUE/FALSE; numbers with a decimal comma, so formulas with the separator ;.
 */
import { type CompleteCatalog, pick } from "../../core/messages";
import { dateIn, numberIn, orIn, phrasesIn, upperFirst as cap, marketNameIn } from "../format";

const n = numberIn("id-ID");
const region = marketNameIn("id-ID");
const d = dateIn("id-ID");
const or = orIn("atau");
const t = phrasesIn(
  {
    "a number": "sebuah angka",
    "USD per 1,000 followers": "USD per 1.000 pengikut",
    "a CPM in USD": "CPM dalam USD",
    "a budget in USD": "anggaran dalam USD",
    "a cost per action in USD": "biaya per tindakan dalam USD",
    "a daily budget in USD": "anggaran harian dalam USD",
    "a discount amount": "jumlah diskon",
    "a margin such as 0.2": "margin seperti 0,2",
    "a margin such as 0.25 (25 %)": "margin seperti 0,25 (25 %)",
    "a margin such as 0.3": "margin seperti 0,3",
    "a margin such as 0.4": "margin seperti 0,4",
    "a number of days": "jumlah hari",
    "a number of followers": "jumlah pengikut",
    "a number of gifts": "jumlah hadiah",
    "a number of streams": "jumlah siaran",
    "a number of views": "jumlah penayangan",
    "a price in USD": "harga dalam USD",
    "a rate such as 0.06 or 6%": "tarif seperti 0,06 atau 6%",
    "a tolerance in currency units": "toleransi dalam satuan mata uang",
    "a video length in seconds": "durasi video dalam detik",
    "a weight in kg": "berat dalam kg",
    "a weight in pounds": "berat dalam pon",
    "a whole number of clicks": "bilangan bulat klik",
    "a whole number of coins": "bilangan bulat koin",
    "a whole number of days": "bilangan bulat hari",
    "a whole number of diamonds": "bilangan bulat berlian",
    "a whole number of gifts": "bilangan bulat hadiah",
    "a whole number of impressions": "bilangan bulat impresi",
    "a whole number of units": "bilangan bulat unit",
    "a whole number of views": "bilangan bulat penayangan",
    "ad spend in USD": "belanja iklan dalam USD",
    "an amount in USD": "jumlah dalam USD",
    "an amount": "sebuah jumlah",
    "an average frequency such as 2.5": "frekuensi rata-rata seperti 2,5",
    "an average order value": "nilai pesanan rata-rata",
    "revenue in USD": "pendapatan dalam USD",
    "the ad cost per order": "biaya iklan per pesanan",
    "the cost of one unit": "biaya satu unit",
    "the hours left in the day": "sisa jam hari ini",
    "the shipping the buyer paid": "ongkos kirim yang dibayar pembeli",
    "the unit price": "harga satuan",
    "your shipping cost": "biaya pengiriman Anda",
    "a range": "sebuah rentang",
    market: "pasar",
    currency: "mata uang",
    channel: "kanal",
    gift: "hadiah",
    fee: "biaya",
    category: "kategori",
    industry: "industri",
    "billing model or format": "model penagihan atau format",
    "benchmark metric": "metrik tolok ukur",
    "content type": "jenis konten",
    "budget level": "tingkat anggaran",
    "budget period": "periode anggaran",
    "conversion depth": "kedalaman konversi",
    "the market's default rate": "tarif bawaan pasar",
    "the newest rates": "tarif terbaru",
    "the rate book's rate for the category": "tarif buku tarif untuk kategori itu",
    "the sourced range": "rentang yang bersumber",
    "an individual seller, not Mall, not cross-border, below the tax thresholds":
      "penjual perorangan, bukan Mall, bukan lintas batas, di bawah ambang pajak",
  },
  (thing, market) => `${thing} untuk ${market}`,
);

/** "anggaran harian kampanye": the budget ADBUDGETCHECK speaks of. */
const idBudget = (level: string, type: string): string =>
  `anggaran ${type === "daily" ? "harian" : "total"} ${level === "adgroup" ? "grup iklan" : level === "gmvmax" ? "GMV Max" : "kampanye"}`;
/** Why a text is not a number (numberReason in src/core/messages.ts). */
const whyText = (p: { why: string; a: string; b: string }): string =>
  pick(p.why, {
    percent: `persentase tidak diterima di sini — masukkan angkanya saja`,
    exponent: `eksponen di luar rentang — masukkan angka tanpa eksponen`,
    commaAmbiguous: `koma bisa berarti pemisah desimal atau ribuan — ketik ${p.a} atau ${p.b}, atau masukkan nilainya sebagai angka (bukan teks)`,
    commaDecimal: `koma bisa berarti pemisah desimal atau ribuan — ketik ${p.a} atau masukkan nilainya sebagai angka (bukan teks)`,
    grouping: `pemisah ribuan harus mengelompokkan tiga digit ("1,234,567.89") — ketik ${p.a} atau masukkan nilainya sebagai angka (bukan teks)`,
    points: `titik adalah tanda desimal — ketik ${p.a} atau masukkan nilainya sebagai angka (bukan teks)`,
    separators: `pemisah di dalam angka tidak dibaca — ketik ${p.a} atau masukkan nilainya sebagai angka (bukan teks)`,
    notNumber: `bukan angka`,
  });
/** The settlement layouts' titles (Layout.title, English) in this language, wherever a text names them. */
const LAYOUT_TITLES: readonly (readonly [string, string])[] = [
  [
    'Income export "Order details" (SEA; Chinese-UI cross-border)',
    'Ekspor pendapatan "Order details" (SEA; antarmuka Tionghoa lintas batas)',
  ],
  [
    "Statement order details (US/UK/BR; Chinese-UI MX/JP; per SKU)",
    "Rincian pesanan laporan (US/UK/BR; antarmuka Tionghoa MX/JP; per SKU)",
  ],
  ["Unsettled-orders export (US/VN/TH xlsx, UK CSV)", "Ekspor pesanan yang belum diselesaikan (US/VN/TH xlsx, UK CSV)"],
  ["Order export (OrderSKUList)", "Ekspor pesanan (OrderSKUList)"],
];
const lay = (text: string): string => LAYOUT_TITLES.reduce((s, [en, own]) => s.split(en).join(own), text);
const id: CompleteCatalog = {
  "number.empty": (p) => `${p.argument} kosong: masukkan ${t(p.noun)}.`,
  "number.boolean": (p) => `${p.argument} bernilai TRUE/FALSE: masukkan ${t(p.noun)}.`,
  "number.notFinite": (p) => `${p.argument} bukan angka terhingga: masukkan ${t(p.noun)}.`,
  "number.text": (p) => `${p.argument} berupa teks ("${p.text}"): masukkan ${t(p.noun)}.`,
  "number.textReason": (p) => `${p.argument} berupa teks "${p.text}": ${whyText(p)}.`,
  "number.tooLarge": (p) => `${p.argument} terlalu besar: paling banyak ${n(p.max)} yang diizinkan.`,
  "number.negative": (p) => `${p.argument} negatif (${n(p.value)}): masukkan nol atau lebih.`,
  "number.zero": (p) => `${p.argument} bernilai nol: masukkan ${t(p.noun)} yang lebih besar dari nol.`,
  "number.notWhole": (p) => `${p.argument} harus bilangan bulat, bukan ${n(p.value)}.`,
  "rate.outOfRange": (p) =>
    `${p.argument} bernilai ${n(p.value)}: masukkan tarif antara 0 dan ${n(p.limit)} (6% adalah 0,06).`,
  "date.notIso": (p) => `"${p.text}" bukan tanggal dengan format YYYY-MM-DD.`,
  "date.notSerial": (p) => `${p.argument} bukan tanggal: masukkan sel tanggal atau teks seperti "2025-01-31".`,
  "date.notDateText": (p) =>
    `${p.argument} "${p.text}" bukan tanggal: gunakan sel tanggal atau teks seperti "2025-01-31".`,
  "date.wrongType": (p) => `${p.argument} harus berupa tanggal, bukan ${p.what === "TRUE/FALSE" ? p.what : t(p.what)}.`,
  "name.unknown": (p) => `${cap(t(p.what))} "${p.given}" tidak dikenal.`,
  "name.unknownDidYouMean": (p) => `${cap(t(p.what))} "${p.given}" tidak dikenal. Maksud Anda ${or(p.names)}?`,
  "name.unknownKnown": (p) => `${cap(t(p.what))} "${p.given}" tidak dikenal. Yang dikenal: ${p.names}.`,
  "name.unknownKnownMore": (p) =>
    `${cap(t(p.what))} "${p.given}" tidak dikenal. Yang dikenal: ${p.names} dan ${n(p.more)} lainnya.`,
  "fee.unknown": (p) => `Biaya "${p.given}" tidak dikenal: gunakan salah satu dari ${p.fees}.`,

  "live.noCoinPrices": (p) =>
    `Tidak ada harga koin bersumber untuk ${region(p.market)}: buku tarif hanya memuat paket US (web, iOS, Android) dan UK (iOS, Android). Masukkan saja harga yang Anda bayar.`,
  "live.noCoinPack": (p) => `Paket koin tidak dikenal untuk ${p.channel} di "${p.market}". Yang dikenal: ${p.known}.`,
  "live.tooManyCoinsForPacks": (p) => `coins melebihi ${n(p.max)} untuk metode paket: gunakan metode "perCoin".`,
  "live.agencyTakesAll": () => "Dengan bagian agensi 100%, berapa pun jumlah berlian tidak memberi kreator apa pun.",
  "live.tooManyDiamonds": (p) =>
    `Pembayaran ${n(p.target)} USD membutuhkan lebih dari ${n(p.max)} berlian, jumlah terbanyak yang dihitung add-in: masukkan target yang lebih kecil (atau periksa usd_per_diamond dan agency_share).`,
  "live.creatorAboveSpend": (p) =>
    `Dengan parameter ini kreator akan menerima lebih banyak (${n(p.creator)} USD) daripada yang dibayar penonton setelah biaya toko aplikasi (${n(p.afterStore)} USD): periksa usd_per_diamond dan coins_per_diamond.`,
  "live.beforeGiftCatalog": () =>
    "as_of lebih awal dari katalog hadiah, yang dimulai pada 2021: tidak ada harga hadiah sebelum itu.",

  "ads.marginNotPositive": () =>
    "Dengan margin nol atau kurang, tidak ada ROAS yang mencapai titik impas: setiap penjualan sudah rugi sebelum iklan.",
  "ads.marginAboveOne": (p) => `Margin ${n(p.margin)}% tidak mungkin: masukkan pecahan hingga 1 (30% adalah 0,3).`,
  "ads.targetNotBelowMargin": (p) =>
    `Target margin (${n(p.target)}%) tidak di bawah margin sebelum iklan (${n(p.margin)}%): tidak ada belanja iklan yang mempertahankannya.`,
  "ads.frequencyBelowOne": () =>
    "Frekuensi rata-rata paling sedikit 1 (setiap orang yang dijangkau melihat iklan setidaknya sekali).",
  "ads.noCpvBenchmark": () =>
    "Tidak ada tolok ukur CPV publik yang andal: masukkan biaya per penayangan Anda sebagai rate, misalnya 0,03.",
  "ads.topViewByCpm": (p) =>
    `TopView dipesan dengan CPM (sekitar $${n(p.cpm)}), bukan per hari: masukkan penawaran harian Anda sebagai rate, atau gunakan ADCOST("CPM"; impressions; ${n(p.cpm)}).`,
  "ads.brandTakeoverNoPrice": () =>
    "Brand Takeover tidak punya harga publik: masukkan penawaran harian dari TikTok sebagai rate.",
  "ads.gmvMaxDailyOnly": () => "GMV Max memakai anggaran harian (minimal $10 per hari): kosongkan days.",
  "ads.flatPricePerRun": (p) =>
    `${p.model} dijual dengan harga tetap untuk seluruh masa tayangnya, bukan per volume: gunakan ADCOST untuk harganya.`,

  "shop.marginImpossible": (p) => `${p.argument} sebesar ${n(p.margin)}% tidak mungkin: margin harus di bawah 100%.`,
  "shop.marginBelowMinusOne": (p) => `${p.argument} harus antara −100% dan 100% (0,25 adalah 25%).`,
  "shop.noPriceForMargin": (p) =>
    `Tidak ada harga yang mencapai margin ${n(p.margin)}%: biaya, komisi afiliasi, dan retur mengambil lebih dari ${n(p.share)}% setiap tambahan satu satuan harga.`,
  "shop.priceAboveMaxCheckCosts": (p) =>
    `Harga untuk margin ${n(p.margin)}% melebihi ${n(p.max)} ${p.currency}, jumlah terbesar yang dihitung add-in: periksa unit_cost dan biaya lainnya.`,
  "shop.priceAboveMaxLowerMargin": (p) =>
    `Harga untuk margin ${n(p.margin)}% melebihi ${n(p.max)} ${p.currency}, jumlah terbesar yang dihitung add-in: turunkan target_margin, atau periksa unit_cost dan biaya lainnya.`,
  "shop.noWholeMinorUnitPrice": (p) =>
    `Tidak ada harga dalam satuan terkecil ${p.currency} yang bulat yang mencapai margin; periksa inputnya.`,
  "shop.targetAboveNoRevenue": (p) =>
    `Bahkan tanpa komisi afiliasi, pesanan ini tidak menghasilkan margin, di bawah target ${n(p.target)}%.`,
  "shop.targetAboveBestMargin": (p) =>
    `Bahkan tanpa komisi afiliasi, pesanan ini menghasilkan margin ${n(p.margin)}%, di bawah target ${n(p.target)}%.`,
  "shop.targetAboveRounded": (p) =>
    `Bahkan tanpa komisi afiliasi, pesanan ini, dibulatkan ke satuan terkecil ${p.currency}, menghasilkan kurang dari target ${n(p.target)}%.`,
  "shop.sellerDiscountAboveItems": (p) =>
    `seller_discount (${n(p.discount)}) melebihi harga barang (${n(p.items)}): masukkan diskon pada baris pesanan ini.`,
  "shop.platformDiscountAbovePayment": (p) =>
    `platform_discount (${n(p.discount)}) membuat pembayaran pembeli negatif: masukkan diskon pada baris pesanan ini.`,
  "shop.commissionRateTwice": () =>
    "Berikan tarif komisi sekali saja: sebagai category atau sebagai commission_rate dengan nama kategori.",
  "shop.noSourcedFees": (p) =>
    `Belum ada biaya TikTok Shop bersumber untuk ${region(p.market)} (${p.code}).${p.note ? ` ${p.note}` : ""} Masukkan tarif komisi sebagai argumen category, misalnya 0,06.`,
  "shop.noRevenue": () => "Pesanan ini tidak punya pendapatan (harga dan ongkos kirim nol), jadi tidak punya margin.",
  "shop.fbtUsNotPublic": () =>
    'Tabel tarif FBT AS berdasarkan berat tidak publik dalam sumber kami: biaya mulai dari $3,58 per barang (pesanan satu unit) dan dikenakan pada berat yang ditagihkan (lihat =TIKTOK.RATESOURCE("fbtFrom";"US")). Masukkan biaya Anda sendiri.',
  "shop.fbtNotSourced": (p) =>
    `Tidak ada tabel biaya FBT publik untuk ${region(p.market)}: hanya milik UK yang bersumber.`,
  "shop.fbtNoTier": (p) =>
    `Tidak ada tingkat FBT UK yang menerima ${n(p.longest)} × ${n(p.middle)} × ${n(p.shortest)} cm dan ${n(p.weight)} kg (terbesar 120 × 60 × 60 cm; 30 kg hingga 61 × 46 × 46 cm).`,

  "market.notShop": (p) =>
    `TikTok Shop tidak berjualan di ${p.market} (${p.code}), jadi tidak ada biaya toko atau penyelesaian: pilih salah satu dari ${p.markets}.`,
  "market.noShopCategories": (p) => `Belum ada kategori TikTok Shop bersumber untuk ${p.market}.`,
  "rate.notInBook": (p) => `Buku tarif tidak memuat ${p.kind} untuk ${p.market}.`,
  "rate.introducedLater": (p) =>
    `Tidak ada ${p.kind} untuk ${p.market} sebelum ${d(p.first)}: biaya ini baru diperkenalkan saat itu (${p.argument} ${p.asOf}).`,
  "rate.beforeBook": (p) =>
    `Tidak ada tarif ${p.kind} untuk ${p.market} sebelum ${d(p.first)}: buku tarif dimulai di sana (${p.argument} ${p.asOf}).`,
  "rate.ended": (p) =>
    `Tidak ada tarif ${p.kind} untuk ${p.market} yang berlaku pada ${p.asOf} (yang terakhir berakhir ${d(p.last)}).`,
  "rate.unpublished": (p) =>
    `${cap(p.fee)} untuk ${p.market} pada ${p.asOf} tidak publik (hanya di Seller Center): masukkan tarif Anda sebagai angka.${p.note ? ` ${p.note}` : ""}`,
  "rate.unpublishedCategory": (p) =>
    `${cap(p.fee)} untuk ${p.category} di ${p.market} pada ${p.asOf} tidak publik (hanya di Seller Center): masukkan tarif Anda sebagai angka.${p.note ? ` ${p.note}` : ""}`,

  "settlement.amountNotFinite": (p) => `${p.column} berisi ${p.value}, bukan jumlah uang.`,
  "settlement.amountWrongType": (p) => `${p.column} berisi ${p.what}, bukan jumlah uang.`,
  "settlement.amountAmbiguousDot": (p) =>
    `${p.column} berisi "${p.text}": titik bisa memisahkan ribuan (1.250 = 1250) atau desimal. Ekspor ulang file dengan angka biasa, atau buka di Excel lalu simpan lembarnya.`,
  "settlement.amountNotNumber": (p) => `${p.column} berisi "${p.text}", yang bukan jumlah uang.`,
  "settlement.dateInvalid": (p) => `${p.column} berisi tanggal yang tidak valid.`,
  "settlement.dateWrongType": (p) => `${p.column} berisi ${p.what}, bukan tanggal.`,
  "settlement.dateNotDate": (p) => `${p.column} berisi "${p.text}", yang bukan tanggal.`,
  "settlement.dateNotCalendar": (p) => `${p.column} berisi "${p.text}", yang bukan tanggal kalender.`,
  "settlement.dateNumberNotDate": (p) => `${p.column} berisi ${p.value}, yang bukan tanggal.`,
  "settlement.notKnownLayout": (p) =>
    `Bukan ekspor penyelesaian TikTok Shop yang dikenal add-in ini. Dicari header dengan ${lay(p.looked)} di ${n(p.rows)} baris pertama. Ditemukan: ${p.found}.`,
  "settlement.mappingNotJson": (p) => `Pemetaan kolom bukan JSON yang valid: ${p.reason}.`,
  "settlement.mappingFormat": (p) =>
    `Bukan pemetaan kolom: diharapkan "format": "${p.format}" dan "version": ${n(p.version)} dengan daftar "header" dan objek "columns"; ditemukan ${p.found}.`,
  "settlement.mappingUnknownKey": (p) =>
    `Pemetaan kolom menyebut "${p.key}", yang bukan salah satu dari: ${p.keys}. Perbaiki atau hapus.`,
  "settlement.mappingColumnMissing": (p) =>
    `Pemetaan kolom memberi ${p.key} kolom "${p.column}", yang tidak ada di header-nya: gunakan nama kolom seperti yang ditulis file.`,
  "settlement.mappingDuplicate": (p) =>
    `Pemetaan kolom memberikan kolom "${p.column}" kepada ${p.first} dan ${p.second} sekaligus: berikan setiap kolom ke satu kunci.`,
  "settlement.mappingBadKind": (p) =>
    `Pemetaan kolom menyatakan nilai jenis "${p.value}" adalah ${p.kind}: sebutkan yang mana dari ${p.kinds}.`,
  "settlement.mappingNotConfirmed": () =>
    'Pemetaan kolom belum dikonfirmasi, jadi tidak dipakai: periksa setiap kolom, lalu setel "confirmed": true.',
  "settlement.mappingNeedsKeys": (p) =>
    `Pemetaan kolom membaca file sebagai ${lay(p.layout)} tetapi tidak menyebut kolom untuk ${p.keys}: tambahkan.`,
  "settlement.mappingHeaderNotFound": (p) =>
    `File tidak memiliki header pemetaan kolom (${p.cells}…) di ${n(p.rows)} baris pertamanya: pemetaan ini untuk file lain.`,
  "settlement.foundNothing": () => "tidak ada teks di baris-baris pertama",
  "settlement.foundRow": (p) => `baris ${n(p.row)} berisi ${p.cells}`,
  "settlement.foundRowMore": (p) => `baris ${n(p.row)} berisi ${p.cells} dan ${n(p.more)} lainnya`,
  "settlement.mixedLanguages": (p) =>
    `Header di baris ${n(p.row)} mencampur dua bahasa Seller Center: ${p.first} (${p.firstCells}) dan ${p.second} (${p.secondCells}). Ekspor ulang file dari Seller Center dalam satu bahasa, dengan kolom seperti yang dinamai TikTok.`,
  "settlement.ambiguousLayout": (p) =>
    `Header di baris ${n(p.row)} sama cocoknya dengan dua tata letak (${lay(p.layouts)}), jadi tidak dibaca sebagai keduanya: rekonsiliasi ekspor seperti yang ditulis Seller Center, tanpa kolom tambahan atau yang diganti namanya.`,
  "settlement.orderExportGiven": () =>
    "Ini ekspor pesanan (OrderSKUList), bukan penyelesaian: rekonsiliasi ekspor Income, statement, atau unsettled, dan berikan ekspor pesanan sebagai file pesanan.",
  "settlement.noDataRows": (p) => `${cap(lay(p.layout))} punya header (baris ${n(p.row)}) tetapi tidak ada baris data.`,
  "settlement.ordersNotOrderExport": (p) =>
    `File pesanan adalah ${lay(p.layout)}, bukan ekspor pesanan (OrderSKUList).`,
  "settlement.currencyUnknown": (p) =>
    `Mata uang file, ${p.code}, bukan milik pasar TikTok Shop mana pun yang dikenal add-in ini: berikan pasarnya.`,
  "settlement.currencyShared": (p) =>
    `File ini dalam ${p.code}, yang dipakai ${p.markets}: sebutkan pasarnya (misalnya --market ${p.example}).`,
  "settlement.marketsRemain": (p) =>
    `Mata uang, nama, dan kolom biaya file masih menyisakan ${p.markets}: sebutkan pasarnya (misalnya --market ${p.example}).`,
  "settlement.noMarket": () =>
    "File tidak menyebut mata uang: berikan pasarnya (misalnya --market US); nama maupun kolom biayanya tidak menunjukkannya.",

  "feeReason.noOrderValueColumn": () => 'file tidak punya kolom "Customer payment" untuk membentuk nilai pesanan',
  "feeReason.noItemNetColumn": () => 'file tidak punya kolom "Subtotal after seller discounts"',
  "feeReason.noCustomerPaymentColumn": () => 'file tidak punya kolom "Customer payment"',
  "feeReason.noBase": (p) => `biaya atas ${p.base} tidak punya dasar`,
  "feeReason.noReferralRule": () => "tidak ada aturan biaya rujukan untuk diambil 20%-nya",
  "feeReason.perItemNoQuantity": (p) => `${p.fee} dihitung per barang dan file tidak punya kolom "Quantity"`,
  "feeReason.cappedPerItemNoQuantity": (p) => `${p.fee} dibatasi per barang dan file tidak punya kolom "Quantity"`,
  "expectedFee.noOrderValueColumn": () => 'File tidak punya kolom "Customer payment" untuk membentuk nilai pesanan.',
  "expectedFee.noItemNetColumn": () => 'File tidak punya kolom "Subtotal after seller discounts".',
  "expectedFee.noCustomerPaymentColumn": () => 'File tidak punya kolom "Customer payment".',
  "expectedFee.noBase": (p) => `Biaya atas ${p.base} tidak punya dasar.`,
  "expectedFee.noReferralRule": () => "Tidak ada aturan biaya rujukan untuk diambil 20%-nya.",
  "expectedFee.perItemNoQuantity": (p) => `${cap(p.fee)} dihitung per barang dan file tidak punya kolom "Quantity".`,
  "expectedFee.cappedPerItemNoQuantity": (p) =>
    `${cap(p.fee)} dibatasi per barang dan file tidak punya kolom "Quantity".`,
  "expectedFee.neededNoOrderValueColumn": (p) =>
    `${p.argument} diperlukan untuk biaya ini: file tidak punya kolom "Customer payment" untuk membentuk nilai pesanan.`,
  "expectedFee.neededNoItemNetColumn": (p) =>
    `${p.argument} diperlukan untuk biaya ini: file tidak punya kolom "Subtotal after seller discounts".`,
  "expectedFee.neededNoCustomerPaymentColumn": (p) =>
    `${p.argument} diperlukan untuk biaya ini: file tidak punya kolom "Customer payment".`,
  "expectedFee.neededPerItemNoQuantity": (p) =>
    `${p.argument} diperlukan untuk biaya ini: ${p.fee} dihitung per barang dan file tidak punya kolom "Quantity".`,
  "expectedFee.neededCappedPerItemNoQuantity": (p) =>
    `${p.argument} diperlukan untuk biaya ini: ${p.fee} dibatasi per barang dan file tidak punya kolom "Quantity".`,
  "expectedFee.categoryNotRate": () =>
    "category di sini harus berupa nama kategori (tarifnya dari buku tarif), bukan tarif.",

  "sellerProfile.bothTypes": () => 'seller_profile menyebut "individual" sekaligus "business": pilih salah satu.',
  "sellerProfile.feeTaxTwice": () => 'seller_profile menyebut "fee tax" dua kali: pakai satu saja.',
  "sellerProfile.feeTaxText": (p) => `seller_profile, fee tax "${p.text}": ${whyText(p)}.`,
  "sellerProfile.unknownWord": (p) =>
    `seller_profile: kata "${p.word}" tidak dikenal. Gunakan kata seperti ${p.words}, dipisahkan koma.`,

  "argument.range": (p) => `${p.argument} harus berupa satu nilai, bukan rentang sel.`,
  "argument.errorOrObject": (p) => `${p.argument} berisi kesalahan atau objek: perbaiki sel itu terlebih dahulu.`,
  "argument.booleanForNumber": (p) => `${p.argument} bernilai TRUE/FALSE: masukkan angka.`,
  "argument.booleanForDate": (p) => `${p.argument} bernilai TRUE/FALSE: masukkan tanggal.`,
  "argument.notFinite": (p) => `${p.argument} bukan angka terhingga.`,
  "argument.notANumber": (p) => `${p.argument} harus berupa angka.`,
  "argument.requiredNumber": (p) => `${p.argument} wajib diisi: masukkan angka.`,
  "argument.requiredText": (p) => `${p.argument} wajib diisi, misalnya ${p.example}.`,
  "argument.textExpected": (p) => `${p.argument} harus berupa teks, misalnya ${p.example}.`,
  "argument.categoryZero": (p) =>
    `${p.argument} bernilai 0 (sel kosong juga terbaca 0 di Excel desktop): untuk komisi 0% ketik "0%", jika tidak, hilangkan ${p.argument} atau sebutkan kategori.`,
  "argument.zeroFromEmptyCell": (p) =>
    `${p.argument} bernilai 0 (sel kosong juga terbaca 0 di Excel desktop): hilangkan ${p.argument} untuk ${n(t(p.fallback))}, atau ketik "0" sebagai teks untuk 0 yang sebenarnya.`,
  "argument.zeroFromEmptyCellNoDefault": (p) =>
    `${p.argument} bernilai 0 (sel kosong juga terbaca 0 di Excel desktop): hilangkan ${p.argument} untuk nilai bawaannya, atau ketik "0" sebagai teks untuk 0 yang sebenarnya.`,
  "argument.categoryType": (p) => `${p.argument} harus berupa nama kategori atau tarif seperti 0,06.`,
  "argument.unknownChoice": (p) => `Nilai ${p.argument} "${p.given}" tidak dikenal: gunakan ${or(p.choices)}.`,
  "argument.marginRange": (p) =>
    `${p.argument} harus berupa pecahan antara −1 dan 1 (30% adalah 0,3), bukan ${n(p.given)}.`,
  "result.tooLargeForCell": () => "Hasilnya terlalu besar untuk satu sel.",
  "result.ownRateSource": () => "Tarif Anda sendiri (diisi di lembar, bukan dari buku tarif)",
  "result.tableForValue": () => "Kesalahan tak terduga: tabel di tempat yang seharusnya satu nilai",
  "result.valueForTable": () => "Kesalahan tak terduga: satu nilai di tempat yang seharusnya tabel",
  "result.unexpected": (p) => `Kesalahan tak terduga: ${p.message}`,
  // The Open API's saved responses (src/core/settlement/openApi.ts).
  "openApi.unknownShape": (p) =>
    `Bukan respons tersimpan transaksi laporan penyelesaian dari Open API TikTok Shop: yang diharapkan {"code": 0, "data": {"transactions": […]}} dari GET /finance/202309 / /finance/202501/statements/{statement_id}/statement_transactions, objek "data"-nya, atau array berisi respons tersebut (satu per halaman). Ditemukan ${p.found}.`,
  "openApi.apiError": (p) =>
    `Respons tersimpan adalah galat API (kode ${p.code}${p.text ? `: ${p.text}` : ""}), bukan transaksi laporan: minta halaman itu lagi dan simpan jawaban yang memiliki "data".`,
  "openApi.statementsList": () =>
    `Ini daftar laporan penyelesaian (GET /finance/…/statements), bukan transaksi sebuah laporan: simpan respons statement_transactions dari setiap laporan lalu rekonsiliasi respons tersebut.`,
  "openApi.perOrder": () =>
    `Transaksi per pesanan (sku_transactions) belum dibaca: simpan respons statement_transactions dari laporan pesanan tersebut.`,
  "openApi.noTransactions": () => `Respons tersimpan tidak berisi transaksi: tidak ada yang perlu direkonsiliasi.`,
  "openApi.mixedVersions": (p) =>
    `Respons mencampur dua bentuk transaksi (${p.first} dan ${p.second}): rekonsiliasi respons setiap versi secara terpisah.`,
  "openApi.unknownTransaction": (p) =>
    `Transaksi tidak memiliki kolom dari versi yang dibaca add-in ini (202309: "fee_amount"…, 202501: "fee_tax_breakdown"…, unsettled: "est_settlement_amount"): transaksi pertama memiliki ${p.found}.`,
  "openApi.notJson": (p) => `${p.file} bukan JSON yang valid: ${p.reason}.`,
  "ads.budgetOk": (p) =>
    `OK: ${idBudget(p.level, p.type)} ${n(p.budget)} USD memenuhi minimum (${p.strict ? "lebih dari" : "minimal"} ${n(p.min)} USD).`,
  "ads.budgetBelow": (p) =>
    `Di bawah minimum: ${idBudget(p.level, p.type)} harus ${p.strict ? "lebih dari" : "minimal"} ${n(p.min)} USD; dengan ${n(p.budget)} USD masih kurang ${n(p.short)} USD${p.strict ? " (tepat sama dengan minimum belum cukup)" : ""}.`,
  "live.waterfallLabel": (p) =>
    pick(p.line, {
      step: `Langkah`,
      share: `Porsi dari belanja penonton`,
      appStore: `Toko aplikasi (${p.channel})`,
      tiktok: `TikTok`,
      agency: `Agensi`,
      withdrawalFee: `Biaya penarikan`,
      creator: `Uang tunai kreator`,
      viewerSpend: `Belanja penonton`,
    }),
  "ads.funnelLabel": (p) =>
    pick(p.line, {
      step: `Langkah`,
      value: `Nilai`,
      budget: `Anggaran (USD)`,
      impressions: `Impresi`,
      clicks: `Klik`,
      conversions: `Konversi`,
      revenue: `Pendapatan (USD)`,
      roas: `ROAS`,
      cpa: `Biaya per konversi (USD)`,
      profit: `Laba setelah iklan (USD)`,
    }),
  "settlement.noCreatedDate": () => "pesanan tidak punya tanggal dibuat untuk memilih tarif yang berlaku",
  "file.notFound": (p) => `${p.file}: file tidak ditemukan.`,
  "file.isFolder": (p) => `${p.file} adalah folder, bukan file.`,
  "file.empty": (p) => `${p.file} kosong (0 byte).`,
  "file.notWorkbook": (p) => `${p.file} bukan buku kerja Excel (tanpa tanda tangan xlsx).`,
  "file.binary": (p) => `${p.file} adalah file biner, bukan teks CSV atau buku kerja xlsx.`,
  "file.notCsv": (p) => `${p.file} tidak dapat dibaca sebagai CSV: ${p.reason}`,
  "file.noWorksheets": (p) => `${p.file} tidak punya lembar kerja.`,
  "file.damagedWorkbook": (p) =>
    `${p.file} tidak dapat dibaca sebagai buku kerja xlsx (rusak atau terpotong?): ${p.reason}`,
  "file.unreadable": (p) => `${p.file}: tidak dapat dibaca (${p.code}).`,
  "file.notReconciled": (p) => `${p.file}: tidak dapat direkonsiliasi: ${p.reason}`,
  "file.sheetNotFound": (p) => `--sheet "${p.sheet}" tidak ada di ${p.file} (lembar: ${p.sheets}).`,
  "settlement.mappedLayoutTitle": () => "Pemetaan kolom Anda",
  "settlement.layoutTitle": (p) => lay(p.title),
  "settlement.skipAdjustment": (p) =>
    `${p.type}${p.why ? ` (${p.why})` : ""}: penyesuaian tidak dicocokkan dengan buku tarif`,
  "settlement.skipCurrency": (p) => `mata uang ${p.currency} bukan mata uang ${p.market} (${p.expected})`,
  "settlement.rateNotInBook": (p) => `buku tarif tidak memuat ${p.kind} untuk ${p.market}`,
  "settlement.rateBeforeBook": (p) =>
    `tidak ada tarif ${p.kind} untuk ${p.market} sebelum ${d(p.first)}: buku tarif dimulai di sana (tanggal pesanan ${d(p.date)})`,
  "settlement.noRuleInForce": (p) => `tidak ada ${p.kind} yang berlaku pada ${d(p.date)}`,
  "settlement.nothingChargedWaiver": (p) =>
    `tidak ada yang ditagih, dan tidak ada tarif ${p.kind} di buku tarif pada ${d(p.date)} yang 0 %: pembebasan untuk penjual baru atau dari program tidak ada di buku tarif`,
  "settlement.categoryDefault": () => "bawaan",
  "settlement.categoryWithVat": (p) => `${p.category} (termasuk PPN)`,
  "settlement.categoryNoneFitsAtDefault": () => "tidak ada yang cocok (diharapkan dengan tarif bawaan)",
  "settlement.categoryNothingChargedAtDefault": () => "tidak ada yang ditagih (diharapkan dengan tarif bawaan)",
  "settlement.categoryNoneFitsNearest": (p) => `tidak ada yang cocok (terdekat: ${p.nearest})`,
  "settlement.categoryNothingCharged": () => "tidak ada yang ditagih",
  "settlement.noModelledFee": () => `file tidak punya kolom biaya yang dimodelkan add-in ini`,
  "live.crpEligible": () => `Memenuhi syarat`,
  "live.crpNotEligible": (p) => `Tidak memenuhi syarat: ${p.reasons}`,
  "live.crpReason": (p) =>
    pick(p.why, {
      notOpen: `program ini tidak dibuka di ${region(p.a)} (dibuka di ${p.b})`,
      followers: `perlu ${n(p.a)} pengikut (saat ini ${n(p.b)})`,
      views: `perlu ${n(p.a)} tayangan dalam 30 hari (saat ini ${n(p.b)})`,
      seconds: `video harus berdurasi minimal ${n(p.a)} detik (video ini ${n(p.b)} detik)`,
      age: `kreator harus berusia ${n(p.a)} tahun atau lebih`,
    }),
  "fee.vatOn": (p) => `PPN atas ${p.fee}`,
  "table.byCategory": () => "per kategori",
  "table.column": (p) =>
    pick(p.column, {
      gift: "Hadiah",
      coins: "Koin",
      since: "Berlaku sejak",
      until: "Sampai",
      source: "Sumber",
      note: "Catatan",
      format: "Format",
      duration: "Durasi",
      delivery: "Penayangan",
      pricing: "Harga",
      low: "Rendah (USD)",
      high: "Tinggi (USD)",
      code: "Kode",
      market: "Pasar",
      currency: "Mata uang",
      defaultCommission: "Komisi default",
      category: "Kategori",
      commission: "Komisi",
      component: "Komponen",
      rate: "Tarif",
      base: "Dasar",
      amount: "Jumlah",
      totalShopFees: "Total biaya TikTok Shop",
    }),
};

export default id;
