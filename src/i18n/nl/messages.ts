/**
 * Nederlands: the message catalog (src/core/messages.ts) in Dutch. A machine-made draft, checked by
 * back-translation, not yet reviewed by a native speaker (docs/i18n.md). Argument and function
 * names stay as formulas write them, and so do values to type ("perCoin"); Excel's own words as
 * Dutch Excel shows them (WAAR/ONWAAR); formulas with Dutch Excel's separator (;).
 */
import { type CompleteCatalog, pick } from "../../core/messages";
import { dateIn, numberIn, orIn, phrasesIn, marketNameIn } from "../format";

const n = numberIn("nl-NL");
const region = marketNameIn("nl-NL");
const d = dateIn("nl-NL");
const or = orIn("of");
const t = phrasesIn(
  {
    "a number": "een getal",
    "USD per 1,000 followers": "USD per 1.000 volgers",
    "a CPM in USD": "een CPM in USD",
    "a budget in USD": "een budget in USD",
    "a cost per action in USD": "kosten per actie in USD",
    "a daily budget in USD": "een dagbudget in USD",
    "a discount amount": "een kortingsbedrag",
    "a margin such as 0.2": "een marge zoals 0,2",
    "a margin such as 0.25 (25 %)": "een marge zoals 0,25 (25 %)",
    "a margin such as 0.3": "een marge zoals 0,3",
    "a margin such as 0.4": "een marge zoals 0,4",
    "a number of days": "een aantal dagen",
    "a number of followers": "een aantal volgers",
    "a number of gifts": "een aantal cadeaus",
    "a number of streams": "een aantal streams",
    "a number of views": "een aantal weergaven",
    "a price in USD": "een prijs in USD",
    "a rate such as 0.06 or 6%": "een tarief zoals 0,06 of 6 %",
    "a tolerance in currency units": "een tolerantie in valuta-eenheden",
    "a video length in seconds": "een videoduur in seconden",
    "a weight in kg": "een gewicht in kg",
    "a weight in pounds": "een gewicht in pond",
    "a whole number of clicks": "een geheel aantal klikken",
    "a whole number of coins": "een geheel aantal munten",
    "a whole number of days": "een geheel aantal dagen",
    "a whole number of diamonds": "een geheel aantal diamanten",
    "a whole number of gifts": "een geheel aantal cadeaus",
    "a whole number of impressions": "een geheel aantal vertoningen",
    "a whole number of units": "een geheel aantal eenheden",
    "a whole number of views": "een geheel aantal weergaven",
    "ad spend in USD": "de advertentie-uitgaven in USD",
    "an amount in USD": "een bedrag in USD",
    "an amount": "een bedrag",
    "an average frequency such as 2.5": "een gemiddelde frequentie zoals 2,5",
    "an average order value": "een gemiddelde orderwaarde",
    "revenue in USD": "de omzet in USD",
    "the ad cost per order": "de advertentiekosten per bestelling",
    "the cost of one unit": "de kosten van één eenheid",
    "the hours left in the day": "de resterende uren van de dag",
    "the shipping the buyer paid": "de verzendkosten die de koper betaalde",
    "the unit price": "de stukprijs",
    "your shipping cost": "uw verzendkosten",
    "a range": "een bereik",
    market: "markt",
    currency: "valuta",
    channel: "kanaal",
    gift: "cadeau",
    fee: "vergoeding",
    category: "categorie",
    industry: "branche",
    "billing model or format": "factureringsmodel of formaat",
    "benchmark metric": "benchmarkstatistiek",
    "content type": "contenttype",
    "budget level": "budgetniveau",
    "budget period": "budgetperiode",
    "conversion depth": "conversiediepte",
    "the market's default rate": "het standaardtarief van de markt",
    "the newest rates": "de nieuwste tarieven",
    "the rate book's rate for the category": "het tarief uit het tarievenboek voor de categorie",
    "the sourced range": "het onderbouwde bereik",
    "an individual seller, not Mall, not cross-border, below the tax thresholds":
      "een particuliere verkoper, geen Mall, niet grensoverschrijdend, onder de belastingdrempels",
  },
  (thing, market) => `${thing} voor ${market}`,
);

/** A thing's name at the start of a sentence. */
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "dagbudget van de campagne": the budget ADBUDGETCHECK speaks of. */
const nlBudget = (level: string, type: string): string =>
  `${type === "daily" ? "dagbudget" : "totaalbudget"} ${level === "adgroup" ? "van de advertentiegroep" : level === "gmvmax" ? "van GMV Max" : "van de campagne"}`;
/** Why a text is not a number (numberReason in src/core/messages.ts). */
const whyText = (p: { why: string; a: string; b: string }): string =>
  pick(p.why, {
    percent: `een percentage wordt hier niet geaccepteerd — voer het getal zelf in`,
    exponent: `de exponent valt buiten het bereik — voer het getal zonder exponent in`,
    commaAmbiguous: `een komma kan een decimaalteken of een duizendtalscheiding zijn — typ ${p.a} of ${p.b}, of voer de waarde in als getal (niet als tekst)`,
    commaDecimal: `een komma kan een decimaalteken of een duizendtalscheiding zijn — typ ${p.a} of voer de waarde in als getal (niet als tekst)`,
    grouping: `duizendtalscheidingen moeten drie cijfers groeperen ("1,234,567.89") — typ ${p.a} of voer de waarde in als getal (niet als tekst)`,
    points: `punten zijn decimaaltekens — typ ${p.a} of voer de waarde in als getal (niet als tekst)`,
    separators: `scheidingstekens binnen een getal worden niet gelezen — typ ${p.a} of voer de waarde in als getal (niet als tekst)`,
    notNumber: `geen getal`,
  });
/** The settlement layouts' titles (Layout.title, English) in this language, wherever a text names them. */
const LAYOUT_TITLES: readonly (readonly [string, string])[] = [
  [
    'Income export "Order details" (SEA; Chinese-UI cross-border)',
    'Inkomstenexport "Order details" (SEA; Chinese interface, grensoverschrijdend)',
  ],
  [
    "Statement order details (US/UK/BR; Chinese-UI MX/JP; per SKU)",
    "Orderdetails van het overzicht (US/UK/BR; Chinese interface MX/JP; per SKU)",
  ],
  ["Unsettled-orders export (US/VN/TH xlsx, UK CSV)", "Export van niet-verrekende orders (US/VN/TH xlsx, UK CSV)"],
  ["Order export (OrderSKUList)", "Orderexport (OrderSKUList)"],
];
const lay = (text: string): string => LAYOUT_TITLES.reduce((s, [en, own]) => s.split(en).join(own), text);
const nl: CompleteCatalog = {
  "number.empty": (p) => `${p.argument} is leeg: voer ${t(p.noun)} in.`,
  "number.boolean": (p) => `${p.argument} is WAAR/ONWAAR: voer ${t(p.noun)} in.`,
  "number.notFinite": (p) => `${p.argument} is geen eindig getal: voer ${t(p.noun)} in.`,
  "number.text": (p) => `${p.argument} is tekst ('${p.text}'): voer ${t(p.noun)} in.`,
  "number.textReason": (p) => `${p.argument} is de tekst '${p.text}': ${whyText(p)}.`,
  "number.tooLarge": (p) => `${p.argument} is te groot: maximaal ${n(p.max)} is toegestaan.`,
  "number.negative": (p) => `${p.argument} is negatief (${n(p.value)}): voer nul of meer in.`,
  "number.zero": (p) => `${p.argument} is nul: voer ${t(p.noun)} groter dan nul in.`,
  "number.notWhole": (p) => `${p.argument} moet een geheel getal zijn, niet ${n(p.value)}.`,
  "rate.outOfRange": (p) =>
    `${p.argument} is ${n(p.value)}: voer een tarief tussen 0 en ${n(p.limit)} in (6 % is 0,06).`,
  "date.notIso": (p) => `'${p.text}' is geen datum in de vorm JJJJ-MM-DD.`,
  "date.notSerial": (p) => `${p.argument} is geen datum: voer een datumcel in of tekst zoals '2025-01-31'.`,
  "date.notDateText": (p) =>
    `${p.argument} '${p.text}' is geen datum: gebruik een datumcel of tekst zoals '2025-01-31'.`,
  "date.wrongType": (p) =>
    `${p.argument} moet een datum zijn, geen ${p.what === "TRUE/FALSE" ? "WAAR/ONWAAR" : t(p.what).replace(/^een /, "")}.`,
  "name.unknown": (p) => `${cap(t(p.what))} '${p.given}' is onbekend.`,
  "name.unknownDidYouMean": (p) => `${cap(t(p.what))} '${p.given}' is onbekend. Bedoelde u ${or(p.names)}?`,
  "name.unknownKnown": (p) => `${cap(t(p.what))} '${p.given}' is onbekend. Bekend: ${p.names}.`,
  "name.unknownKnownMore": (p) => `${cap(t(p.what))} '${p.given}' is onbekend. Bekend: ${p.names} en nog ${n(p.more)}.`,
  "fee.unknown": (p) => `Onbekende vergoeding '${p.given}': gebruik een van ${p.fees}.`,

  "live.noCoinPrices": (p) =>
    `Geen onderbouwde muntprijzen voor de markt ${region(p.market)}: alleen pakketten voor US (web, iOS, Android) en UK (iOS, Android) staan in het tarievenboek. Geef in plaats daarvan de prijs op die u betaalt.`,
  "live.noCoinPack": (p) => `Onbekend muntpakket voor ${p.channel} in '${p.market}'. Bekend: ${p.known}.`,
  "live.tooManyCoinsForPacks": (p) =>
    `coins ligt boven ${n(p.max)} voor de pakkettenmethode: gebruik de methode "perCoin".`,
  "live.agencyTakesAll": () =>
    "Met een bureau-aandeel van 100 % levert geen enkel aantal diamanten de creator iets op.",
  "live.tooManyDiamonds": (p) =>
    `Een uitbetaling van ${n(p.target)} USD vraagt meer dan ${n(p.max)} diamanten, het hoogste aantal dat de invoegtoepassing telt: voer een kleiner doel in (of controleer usd_per_diamond en agency_share).`,
  "live.creatorAboveSpend": (p) =>
    `Met deze parameters zou de creator meer krijgen (${n(p.creator)} USD) dan de kijker na de winkelkosten betaalde (${n(p.afterStore)} USD): controleer usd_per_diamond en coins_per_diamond.`,
  "live.beforeGiftCatalog": () =>
    "as_of ligt vóór de cadeaucatalogus, die in 2021 begint: daarvoor zijn er geen cadeauprijzen.",

  "ads.marginNotPositive": () =>
    "Bij een marge van nul of minder haalt geen enkele ROAS het break-evenpunt: elke verkoop verliest al geld vóór advertenties.",
  "ads.marginAboveOne": (p) => `Een marge van ${n(p.margin)} % is onmogelijk: voer een fractie tot 1 in (30 % is 0,3).`,
  "ads.targetNotBelowMargin": (p) =>
    `De doelmarge (${n(p.target)} %) ligt niet onder de marge vóór advertenties (${n(p.margin)} %): met geen enkele advertentie-uitgave blijft die behouden.`,
  "ads.frequencyBelowOne": () =>
    "De gemiddelde frequentie is minstens 1 (elke bereikte persoon ziet de advertentie minstens één keer).",
  "ads.noCpvBenchmark": () =>
    "Er bestaat geen betrouwbare openbare CPV-benchmark: geef uw kosten per weergave op als rate, bijv. 0,03.",
  "ads.topViewByCpm": (p) =>
    `TopView wordt gereserveerd tegen een CPM (ongeveer $ ${n(p.cpm)}), niet per dag: geef uw dagofferte op als rate, of gebruik ADCOST("CPM"; impressions; ${n(p.cpm)}).`,
  "ads.brandTakeoverNoPrice": () =>
    "Brand Takeover heeft geen openbare prijs: geef uw dagofferte van TikTok op als rate.",
  "ads.gmvMaxDailyOnly": () => "GMV Max werkt met een dagbudget (minstens $ 10 per dag): laat days leeg.",
  "ads.flatPricePerRun": (p) =>
    `${p.model} wordt verkocht tegen een vaste prijs voor de hele looptijd, niet per volume: gebruik ADCOST voor de prijs.`,

  "shop.marginImpossible": (p) =>
    `${p.argument} van ${n(p.margin)} % is onmogelijk: een marge moet onder 100 % liggen.`,
  "shop.marginBelowMinusOne": (p) => `${p.argument} moet tussen −100 % en 100 % liggen (0,25 is 25 %).`,
  "shop.noPriceForMargin": (p) =>
    `Geen enkele prijs haalt een marge van ${n(p.margin)} %: vergoedingen, affiliatecommissie en retouren nemen meer dan ${n(p.share)} % van elke extra prijseenheid.`,
  "shop.priceAboveMaxCheckCosts": (p) =>
    `De prijs die een marge van ${n(p.margin)} % haalt, ligt boven ${n(p.max)} ${p.currency}, het grootste bedrag waarmee de invoegtoepassing rekent: controleer unit_cost en de andere kosten.`,
  "shop.priceAboveMaxLowerMargin": (p) =>
    `De prijs die een marge van ${n(p.margin)} % haalt, ligt boven ${n(p.max)} ${p.currency}, het grootste bedrag waarmee de invoegtoepassing rekent: verlaag target_margin, of controleer unit_cost en de andere kosten.`,
  "shop.noWholeMinorUnitPrice": (p) =>
    `Geen prijs in hele subeenheden van ${p.currency} haalt de marge; controleer de invoer.`,
  "shop.targetAboveNoRevenue": (p) =>
    `Zelfs zonder affiliatecommissie levert deze bestelling geen marge op, onder het doel van ${n(p.target)} %.`,
  "shop.targetAboveBestMargin": (p) =>
    `Zelfs zonder affiliatecommissie levert deze bestelling een marge van ${n(p.margin)} % op, onder het doel van ${n(p.target)} %.`,
  "shop.targetAboveRounded": (p) =>
    `Zelfs zonder affiliatecommissie levert deze bestelling, afgerond op hele subeenheden van ${p.currency}, minder op dan het doel van ${n(p.target)} %.`,
  "shop.sellerDiscountAboveItems": (p) =>
    `seller_discount (${n(p.discount)}) is meer dan de artikelen kosten (${n(p.items)}): voer de korting op deze orderregel in.`,
  "shop.platformDiscountAbovePayment": (p) =>
    `platform_discount (${n(p.discount)}) maakt de betaling van de koper negatief: voer de korting op deze orderregel in.`,
  "shop.commissionRateTwice": () =>
    "Geef het commissietarief één keer op: als category of als commission_rate met een categorienaam.",
  "shop.noSourcedFees": (p) =>
    `Nog geen onderbouwde TikTok Shop-vergoedingen voor de markt ${region(p.market)} (${p.code}).${p.note ? ` ${p.note}` : ""} Geef het commissietarief op als argument category, bijv. 0,06.`,
  "shop.noRevenue": () => "De bestelling heeft geen omzet (prijs en verzending zijn nul) en dus geen marge.",
  "shop.fbtUsNotPublic": () =>
    'De Amerikaanse FBT-tarieftabel naar gewicht is in onze bronnen niet openbaar: de vergoedingen beginnen bij $ 3,58 per artikel (bestellingen van één eenheid) en gelden voor het factureerbare gewicht (zie =TIKTOK.RATESOURCE("fbtFrom";"US")). Geef uw eigen vergoeding op.',
  "shop.fbtNotSourced": (p) =>
    `Geen openbare FBT-tarieftabel voor de markt ${region(p.market)}: alleen die van het VK is onderbouwd.`,
  "shop.fbtNoTier": (p) =>
    `Geen Britse FBT-schijf past bij ${n(p.longest)} × ${n(p.middle)} × ${n(p.shortest)} cm en ${n(p.weight)} kg (de grootste is 120 × 60 × 60 cm; 30 kg tot 61 × 46 × 46 cm).`,

  "market.notShop": (p) =>
    `TikTok Shop verkoopt niet in ${p.market} (${p.code}), dus er zijn geen winkelvergoedingen of afrekeningen: kies een van ${p.markets}.`,
  "market.noShopCategories": (p) => `Nog geen onderbouwde TikTok Shop-categorieën voor ${p.market}.`,
  "rate.notInBook": (p) => `Het tarievenboek heeft geen ${p.kind} voor ${p.market}.`,
  "rate.introducedLater": (p) =>
    `Geen ${p.kind} voor ${p.market} vóór ${d(p.first)}: de vergoeding is toen ingevoerd (${p.argument} ${p.asOf}).`,
  "rate.beforeBook": (p) =>
    `Geen ${p.kind}-tarief voor ${p.market} vóór ${d(p.first)}: daar begint het tarievenboek (${p.argument} ${p.asOf}).`,
  "rate.ended": (p) =>
    `Op ${p.asOf} geldt geen ${p.kind}-tarief voor ${p.market} (het laatste eindigde op ${d(p.last)}).`,
  "rate.unpublished": (p) =>
    `De ${p.fee} voor ${p.market} op ${p.asOf} is niet openbaar (alleen in Seller Center): geef uw tarief op als getal.${p.note ? ` ${p.note}` : ""}`,
  "rate.unpublishedCategory": (p) =>
    `De ${p.fee} voor ${p.category} in ${p.market} op ${p.asOf} is niet openbaar (alleen in Seller Center): geef uw tarief op als getal.${p.note ? ` ${p.note}` : ""}`,

  "settlement.amountNotFinite": (p) => `${p.column} bevat ${p.value}, geen bedrag.`,
  "settlement.amountWrongType": (p) => `${p.column} bevat ${p.what}, geen bedrag.`,
  "settlement.amountAmbiguousDot": (p) =>
    `${p.column} bevat '${p.text}': de punt kan duizendtallen (1.250 = 1250) of decimalen scheiden. Exporteer het bestand opnieuw met gewone getallen, of open het in Excel en sla het blad op.`,
  "settlement.amountNotNumber": (p) => `${p.column} bevat '${p.text}', en dat is geen bedrag.`,
  "settlement.dateInvalid": (p) => `${p.column} bevat een ongeldige datum.`,
  "settlement.dateWrongType": (p) => `${p.column} bevat ${p.what}, geen datum.`,
  "settlement.dateNotDate": (p) => `${p.column} bevat '${p.text}', en dat is geen datum.`,
  "settlement.dateNotCalendar": (p) => `${p.column} bevat '${p.text}', en dat is geen kalenderdatum.`,
  "settlement.dateNumberNotDate": (p) => `${p.column} bevat ${p.value}, en dat is geen datum.`,
  "settlement.notKnownLayout": (p) =>
    `Geen TikTok Shop-afrekeningsexport die deze invoegtoepassing kent. In de eerste ${n(p.rows)} rijen is gezocht naar een kopregel met ${lay(p.looked)}. Gevonden: ${p.found}.`,
  "settlement.mappingNotJson": (p) => `De kolomtoewijzing is geen geldige JSON: ${p.reason}.`,
  "settlement.mappingFormat": (p) =>
    `Geen kolomtoewijzing: verwacht werd "format": "${p.format}" en "version": ${n(p.version)} met een lijst "header" en een object "columns"; gevonden: ${p.found}.`,
  "settlement.mappingUnknownKey": (p) =>
    `De kolomtoewijzing noemt "${p.key}", dat niet een van deze is: ${p.keys}. Verbeter of verwijder het.`,
  "settlement.mappingColumnMissing": (p) =>
    `De kolomtoewijzing geeft ${p.key} de kolom "${p.column}", die niet in haar kopregel staat: gebruik de kolomnaam zoals het bestand die schrijft.`,
  "settlement.mappingDuplicate": (p) =>
    `De kolomtoewijzing geeft de kolom "${p.column}" aan zowel ${p.first} als ${p.second}: geef elke kolom aan één sleutel.`,
  "settlement.mappingBadKind": (p) =>
    `De kolomtoewijzing zegt dat de typewaarde "${p.value}" ${p.kind} is: zeg welke van ${p.kinds} het is.`,
  "settlement.mappingNotConfirmed": () =>
    'De kolomtoewijzing is niet bevestigd en wordt dus niet gebruikt: controleer elke kolom en zet dan "confirmed": true.',
  "settlement.mappingNeedsKeys": (p) =>
    `De kolomtoewijzing leest het bestand als ${lay(p.layout)} maar noemt geen kolom voor ${p.keys}: voeg ze toe.`,
  "settlement.mappingHeaderNotFound": (p) =>
    `Het bestand heeft de kopregel van de kolomtoewijzing (${p.cells}…) niet in de eerste ${n(p.rows)} rijen: de toewijzing hoort bij een ander bestand.`,
  "settlement.foundNothing": () => "geen tekst in de eerste rijen",
  "settlement.foundRow": (p) => `rij ${n(p.row)} luidt ${p.cells}`,
  "settlement.foundRowMore": (p) => `rij ${n(p.row)} luidt ${p.cells} en nog ${n(p.more)}`,
  "settlement.mixedLanguages": (p) =>
    `De kopregel in rij ${n(p.row)} mengt twee Seller Center-talen: ${p.first} (${p.firstCells}) en ${p.second} (${p.secondCells}). Exporteer het bestand opnieuw uit Seller Center in één taal, met de kolommen zoals TikTok ze noemt.`,
  "settlement.ambiguousLayout": (p) =>
    `De kopregel in rij ${n(p.row)} past even goed bij twee indelingen (${lay(p.layouts)}) en wordt dus als geen van beide gelezen: stem de export af zoals Seller Center hem schreef, zonder toegevoegde of hernoemde kolommen.`,
  "settlement.orderExportGiven": () =>
    "Dit is de orderexport (OrderSKUList), geen afrekening: stem de Income-, statement- of unsettled-export af en geef de orderexport op als ordersbestand.",
  "settlement.noDataRows": (p) => `${cap(lay(p.layout))} heeft een kopregel (rij ${n(p.row)}) maar geen gegevensrijen.`,
  "settlement.ordersNotOrderExport": (p) =>
    `Het ordersbestand is een ${lay(p.layout)}, niet de orderexport (OrderSKUList).`,
  "settlement.currencyUnknown": (p) =>
    `De valuta van het bestand, ${p.code}, hoort bij geen TikTok Shop-markt die deze invoegtoepassing kent: geef de markt op.`,
  "settlement.currencyShared": (p) =>
    `Het bestand is in ${p.code}, gebruikt door ${p.markets}: noem de markt (bijv. --market ${p.example}).`,
  "settlement.marketsRemain": (p) =>
    `Valuta, naam en vergoedingskolommen van het bestand laten ${p.markets} over: noem de markt (bijv. --market ${p.example}).`,
  "settlement.noMarket": () =>
    "Het bestand noemt geen valuta: geef de markt op (bijv. --market US); noch de naam noch de vergoedingskolommen verraden hem.",

  "feeReason.noOrderValueColumn": () => "het bestand heeft geen kolom 'Customer payment' om de orderwaarde te vormen",
  "feeReason.noItemNetColumn": () => "het bestand heeft geen kolom 'Subtotal after seller discounts'",
  "feeReason.noCustomerPaymentColumn": () => "het bestand heeft geen kolom 'Customer payment'",
  "feeReason.noBase": (p) => `een vergoeding over ${p.base} heeft geen grondslag`,
  "feeReason.noReferralRule": () => "geen regel voor de verwijzingsvergoeding om 20 % van te nemen",
  "feeReason.perItemNoQuantity": (p) => `${p.fee} geldt per artikel en het bestand heeft geen kolom 'Quantity'`,
  "feeReason.cappedPerItemNoQuantity": (p) =>
    `${p.fee} is per artikel begrensd en het bestand heeft geen kolom 'Quantity'`,
  "expectedFee.noOrderValueColumn": () =>
    "Het bestand heeft geen kolom 'Customer payment' om de orderwaarde te vormen.",
  "expectedFee.noItemNetColumn": () => "Het bestand heeft geen kolom 'Subtotal after seller discounts'.",
  "expectedFee.noCustomerPaymentColumn": () => "Het bestand heeft geen kolom 'Customer payment'.",
  "expectedFee.noBase": (p) => `Een vergoeding over ${p.base} heeft geen grondslag.`,
  "expectedFee.noReferralRule": () => "Geen regel voor de verwijzingsvergoeding om 20 % van te nemen.",
  "expectedFee.perItemNoQuantity": (p) => `${cap(p.fee)} geldt per artikel en het bestand heeft geen kolom 'Quantity'.`,
  "expectedFee.cappedPerItemNoQuantity": (p) =>
    `${cap(p.fee)} is per artikel begrensd en het bestand heeft geen kolom 'Quantity'.`,
  "expectedFee.neededNoOrderValueColumn": (p) =>
    `${p.argument} is nodig voor deze vergoeding: het bestand heeft geen kolom 'Customer payment' om de orderwaarde te vormen.`,
  "expectedFee.neededNoItemNetColumn": (p) =>
    `${p.argument} is nodig voor deze vergoeding: het bestand heeft geen kolom 'Subtotal after seller discounts'.`,
  "expectedFee.neededNoCustomerPaymentColumn": (p) =>
    `${p.argument} is nodig voor deze vergoeding: het bestand heeft geen kolom 'Customer payment'.`,
  "expectedFee.neededPerItemNoQuantity": (p) =>
    `${p.argument} is nodig voor deze vergoeding: ${p.fee} geldt per artikel en het bestand heeft geen kolom 'Quantity'.`,
  "expectedFee.neededCappedPerItemNoQuantity": (p) =>
    `${p.argument} is nodig voor deze vergoeding: ${p.fee} is per artikel begrensd en het bestand heeft geen kolom 'Quantity'.`,
  "expectedFee.categoryNotRate": () =>
    "category moet hier een categorienaam zijn (het tarief komt uit het tarievenboek), geen tarief.",

  "sellerProfile.bothTypes": () => 'seller_profile noemt zowel "individual" als "business": houd er één.',
  "sellerProfile.feeTaxTwice": () => 'seller_profile noemt "fee tax" twee keer: houd er één.',
  "sellerProfile.feeTaxText": (p) => `seller_profile, fee tax '${p.text}': ${whyText(p)}.`,
  "sellerProfile.unknownWord": (p) =>
    `seller_profile: onbekend woord '${p.word}'. Gebruik woorden zoals ${p.words}, gescheiden door komma's.`,

  "argument.range": (p) => `${p.argument} moet één waarde zijn, geen celbereik.`,
  "argument.errorOrObject": (p) => `${p.argument} bevat een fout of een object: corrigeer eerst die cel.`,
  "argument.booleanForNumber": (p) => `${p.argument} is WAAR/ONWAAR: voer een getal in.`,
  "argument.booleanForDate": (p) => `${p.argument} is WAAR/ONWAAR: voer een datum in.`,
  "argument.notFinite": (p) => `${p.argument} is geen eindig getal.`,
  "argument.notANumber": (p) => `${p.argument} moet een getal zijn.`,
  "argument.requiredNumber": (p) => `${p.argument} is verplicht: voer een getal in.`,
  "argument.requiredText": (p) => `${p.argument} is verplicht, bijv. ${p.example}.`,
  "argument.textExpected": (p) => `${p.argument} moet tekst zijn, bijv. ${p.example}.`,
  "argument.categoryZero": (p) =>
    `${p.argument} is 0 (een lege cel telt in Excel voor desktop ook als 0): typ "0%" voor een commissie van 0 %, laat anders ${p.argument} weg of noem een categorie.`,
  "argument.zeroFromEmptyCell": (p) =>
    `${p.argument} is 0 (een lege cel telt in Excel voor desktop ook als 0): laat ${p.argument} weg voor ${n(t(p.fallback))}, of typ "0" als tekst voor een echte 0.`,
  "argument.zeroFromEmptyCellNoDefault": (p) =>
    `${p.argument} is 0 (een lege cel telt in Excel voor desktop ook als 0): laat ${p.argument} weg voor de standaardwaarde, of typ "0" als tekst voor een echte 0.`,
  "argument.categoryType": (p) => `${p.argument} moet een categorienaam zijn of een tarief zoals 0,06.`,
  "argument.unknownChoice": (p) => `Onbekende waarde voor ${p.argument}: '${p.given}'. Gebruik ${or(p.choices)}.`,
  "argument.marginRange": (p) =>
    `${p.argument} moet een fractie tussen −1 en 1 zijn (30 % is 0,3), niet ${n(p.given)}.`,
  "result.tooLargeForCell": () => "Het resultaat is te groot voor een cel.",
  "result.ownRateSource": () => "Uw eigen tarief (opgegeven in het blad, niet uit het tarievenboek)",
  "result.tableForValue": () => "Onverwachte fout: een tabel waar één waarde hoort",
  "result.valueForTable": () => "Onverwachte fout: één waarde waar een tabel hoort",
  "result.unexpected": (p) => `Onverwachte fout: ${p.message}`,
  // The Open API's saved responses (src/core/settlement/openApi.ts).
  "openApi.unknownShape": (p) =>
    `Geen opgeslagen antwoord met afrekeningstransacties van de TikTok Shop Open API: verwacht {"code": 0, "data": {"transactions": […]}} van GET /finance/202309 / /finance/202501/statements/{statement_id}/statement_transactions, het "data"-object ervan of een array daarvan (één per pagina). Gevonden: ${p.found}.`,
  "openApi.apiError": (p) =>
    `Het opgeslagen antwoord is een API-fout (code ${p.code}${p.text ? `: ${p.text}` : ""}), geen afrekeningstransacties: vraag de pagina opnieuw op en sla het antwoord met "data" op.`,
  "openApi.statementsList": () =>
    `Dit is de lijst met afrekeningen (GET /finance/…/statements), niet de transacties van een afrekening: sla van elke afrekening het statement_transactions-antwoord op en stem die af.`,
  "openApi.perOrder": () =>
    `Transacties per bestelling (sku_transactions) worden nog niet gelezen: sla in plaats daarvan het statement_transactions-antwoord van de afrekening van de bestelling op.`,
  "openApi.noTransactions": () => `De opgeslagen antwoorden bevatten geen transacties: er is niets af te stemmen.`,
  "openApi.mixedVersions": (p) =>
    `De antwoorden mengen twee vormen van transacties (${p.first} en ${p.second}): stem de antwoorden van elke versie apart af.`,
  "openApi.unknownTransaction": (p) =>
    `De transacties hebben geen velden van een versie die deze invoegtoepassing leest (202309: "fee_amount"…, 202501: "fee_tax_breakdown"…, unsettled: "est_settlement_amount"): de eerste heeft ${p.found}.`,
  "openApi.notJson": (p) => `${p.file} is geen geldige JSON: ${p.reason}.`,
  "ads.budgetOk": (p) =>
    `OK: het ${nlBudget(p.level, p.type)} van ${n(p.budget)} USD haalt het minimum (${p.strict ? "meer dan" : "minstens"} ${n(p.min)} USD).`,
  "ads.budgetBelow": (p) =>
    `Onder het minimum: het ${nlBudget(p.level, p.type)} moet ${p.strict ? "meer dan" : "minstens"} ${n(p.min)} USD zijn; bij ${n(p.budget)} USD ontbreekt ${n(p.short)} USD${p.strict ? " (precies het minimum is niet genoeg)" : ""}.`,
  "live.waterfallLabel": (p) =>
    pick(p.line, {
      step: `Stap`,
      share: `Aandeel in de uitgaven van de kijker`,
      appStore: `App-store (${p.channel})`,
      tiktok: `TikTok`,
      agency: `Bureau`,
      withdrawalFee: `Opnamevergoeding`,
      creator: `Uitbetaling aan de creator`,
      viewerSpend: `Uitgaven van de kijker`,
    }),
  "ads.funnelLabel": (p) =>
    pick(p.line, {
      step: `Stap`,
      value: `Waarde`,
      budget: `Budget (USD)`,
      impressions: `Vertoningen`,
      clicks: `Klikken`,
      conversions: `Conversies`,
      revenue: `Omzet (USD)`,
      roas: `ROAS`,
      cpa: `Kosten per conversie (USD)`,
      profit: `Winst na advertenties (USD)`,
    }),
  "settlement.noCreatedDate": () => "de bestelling heeft geen aanmaakdatum om de geldende tarieven te kiezen",
  "file.notFound": (p) => `${p.file}: bestand bestaat niet.`,
  "file.isFolder": (p) => `${p.file} is een map, geen bestand.`,
  "file.empty": (p) => `${p.file} is leeg (0 bytes).`,
  "file.notWorkbook": (p) => `${p.file} is geen Excel-werkmap (geen xlsx-handtekening).`,
  "file.binary": (p) => `${p.file} is een binair bestand, geen CSV-tekst of xlsx-werkmap.`,
  "file.notCsv": (p) => `${p.file} kan niet als CSV worden gelezen: ${p.reason}`,
  "file.noWorksheets": (p) => `${p.file} heeft geen werkbladen.`,
  "file.damagedWorkbook": (p) =>
    `${p.file} kan niet als xlsx-werkmap worden gelezen (beschadigd of afgekapt?): ${p.reason}`,
  "file.unreadable": (p) => `${p.file}: kan niet worden gelezen (${p.code}).`,
  "file.notReconciled": (p) => `${p.file}: kan niet worden afgestemd: ${p.reason}`,
  "file.sheetNotFound": (p) => `--sheet "${p.sheet}" staat niet in ${p.file} (bladen: ${p.sheets}).`,
  "settlement.mappedLayoutTitle": () => "Uw kolomtoewijzing",
  "settlement.layoutTitle": (p) => lay(p.title),
  "settlement.skipAdjustment": (p) =>
    `${p.type}${p.why ? ` (${p.why})` : ""}: correcties worden niet met het tarievenboek vergeleken`,
  "settlement.skipCurrency": (p) => `valuta ${p.currency} is niet de valuta van ${p.market} (${p.expected})`,
  "settlement.rateNotInBook": (p) => `het tarievenboek heeft geen ${p.kind} voor ${p.market}`,
  "settlement.rateBeforeBook": (p) =>
    `geen ${p.kind}-tarief voor ${p.market} vóór ${d(p.first)}: daar begint het tarievenboek (besteldatum ${d(p.date)})`,
  "settlement.noRuleInForce": (p) => `geen ${p.kind} van kracht op ${d(p.date)}`,
  "settlement.nothingChargedWaiver": (p) =>
    `er is niets gerekend, en geen ${p.kind}-tarief van het tarievenboek op ${d(p.date)} is 0 %: een vrijstelling voor nieuwe verkopers of uit een programma staat niet in het tarievenboek`,
  "settlement.categoryDefault": () => "standaard",
  "settlement.categoryWithVat": (p) => `${p.category} (incl. btw)`,
  "settlement.categoryNoneFitsAtDefault": () => "geen enkele klopt (verwacht tegen het standaardtarief)",
  "settlement.categoryNothingChargedAtDefault": () => "niets gerekend (verwacht tegen het standaardtarief)",
  "settlement.categoryNoneFitsNearest": (p) => `geen enkele klopt (dichtstbij: ${p.nearest})`,
  "settlement.categoryNothingCharged": () => "niets gerekend",
  "settlement.noModelledFee": () => `het bestand heeft geen vergoedingskolom die deze invoegtoepassing modelleert`,
  "live.crpEligible": () => `Komt in aanmerking`,
  "live.crpNotEligible": (p) => `Komt niet in aanmerking: ${p.reasons}`,
  "live.crpReason": (p) =>
    pick(p.why, {
      notOpen: `het programma is niet open in de markt ${region(p.a)} (open in ${p.b})`,
      followers: `heeft ${n(p.a)} volgers nodig (heeft er ${n(p.b)})`,
      views: `heeft ${n(p.a)} weergaven in 30 dagen nodig (heeft er ${n(p.b)})`,
      seconds: `video's moeten minstens ${n(p.a)} s duren (deze duurt ${n(p.b)} s)`,
      age: `creators moeten ${n(p.a)} jaar of ouder zijn`,
    }),
  "fee.vatOn": (p) => `Btw op ${p.fee}`,
  "table.byCategory": () => "per categorie",
  "table.column": (p) =>
    pick(p.column, {
      gift: "Cadeau",
      coins: "Munten",
      since: "Geldig sinds",
      until: "Tot",
      source: "Bron",
      note: "Opmerking",
      format: "Formaat",
      duration: "Looptijd",
      delivery: "Levering",
      pricing: "Prijsmodel",
      low: "Laag (USD)",
      high: "Hoog (USD)",
      code: "Code",
      market: "Markt",
      currency: "Valuta",
      defaultCommission: "Standaardcommissie",
      category: "Categorie",
      commission: "Commissie",
      component: "Onderdeel",
      rate: "Tarief",
      base: "Basis",
      amount: "Bedrag",
      totalShopFees: "Totaal TikTok Shop-vergoedingen",
    }),
};

export default nl;
