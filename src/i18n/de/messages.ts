/**
 * Deutsch: the message catalog (src/core/messages.ts) in German. A machine-made draft, checked by
 * back-translation, not yet reviewed by a native speaker (docs/i18n.md). Argument and function
 * names stay as formulas write them, and so do values to type ("perCoin"); Excel's own words as German
 * Excel shows them (WAHR/FALSCH); formulas with German Excel's separator (;).
 */
import { type CompleteCatalog, pick } from "../../core/messages";
import { dateIn, numberIn, orIn, phrasesIn, marketNameIn } from "../format";

const n = numberIn("de-DE");
const region = marketNameIn("de-DE");
const d = dateIn("de-DE");
const or = orIn("oder");
const t = phrasesIn(
  {
    "a number": "eine Zahl",
    "USD per 1,000 followers": "USD pro 1.000 Follower",
    "a CPM in USD": "einen CPM in USD",
    "a budget in USD": "ein Budget in USD",
    "a cost per action in USD": "Kosten pro Aktion in USD",
    "a daily budget in USD": "ein Tagesbudget in USD",
    "a discount amount": "einen Rabattbetrag",
    "a margin such as 0.2": "eine Marge wie 0,2",
    "a margin such as 0.25 (25 %)": "eine Marge wie 0,25 (25 %)",
    "a margin such as 0.3": "eine Marge wie 0,3",
    "a margin such as 0.4": "eine Marge wie 0,4",
    "a number of days": "eine Anzahl Tage",
    "a number of followers": "eine Anzahl Follower",
    "a number of gifts": "eine Anzahl Geschenke",
    "a number of streams": "eine Anzahl Streams",
    "a number of views": "eine Anzahl Aufrufe",
    "a price in USD": "einen Preis in USD",
    "a rate such as 0.06 or 6%": "einen Satz wie 0,06 oder 6 %",
    "a tolerance in currency units": "eine Toleranz in Währungseinheiten",
    "a video length in seconds": "eine Videolänge in Sekunden",
    "a weight in kg": "ein Gewicht in kg",
    "a weight in pounds": "ein Gewicht in Pfund",
    "a whole number of clicks": "eine ganze Zahl von Klicks",
    "a whole number of coins": "eine ganze Zahl von Münzen",
    "a whole number of days": "eine ganze Zahl von Tagen",
    "a whole number of diamonds": "eine ganze Zahl von Diamanten",
    "a whole number of gifts": "eine ganze Zahl von Geschenken",
    "a whole number of impressions": "eine ganze Zahl von Impressionen",
    "a whole number of units": "eine ganze Zahl von Einheiten",
    "a whole number of views": "eine ganze Zahl von Aufrufen",
    "ad spend in USD": "die Werbeausgaben in USD",
    "an amount in USD": "einen Betrag in USD",
    "an amount": "einen Betrag",
    "an average frequency such as 2.5": "eine durchschnittliche Frequenz wie 2,5",
    "an average order value": "einen durchschnittlichen Bestellwert",
    "revenue in USD": "den Umsatz in USD",
    "the ad cost per order": "die Werbekosten pro Bestellung",
    "the cost of one unit": "die Kosten einer Einheit",
    "the hours left in the day": "die verbleibenden Stunden des Tages",
    "the shipping the buyer paid": "die vom Käufer bezahlten Versandkosten",
    "the unit price": "den Stückpreis",
    "your shipping cost": "Ihre Versandkosten",
    "a range": "ein Bereich",
    market: "Markt",
    currency: "Währung",
    channel: "Kanal",
    gift: "Geschenk",
    fee: "Gebühr",
    category: "Kategorie",
    industry: "Branche",
    "billing model or format": "Abrechnungsmodell oder Format",
    "benchmark metric": "Benchmark-Kennzahl",
    "content type": "Inhaltstyp",
    "budget level": "Budgetebene",
    "budget period": "Budgetzeitraum",
    "conversion depth": "Conversion-Tiefe",
    "the market's default rate": "den Standardsatz des Markts",
    "the newest rates": "die neuesten Sätze",
    "the rate book's rate for the category": "den Satz des Tarifbuchs für die Kategorie",
    "the sourced range": "die belegte Spanne",
    "an individual seller, not Mall, not cross-border, below the tax thresholds":
      "einen Einzelverkäufer, nicht Mall, nicht grenzüberschreitend, unter den Steuerschwellen",
  },
  (thing, market) => `${thing} für ${market}`,
);

/** "Kampagnen-Tagesbudget": the budget ADBUDGETCHECK speaks of. */
const deBudget = (level: string, type: string): string =>
  `${level === "adgroup" ? "Anzeigengruppen" : level === "gmvmax" ? "GMV-Max" : "Kampagnen"}-${type === "daily" ? "Tagesbudget" : "Gesamtbudget"}`;
/** Why a text is not a number (numberReason in src/core/messages.ts). */
const whyText = (p: { why: string; a: string; b: string }): string =>
  pick(p.why, {
    percent: `ein Prozentwert ist hier nicht zulässig — geben Sie die Zahl selbst ein`,
    exponent: `der Exponent liegt außerhalb des zulässigen Bereichs — geben Sie die Zahl ohne Exponent ein`,
    commaAmbiguous: `ein Komma kann Dezimal- oder Tausendertrennzeichen sein — tippen Sie ${p.a} oder ${p.b}, oder geben Sie den Wert als Zahl (nicht als Text) ein`,
    commaDecimal: `ein Komma kann Dezimal- oder Tausendertrennzeichen sein — tippen Sie ${p.a} oder geben Sie den Wert als Zahl (nicht als Text) ein`,
    grouping: `Tausendertrennzeichen müssen je drei Ziffern gruppieren ("1,234,567.89") — tippen Sie ${p.a} oder geben Sie den Wert als Zahl (nicht als Text) ein`,
    points: `Punkte sind Dezimalpunkte — tippen Sie ${p.a} oder geben Sie den Wert als Zahl (nicht als Text) ein`,
    separators: `Trennzeichen innerhalb einer Zahl werden nicht gelesen — tippen Sie ${p.a} oder geben Sie den Wert als Zahl (nicht als Text) ein`,
    notNumber: `keine Zahl`,
  });
/** The settlement layouts' titles (Layout.title, English) in this language, wherever a text names them. */
const LAYOUT_TITLES: readonly (readonly [string, string])[] = [
  [
    'Income export "Order details" (SEA; Chinese-UI cross-border)',
    'Einnahmen-Export "Order details" (SEA; chinesische Oberfläche, grenzüberschreitend)',
  ],
  [
    "Statement order details (US/UK/BR; Chinese-UI MX/JP; per SKU)",
    "Bestelldetails der Abrechnung (US/UK/BR; chinesische Oberfläche MX/JP; je SKU)",
  ],
  [
    "Unsettled-orders export (US/VN/TH xlsx, UK CSV)",
    "Export der nicht abgerechneten Bestellungen (US/VN/TH xlsx, UK CSV)",
  ],
  ["Order export (OrderSKUList)", "Bestellexport (OrderSKUList)"],
];
const lay = (text: string): string => LAYOUT_TITLES.reduce((s, [en, own]) => s.split(en).join(own), text);
const de: CompleteCatalog = {
  "number.empty": (p) => `${p.argument} ist leer: Geben Sie ${t(p.noun)} ein.`,
  "number.boolean": (p) => `${p.argument} ist WAHR/FALSCH: Geben Sie ${t(p.noun)} ein.`,
  "number.notFinite": (p) => `${p.argument} ist keine endliche Zahl: Geben Sie ${t(p.noun)} ein.`,
  "number.text": (p) => `${p.argument} ist Text („${p.text}“): Geben Sie ${t(p.noun)} ein.`,
  "number.textReason": (p) => `${p.argument} ist Text „${p.text}“: ${whyText(p)}.`,
  "number.tooLarge": (p) => `${p.argument} ist zu groß: höchstens ${n(p.max)} ist zulässig.`,
  "number.negative": (p) => `${p.argument} ist negativ (${n(p.value)}): Geben Sie null oder mehr ein.`,
  "number.zero": (p) => `${p.argument} ist null: Geben Sie ${t(p.noun)} größer als null ein.`,
  "number.notWhole": (p) => `${p.argument} muss eine ganze Zahl sein, nicht ${n(p.value)}.`,
  "rate.outOfRange": (p) =>
    `${p.argument} ist ${n(p.value)}: Geben Sie einen Satz zwischen 0 und ${n(p.limit)} ein (6 % ist 0,06).`,
  "date.notIso": (p) => `„${p.text}“ ist kein Datum in der Form JJJJ-MM-TT.`,
  "date.notSerial": (p) => `${p.argument} ist kein Datum: Geben Sie eine Datumszelle oder Text wie „2025-01-31“ ein.`,
  "date.notDateText": (p) =>
    `${p.argument} „${p.text}“ ist kein Datum: Verwenden Sie eine Datumszelle oder Text wie „2025-01-31“.`,
  "date.wrongType": (p) =>
    `${p.argument} muss ein Datum sein, ${p.what === "TRUE/FALSE" ? "nicht WAHR/FALSCH" : /^ein /.test(t(p.what)) ? t(p.what).replace(/^ein /, "kein ") : `nicht ${t(p.what)}`}.`,
  "name.unknown": (p) => `${t(p.what)} „${p.given}“ ist unbekannt.`,
  "name.unknownDidYouMean": (p) => `${t(p.what)} „${p.given}“ ist unbekannt. Meinten Sie ${or(p.names)}?`,
  "name.unknownKnown": (p) => `${t(p.what)} „${p.given}“ ist unbekannt. Bekannt: ${p.names}.`,
  "name.unknownKnownMore": (p) =>
    `${t(p.what)} „${p.given}“ ist unbekannt. Bekannt: ${p.names} und ${n(p.more)} weitere.`,
  "fee.unknown": (p) => `Unbekannte Gebühr „${p.given}“: Verwenden Sie eine von ${p.fees}.`,

  "live.noCoinPrices": (p) =>
    `Keine belegten Münzpreise für den Markt ${region(p.market)}: Im Tarifbuch stehen nur Pakete für US (Web, iOS, Android) und UK (iOS, Android). Geben Sie stattdessen den Preis an, den Sie zahlen.`,
  "live.noCoinPack": (p) => `Unbekanntes Münzpaket für ${p.channel} in „${p.market}“. Bekannt: ${p.known}.`,
  "live.tooManyCoinsForPacks": (p) =>
    `coins liegt für die Paket-Methode über ${n(p.max)}: Verwenden Sie die Methode "perCoin".`,
  "live.agencyTakesAll": () => "Bei einem Agenturanteil von 100 % bringt keine Anzahl Diamanten dem Creator etwas ein.",
  "live.tooManyDiamonds": (p) =>
    `Eine Auszahlung von ${n(p.target)} USD braucht mehr als ${n(p.max)} Diamanten, die höchste Zahl, die das Add-in zählt: Geben Sie ein kleineres Ziel ein (oder prüfen Sie usd_per_diamond und agency_share).`,
  "live.creatorAboveSpend": (p) =>
    `Mit diesen Parametern bekäme der Creator mehr (${n(p.creator)} USD), als der Zuschauer nach den Store-Gebühren bezahlt hat (${n(p.afterStore)} USD): Prüfen Sie usd_per_diamond und coins_per_diamond.`,
  "live.beforeGiftCatalog": () =>
    "as_of liegt vor dem Geschenkkatalog, der 2021 beginnt: Davor gibt es keine Geschenkpreise.",

  "ads.marginNotPositive": () =>
    "Bei einer Marge von null oder weniger erreicht kein ROAS die Gewinnschwelle: Jeder Verkauf verliert schon vor der Werbung Geld.",
  "ads.marginAboveOne": (p) =>
    `Eine Marge von ${n(p.margin)} % ist unmöglich: Geben Sie einen Anteil bis 1 ein (30 % ist 0,3).`,
  "ads.targetNotBelowMargin": (p) =>
    `Die Zielmarge (${n(p.target)} %) liegt nicht unter der Marge vor Werbung (${n(p.margin)} %): Bei keiner Werbeausgabe bleibt sie erhalten.`,
  "ads.frequencyBelowOne": () =>
    "Die durchschnittliche Frequenz ist mindestens 1 (jede erreichte Person sieht die Anzeige mindestens einmal).",
  "ads.noCpvBenchmark": () =>
    "Es gibt keinen verlässlichen öffentlichen CPV-Richtwert: Geben Sie Ihre Kosten pro Aufruf als rate an, z. B. 0,03.",
  "ads.topViewByCpm": (p) =>
    `TopView wird zu einem CPM gebucht (etwa ${n(p.cpm)} $), nicht pro Tag: Geben Sie Ihr Tagesangebot als rate an oder verwenden Sie ADCOST("CPM"; impressions; ${n(p.cpm)}).`,
  "ads.brandTakeoverNoPrice": () =>
    "Brand Takeover hat keinen öffentlichen Preis: Geben Sie Ihr Tagesangebot von TikTok als rate an.",
  "ads.gmvMaxDailyOnly": () => "GMV Max nimmt ein Tagesbudget (mindestens 10 $ pro Tag): Lassen Sie days leer.",
  "ads.flatPricePerRun": (p) =>
    `${p.model} wird zu einem Festpreis für die Laufzeit verkauft, nicht nach Volumen: Verwenden Sie ADCOST für den Preis.`,

  "shop.marginImpossible": (p) =>
    `${p.argument} von ${n(p.margin)} % ist unmöglich: Eine Marge muss unter 100 % liegen.`,
  "shop.marginBelowMinusOne": (p) => `${p.argument} muss zwischen −100 % und 100 % liegen (0,25 ist 25 %).`,
  "shop.noPriceForMargin": (p) =>
    `Kein Preis erreicht eine Marge von ${n(p.margin)} %: Gebühren, Affiliate-Provision und Retouren nehmen mehr als ${n(p.share)} % jeder zusätzlichen Preiseinheit.`,
  "shop.priceAboveMaxCheckCosts": (p) =>
    `Der Preis für eine Marge von ${n(p.margin)} % liegt über ${n(p.max)} ${p.currency}, dem größten Betrag, mit dem das Add-in rechnet: Prüfen Sie unit_cost und die anderen Kosten.`,
  "shop.priceAboveMaxLowerMargin": (p) =>
    `Der Preis für eine Marge von ${n(p.margin)} % liegt über ${n(p.max)} ${p.currency}, dem größten Betrag, mit dem das Add-in rechnet: Senken Sie target_margin oder prüfen Sie unit_cost und die anderen Kosten.`,
  "shop.noWholeMinorUnitPrice": (p) =>
    `Kein Preis in ganzen Untereinheiten von ${p.currency} erreicht die Marge; prüfen Sie die Eingaben.`,
  "shop.targetAboveNoRevenue": (p) =>
    `Selbst ohne Affiliate-Provision bringt diese Bestellung keine Marge, unter dem Ziel von ${n(p.target)} %.`,
  "shop.targetAboveBestMargin": (p) =>
    `Selbst ohne Affiliate-Provision bringt diese Bestellung eine Marge von ${n(p.margin)} %, unter dem Ziel von ${n(p.target)} %.`,
  "shop.targetAboveRounded": (p) =>
    `Selbst ohne Affiliate-Provision bringt diese Bestellung, auf ganze Untereinheiten von ${p.currency} gerundet, weniger als das Ziel von ${n(p.target)} %.`,
  "shop.sellerDiscountAboveItems": (p) =>
    `seller_discount (${n(p.discount)}) ist höher als der Warenwert (${n(p.items)}): Geben Sie den Rabatt dieser Bestellposition ein.`,
  "shop.platformDiscountAbovePayment": (p) =>
    `platform_discount (${n(p.discount)}) macht die Zahlung des Käufers negativ: Geben Sie den Rabatt dieser Bestellposition ein.`,
  "shop.commissionRateTwice": () =>
    "Geben Sie den Provisionssatz nur einmal an: entweder als category oder als commission_rate mit einem Kategorienamen.",
  "shop.noSourcedFees": (p) =>
    `Noch keine belegten TikTok-Shop-Gebühren für den Markt ${region(p.market)} (${p.code}).${p.note ? ` ${p.note}` : ""} Geben Sie den Provisionssatz als Argument category an, z. B. 0,06.`,
  "shop.noRevenue": () => "Die Bestellung hat keinen Umsatz (Preis und Versand sind null), also auch keine Marge.",
  "shop.fbtUsNotPublic": () =>
    'Die US-FBT-Gebührentabelle nach Gewicht ist in unseren Quellen nicht öffentlich: Die Gebühren beginnen bei 3,58 $ pro Artikel (Bestellungen mit einer Einheit) und richten sich nach dem abrechenbaren Gewicht (siehe =TIKTOK.RATESOURCE("fbtFrom";"US")). Geben Sie Ihre eigene Gebühr an.',
  "shop.fbtNotSourced": (p) =>
    `Keine öffentliche FBT-Gebührentabelle für den Markt ${region(p.market)}: Belegt ist nur die des UK.`,
  "shop.fbtNoTier": (p) =>
    `Keine UK-FBT-Stufe nimmt ${n(p.longest)} × ${n(p.middle)} × ${n(p.shortest)} cm und ${n(p.weight)} kg an (die größte ist 120 × 60 × 60 cm; 30 kg bis 61 × 46 × 46 cm).`,

  "market.notShop": (p) =>
    `TikTok Shop verkauft nicht in ${p.market} (${p.code}), daher gibt es dort keine Shop-Gebühren oder Abrechnungen: Wählen Sie einen von ${p.markets}.`,
  "market.noShopCategories": (p) => `Noch keine belegten TikTok-Shop-Kategorien für ${p.market}.`,
  "rate.notInBook": (p) => `Das Tarifbuch hat keinen Eintrag ${p.kind} für ${p.market}.`,
  "rate.introducedLater": (p) =>
    `Keine Gebühr ${p.kind} für ${p.market} vor dem ${d(p.first)}: Die Gebühr wurde damals eingeführt (${p.argument} ${p.asOf}).`,
  "rate.beforeBook": (p) =>
    `Kein ${p.kind}-Satz für ${p.market} vor dem ${d(p.first)}: Dort beginnt das Tarifbuch (${p.argument} ${p.asOf}).`,
  "rate.ended": (p) => `Am ${p.asOf} gilt kein ${p.kind}-Satz für ${p.market} (der letzte endete am ${d(p.last)}).`,
  "rate.unpublished": (p) =>
    `${p.fee} für ${p.market} am ${p.asOf} ist nicht öffentlich (nur im Seller Center): Geben Sie Ihren Satz als Zahl an.${p.note ? ` ${p.note}` : ""}`,
  "rate.unpublishedCategory": (p) =>
    `${p.fee} für ${p.category} in ${p.market} am ${p.asOf} ist nicht öffentlich (nur im Seller Center): Geben Sie Ihren Satz als Zahl an.${p.note ? ` ${p.note}` : ""}`,

  "settlement.amountNotFinite": (p) => `${p.column} enthält ${p.value}, keinen Betrag.`,
  "settlement.amountWrongType": (p) => `${p.column} enthält ${p.what}, keinen Betrag.`,
  "settlement.amountAmbiguousDot": (p) =>
    `${p.column} enthält „${p.text}“: Der Punkt könnte Tausender (1.250 = 1250) oder Dezimalstellen trennen. Exportieren Sie die Datei erneut mit einfachen Zahlen oder öffnen Sie sie in Excel und speichern Sie das Blatt.`,
  "settlement.amountNotNumber": (p) => `${p.column} enthält „${p.text}“, das ist kein Betrag.`,
  "settlement.dateInvalid": (p) => `${p.column} enthält ein ungültiges Datum.`,
  "settlement.dateWrongType": (p) => `${p.column} enthält ${p.what}, kein Datum.`,
  "settlement.dateNotDate": (p) => `${p.column} enthält „${p.text}“, das ist kein Datum.`,
  "settlement.dateNotCalendar": (p) => `${p.column} enthält „${p.text}“, das ist kein Kalenderdatum.`,
  "settlement.dateNumberNotDate": (p) => `${p.column} enthält ${p.value}, das ist kein Datum.`,
  "settlement.notKnownLayout": (p) =>
    `Kein TikTok-Shop-Abrechnungsexport, den dieses Add-in kennt. In den ersten ${n(p.rows)} Zeilen wurde eine Kopfzeile mit ${lay(p.looked)} gesucht. Gefunden: ${p.found}.`,
  "settlement.mappingNotJson": (p) => `Die Spaltenzuordnung ist kein gültiges JSON: ${p.reason}.`,
  "settlement.mappingFormat": (p) =>
    `Keine Spaltenzuordnung: erwartet wurden "format": "${p.format}" und "version": ${n(p.version)} mit einer Liste "header" und einem Objekt "columns"; gefunden: ${p.found}.`,
  "settlement.mappingUnknownKey": (p) =>
    `Die Spaltenzuordnung nennt „${p.key}“, das nicht zu folgenden gehört: ${p.keys}. Korrigieren oder entfernen Sie es.`,
  "settlement.mappingColumnMissing": (p) =>
    `Die Spaltenzuordnung gibt ${p.key} die Spalte „${p.column}“, die nicht in ihrer Kopfzeile steht: Verwenden Sie den Spaltennamen, wie die Datei ihn schreibt.`,
  "settlement.mappingDuplicate": (p) =>
    `Die Spaltenzuordnung gibt die Spalte „${p.column}“ sowohl ${p.first} als auch ${p.second}: Ordnen Sie jede Spalte nur einem Schlüssel zu.`,
  "settlement.mappingBadKind": (p) =>
    `Die Spaltenzuordnung sagt, der Typwert „${p.value}“ sei ${p.kind}: Geben Sie an, welcher von ${p.kinds} es ist.`,
  "settlement.mappingNotConfirmed": () =>
    'Die Spaltenzuordnung ist nicht bestätigt und wird daher nicht verwendet: Prüfen Sie jede Spalte und setzen Sie dann "confirmed": true.',
  "settlement.mappingNeedsKeys": (p) =>
    `Die Spaltenzuordnung liest die Datei als ${lay(p.layout)}, nennt aber keine Spalte für ${p.keys}: Ergänzen Sie sie.`,
  "settlement.mappingHeaderNotFound": (p) =>
    `Die Datei hat die Kopfzeile der Spaltenzuordnung (${p.cells}…) nicht in ihren ersten ${n(p.rows)} Zeilen: Die Zuordnung gehört zu einer anderen Datei.`,
  "settlement.foundNothing": () => "kein Text in den ersten Zeilen",
  "settlement.foundRow": (p) => `Zeile ${n(p.row)} lautet ${p.cells}`,
  "settlement.foundRowMore": (p) => `Zeile ${n(p.row)} lautet ${p.cells} und ${n(p.more)} weitere`,
  "settlement.mixedLanguages": (p) =>
    `Die Kopfzeile in Zeile ${n(p.row)} mischt zwei Seller-Center-Sprachen: ${p.first} (${p.firstCells}) und ${p.second} (${p.secondCells}). Exportieren Sie die Datei erneut aus dem Seller Center in einer Sprache, mit den Spalten, wie TikTok sie benennt.`,
  "settlement.ambiguousLayout": (p) =>
    `Die Kopfzeile in Zeile ${n(p.row)} passt gleich gut zu zwei Layouts (${lay(p.layouts)}) und wird daher als keines gelesen: Gleichen Sie den Export so ab, wie das Seller Center ihn geschrieben hat, ohne hinzugefügte oder umbenannte Spalten.`,
  "settlement.orderExportGiven": () =>
    "Das ist der Bestellexport (OrderSKUList), keine Abrechnung: Gleichen Sie den Income-, Statement- oder Unsettled-Export ab und geben Sie den Bestellexport als Bestelldatei an.",
  "settlement.noDataRows": (p) => `${lay(p.layout)} hat eine Kopfzeile (Zeile ${n(p.row)}), aber keine Datenzeilen.`,
  "settlement.ordersNotOrderExport": (p) =>
    `Die Bestelldatei ist ein ${lay(p.layout)}, nicht der Bestellexport (OrderSKUList).`,
  "settlement.currencyUnknown": (p) =>
    `Die Währung der Datei, ${p.code}, gehört zu keinem TikTok-Shop-Markt, den dieses Add-in kennt: Geben Sie den Markt an.`,
  "settlement.currencyShared": (p) =>
    `Die Datei ist in ${p.code}, das ${p.markets} verwenden: Nennen Sie den Markt (z. B. --market ${p.example}).`,
  "settlement.marketsRemain": (p) =>
    `Währung, Name und Gebührenspalten der Datei lassen ${p.markets} offen: Nennen Sie den Markt (z. B. --market ${p.example}).`,
  "settlement.noMarket": () =>
    "Die Datei nennt keine Währung: Geben Sie den Markt an (z. B. --market US); weder ihr Name noch ihre Gebührenspalten verraten ihn.",

  "feeReason.noOrderValueColumn": () =>
    "die Datei hat keine Spalte „Customer payment“, aus der sich der Bestellwert ergibt",
  "feeReason.noItemNetColumn": () => "die Datei hat keine Spalte „Subtotal after seller discounts“",
  "feeReason.noCustomerPaymentColumn": () => "die Datei hat keine Spalte „Customer payment“",
  "feeReason.noBase": (p) => `eine Gebühr auf ${p.base} hat keine Grundlage`,
  "feeReason.noReferralRule": () => "keine Regel für die Vermittlungsgebühr, von der 20 % zu nehmen wären",
  "feeReason.perItemNoQuantity": (p) => `${p.fee} gilt pro Artikel und die Datei hat keine Spalte „Quantity“`,
  "feeReason.cappedPerItemNoQuantity": (p) =>
    `${p.fee} ist pro Artikel gedeckelt und die Datei hat keine Spalte „Quantity“`,
  "expectedFee.noOrderValueColumn": () =>
    "Die Datei hat keine Spalte „Customer payment“, aus der sich der Bestellwert ergibt.",
  "expectedFee.noItemNetColumn": () => "Die Datei hat keine Spalte „Subtotal after seller discounts“.",
  "expectedFee.noCustomerPaymentColumn": () => "Die Datei hat keine Spalte „Customer payment“.",
  "expectedFee.noBase": (p) => `Eine Gebühr auf ${p.base} hat keine Grundlage.`,
  "expectedFee.noReferralRule": () => "Keine Regel für die Vermittlungsgebühr, von der 20 % zu nehmen wären.",
  "expectedFee.perItemNoQuantity": (p) => `${p.fee} gilt pro Artikel und die Datei hat keine Spalte „Quantity“.`,
  "expectedFee.cappedPerItemNoQuantity": (p) =>
    `${p.fee} ist pro Artikel gedeckelt und die Datei hat keine Spalte „Quantity“.`,
  "expectedFee.neededNoOrderValueColumn": (p) =>
    `${p.argument} wird für diese Gebühr gebraucht: Die Datei hat keine Spalte „Customer payment“, aus der sich der Bestellwert ergibt.`,
  "expectedFee.neededNoItemNetColumn": (p) =>
    `${p.argument} wird für diese Gebühr gebraucht: Die Datei hat keine Spalte „Subtotal after seller discounts“.`,
  "expectedFee.neededNoCustomerPaymentColumn": (p) =>
    `${p.argument} wird für diese Gebühr gebraucht: Die Datei hat keine Spalte „Customer payment“.`,
  "expectedFee.neededPerItemNoQuantity": (p) =>
    `${p.argument} wird für diese Gebühr gebraucht: ${p.fee} gilt pro Artikel und die Datei hat keine Spalte „Quantity“.`,
  "expectedFee.neededCappedPerItemNoQuantity": (p) =>
    `${p.argument} wird für diese Gebühr gebraucht: ${p.fee} ist pro Artikel gedeckelt und die Datei hat keine Spalte „Quantity“.`,
  "expectedFee.categoryNotRate": () =>
    "category muss hier ein Kategoriename sein (der Satz kommt aus dem Tarifbuch), kein Satz.",

  "sellerProfile.bothTypes": () => 'seller_profile nennt sowohl "individual" als auch "business": Behalten Sie eines.',
  "sellerProfile.feeTaxTwice": () => 'seller_profile nennt "fee tax" zweimal: Behalten Sie eines.',
  "sellerProfile.feeTaxText": (p) => `seller_profile fee tax „${p.text}“: ${whyText(p)}.`,
  "sellerProfile.unknownWord": (p) =>
    `seller_profile: unbekanntes Wort „${p.word}“. Verwenden Sie Wörter wie ${p.words}, durch Kommas getrennt.`,

  "argument.range": (p) => `${p.argument} muss ein einzelner Wert sein, kein Zellbereich.`,
  "argument.errorOrObject": (p) =>
    `${p.argument} enthält einen Fehler oder ein Objekt: Korrigieren Sie zuerst diese Zelle.`,
  "argument.booleanForNumber": (p) => `${p.argument} ist WAHR/FALSCH: Geben Sie eine Zahl ein.`,
  "argument.booleanForDate": (p) => `${p.argument} ist WAHR/FALSCH: Geben Sie ein Datum ein.`,
  "argument.notFinite": (p) => `${p.argument} ist keine endliche Zahl.`,
  "argument.notANumber": (p) => `${p.argument} muss eine Zahl sein.`,
  "argument.requiredNumber": (p) => `${p.argument} ist erforderlich: Geben Sie eine Zahl ein.`,
  "argument.requiredText": (p) => `${p.argument} ist erforderlich, z. B. ${p.example}.`,
  "argument.textExpected": (p) => `${p.argument} muss Text sein, z. B. ${p.example}.`,
  "argument.categoryZero": (p) =>
    `${p.argument} ist 0 (in Excel für Desktop wird auch eine leere Zelle als 0 gelesen): Für eine Provision von 0 % geben Sie "0%" ein, sonst lassen Sie ${p.argument} weg oder nennen eine Kategorie.`,
  "argument.zeroFromEmptyCell": (p) =>
    `${p.argument} ist 0 (in Excel für Desktop wird auch eine leere Zelle als 0 gelesen): Lassen Sie ${p.argument} für ${n(t(p.fallback))} weg oder geben Sie "0" als Text für eine echte 0 ein.`,
  "argument.zeroFromEmptyCellNoDefault": (p) =>
    `${p.argument} ist 0 (in Excel für Desktop wird auch eine leere Zelle als 0 gelesen): Lassen Sie ${p.argument} für den Standardwert weg oder geben Sie "0" als Text für eine echte 0 ein.`,
  "argument.categoryType": (p) => `${p.argument} muss ein Kategoriename oder ein Satz wie 0,06 sein.`,
  "argument.unknownChoice": (p) => `Unbekannter Wert für ${p.argument}: „${p.given}“. Verwenden Sie ${or(p.choices)}.`,
  "argument.marginRange": (p) =>
    `${p.argument} muss ein Anteil zwischen −1 und 1 sein (30 % ist 0,3), nicht ${n(p.given)}.`,
  "result.tooLargeForCell": () => "Das Ergebnis ist zu groß für eine Zelle.",
  "result.ownRateSource": () => "Ihr eigener Satz (im Blatt angegeben, nicht aus dem Tarifbuch)",
  "result.tableForValue": () => "Unerwarteter Fehler: eine Tabelle, wo ein einzelner Wert hingehört",
  "result.valueForTable": () => "Unerwarteter Fehler: ein einzelner Wert, wo eine Tabelle hingehört",
  "result.unexpected": (p) => `Unerwarteter Fehler: ${p.message}`,
  // The Open API's saved responses (src/core/settlement/openApi.ts).
  "openApi.unknownShape": (p) =>
    `Keine gespeicherte Antwort der TikTok Shop Open API mit Abrechnungstransaktionen: erwartet wird {"code": 0, "data": {"transactions": […]}} von GET /finance/202309 / /finance/202501/statements/{statement_id}/statement_transactions, ihr "data"-Objekt oder ein Array davon (eines je Seite). Gefunden: ${p.found}.`,
  "openApi.apiError": (p) =>
    `Die gespeicherte Antwort ist ein API-Fehler (Code ${p.code}${p.text ? `: ${p.text}` : ""}), keine Abrechnungstransaktionen: Fordern Sie die Seite erneut an und speichern Sie die Antwort mit "data".`,
  "openApi.statementsList": () =>
    `Das ist die Liste der Abrechnungen (GET /finance/…/statements), nicht die Transaktionen einer Abrechnung: Speichern Sie für jede Abrechnung die Antwort von statement_transactions und gleichen Sie diese ab.`,
  "openApi.perOrder": () =>
    `Transaktionen je Bestellung (sku_transactions) werden noch nicht gelesen: Speichern Sie stattdessen die statement_transactions-Antwort der Abrechnung dieser Bestellung.`,
  "openApi.noTransactions": () =>
    `Die gespeicherten Antworten enthalten keine Transaktionen: Es gibt nichts abzugleichen.`,
  "openApi.mixedVersions": (p) =>
    `Die Antworten mischen zwei Arten von Transaktionen (${p.first} und ${p.second}): Gleichen Sie die Antworten jeder Version getrennt ab.`,
  "openApi.unknownTransaction": (p) =>
    `Die Transaktionen haben keine Felder einer Version, die dieses Add-in liest (202309: "fee_amount"…, 202501: "fee_tax_breakdown"…, unsettled: "est_settlement_amount"): die erste hat ${p.found}.`,
  "openApi.notJson": (p) => `${p.file} ist kein gültiges JSON: ${p.reason}.`,
  "ads.budgetOk": (p) =>
    `OK: ${deBudget(p.level, p.type)} von ${n(p.budget)} USD erfüllt das Minimum (${p.strict ? "mehr als" : "mindestens"} ${n(p.min)} USD).`,
  "ads.budgetBelow": (p) =>
    `Unter dem Minimum: ${deBudget(p.level, p.type)} muss ${p.strict ? "mehr als" : "mindestens"} ${n(p.min)} USD betragen; bei ${n(p.budget)} USD fehlen ${n(p.short)} USD${p.strict ? " (genau das Minimum reicht nicht)" : ""}.`,
  "live.waterfallLabel": (p) =>
    pick(p.line, {
      step: `Schritt`,
      share: `Anteil an den Ausgaben des Zuschauers`,
      appStore: `App-Store (${p.channel})`,
      tiktok: `TikTok`,
      agency: `Agentur`,
      withdrawalFee: `Auszahlungsgebühr`,
      creator: `Auszahlung an den Creator`,
      viewerSpend: `Ausgaben des Zuschauers`,
    }),
  "ads.funnelLabel": (p) =>
    pick(p.line, {
      step: `Schritt`,
      value: `Wert`,
      budget: `Budget (USD)`,
      impressions: `Impressionen`,
      clicks: `Klicks`,
      conversions: `Conversions`,
      revenue: `Umsatz (USD)`,
      roas: `ROAS`,
      cpa: `Kosten pro Conversion (USD)`,
      profit: `Gewinn nach Werbekosten (USD)`,
    }),
  "settlement.noCreatedDate": () =>
    "die Bestellung hat kein Erstelldatum, nach dem die geltenden Sätze zu wählen wären",
  "file.notFound": (p) => `${p.file}: Datei nicht gefunden.`,
  "file.isFolder": (p) => `${p.file} ist ein Ordner, keine Datei.`,
  "file.empty": (p) => `${p.file} ist leer (0 Byte).`,
  "file.notWorkbook": (p) => `${p.file} ist keine Excel-Arbeitsmappe (keine xlsx-Signatur).`,
  "file.binary": (p) => `${p.file} ist eine Binärdatei, weder CSV-Text noch eine xlsx-Arbeitsmappe.`,
  "file.notCsv": (p) => `${p.file} kann nicht als CSV gelesen werden: ${p.reason}`,
  "file.noWorksheets": (p) => `${p.file} hat keine Arbeitsblätter.`,
  "file.damagedWorkbook": (p) =>
    `${p.file} kann nicht als xlsx-Arbeitsmappe gelesen werden (beschädigt oder abgeschnitten?): ${p.reason}`,
  "file.unreadable": (p) => `${p.file}: kann nicht gelesen werden (${p.code}).`,
  "file.notReconciled": (p) => `${p.file}: kann nicht abgeglichen werden: ${p.reason}`,
  "file.sheetNotFound": (p) => `--sheet „${p.sheet}“ ist nicht in ${p.file} (Blätter: ${p.sheets}).`,
  "settlement.mappedLayoutTitle": () => "Ihre Spaltenzuordnung",
  "settlement.layoutTitle": (p) => lay(p.title),
  "settlement.skipAdjustment": (p) =>
    `${p.type}${p.why ? ` (${p.why})` : ""}: Anpassungen werden nicht mit dem Tarifbuch abgeglichen`,
  "settlement.skipCurrency": (p) => `Währung ${p.currency} ist nicht die Währung von ${p.market} (${p.expected})`,
  "settlement.rateNotInBook": (p) => `das Tarifbuch hat keinen Eintrag ${p.kind} für ${p.market}`,
  "settlement.rateBeforeBook": (p) =>
    `kein ${p.kind}-Satz für ${p.market} vor dem ${d(p.first)}: Dort beginnt das Tarifbuch (Bestelldatum ${d(p.date)})`,
  "settlement.noRuleInForce": (p) => `kein ${p.kind} am ${d(p.date)} in Kraft`,
  "settlement.nothingChargedWaiver": (p) =>
    `nichts berechnet, und kein ${p.kind}-Satz des Tarifbuchs am ${d(p.date)} ist 0 %: eine Befreiung für neue Verkäufer oder aus einem Programm steht nicht im Tarifbuch`,
  "settlement.categoryDefault": () => "Standard",
  "settlement.categoryWithVat": (p) => `${p.category} (inkl. MwSt.)`,
  "settlement.categoryNoneFitsAtDefault": () => "keine passt (erwartet zum Standardsatz)",
  "settlement.categoryNothingChargedAtDefault": () => "nichts berechnet (erwartet zum Standardsatz)",
  "settlement.categoryNoneFitsNearest": (p) => `keine passt (am nächsten: ${p.nearest})`,
  "settlement.categoryNothingCharged": () => "nichts berechnet",
  "settlement.noModelledFee": () => `die Datei hat keine Gebührenspalte, die dieses Add-in abbildet`,
  "live.crpEligible": () => `Berechtigt`,
  "live.crpNotEligible": (p) => `Nicht berechtigt: ${p.reasons}`,
  "live.crpReason": (p) =>
    pick(p.why, {
      notOpen: `das Programm ist im Markt ${region(p.a)} nicht verfügbar (verfügbar in ${p.b})`,
      followers: `benötigt ${n(p.a)} Follower (hat ${n(p.b)})`,
      views: `benötigt ${n(p.a)} Aufrufe in 30 Tagen (hat ${n(p.b)})`,
      seconds: `Videos müssen mindestens ${n(p.a)} s lang sein (dieses: ${n(p.b)} s)`,
      age: `Creator müssen mindestens ${n(p.a)} Jahre alt sein`,
    }),
  "fee.vatOn": (p) => `USt. auf ${p.fee}`,
  "table.byCategory": () => "nach Kategorie",
  "table.column": (p) =>
    pick(p.column, {
      gift: "Geschenk",
      coins: "Münzen",
      since: "Gültig seit",
      until: "Bis",
      source: "Quelle",
      note: "Hinweis",
      format: "Format",
      duration: "Laufzeit",
      delivery: "Auslieferung",
      pricing: "Preismodell",
      low: "Niedrig (USD)",
      high: "Hoch (USD)",
      code: "Code",
      market: "Markt",
      currency: "Währung",
      defaultCommission: "Standardprovision",
      category: "Kategorie",
      commission: "Provision",
      component: "Posten",
      rate: "Satz",
      base: "Basis",
      amount: "Betrag",
      totalShopFees: "TikTok Shop-Gebühren gesamt",
    }),
};

export default de;
