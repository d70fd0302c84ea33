/**
 * Malay (Bahasa Melayu): function help (functions-<locale>.json) and the manifest's words, read at build
 * time only (docs/i18n.md, "Function help"). A machine-made draft, not reviewed by a native speaker.
 * Function names, parameter names and the values a user types (codes, "web", seller-profile words)
 * stay English: formulas must work in every Excel.
 */
import type { FunctionsSection } from "../functionsSection";

/** Parameter help that several functions share (by parameter name; _ID: a variant first used by ID). */
const P = {
  market: "Kod pasaran seperti US, UK, ID (lalai US).",
  market_RATE: "Kod pasaran seperti US, UK, ID (lalai US untuk yuran kedai).",
  market_COINCOST: "Pasaran senarai harga syiling: US (lalai) atau UK.",
  as_of: "Tarikh kadar yang digunakan (lalai: kadar terkini).",
  as_of_GIFTCOINS: "Tarikh harga yang digunakan (lalai: yang terkini).",
  fee: 'Yuran atau parameter: yuran mengikut nama atau aliasnya (commission atau referral, transaction atau payment, orderFee atau processing, growth, refundAdmin, dynamicCommission), atau parameter seperti "usdPerDiamond", "cpm".',
  category: "Kategori produk, atau kadar komisen seperti 0.06 untuk digunakan sebagai ganti buku kadar.",
  category_RATE: "Kategori, hadiah, industri atau format, jika yuran memilikinya; nombor menggantikan komisen.",
  unit_cost: "Kos seunit kepada anda (barangan, pembungkusan).",
  quantity: "Unit pada baris pesanan (lalai 1).",
  shipping: "Bayaran penghantaran oleh pembeli bagi pesanan (lalai 0).",
  seller_discount: "Diskaun yang dibiayai penjual pada baris, sebagai amaun (lalai 0).",
  platform_discount: "Diskaun yang dibiayai TikTok pada baris, sebagai amaun (lalai 0).",
  affiliate_rate: "Kadar komisen pencipta atas harga barangan yang dibayar pembeli, cth. 0.1 (lalai 0).",
  seller_shipping: "Kos yang anda bayar untuk menghantar pesanan (lalai 0).",
  return_rate: "Bahagian pesanan yang dipulangkan, cth. 0.05 (lalai 0).",
  ad_cost: "Perbelanjaan iklan setiap pesanan (lalai 0).",
  commission_rate:
    "Kadar komisen anda apabila category menamakan kumpulan kategori (yuran lain mengikut kumpulan), cth. 0.05.",
  seller_profile:
    'Perkataan seperti "business", "mall", "cross-border", "above threshold", "no tax id", "pre-order", "fee tax 6.25%" (lalai: penjual individu).',
  price: "Harga senarai seunit dalam mata wang pasaran.",
  target_margin: "Keuntungan sebagai bahagian hasil, cth. 0.25 untuk 25%.",
  coins: "Bilangan syiling.",
  channel: "Tempat penonton membeli syiling: web (lalai), ios atau android.",
  estimate: "low, typical (lalai) atau high.",
  followers: "Bilangan pengikut.",
  usd_per_diamond: "USD setiap berlian (lalai 0.005).",
  agency_share: "Bahagian bayaran pencipta yang diambil agensi, cth. 0.2 (lalai 0).",
  withdrawal_fee: "Yuran setiap pengeluaran dalam USD, cth. yuran PayPal (lalai 0: TikTok tidak mengenakannya).",
  target_usd: "Wang tunai yang ingin diterima pencipta, dalam USD.",
  gift: 'Nama hadiah, cth. "Lion" atau "Rose" (=TIKTOK.GIFTS() menyenaraikannya).',
  count: "Bilangan hadiah, 0 atau lebih (lalai 1).",
  coins_per_diamond: "Syiling setiap berlian (lalai 1; banyak kalkulator menggunakan 2).",
  industry: 'Industri bagi penanda aras, cth. "E-commerce" (lalai: semua industri).',
  level: "campaign, adgroup atau gmvmax (GMV Max: bajet harian sahaja).",
  daily_budget: "Bajet Harian Dinamik yang ditetapkan, dalam USD: purata sehari sepanjang minggu.",
  period: "day (lalai: paling banyak dalam satu hari) atau week (paling banyak dalam satu minggu kalendar).",
  budget: "Bajet dalam USD.",
  days: "Hari berjadual, untuk bajet sepanjang hayat (tinggalkan untuk minimum harian).",
  model:
    "Model pengebilan (CPM, oCPM, CPC, CPV) atau format premium (TopView, BrandTakeover, HashtagChallenge, BrandedEffect).",
  rate: "Harga anda: setiap 1,000 tera, setiap klik, setiap tontonan atau setiap hari (lalai: penanda aras daripada sumber).",
  aov: "Nilai pesanan purata dalam USD.",
  margin: "Margin atas hasil sebelum kos iklan, cth. 0.3.",
};

const section: FunctionsSection = {
  manifest: {
    DisplayName: "TikTok Economics",
    Description:
      "Yuran TikTok Shop, bayaran hadiah LIVE dan kos iklan sebagai formula Excel (TIKTOK.*), dengan buku kadar bertarikh dan bersumber serta helaian senario sedia guna.",
    "GetStarted.Title": "TikTok Economics sudah sedia",
    "GetStarted.Description":
      "Taip =TIKTOK.SHOPFEE(20) dalam sel, atau buka TikTok Economics pada tab Laman Utama untuk helaian senario.",
    "CommandsGroup.Label": "TikTok Economics",
    "TaskpaneButton.Label": "TikTok Economics",
    "TaskpaneButton.Tooltip":
      "Sisipkan helaian senario TikTok Shop, LIVE dan iklan, dan semak kadar di sebalik setiap fungsi TIKTOK.*.",
  },
  functions: {
    CATEGORIES: {
      description:
        "Kategori produk sesebuah pasaran, dengan kadar komisen yang berkuat kuasa pada tarikh itu dan sumbernya.",
      parameters: {
        market: P.market,
        as_of: P.as_of,
      },
    },
    MARKETS: {
      description: "Pasaran yang diliputi buku kadar, dengan mata wang dan komisen lalai mengikut kadar terkini.",
      parameters: {},
    },
    RATE: {
      description:
        "Kadar di sebalik mana-mana yuran atau parameter dalam buku kadar, cth. komisen sesebuah pasaran dan kategori, atau nilai USD sebutir berlian.",
      parameters: {
        fee: P.fee,
        market: P.market_RATE,
        category: P.category_RATE,
        as_of: P.as_of,
      },
    },
    RATEBOOK: {
      description:
        "Versi buku kadar yang digunakan oleh tambahan ini untuk mengira: tarikh berkuat kuasa terkini kadarnya dan cincangan (hash) kandungannya.",
      parameters: {},
    },
    RATESOURCE: {
      description: "Sumber awam (URL) mana-mana yuran atau parameter dalam buku kadar.",
      parameters: {
        fee: P.fee,
        market: P.market_RATE,
        category: P.category_RATE,
        as_of: P.as_of,
      },
    },
    BILLABLEWEIGHT: {
      description:
        "Berat boleh dicaj FBT di AS, dalam paun: yang lebih besar antara berat seunit dan berat dimensi, panjang × lebar × tinggi (inci) ÷ 166.",
      parameters: {
        weight_lb: "Berat seunit dalam paun.",
        length_in: "Panjang unit yang dibungkus dalam inci.",
        width_in: "Lebar unit yang dibungkus dalam inci.",
        height_in: "Tinggi unit yang dibungkus dalam inci.",
      },
    },
    BREAKEVENPRICE: {
      description: "Harga seunit terendah supaya baris pesanan tidak rugi selepas yuran TikTok Shop dan kos anda.",
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
        "Yuran pemenuhan Fulfilled by TikTok (FBT) bagi unit satu item, mengikut peringkat saiz UK yang sesuai dengan kotak dan beratnya (hanya jadual UK yang awam).",
      parameters: {
        market: "Kod pasaran: UK (kad kadar AS mengikut berat tidak awam; fungsi ini menyatakannya).",
        weight_kg: "Berat seunit dalam kg.",
        length_cm: "Panjang unit yang dibungkus dalam cm.",
        width_cm: "Lebar unit yang dibungkus dalam cm.",
        height_cm: "Tinggi unit yang dibungkus dalam cm.",
        units: "Unit pada baris pesanan (lalai 1).",
        as_of: P.as_of,
      },
    },
    MAXAFFILIATE: {
      description:
        "Kadar komisen afiliasi (pencipta) tertinggi yang masih memberi margin sasaran pada harga tertentu (TikTok membenarkan paling banyak 80%).",
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
        "Yuran pentadbiran bayaran balik yang dikenakan TikTok apabila baris pesanan dibayar balik (AS: 20% daripada komisen, paling banyak 5 USD setiap SKU; sifar jika tiada caj).",
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
      description: "Komisen (yuran rujukan) sahaja pada satu baris pesanan, ditambah VAT jika pasaran mengenakannya.",
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
        "Semua yuran TikTok Shop pada satu baris pesanan: komisen serta yuran transaksi, yuran perkhidmatan dan yuran tetap setiap pesanan yang berkuat kuasa pada tarikh itu.",
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
        "Yuran TikTok Shop pada satu baris pesanan sebagai jadual: komponen, kadar, asas, amaun dan sumber, dengan jumlah pada baris terakhir.",
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
        "Margin keuntungan satu baris pesanan: keuntungan dijangka dibahagi hasil (barangan selepas diskaun penjual ditambah penghantaran yang dibayar pembeli).",
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
        "Jumlah yang diselesaikan TikTok kepada anda bagi satu baris pesanan: hasil (barangan selepas diskaun penjual ditambah penghantaran yang dibayar pembeli) tolak yuran TikTok Shop, komisen afiliasi dan cukai yang ditahan TikTok.",
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
      description: "Harga seunit terendah yang mencapai margin sasaran selepas semua yuran TikTok Shop dan kos anda.",
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
        "Keuntungan dijangka bagi satu baris pesanan selepas yuran TikTok Shop, komisen afiliasi, kos produk, penghantaran, pengiklanan dan pemulangan.",
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
        "Harga syiling kepada penonton, mengikut saluran pembelian: setiap syiling di web, atau gabungan pek termurah dalam aplikasi.",
      parameters: {
        coins: P.coins,
        channel: P.channel,
        method: "packs (gabungan pek termurah; lalai dalam aplikasi) atau perCoin (lalai di web).",
        market: P.market_COINCOST,
      },
    },
    COINVALUE: {
      description:
        "Harga sekeping syiling kepada penonton pada sesuatu saluran pembelian: harga terbaik setiap syiling antara pek saluran itu (pecahan sen).",
      parameters: {
        channel: P.channel,
        market: P.market_COINCOST,
      },
    },
    CREATORREWARDS: {
      description: "Anggaran bayaran Creator Rewards Program: tontonan layak / 1,000 × RPM.",
      parameters: {
        qualified_views: "Tontonan layak (tontonan di halaman Untuk Anda sekurang-kurangnya 5 saat).",
        rpm: "USD setiap 1,000 tontonan layak (lalai: julat daripada sumber).",
        estimate: P.estimate,
      },
    },
    CREATORREWARDSELIGIBLE: {
      description: "Sama ada akaun layak untuk Creator Rewards Program, dan jika tidak, apa yang kurang.",
      parameters: {
        followers: P.followers,
        views_30d: "Tontonan video dalam 30 hari terakhir.",
        video_seconds: "Panjang video dalam saat.",
        age: "Umur pencipta.",
        market: "Pasaran pencipta (lalai US).",
      },
    },
    DIAMONDPAYOUT: {
      description: "USD yang diterima pencipta bagi berlian, selepas bahagian agensi dan yuran pengeluaran.",
      parameters: {
        diamonds: "Bilangan berlian.",
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
        withdrawal_fee: P.withdrawal_fee,
      },
    },
    DIAMONDSFORPAYOUT: {
      description: "Berlian yang diperlukan pencipta untuk menerima sasaran bayaran tunai.",
      parameters: {
        target_usd: P.target_usd,
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
        withdrawal_fee: P.withdrawal_fee,
      },
    },
    GIFTCOINS: {
      description:
        "Syiling yang dibayar penonton bagi hadiah LIVE (harga katalognya pada tarikh itu), didarab dengan bilangannya.",
      parameters: {
        gift: P.gift,
        count: P.count,
        as_of: P.as_of_GIFTCOINS,
      },
    },
    GIFTDIAMONDS: {
      description: "Berlian yang diterima pencipta bagi hadiah LIVE.",
      parameters: {
        gift: P.gift,
        count: P.count,
        coins_per_diamond: P.coins_per_diamond,
      },
    },
    GIFTS: {
      description: "Katalog hadiah LIVE: hadiah, syiling, tarikh harga mula berkuat kuasa dan sumbernya.",
      parameters: {
        as_of: P.as_of_GIFTCOINS,
      },
    },
    GIFTSFORPAYOUT: {
      description: "Berapa banyak satu hadiah LIVE yang diperlukan pencipta untuk menerima sasaran bayaran tunai.",
      parameters: {
        gift: P.gift,
        target_usd: P.target_usd,
        coins_per_diamond: P.coins_per_diamond,
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
      },
    },
    LIVEMONTHLY: {
      description: "Bayaran LIVE bulanan pencipta daripada hadiah setiap siaran dan siaran setiap bulan.",
      parameters: {
        gift: P.gift,
        gifts_per_stream: "Hadiah jenis itu yang diterima setiap siaran LIVE.",
        streams_per_month: "Siaran LIVE setiap bulan.",
        coins_per_diamond: P.coins_per_diamond,
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
      },
    },
    LIVEWATERFALL: {
      description:
        "Ke mana wang penonton untuk syiling pergi: gedung aplikasi, TikTok, agensi, yuran pengeluaran dan wang tunai pencipta, sebagai jadual.",
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
      description: "Penanda aras bertarikh bagi CPM, CPC atau CTR, mengikut industri jika sumber menyediakannya.",
      parameters: {
        metric: "CPM, CPC atau CTR.",
        industry: P.industry,
        estimate: P.estimate,
      },
    },
    ADBUDGETCHECK: {
      description: "Menyemak bajet berbanding minimum TikTok dan menyatakan apa yang di bawah minimum.",
      parameters: {
        level: P.level,
        budget: P.budget,
        days: P.days,
      },
    },
    ADCOST: {
      description:
        "Kos iklan TikTok: model pengebilan dan volum (tera, klik, tontonan), atau format premium dan bilangan hari.",
      parameters: {
        model: P.model,
        volume: "Tera (CPM, oCPM), klik (CPC), tontonan (CPV) atau hari (format premium).",
        rate: P.rate,
        industry: P.industry,
      },
    },
    ADFORMATS: {
      description: "Format iklan TikTok: tempoh, penyampaian, harga dan julat harga awam beserta sumbernya.",
      parameters: {},
    },
    ADFUNNEL: {
      description:
        "Corong yang dibeli sesuatu bajet: tera, klik, penukaran, hasil, ROAS, kos setiap penukaran dan keuntungan, sebagai jadual.",
      parameters: {
        budget: P.budget,
        cpm: "Kos setiap 1,000 tera dalam USD.",
        ctr: "Kadar klik lalu, cth. 0.009.",
        cvr: "Kadar penukaran klik, cth. 0.02.",
        aov: P.aov,
        margin: "Margin atas hasil sebelum kos iklan, cth. 0.4 (untuk keuntungan).",
      },
    },
    ADMINBUDGET: {
      description:
        "Bajet minimum TikTok bagi kempen atau kumpulan iklan: minimum harian, atau dengan hari, minimum sepanjang hayat bagi jadual itu.",
      parameters: {
        level: P.level,
        days: P.days,
      },
    },
    ADDYNAMICBUDGET: {
      description:
        "Perbelanjaan paling banyak bagi Bajet Harian Dinamik: dalam satu hari 125 % daripada bajet harian, dalam satu minggu kalendar 7 × bajet harian (Bantuan TikTok Ads).",
      parameters: {
        daily_budget: P.daily_budget,
        period: P.period,
      },
    },
    ADVOLUME: {
      description: "Volum yang dibeli sesuatu bajet di bawah model pengebilan: tera, klik atau tontonan.",
      parameters: {
        model: P.model,
        budget: P.budget,
        rate: P.rate,
        industry: P.industry,
      },
    },
    BREAKEVENROAS: {
      description: "ROAS apabila iklan menampung kosnya sendiri: 1 / margin.",
      parameters: {
        margin: P.margin,
      },
    },
    LEARNINGBUDGET: {
      description:
        "Bajet harian yang disyorkan TikTok semasa kumpulan iklan sedang belajar: gandaan CPA, atau amaun tetap tanpa CPA.",
      parameters: {
        conversion: "Matlamat pengoptimuman: shallow (lalai), install atau deep.",
        cpa: "Kos setiap tindakan semasa anda dalam USD.",
      },
    },
    MAXCPA: {
      description: "Kos setiap pemerolehan tertinggi yang mengekalkan margin sasaran: AOV × (margin − margin sasaran).",
      parameters: {
        aov: P.aov,
        margin: P.margin,
        target_margin: "Margin yang hendak dikekalkan selepas kos iklan, cth. 0.15.",
      },
    },
    REACH: {
      description: "Orang yang dicapai: tera dibahagi kekerapan purata.",
      parameters: {
        impressions: "Bilangan tera.",
        frequency: "Purata kali setiap orang melihat iklan, cth. 2.5.",
      },
    },
    ROAS: {
      description: "Pulangan atas perbelanjaan iklan: hasil dibahagi perbelanjaan.",
      parameters: {
        revenue: "Hasil yang diatribusikan kepada iklan.",
        spend: "Perbelanjaan iklan.",
      },
    },
    SPONSORSHIP: {
      description: "Anggaran harga tajaan pencipta berdasarkan pengikut, kadar penglibatan dan jenis kandungan.",
      parameters: {
        followers: P.followers,
        engagement_rate: "Kadar penglibatan, cth. 0.05 (lalai 2.5%, purata).",
        content_type: "Video (lalai), Long-form, Spark Ad atau Campaign.",
        estimate: P.estimate,
      },
    },
    SPONSORSHIPCPM: {
      description:
        "CPM berkesan sesuatu tajaan (harga setiap 1,000 tontonan), untuk dibandingkan dengan iklan In-Feed berbayar.",
      parameters: {
        price: "Harga tajaan dalam USD.",
        views: "Tontonan yang diperoleh video tajaan.",
      },
    },
    EXPECTEDFEE: {
      description:
        "Yuran yang sepatutnya ada pada baris penyelesaian mengikut peraturan terbitan yang berkuat kuasa pada tarikh pesanan, daripada amaun baris itu sendiri; bertanda seperti dalam fail (yuran yang dikenakan adalah negatif).",
      parameters: {
        fee: 'Lajur yuran: commission (referral), transaction (payment), refundAdmin, orderFee (processing), growth (service) atau dynamicCommission, seperti yang dibaca RATE; tambah "incl. VAT" apabila lajur merangkumi VAT atas yuran.',
        market: "Kod pasaran fail penyelesaian, seperti US, UK, ID, MY.",
        order_date: "Tarikh pesanan dibuat: memilih kadar yang berkuat kuasa.",
        customer_payment: "Lajur bayaran pelanggan. Bertanda seperti dalam fail; tinggalkan jika fail tiada lajur itu.",
        platform_discount: "Lajur diskaun platform. Bertanda seperti dalam fail; tinggalkan jika fail tiada lajur itu.",
        sales_tax:
          "Lajur bayaran cukai jualan (AS). Bertanda seperti dalam fail; tinggalkan jika fail tiada lajur itu.",
        subtotal_after:
          "Lajur subjumlah selepas diskaun penjual (fail Income SEA). Bertanda seperti dalam fail; tinggalkan jika fail tiada lajur itu.",
        customer_refund:
          "Lajur bayaran balik pelanggan. Bertanda seperti dalam fail; tinggalkan jika fail tiada lajur itu.",
        platform_discount_refund:
          "Lajur bayaran balik diskaun platform. Bertanda seperti dalam fail; tinggalkan jika fail tiada lajur itu.",
        sales_tax_refund:
          "Lajur bayaran balik cukai jualan (AS). Bertanda seperti dalam fail; tinggalkan jika fail tiada lajur itu.",
        refund_subtotal_after:
          "Lajur subjumlah bayaran balik selepas diskaun penjual. Bertanda seperti dalam fail; tinggalkan jika fail tiada lajur itu.",
        quantity: "Lajur kuantiti, untuk yuran setiap item dan had.",
        category: "Kategori produk, apabila fail atau eksport pesanan menamakannya (lalai: kadar pasaran).",
      },
    },
  },
};

export default section;
