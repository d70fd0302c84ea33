/**
 * Dutch (Nederlands): function help (functions-<locale>.json) and the manifest's words, read at build
 * time only (docs/i18n.md, "Function help"). A machine-made draft, not reviewed by a native speaker.
 * Function names, parameter names and the values a user types (codes, "web", seller-profile words)
 * stay English: formulas must work in every Excel.
 */
import type { FunctionsSection } from "../functionsSection";

/** Parameter help that several functions share (by parameter name; _ID: a variant first used by ID). */
const P = {
  market: "Marktcode zoals US, UK, ID (standaard US).",
  market_RATE: "Marktcode zoals US, UK, ID (standaard US voor winkelkosten).",
  market_COINCOST: "Markt van de muntprijslijst: US (standaard) of UK.",
  as_of: "Datum van de te gebruiken tarieven (standaard: de nieuwste tarieven).",
  as_of_GIFTCOINS: "Datum van de te gebruiken prijzen (standaard: de nieuwste).",
  fee: 'Vergoeding of parameter: een vergoeding bij naam of alias (commission of referral, transaction of payment, orderFee of processing, growth, refundAdmin, dynamicCommission), of een parameter zoals "usdPerDiamond", "cpm".',
  category: "Productcategorie, of een commissietarief zoals 0,06 in plaats van het tarievenboek.",
  category_RATE: "Categorie, cadeau, branche of formaat, als de vergoeding die heeft; een getal vervangt de commissie.",
  unit_cost: "Wat één eenheid u kost (goederen, verpakking).",
  quantity: "Eenheden op de orderregel (standaard 1).",
  shipping: "Wat de koper voor de verzending van de bestelling betaalde (standaard 0).",
  seller_discount: "Door de verkoper gefinancierde korting op de regel, als bedrag (standaard 0).",
  platform_discount: "Door TikTok gefinancierde korting op de regel, als bedrag (standaard 0).",
  affiliate_rate:
    "Commissietarief van de creator over wat de koper voor de goederen betaalde, bijv. 0,1 (standaard 0).",
  seller_shipping: "Wat u betaalt om de bestelling te verzenden (standaard 0).",
  return_rate: "Aandeel geretourneerde bestellingen, bijv. 0,05 (standaard 0).",
  ad_cost: "Advertentie-uitgaven per bestelling (standaard 0).",
  commission_rate:
    "Uw commissietarief als category de categoriegroep noemt (de andere kosten volgen de groep), bijv. 0,05.",
  seller_profile:
    'Woorden zoals "business", "mall", "cross-border", "above threshold", "no tax id", "pre-order", "fee tax 6.25%" (standaard: een particuliere verkoper).',
  price: "Catalogusprijs per eenheid in de valuta van de markt.",
  target_margin: "Winst als aandeel van de omzet, bijv. 0,25 voor 25 %.",
  coins: "Aantal munten.",
  channel: "Waar de kijker munten koopt: web (standaard), ios of android.",
  estimate: "low, typical (standaard) of high.",
  followers: "Aantal volgers.",
  usd_per_diamond: "USD per diamant (standaard 0,005).",
  agency_share: "Aandeel van de uitbetaling van de creator dat een bureau neemt, bijv. 0,2 (standaard 0).",
  withdrawal_fee: "Kosten per opname in USD, bijv. die van PayPal (standaard 0: TikTok rekent niets).",
  target_usd: "Geld dat de creator wil ontvangen, in USD.",
  gift: 'Naam van het cadeau, bijv. "Lion" of "Rose" (=TIKTOK.GIFTS() geeft ze weer).',
  count: "Aantal cadeaus, 0 of meer (standaard 1).",
  coins_per_diamond: "Munten per diamant (standaard 1; veel rekenhulpen gebruiken 2).",
  industry: 'Branche voor de benchmark, bijv. "E-commerce" (standaard: alle branches).',
  level: "campaign, adgroup of gmvmax (GMV Max: alleen dagbudgetten).",
  daily_budget: "Het ingestelde dynamische dagbudget in USD: het gemiddelde per dag over de week.",
  period: "day (standaard: het meeste op één dag) of week (het meeste in een kalenderweek).",
  budget: "Budget in Amerikaanse dollar (USD).",
  days: "Geplande dagen, voor een looptijdbudget (weglaten voor het dagminimum).",
  model:
    "Factureringsmodel (CPM, oCPM, CPC, CPV) of premiumformaat (TopView, BrandTakeover, HashtagChallenge, BrandedEffect).",
  rate: "Uw prijs: per 1.000 vertoningen, per klik, per weergave of per dag (standaard: de benchmark uit de bronnen).",
  aov: "Gemiddelde orderwaarde in USD.",
  margin: "Marge op de omzet vóór advertentiekosten, bijv. 0,3.",
};

const section: FunctionsSection = {
  manifest: {
    DisplayName: "TikTok Economics",
    Description:
      "TikTok Shop-kosten, uitbetalingen van LIVE-cadeaus en advertentiekosten als Excel-formules (TIKTOK.*), met een gedateerd tarievenboek met bronnen en kant-en-klare scenariobladen.",
    "GetStarted.Title": "TikTok Economics is klaar",
    "GetStarted.Description":
      "Typ =TIKTOK.SHOPFEE(20) in een cel, of open TikTok Economics op het tabblad Start voor scenariobladen.",
    "CommandsGroup.Label": "TikTok Economics",
    "TaskpaneButton.Label": "TikTok Economics",
    "TaskpaneButton.Tooltip":
      "Scenariobladen voor TikTok Shop, LIVE en advertenties invoegen en de tarieven achter elke TIKTOK.*-functie opzoeken.",
  },
  functions: {
    CATEGORIES: {
      description:
        "De productcategorieën van een markt, met het commissietarief dat op de datum geldt en de bron ervan.",
      parameters: {
        market: P.market,
        as_of: P.as_of,
      },
    },
    MARKETS: {
      description: "De markten in het tarievenboek, met valuta en de standaardcommissie volgens de nieuwste tarieven.",
      parameters: {},
    },
    RATE: {
      description:
        "Het tarief achter een vergoeding of parameter in het tarievenboek, bijv. de commissie van een markt en categorie, of de USD-waarde van een diamant.",
      parameters: {
        fee: P.fee,
        market: P.market_RATE,
        category: P.category_RATE,
        as_of: P.as_of,
      },
    },
    RATEBOOK: {
      description:
        "De versie van het tarievenboek waarmee de invoegtoepassing rekent: de nieuwste ingangsdatum van de tarieven en een hash van de inhoud.",
      parameters: {},
    },
    RATESOURCE: {
      description: "De openbare bron (URL) van een vergoeding of parameter in het tarievenboek.",
      parameters: {
        fee: P.fee,
        market: P.market_RATE,
        category: P.category_RATE,
        as_of: P.as_of,
      },
    },
    BILLABLEWEIGHT: {
      description:
        "Factureerbaar gewicht voor FBT in de VS, in pond: het grootste van het stukgewicht en het volumegewicht, lengte × breedte × hoogte (inch) ÷ 166.",
      parameters: {
        weight_lb: "Gewicht van één eenheid in pond.",
        length_in: "Lengte van de verpakte eenheid in inch.",
        width_in: "Breedte van de verpakte eenheid in inch.",
        height_in: "Hoogte van de verpakte eenheid in inch.",
      },
    },
    BREAKEVENPRICE: {
      description:
        "De laagste stuksprijs waarbij een orderregel na TikTok Shop-kosten en uw kosten geen verlies lijdt.",
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
        "Fulfilmentkosten van Fulfilled by TikTok (FBT) voor eenheden van één artikel, volgens de Britse grootteklasse van doos en gewicht (alleen de Britse tabel is openbaar).",
      parameters: {
        market: "Marktcode: UK (de Amerikaanse tabel op gewicht is niet openbaar; de functie meldt dat).",
        weight_kg: "Gewicht van één eenheid in kg.",
        length_cm: "Lengte van de verpakte eenheid in cm.",
        width_cm: "Breedte van de verpakte eenheid in cm.",
        height_cm: "Hoogte van de verpakte eenheid in cm.",
        units: "Eenheden op de orderregel (standaard 1).",
        as_of: P.as_of,
      },
    },
    MAXAFFILIATE: {
      description:
        "Het hoogste affiliatecommissietarief (creator) dat bij een gegeven prijs nog een doelmarge oplevert (TikTok staat hoogstens 80 % toe).",
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
        "De administratiekosten voor terugbetaling die TikTok rekent wanneer de orderregel wordt terugbetaald (VS: 20 % van de commissie, hoogstens 5 USD per SKU; nul waar niets wordt gerekend).",
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
      description:
        "Alleen de commissie (referral fee) op één orderregel, met btw erbovenop waar de markt die toevoegt.",
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
        "Alle TikTok Shop-kosten op één orderregel: commissie plus transactie-, service- en vaste kosten per bestelling die op de datum gelden.",
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
        "De TikTok Shop-kosten op één orderregel als tabel: onderdeel, tarief, grondslag, bedrag en bron, met het totaal in de laatste rij.",
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
        "Winstmarge van één orderregel: verwachte winst gedeeld door de omzet (goederen na verkoperskorting plus verzending betaald door de koper).",
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
        "Wat TikTok u voor één orderregel uitbetaalt: omzet (goederen na verkoperskorting plus verzending betaald door de koper) min TikTok Shop-kosten, affiliatecommissie en door TikTok ingehouden belasting.",
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
      description: "De laagste stuksprijs die na alle TikTok Shop-kosten en uw kosten een doelmarge haalt.",
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
        "Verwachte winst van één orderregel na TikTok Shop-kosten, affiliatecommissie, productkosten, verzending, advertenties en retouren.",
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
        "Wat munten een kijker kosten, per aankoopkanaal: per munt op het web, of de goedkoopste combinatie van pakketten in de apps.",
      parameters: {
        coins: P.coins,
        channel: P.channel,
        method: "packs (goedkoopste combinatie van pakketten; standaard in de apps) of perCoin (standaard op het web).",
        market: P.market_COINCOST,
      },
    },
    COINVALUE: {
      description:
        "Wat één munt een kijker kost op een aankoopkanaal: de beste prijs per munt van de pakketten van dat kanaal (een fractie van een cent).",
      parameters: {
        channel: P.channel,
        market: P.market_COINCOST,
      },
    },
    CREATORREWARDS: {
      description: "Geschatte uitbetaling van het Creator Rewards Program: gekwalificeerde weergaven / 1.000 × RPM.",
      parameters: {
        qualified_views: "Gekwalificeerde weergaven (weergaven in de Voor jou-feed van minstens 5 s).",
        rpm: "USD per 1.000 gekwalificeerde weergaven (standaard: de bandbreedte uit de bronnen).",
        estimate: P.estimate,
      },
    },
    CREATORREWARDSELIGIBLE: {
      description: "Of een account in aanmerking komt voor het Creator Rewards Program en, zo niet, wat er ontbreekt.",
      parameters: {
        followers: P.followers,
        views_30d: "Videoweergaven in de laatste 30 dagen.",
        video_seconds: "Lengte van de video in seconden.",
        age: "De leeftijd van de creator.",
        market: "De markt van de creator (standaard US).",
      },
    },
    DIAMONDPAYOUT: {
      description: "De USD die een creator voor diamanten ontvangt, na het aandeel van een bureau en opnamekosten.",
      parameters: {
        diamonds: "Aantal diamanten.",
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
        withdrawal_fee: P.withdrawal_fee,
      },
    },
    DIAMONDSFORPAYOUT: {
      description: "De diamanten die een creator nodig heeft om een beoogde uitbetaling in contanten te ontvangen.",
      parameters: {
        target_usd: P.target_usd,
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
        withdrawal_fee: P.withdrawal_fee,
      },
    },
    GIFTCOINS: {
      description: "De munten die een LIVE-cadeau de kijker kost (de catalogusprijs op de datum), maal het aantal.",
      parameters: {
        gift: P.gift,
        count: P.count,
        as_of: P.as_of_GIFTCOINS,
      },
    },
    GIFTDIAMONDS: {
      description: "De diamanten die een creator voor LIVE-cadeaus ontvangt.",
      parameters: {
        gift: P.gift,
        count: P.count,
        coins_per_diamond: P.coins_per_diamond,
      },
    },
    GIFTS: {
      description: "De catalogus van LIVE-cadeaus: cadeau, munten, de ingangsdatum van de prijs en de bron ervan.",
      parameters: {
        as_of: P.as_of_GIFTCOINS,
      },
    },
    GIFTSFORPAYOUT: {
      description:
        "Hoeveel van één LIVE-cadeau een creator nodig heeft om een beoogde uitbetaling in contanten te ontvangen.",
      parameters: {
        gift: P.gift,
        target_usd: P.target_usd,
        coins_per_diamond: P.coins_per_diamond,
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
      },
    },
    LIVEMONTHLY: {
      description: "De maandelijkse LIVE-uitbetaling van een creator uit cadeaus per stream en streams per maand.",
      parameters: {
        gift: P.gift,
        gifts_per_stream: "Cadeaus van die soort per LIVE-stream.",
        streams_per_month: "LIVE-streams per maand.",
        coins_per_diamond: P.coins_per_diamond,
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
      },
    },
    LIVEWATERFALL: {
      description:
        "Waar het geld van een kijker voor munten naartoe gaat: app store, TikTok, bureau, opnamekosten en het geld van de creator, als tabel.",
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
      description: "Een gedateerde benchmark voor CPM, CPC of CTR, per branche waar de bronnen die geven.",
      parameters: {
        metric: "CPM, CPC of CTR.",
        industry: P.industry,
        estimate: P.estimate,
      },
    },
    ADBUDGETCHECK: {
      description: "Toetst een budget aan de minimumbedragen van TikTok en zegt wat onder het minimum ligt.",
      parameters: {
        level: P.level,
        budget: P.budget,
        days: P.days,
      },
    },
    ADCOST: {
      description:
        "Wat TikTok-advertenties kosten: een factureringsmodel en een volume (vertoningen, klikken, weergaven), of een premiumformaat en een aantal dagen.",
      parameters: {
        model: P.model,
        volume: "Vertoningen (CPM, oCPM), klikken (CPC), weergaven (CPV) of dagen (premiumformaten).",
        rate: P.rate,
        industry: P.industry,
      },
    },
    ADFORMATS: {
      description:
        "De advertentieformaten van TikTok: duur, levering, prijsmodel en de openbare prijsrange met de bron ervan.",
      parameters: {},
    },
    ADFUNNEL: {
      description:
        "De funnel die een budget koopt: vertoningen, klikken, conversies, omzet, ROAS, kosten per conversie en winst, als tabel.",
      parameters: {
        budget: P.budget,
        cpm: "Kosten per 1.000 vertoningen in USD.",
        ctr: "Doorklikratio, bijv. 0,009.",
        cvr: "Conversieratio van klikken, bijv. 0,02.",
        aov: P.aov,
        margin: "Marge op de omzet vóór advertentiekosten, bijv. 0,4 (voor de winst).",
      },
    },
    ADMINBUDGET: {
      description:
        "Het minimumbudget van TikTok voor een campagne of advertentiegroep: het dagminimum, of met dagen het minimum voor de hele looptijd van dat schema.",
      parameters: {
        level: P.level,
        days: P.days,
      },
    },
    ADDYNAMICBUDGET: {
      description:
        "Het meeste dat een dynamisch dagbudget kan uitgeven: op één dag 125 % van het dagbudget, in een kalenderweek 7 × het dagbudget (TikTok Ads Help).",
      parameters: {
        daily_budget: P.daily_budget,
        period: P.period,
      },
    },
    ADVOLUME: {
      description: "Het volume dat een budget onder een factureringsmodel koopt: vertoningen, klikken of weergaven.",
      parameters: {
        model: P.model,
        budget: P.budget,
        rate: P.rate,
        industry: P.industry,
      },
    },
    BREAKEVENROAS: {
      description: "De ROAS waarbij advertenties zichzelf terugverdienen: 1 / marge.",
      parameters: {
        margin: P.margin,
      },
    },
    LEARNINGBUDGET: {
      description:
        "Het door TikTok aanbevolen dagbudget terwijl een advertentiegroep leert: een veelvoud van de CPA, of zonder CPA een vast bedrag.",
      parameters: {
        conversion: "Optimalisatiedoel: shallow (standaard), install of deep.",
        cpa: "Uw huidige kosten per actie in USD.",
      },
    },
    MAXCPA: {
      description: "De hoogste kosten per acquisitie die een doelmarge behouden: AOV × (marge − doelmarge).",
      parameters: {
        aov: P.aov,
        margin: P.margin,
        target_margin: "Marge die na advertentiekosten moet overblijven, bijv. 0,15.",
      },
    },
    REACH: {
      description: "Bereikte personen: vertoningen gedeeld door de gemiddelde frequentie.",
      parameters: {
        impressions: "Aantal vertoningen.",
        frequency: "Hoe vaak elke persoon de advertentie gemiddeld ziet, bijv. 2,5.",
      },
    },
    ROAS: {
      description: "Rendement op advertentie-uitgaven: omzet gedeeld door uitgaven.",
      parameters: {
        revenue: "Omzet toegeschreven aan de advertenties.",
        spend: "Advertentie-uitgaven.",
      },
    },
    SPONSORSHIP: {
      description:
        "Een geschatte prijs voor een sponsoring met een creator op basis van volgers, engagementpercentage en contenttype.",
      parameters: {
        followers: P.followers,
        engagement_rate: "Engagementpercentage, bijv. 0,05 (standaard 2,5 %, het gemiddelde).",
        content_type: "Video (standaard), Long-form, Spark Ad of Campaign.",
        estimate: P.estimate,
      },
    },
    SPONSORSHIPCPM: {
      description:
        "De effectieve CPM van een sponsoring (prijs per 1.000 weergaven), om te vergelijken met betaalde In-Feed-advertenties.",
      parameters: {
        price: "Prijs van de sponsoring in USD.",
        views: "Weergaven van de gesponsorde video.",
      },
    },
    EXPECTEDFEE: {
      description:
        "De vergoeding die een afrekeningsregel zou moeten hebben volgens de gepubliceerde regel die op de orderdatum gold, uit de bedragen van de regel zelf; met het teken van het bestand (een gerekende vergoeding is negatief).",
      parameters: {
        fee: 'Kolom van de vergoeding: commission (referral), transaction (payment), refundAdmin, orderFee (processing), growth (service) of dynamicCommission, zoals RATE ze leest; voeg "incl. VAT" toe als de kolom de btw op de vergoeding bevat.',
        market: "Marktcode van het afrekeningsbestand, zoals US, UK, ID, MY.",
        order_date: "De aanmaakdatum van de bestelling: kiest de geldende tarieven.",
        customer_payment:
          "Kolom met de klantbetaling. Met het teken uit het bestand; weglaten als het bestand die kolom niet heeft.",
        platform_discount:
          "Kolom met platformkortingen. Met het teken uit het bestand; weglaten als het bestand die kolom niet heeft.",
        sales_tax:
          "Kolom met de betaalde omzetbelasting (VS). Met het teken uit het bestand; weglaten als het bestand die kolom niet heeft.",
        subtotal_after:
          "Kolom met het subtotaal na verkoperskortingen (SEA Income-bestanden). Met het teken uit het bestand; weglaten als het bestand die kolom niet heeft.",
        customer_refund:
          "Kolom met de terugbetaling aan de klant. Met het teken uit het bestand; weglaten als het bestand die kolom niet heeft.",
        platform_discount_refund:
          "Kolom met de terugboeking van platformkortingen. Met het teken uit het bestand; weglaten als het bestand die kolom niet heeft.",
        sales_tax_refund:
          "Kolom met de terugbetaalde omzetbelasting (VS). Met het teken uit het bestand; weglaten als het bestand die kolom niet heeft.",
        refund_subtotal_after:
          "Kolom met het terugbetaalde subtotaal na verkoperskortingen. Met het teken uit het bestand; weglaten als het bestand die kolom niet heeft.",
        quantity: "Kolom met de hoeveelheid, voor kosten per artikel en maxima.",
        category: "Productcategorie, als het bestand of de orderexport die noemt (standaard: het tarief van de markt).",
      },
    },
  },
};

export default section;
