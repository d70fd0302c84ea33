/**
 * German (Deutsch): function help (functions-<locale>.json) and the manifest's words, read at build
 * time only (docs/i18n.md, "Function help"). A machine-made draft, not reviewed by a native speaker.
 * Function names, parameter names and the values a user types (codes, "web", seller-profile words)
 * stay English: formulas must work in every Excel.
 */
import type { FunctionsSection } from "../functionsSection";

/** Parameter help that several functions share (by parameter name; _ID: a variant first used by ID). */
const P = {
  market: "Marktcode wie US, UK, ID (Standard: US).",
  market_RATE: "Marktcode wie US, UK, ID (Standard für Shop-Gebühren: US).",
  market_COINCOST: "Markt der Münzpreisliste: US (Standard) oder UK.",
  as_of: "Datum der zu verwendenden Tarife (Standard: die neuesten Tarife).",
  as_of_GIFTCOINS: "Datum der zu verwendenden Preise (Standard: die neuesten).",
  fee: 'Gebühr oder Parameter: eine Gebühr mit ihrem Namen oder Alias (commission oder referral, transaction oder payment, orderFee oder processing, growth, refundAdmin, dynamicCommission) oder ein Parameter wie "usdPerDiamond", "cpm".',
  category: "Produktkategorie oder ein Provisionssatz wie 0,06 anstelle des Tarifbuchs.",
  category_RATE:
    "Kategorie, Geschenk, Branche oder Format, sofern die Gebühr sie hat; eine Zahl ersetzt die Provision.",
  unit_cost: "Ihre Kosten für eine Einheit (Ware, Verpackung).",
  quantity: "Einheiten in der Bestellposition (Standard: 1).",
  shipping: "Was der Käufer für den Versand der Bestellung bezahlt hat (Standard: 0).",
  seller_discount: "Vom Verkäufer finanzierter Rabatt auf die Position, als Betrag (Standard: 0).",
  platform_discount: "Von TikTok finanzierter Rabatt auf die Position, als Betrag (Standard: 0).",
  affiliate_rate:
    "Provisionssatz des Creators auf den Warenbetrag, den der Käufer bezahlt hat, z. B. 0,1 (Standard: 0).",
  seller_shipping: "Was Sie für den Versand der Bestellung bezahlen (Standard: 0).",
  return_rate: "Anteil zurückgesandter Bestellungen, z. B. 0,05 (Standard: 0).",
  ad_cost: "Werbeausgaben pro Bestellung (Standard: 0).",
  commission_rate:
    "Ihr Provisionssatz, wenn category die Kategoriegruppe nennt (die übrigen Gebühren folgen der Gruppe), z. B. 0,05.",
  seller_profile:
    'Wörter wie "business", "mall", "cross-border", "above threshold", "no tax id", "pre-order", "fee tax 6.25%" (Standard: ein privater Verkäufer).',
  price: "Listenpreis pro Einheit in der Währung des Marktes.",
  target_margin: "Gewinn als Anteil am Umsatz, z. B. 0,25 für 25 %.",
  coins: "Anzahl Münzen.",
  channel: "Wo der Zuschauer Münzen kauft: web (Standard), ios oder android.",
  estimate: "low, typical (Standard) oder high.",
  followers: "Anzahl Follower.",
  usd_per_diamond: "USD pro Diamant (Standard: 0,005).",
  agency_share: "Anteil an der Auszahlung des Creators, den eine Agentur nimmt, z. B. 0,2 (Standard: 0).",
  withdrawal_fee: "Gebühr pro Auszahlung in USD, z. B. die von PayPal (Standard: 0, TikTok berechnet keine).",
  target_usd: "Bargeld, das der Creator erhalten möchte, in USD.",
  gift: 'Name des Geschenks, z. B. "Lion" oder "Rose" (=TIKTOK.GIFTS() listet sie auf).',
  count: "Anzahl Geschenke, 0 oder mehr (Standard: 1).",
  coins_per_diamond: "Münzen pro Diamant (Standard: 1; viele Rechner nehmen 2).",
  industry: 'Branche für den Richtwert, z. B. "E-commerce" (Standard: alle Branchen).',
  level: "campaign, adgroup oder gmvmax (GMV Max: nur Tagesbudgets).",
  daily_budget: "Das eingestellte dynamische Tagesbudget in USD: der Tagesdurchschnitt über die Woche.",
  period: "day (Standard: das Höchste an einem Tag) oder week (das Höchste in einer Kalenderwoche).",
  budget: "Budget in US-Dollar (USD).",
  days: "Geplante Tage, für ein Laufzeitbudget (für das tägliche Minimum weglassen).",
  model:
    "Abrechnungsmodell (CPM, oCPM, CPC, CPV) oder Premium-Format (TopView, BrandTakeover, HashtagChallenge, BrandedEffect).",
  rate: "Ihr Preis: pro 1.000 Impressionen, pro Klick, pro Aufruf oder pro Tag (Standard: der Richtwert aus den Quellen).",
  aov: "Durchschnittlicher Bestellwert in USD.",
  margin: "Marge auf den Umsatz vor Werbekosten, z. B. 0,3.",
};

const section: FunctionsSection = {
  manifest: {
    DisplayName: "TikTok Economics",
    Description:
      "TikTok-Shop-Gebühren, LIVE-Geschenk-Auszahlungen und Werbekosten als Excel-Formeln (TIKTOK.*), mit einem datierten Tarifbuch samt Quellen und fertigen Szenario-Blättern.",
    "GetStarted.Title": "TikTok Economics ist bereit",
    "GetStarted.Description":
      "Geben Sie =TIKTOK.SHOPFEE(20) in eine Zelle ein, oder öffnen Sie TikTok Economics auf der Registerkarte „Start“ für Szenario-Blätter.",
    "CommandsGroup.Label": "TikTok Economics",
    "TaskpaneButton.Label": "TikTok Economics",
    "TaskpaneButton.Tooltip":
      "Szenario-Blätter für TikTok Shop, LIVE und Werbung einfügen und die Tarife hinter jeder TIKTOK.*-Funktion nachschlagen.",
  },
  functions: {
    CATEGORIES: {
      description: "Die Produktkategorien eines Marktes mit dem zum Datum geltenden Provisionssatz und seiner Quelle.",
      parameters: {
        market: P.market,
        as_of: P.as_of,
      },
    },
    MARKETS: {
      description: "Die Märkte im Tarifbuch, mit Währung und der Standardprovision nach den neuesten Tarifen.",
      parameters: {},
    },
    RATE: {
      description:
        "Der Tarif hinter einer Gebühr oder einem Parameter des Tarifbuchs, z. B. die Provision eines Marktes und einer Kategorie oder der USD-Wert eines Diamanten.",
      parameters: {
        fee: P.fee,
        market: P.market_RATE,
        category: P.category_RATE,
        as_of: P.as_of,
      },
    },
    RATEBOOK: {
      description:
        "Die Version des Tarifbuchs, mit der das Add-In rechnet: das neueste Gültigkeitsdatum seiner Tarife und ein Hash ihres Inhalts.",
      parameters: {},
    },
    RATESOURCE: {
      description: "Die öffentliche Quelle (URL) einer Gebühr oder eines Parameters im Tarifbuch.",
      parameters: {
        fee: P.fee,
        market: P.market_RATE,
        category: P.category_RATE,
        as_of: P.as_of,
      },
    },
    BILLABLEWEIGHT: {
      description:
        "Abrechenbares Gewicht für FBT in den USA, in Pfund: das größere aus Stückgewicht und Volumengewicht, Länge × Breite × Höhe (Zoll) ÷ 166.",
      parameters: {
        weight_lb: "Gewicht einer Einheit in Pfund.",
        length_in: "Länge der verpackten Einheit in Zoll.",
        width_in: "Breite der verpackten Einheit in Zoll.",
        height_in: "Höhe der verpackten Einheit in Zoll.",
      },
    },
    BREAKEVENPRICE: {
      description:
        "Der niedrigste Stückpreis, bei dem eine Bestellposition nach TikTok-Shop-Gebühren und Ihren Kosten keinen Verlust macht.",
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
        "Fulfillment-Gebühr von Fulfilled by TikTok (FBT) für Einheiten eines Artikels, nach der britischen Größenstufe, in die Karton und Gewicht fallen (nur die britische Tabelle ist öffentlich).",
      parameters: {
        market: "Marktcode: UK (die US-Preisliste nach Gewicht ist nicht öffentlich; die Funktion sagt das).",
        weight_kg: "Gewicht einer Einheit in kg.",
        length_cm: "Länge der verpackten Einheit in cm.",
        width_cm: "Breite der verpackten Einheit in cm.",
        height_cm: "Höhe der verpackten Einheit in cm.",
        units: "Einheiten in der Bestellposition (Standard: 1).",
        as_of: P.as_of,
      },
    },
    MAXAFFILIATE: {
      description:
        "Der höchste Affiliate-Provisionssatz (Creator), bei dem zu einem gegebenen Preis noch eine Zielmarge bleibt (TikTok erlaubt höchstens 80 %).",
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
        "Die Rückerstattungs-Verwaltungsgebühr, die TikTok bei Erstattung der Bestellposition berechnet (USA: 20 % der Provision, höchstens 5 USD pro SKU; null, wo keine anfällt).",
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
        "Nur die Provision (Referral Fee) auf eine Bestellposition, zuzüglich Umsatzsteuer, wo der Markt sie aufschlägt.",
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
        "Alle TikTok-Shop-Gebühren auf eine Bestellposition: Provision plus Transaktions-, Service- und feste Gebühren pro Bestellung, die zum Datum gelten.",
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
        "Die TikTok-Shop-Gebühren auf eine Bestellposition als Tabelle: Bestandteil, Satz, Basis, Betrag und Quelle, mit der Summe in der letzten Zeile.",
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
        "Gewinnmarge einer Bestellposition: erwarteter Gewinn geteilt durch den Umsatz (Ware nach Verkäuferrabatt plus vom Käufer bezahlter Versand).",
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
        "Was TikTok Ihnen für eine Bestellposition auszahlt: Umsatz (Ware nach Verkäuferrabatt plus vom Käufer bezahlter Versand) abzüglich TikTok-Shop-Gebühren, Affiliate-Provision und von TikTok einbehaltener Steuern.",
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
      description:
        "Der niedrigste Stückpreis, der nach allen TikTok-Shop-Gebühren und Ihren Kosten eine Zielmarge erreicht.",
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
        "Erwarteter Gewinn einer Bestellposition nach TikTok-Shop-Gebühren, Affiliate-Provision, Produktkosten, Versand, Werbung und Retouren.",
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
        "Was Münzen einen Zuschauer kosten, je Kaufkanal: pro Münze im Web oder die günstigste Kombination von Paketen in den Apps.",
      parameters: {
        coins: P.coins,
        channel: P.channel,
        method: "packs (günstigste Kombination von Paketen; Standard in den Apps) oder perCoin (Standard im Web).",
        market: P.market_COINCOST,
      },
    },
    COINVALUE: {
      description:
        "Was eine Münze einen Zuschauer auf einem Kaufkanal kostet: der beste Preis pro Münze unter den Paketen des Kanals (ein Bruchteil eines Cents).",
      parameters: {
        channel: P.channel,
        market: P.market_COINCOST,
      },
    },
    CREATORREWARDS: {
      description: "Geschätzte Auszahlung aus dem Creator Rewards Program: qualifizierte Aufrufe / 1.000 × RPM.",
      parameters: {
        qualified_views: "Qualifizierte Aufrufe (Aufrufe im „Für dich“-Feed von mindestens 5 s).",
        rpm: "USD pro 1.000 qualifizierte Aufrufe (Standard: die Spanne aus den Quellen).",
        estimate: P.estimate,
      },
    },
    CREATORREWARDSELIGIBLE: {
      description: "Ob ein Konto die Voraussetzungen des Creator Rewards Program erfüllt und, falls nicht, was fehlt.",
      parameters: {
        followers: P.followers,
        views_30d: "Videoaufrufe in den letzten 30 Tagen.",
        video_seconds: "Länge des Videos in Sekunden.",
        age: "Das Alter des Creators.",
        market: "Der Markt des Creators (Standard: US).",
      },
    },
    DIAMONDPAYOUT: {
      description: "USD, die ein Creator für Diamanten erhält, nach Agenturanteil und Auszahlungsgebühr.",
      parameters: {
        diamonds: "Anzahl Diamanten.",
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
        withdrawal_fee: P.withdrawal_fee,
      },
    },
    DIAMONDSFORPAYOUT: {
      description: "Die Diamanten, die ein Creator für eine angestrebte Barauszahlung braucht.",
      parameters: {
        target_usd: P.target_usd,
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
        withdrawal_fee: P.withdrawal_fee,
      },
    },
    GIFTCOINS: {
      description:
        "Die Münzen, die ein LIVE-Geschenk den Zuschauer kostet (sein Katalogpreis zum Datum), mal der Anzahl.",
      parameters: {
        gift: P.gift,
        count: P.count,
        as_of: P.as_of_GIFTCOINS,
      },
    },
    GIFTDIAMONDS: {
      description: "Die Diamanten, die ein Creator für LIVE-Geschenke erhält.",
      parameters: {
        gift: P.gift,
        count: P.count,
        coins_per_diamond: P.coins_per_diamond,
      },
    },
    GIFTS: {
      description:
        "Der Katalog der LIVE-Geschenke: Geschenk, Münzen, das Datum, ab dem der Preis gilt, und seine Quelle.",
      parameters: {
        as_of: P.as_of_GIFTCOINS,
      },
    },
    GIFTSFORPAYOUT: {
      description: "Wie viele Stück eines LIVE-Geschenks ein Creator für eine angestrebte Barauszahlung braucht.",
      parameters: {
        gift: P.gift,
        target_usd: P.target_usd,
        coins_per_diamond: P.coins_per_diamond,
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
      },
    },
    LIVEMONTHLY: {
      description: "Die monatliche LIVE-Auszahlung eines Creators aus Geschenken pro Stream und Streams pro Monat.",
      parameters: {
        gift: P.gift,
        gifts_per_stream: "Geschenke dieser Art pro LIVE-Stream.",
        streams_per_month: "LIVE-Streams pro Monat.",
        coins_per_diamond: P.coins_per_diamond,
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
      },
    },
    LIVEWATERFALL: {
      description:
        "Wohin das Geld eines Zuschauers für Münzen fließt: App-Store, TikTok, Agentur, Auszahlungsgebühr und das Bargeld des Creators, als Tabelle.",
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
      description: "Ein datierter Richtwert für CPM, CPC oder CTR, nach Branche, wo die Quellen ihn angeben.",
      parameters: {
        metric: "CPM, CPC oder CTR.",
        industry: P.industry,
        estimate: P.estimate,
      },
    },
    ADBUDGETCHECK: {
      description: "Prüft ein Budget gegen die Mindestbeträge von TikTok und sagt, was darunter liegt.",
      parameters: {
        level: P.level,
        budget: P.budget,
        days: P.days,
      },
    },
    ADCOST: {
      description:
        "Was TikTok-Anzeigen kosten: ein Abrechnungsmodell und ein Volumen (Impressionen, Klicks, Aufrufe) oder ein Premium-Format und eine Anzahl Tage.",
      parameters: {
        model: P.model,
        volume: "Impressionen (CPM, oCPM), Klicks (CPC), Aufrufe (CPV) oder Tage (Premium-Formate).",
        rate: P.rate,
        industry: P.industry,
      },
    },
    ADFORMATS: {
      description:
        "Die Anzeigenformate von TikTok: Dauer, Auslieferung, Preismodell und die öffentliche Preisspanne mit ihrer Quelle.",
      parameters: {},
    },
    ADFUNNEL: {
      description:
        "Der Funnel, den ein Budget kauft: Impressionen, Klicks, Conversions, Umsatz, ROAS, Kosten pro Conversion und Gewinn, als Tabelle.",
      parameters: {
        budget: P.budget,
        cpm: "Kosten pro 1.000 Impressionen in USD.",
        ctr: "Klickrate, z. B. 0,009.",
        cvr: "Conversion-Rate der Klicks, z. B. 0,02.",
        aov: P.aov,
        margin: "Marge auf den Umsatz vor Werbekosten, z. B. 0,4 (für den Gewinn).",
      },
    },
    ADMINBUDGET: {
      description:
        "Das Mindestbudget von TikTok für eine Kampagne oder Anzeigengruppe: das tägliche Minimum oder, mit Tagen, das Laufzeit-Minimum für diesen Zeitplan.",
      parameters: {
        level: P.level,
        days: P.days,
      },
    },
    ADDYNAMICBUDGET: {
      description:
        "Das Höchste, was ein dynamisches Tagesbudget ausgeben kann: an einem Tag 125 % des Tagesbudgets, in einer Kalenderwoche das 7-Fache des Tagesbudgets (TikTok Ads-Hilfe).",
      parameters: {
        daily_budget: P.daily_budget,
        period: P.period,
      },
    },
    ADVOLUME: {
      description:
        "Das Volumen, das ein Budget unter einem Abrechnungsmodell kauft: Impressionen, Klicks oder Aufrufe.",
      parameters: {
        model: P.model,
        budget: P.budget,
        rate: P.rate,
        industry: P.industry,
      },
    },
    BREAKEVENROAS: {
      description: "Der ROAS, ab dem sich Anzeigen selbst bezahlen: 1 / Marge.",
      parameters: {
        margin: P.margin,
      },
    },
    LEARNINGBUDGET: {
      description:
        "Das von TikTok empfohlene Tagesbudget, während eine Anzeigengruppe lernt: ein Vielfaches des CPA oder ohne CPA ein fester Betrag.",
      parameters: {
        conversion: "Optimierungsziel: shallow (Standard), install oder deep.",
        cpa: "Ihre aktuellen Kosten pro Aktion in USD.",
      },
    },
    MAXCPA: {
      description: "Die höchsten Kosten pro Akquisition, bei denen eine Zielmarge bleibt: AOV × (Marge − Zielmarge).",
      parameters: {
        aov: P.aov,
        margin: P.margin,
        target_margin: "Marge, die nach den Werbekosten bleiben soll, z. B. 0,15.",
      },
    },
    REACH: {
      description: "Erreichte Personen: Impressionen geteilt durch die durchschnittliche Frequenz.",
      parameters: {
        impressions: "Anzahl Impressionen.",
        frequency: "Wie oft jede Person die Anzeige im Schnitt sieht, z. B. 2,5.",
      },
    },
    ROAS: {
      description: "Return on Ad Spend: Umsatz geteilt durch Werbeausgaben.",
      parameters: {
        revenue: "Den Anzeigen zugeordneter Umsatz.",
        spend: "Werbeausgaben.",
      },
    },
    SPONSORSHIP: {
      description: "Ein geschätzter Preis für ein Creator-Sponsoring aus Followern, Engagement-Rate und Inhaltstyp.",
      parameters: {
        followers: P.followers,
        engagement_rate: "Engagement-Rate, z. B. 0,05 (Standard: 2,5 %, der Durchschnitt).",
        content_type: "Video (Standard), Long-form, Spark Ad oder Campaign.",
        estimate: P.estimate,
      },
    },
    SPONSORSHIPCPM: {
      description:
        "Der effektive CPM eines Sponsorings (Preis pro 1.000 Aufrufe), zum Vergleich mit bezahlten In-Feed-Anzeigen.",
      parameters: {
        price: "Preis des Sponsorings in USD.",
        views: "Aufrufe, die das gesponserte Video erhielt.",
      },
    },
    EXPECTEDFEE: {
      description:
        "Die Gebühr, die eine Abrechnungszeile nach der zum Bestelldatum geltenden veröffentlichten Regel tragen sollte, aus den Beträgen der Zeile selbst; mit dem Vorzeichen der Datei (eine berechnete Gebühr ist negativ).",
      parameters: {
        fee: 'Gebührenspalte: commission (referral), transaction (payment), refundAdmin, orderFee (processing), growth (service) oder dynamicCommission, wie RATE sie liest; "incl. VAT" anfügen, wenn die Spalte die Umsatzsteuer auf die Gebühr enthält.',
        market: "Marktcode der Abrechnungsdatei, z. B. US, UK, ID, MY.",
        order_date: "Das Erstellungsdatum der Bestellung: wählt die geltenden Tarife.",
        customer_payment:
          "Spalte der Kundenzahlung. Mit dem Vorzeichen der Datei; weglassen, wenn die Datei keine solche Spalte hat.",
        platform_discount:
          "Spalte der Plattformrabatte. Mit dem Vorzeichen der Datei; weglassen, wenn die Datei keine solche Spalte hat.",
        sales_tax:
          "Spalte der Umsatzsteuerzahlung (USA). Mit dem Vorzeichen der Datei; weglassen, wenn die Datei keine solche Spalte hat.",
        subtotal_after:
          "Spalte der Zwischensumme nach Verkäuferrabatten (SEA-Income-Dateien). Mit dem Vorzeichen der Datei; weglassen, wenn die Datei keine solche Spalte hat.",
        customer_refund:
          "Spalte der Kundenerstattung. Mit dem Vorzeichen der Datei; weglassen, wenn die Datei keine solche Spalte hat.",
        platform_discount_refund:
          "Spalte der Erstattung von Plattformrabatten. Mit dem Vorzeichen der Datei; weglassen, wenn die Datei keine solche Spalte hat.",
        sales_tax_refund:
          "Spalte der Umsatzsteuererstattung (USA). Mit dem Vorzeichen der Datei; weglassen, wenn die Datei keine solche Spalte hat.",
        refund_subtotal_after:
          "Spalte der Erstattungs-Zwischensumme nach Verkäuferrabatten. Mit dem Vorzeichen der Datei; weglassen, wenn die Datei keine solche Spalte hat.",
        quantity: "Mengenspalte, für Gebühren pro Artikel und Obergrenzen.",
        category: "Produktkategorie, wenn die Datei oder der Bestellexport sie nennt (Standard: der Satz des Marktes).",
      },
    },
  },
};

export default section;
