/**
 * Indonesian (Bahasa Indonesia): function help (functions-<locale>.json) and the manifest's words, read at build
 * time only (docs/i18n.md, "Function help"). A machine-made draft, not reviewed by a native speaker.
 * Function names, parameter names and the values a user types (codes, "web", seller-profile words)
 * stay English: formulas must work in every Excel.
 */
import type { FunctionsSection } from "../functionsSection";

/** Parameter help that several functions share (by parameter name; _ID: a variant first used by ID). */
const P = {
  market: "Kode pasar seperti US, UK, ID (bawaan US).",
  market_RATE: "Kode pasar seperti US, UK, ID (bawaan US untuk biaya toko).",
  market_COINCOST: "Pasar daftar harga koin: US (bawaan) atau UK.",
  as_of: "Tanggal tarif yang dipakai (bawaan: tarif terbaru).",
  as_of_GIFTCOINS: "Tanggal harga yang dipakai (bawaan: yang terbaru).",
  fee: 'Biaya atau parameter: biaya menurut nama atau aliasnya (commission atau referral, transaction atau payment, orderFee atau processing, growth, refundAdmin, dynamicCommission), atau parameter seperti "usdPerDiamond", "cpm".',
  category: "Kategori produk, atau tarif komisi seperti 0,06 untuk dipakai sebagai pengganti buku tarif.",
  category_RATE: "Kategori, hadiah, industri, atau format, jika biaya memilikinya; angka menggantikan komisi.",
  unit_cost: "Biaya satu unit bagi Anda (barang, kemasan).",
  quantity: "Unit pada baris pesanan (bawaan 1).",
  shipping: "Ongkos kirim yang dibayar pembeli untuk pesanan (bawaan 0).",
  seller_discount: "Diskon yang didanai penjual pada baris, sebagai jumlah (bawaan 0).",
  platform_discount: "Diskon yang didanai TikTok pada baris, sebagai jumlah (bawaan 0).",
  affiliate_rate: "Tarif komisi kreator atas harga barang yang dibayar pembeli, mis. 0,1 (bawaan 0).",
  seller_shipping: "Yang Anda bayar untuk mengirim pesanan (bawaan 0).",
  return_rate: "Porsi pesanan yang dikembalikan, mis. 0,05 (bawaan 0).",
  ad_cost: "Belanja iklan per pesanan (bawaan 0).",
  commission_rate: "Tarif komisi Anda jika category menyebut grup kategori (biaya lain mengikuti grup), mis. 0,05.",
  seller_profile:
    'Kata seperti "business", "mall", "cross-border", "above threshold", "no tax id", "pre-order", "fee tax 6.25%" (bawaan: penjual perorangan).',
  price: "Harga daftar per unit dalam mata uang pasar.",
  target_margin: "Laba sebagai porsi pendapatan, mis. 0,25 untuk 25%.",
  coins: "Jumlah koin.",
  channel: "Tempat penonton membeli koin: web (bawaan), ios, atau android.",
  estimate: "low, typical (bawaan), atau high.",
  followers: "Jumlah pengikut.",
  usd_per_diamond: "USD per berlian (bawaan 0,005).",
  agency_share: "Bagian pembayaran kreator yang diambil agensi, mis. 0,2 (bawaan 0).",
  withdrawal_fee: "Biaya per penarikan dalam USD, mis. biaya PayPal (bawaan 0: TikTok tidak mengenakannya).",
  target_usd: "Uang tunai yang ingin diterima kreator, dalam USD.",
  gift: 'Nama hadiah, mis. "Lion" atau "Rose" (=TIKTOK.GIFTS() mencantumkannya).',
  count: "Jumlah hadiah, 0 atau lebih (bawaan 1).",
  coins_per_diamond: "Koin per berlian (bawaan 1; banyak kalkulator memakai 2).",
  industry: 'Industri untuk tolok ukur, mis. "E-commerce" (bawaan: semua industri).',
  level: "campaign, adgroup, atau gmvmax (GMV Max: hanya anggaran harian).",
  daily_budget: "Anggaran Harian Dinamis yang diatur, dalam USD: rata-rata per hari selama seminggu.",
  period: "day (bawaan: paling banyak dalam satu hari) atau week (paling banyak dalam satu minggu kalender).",
  budget: "Anggaran dalam USD.",
  days: "Hari terjadwal, untuk anggaran seumur hidup (kosongkan untuk minimum harian).",
  model:
    "Model penagihan (CPM, oCPM, CPC, CPV) atau format premium (TopView, BrandTakeover, HashtagChallenge, BrandedEffect).",
  rate: "Harga Anda: per 1.000 impresi, per klik, per tayangan, atau per hari (bawaan: tolok ukur dari sumber).",
  aov: "Nilai pesanan rata-rata dalam USD.",
  margin: "Margin atas pendapatan sebelum biaya iklan, mis. 0,3.",
};

const section: FunctionsSection = {
  manifest: {
    DisplayName: "TikTok Economics",
    Description:
      "Biaya TikTok Shop, pembayaran hadiah LIVE, dan biaya iklan sebagai rumus Excel (TIKTOK.*), dengan buku tarif bertanggal dan bersumber, serta lembar skenario siap pakai.",
    "GetStarted.Title": "TikTok Economics siap digunakan",
    "GetStarted.Description":
      "Ketik =TIKTOK.SHOPFEE(20) di sel, atau buka TikTok Economics di tab Beranda untuk lembar skenario.",
    "CommandsGroup.Label": "TikTok Economics",
    "TaskpaneButton.Label": "TikTok Economics",
    "TaskpaneButton.Tooltip":
      "Sisipkan lembar skenario TikTok Shop, LIVE, dan iklan, lalu lihat tarif di balik setiap fungsi TIKTOK.*.",
  },
  functions: {
    CATEGORIES: {
      description: "Kategori produk suatu pasar, dengan tarif komisi yang berlaku pada tanggal tersebut dan sumbernya.",
      parameters: {
        market: P.market,
        as_of: P.as_of,
      },
    },
    MARKETS: {
      description: "Pasar yang dicakup buku tarif, dengan mata uang dan komisi bawaan menurut tarif terbaru.",
      parameters: {},
    },
    RATE: {
      description:
        "Tarif di balik biaya atau parameter apa pun dalam buku tarif, mis. komisi suatu pasar dan kategori, atau nilai USD satu berlian.",
      parameters: {
        fee: P.fee,
        market: P.market_RATE,
        category: P.category_RATE,
        as_of: P.as_of,
      },
    },
    RATEBOOK: {
      description:
        "Versi buku tarif yang dipakai add-in untuk menghitung: tanggal berlaku terbaru dari tarifnya dan hash isinya.",
      parameters: {},
    },
    RATESOURCE: {
      description: "Sumber publik (URL) dari biaya atau parameter apa pun dalam buku tarif.",
      parameters: {
        fee: P.fee,
        market: P.market_RATE,
        category: P.category_RATE,
        as_of: P.as_of,
      },
    },
    BILLABLEWEIGHT: {
      description:
        "Berat yang ditagih FBT di AS, dalam pon: yang lebih besar antara berat satuan dan berat volumetrik, panjang × lebar × tinggi (inci) ÷ 166.",
      parameters: {
        weight_lb: "Berat satu unit dalam pon.",
        length_in: "Panjang unit yang dikemas dalam inci.",
        width_in: "Lebar unit yang dikemas dalam inci.",
        height_in: "Tinggi unit yang dikemas dalam inci.",
      },
    },
    BREAKEVENPRICE: {
      description: "Harga satuan terendah agar baris pesanan tidak merugi setelah biaya TikTok Shop dan biaya Anda.",
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
        "Biaya fulfillment Fulfilled by TikTok (FBT) untuk unit satu barang, menurut tingkat ukuran Inggris sesuai kotak dan beratnya (hanya tabel Inggris yang publik).",
      parameters: {
        market: "Kode pasar: UK (tabel tarif AS menurut berat tidak publik; fungsi ini memberitahukannya).",
        weight_kg: "Berat satu unit dalam kg.",
        length_cm: "Panjang unit yang dikemas dalam cm.",
        width_cm: "Lebar unit yang dikemas dalam cm.",
        height_cm: "Tinggi unit yang dikemas dalam cm.",
        units: "Unit pada baris pesanan (bawaan 1).",
        as_of: P.as_of,
      },
    },
    MAXAFFILIATE: {
      description:
        "Tarif komisi afiliasi (kreator) tertinggi yang masih menghasilkan margin target pada harga tertentu (TikTok mengizinkan paling banyak 80%).",
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
        "Biaya administrasi pengembalian dana yang dikenakan TikTok saat baris pesanan dikembalikan dananya (AS: 20% dari komisi, paling banyak 5 USD per SKU; nol jika tidak dikenakan).",
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
      description: "Hanya komisi (biaya referral) pada satu baris pesanan, ditambah PPN jika pasar mengenakannya.",
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
        "Semua biaya TikTok Shop pada satu baris pesanan: komisi ditambah biaya transaksi, biaya layanan, dan biaya tetap per pesanan yang berlaku pada tanggal tersebut.",
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
        "Biaya TikTok Shop pada satu baris pesanan sebagai tabel: komponen, tarif, dasar, jumlah, dan sumber, dengan total di baris terakhir.",
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
        "Margin laba satu baris pesanan: laba yang diharapkan dibagi pendapatan (barang setelah diskon penjual ditambah ongkos kirim yang dibayar pembeli).",
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
        "Yang diselesaikan TikTok kepada Anda untuk satu baris pesanan: pendapatan (barang setelah diskon penjual ditambah ongkos kirim yang dibayar pembeli) dikurangi biaya TikTok Shop, komisi afiliasi, dan pajak yang dipotong TikTok.",
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
      description: "Harga satuan terendah yang mencapai margin target setelah semua biaya TikTok Shop dan biaya Anda.",
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
        "Laba yang diharapkan dari satu baris pesanan setelah biaya TikTok Shop, komisi afiliasi, biaya produk, pengiriman, iklan, dan pengembalian.",
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
        "Harga koin bagi penonton, menurut saluran pembelian: per koin di web, atau kombinasi paket termurah di aplikasi.",
      parameters: {
        coins: P.coins,
        channel: P.channel,
        method: "packs (kombinasi paket termurah; bawaan di aplikasi) atau perCoin (bawaan di web).",
        market: P.market_COINCOST,
      },
    },
    COINVALUE: {
      description:
        "Harga satu koin bagi penonton di suatu saluran pembelian: harga per koin terbaik di antara paket saluran itu (pecahan sen).",
      parameters: {
        channel: P.channel,
        market: P.market_COINCOST,
      },
    },
    CREATORREWARDS: {
      description: "Perkiraan pembayaran Creator Rewards Program: tayangan memenuhi syarat / 1.000 × RPM.",
      parameters: {
        qualified_views: "Tayangan yang memenuhi syarat (tayangan di halaman Untuk Anda minimal 5 detik).",
        rpm: "USD per 1.000 tayangan memenuhi syarat (bawaan: rentang dari sumber).",
        estimate: P.estimate,
      },
    },
    CREATORREWARDSELIGIBLE: {
      description: "Apakah akun memenuhi syarat Creator Rewards Program, dan jika tidak, apa yang kurang.",
      parameters: {
        followers: P.followers,
        views_30d: "Tayangan video dalam 30 hari terakhir.",
        video_seconds: "Durasi video dalam detik.",
        age: "Usia kreator.",
        market: "Pasar kreator (bawaan US).",
      },
    },
    DIAMONDPAYOUT: {
      description: "USD yang diterima kreator untuk berlian, setelah bagian agensi dan biaya penarikan.",
      parameters: {
        diamonds: "Jumlah berlian.",
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
        withdrawal_fee: P.withdrawal_fee,
      },
    },
    DIAMONDSFORPAYOUT: {
      description: "Berlian yang dibutuhkan kreator untuk menerima target pembayaran tunai.",
      parameters: {
        target_usd: P.target_usd,
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
        withdrawal_fee: P.withdrawal_fee,
      },
    },
    GIFTCOINS: {
      description:
        "Koin yang harus dibayar penonton untuk satu hadiah LIVE (harga katalognya pada tanggal tersebut), dikali jumlahnya.",
      parameters: {
        gift: P.gift,
        count: P.count,
        as_of: P.as_of_GIFTCOINS,
      },
    },
    GIFTDIAMONDS: {
      description: "Berlian yang diterima kreator untuk hadiah LIVE.",
      parameters: {
        gift: P.gift,
        count: P.count,
        coins_per_diamond: P.coins_per_diamond,
      },
    },
    GIFTS: {
      description: "Katalog hadiah LIVE: hadiah, koin, tanggal harga mulai berlaku, dan sumbernya.",
      parameters: {
        as_of: P.as_of_GIFTCOINS,
      },
    },
    GIFTSFORPAYOUT: {
      description:
        "Berapa banyak satu jenis hadiah LIVE yang dibutuhkan kreator untuk menerima target pembayaran tunai.",
      parameters: {
        gift: P.gift,
        target_usd: P.target_usd,
        coins_per_diamond: P.coins_per_diamond,
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
      },
    },
    LIVEMONTHLY: {
      description: "Pembayaran LIVE bulanan kreator dari hadiah per siaran dan siaran per bulan.",
      parameters: {
        gift: P.gift,
        gifts_per_stream: "Hadiah jenis itu yang diterima per siaran LIVE.",
        streams_per_month: "Siaran LIVE per bulan.",
        coins_per_diamond: P.coins_per_diamond,
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
      },
    },
    LIVEWATERFALL: {
      description:
        "Ke mana uang penonton untuk koin mengalir: toko aplikasi, TikTok, agensi, biaya penarikan, dan uang tunai kreator, sebagai tabel.",
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
      description: "Tolok ukur bertanggal untuk CPM, CPC, atau CTR, per industri jika sumber menyediakannya.",
      parameters: {
        metric: "CPM, CPC, atau CTR.",
        industry: P.industry,
        estimate: P.estimate,
      },
    },
    ADBUDGETCHECK: {
      description: "Memeriksa anggaran terhadap batas minimum TikTok dan menyebutkan apa yang di bawah minimum.",
      parameters: {
        level: P.level,
        budget: P.budget,
        days: P.days,
      },
    },
    ADCOST: {
      description:
        "Biaya iklan TikTok: model penagihan dan volume (impresi, klik, tayangan), atau format premium dan jumlah hari.",
      parameters: {
        model: P.model,
        volume: "Impresi (CPM, oCPM), klik (CPC), tayangan (CPV), atau hari (format premium).",
        rate: P.rate,
        industry: P.industry,
      },
    },
    ADFORMATS: {
      description:
        "Format iklan TikTok: durasi, penayangan, penetapan harga, dan rentang harga publik beserta sumbernya.",
      parameters: {},
    },
    ADFUNNEL: {
      description:
        "Corong yang dibeli suatu anggaran: impresi, klik, konversi, pendapatan, ROAS, biaya per konversi, dan laba, sebagai tabel.",
      parameters: {
        budget: P.budget,
        cpm: "Biaya per 1.000 impresi dalam USD.",
        ctr: "Rasio klik-tayang, mis. 0,009.",
        cvr: "Rasio konversi klik, mis. 0,02.",
        aov: P.aov,
        margin: "Margin atas pendapatan sebelum biaya iklan, mis. 0,4 (untuk laba).",
      },
    },
    ADMINBUDGET: {
      description:
        "Anggaran minimum TikTok untuk kampanye atau grup iklan: minimum harian, atau dengan jumlah hari, minimum seumur hidup untuk jadwal itu.",
      parameters: {
        level: P.level,
        days: P.days,
      },
    },
    ADDYNAMICBUDGET: {
      description:
        "Belanja paling banyak dari Anggaran Harian Dinamis: dalam satu hari 125 % dari anggaran harian, dalam satu minggu kalender 7 × anggaran harian (Bantuan TikTok Ads).",
      parameters: {
        daily_budget: P.daily_budget,
        period: P.period,
      },
    },
    ADVOLUME: {
      description: "Volume yang dibeli suatu anggaran dengan model penagihan: impresi, klik, atau tayangan.",
      parameters: {
        model: P.model,
        budget: P.budget,
        rate: P.rate,
        industry: P.industry,
      },
    },
    BREAKEVENROAS: {
      description: "ROAS saat iklan menutup biayanya sendiri: 1 / margin.",
      parameters: {
        margin: P.margin,
      },
    },
    LEARNINGBUDGET: {
      description:
        "Anggaran harian yang disarankan TikTok selama grup iklan dalam tahap pembelajaran: kelipatan CPA, atau jumlah tetap tanpa CPA.",
      parameters: {
        conversion: "Tujuan optimasi: shallow (bawaan), install, atau deep.",
        cpa: "Biaya per tindakan Anda saat ini dalam USD.",
      },
    },
    MAXCPA: {
      description: "Biaya per akuisisi tertinggi yang tetap menjaga margin target: AOV × (margin − margin target).",
      parameters: {
        aov: P.aov,
        margin: P.margin,
        target_margin: "Margin yang ingin dipertahankan setelah biaya iklan, mis. 0,15.",
      },
    },
    REACH: {
      description: "Orang yang dijangkau: impresi dibagi frekuensi rata-rata.",
      parameters: {
        impressions: "Jumlah impresi.",
        frequency: "Rata-rata berapa kali setiap orang melihat iklan, mis. 2,5.",
      },
    },
    ROAS: {
      description: "Laba atas belanja iklan: pendapatan dibagi belanja.",
      parameters: {
        revenue: "Pendapatan yang diatribusikan ke iklan.",
        spend: "Belanja iklan.",
      },
    },
    SPONSORSHIP: {
      description: "Perkiraan harga sponsor kreator berdasarkan pengikut, tingkat interaksi, dan jenis konten.",
      parameters: {
        followers: P.followers,
        engagement_rate: "Tingkat interaksi, mis. 0,05 (bawaan 2,5%, rata-rata).",
        content_type: "Video (bawaan), Long-form, Spark Ad, atau Campaign.",
        estimate: P.estimate,
      },
    },
    SPONSORSHIPCPM: {
      description:
        "CPM efektif suatu sponsor (harga per 1.000 tayangan), untuk dibandingkan dengan iklan In-Feed berbayar.",
      parameters: {
        price: "Harga sponsor dalam USD.",
        views: "Tayangan yang didapat video bersponsor.",
      },
    },
    EXPECTEDFEE: {
      description:
        "Biaya yang seharusnya tercantum di baris penyelesaian menurut aturan terbitan yang berlaku pada tanggal pesanan, dari jumlah di baris itu sendiri; bertanda seperti di file (biaya yang dikenakan bernilai negatif).",
      parameters: {
        fee: 'Kolom biaya: commission (referral), transaction (payment), refundAdmin, orderFee (processing), growth (service), atau dynamicCommission, sebagaimana RATE membacanya; tambahkan "incl. VAT" jika kolom memuat PPN atas biaya.',
        market: "Kode pasar file penyelesaian, seperti US, UK, ID, MY.",
        order_date: "Tanggal pembuatan pesanan: menentukan tarif yang berlaku.",
        customer_payment:
          "Kolom pembayaran pelanggan. Bertanda seperti di file; kosongkan jika file tidak punya kolom itu.",
        platform_discount:
          "Kolom diskon platform. Bertanda seperti di file; kosongkan jika file tidak punya kolom itu.",
        sales_tax:
          "Kolom pembayaran pajak penjualan (AS). Bertanda seperti di file; kosongkan jika file tidak punya kolom itu.",
        subtotal_after:
          "Kolom subtotal setelah diskon penjual (file Income SEA). Bertanda seperti di file; kosongkan jika file tidak punya kolom itu.",
        customer_refund:
          "Kolom pengembalian dana pelanggan. Bertanda seperti di file; kosongkan jika file tidak punya kolom itu.",
        platform_discount_refund:
          "Kolom pengembalian diskon platform. Bertanda seperti di file; kosongkan jika file tidak punya kolom itu.",
        sales_tax_refund:
          "Kolom pengembalian pajak penjualan (AS). Bertanda seperti di file; kosongkan jika file tidak punya kolom itu.",
        refund_subtotal_after:
          "Kolom subtotal pengembalian setelah diskon penjual. Bertanda seperti di file; kosongkan jika file tidak punya kolom itu.",
        quantity: "Kolom kuantitas, untuk biaya per barang dan batas maksimum.",
        category: "Kategori produk, jika file atau ekspor pesanan menyebutkannya (bawaan: tarif pasar).",
      },
    },
  },
};

export default section;
