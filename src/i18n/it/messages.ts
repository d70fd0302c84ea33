/**
 * Italiano: the message catalog (src/core/messages.ts) in Italian. A machine-made draft, checked
 * by back-translation, not yet reviewed by a native speaker (docs/i18n.md). Argument and function
 * names stay as formulas write them, and so do values to type ("perCoin"); Excel's own words as
 * Italian Excel shows them (VERO/FALSO); formulas with Italian Excel's separator (;).
 */
import { type CompleteCatalog, pick } from "../../core/messages";
import { dateIn, numberIn, orIn, phrasesIn, marketNameIn } from "../format";

const n = numberIn("it-IT");
const region = marketNameIn("it-IT");
const d = dateIn("it-IT");
const or = orIn("o");
const t = phrasesIn(
  {
    "a number": "un numero",
    "USD per 1,000 followers": "USD ogni 1.000 follower",
    "a CPM in USD": "un CPM in USD",
    "a budget in USD": "un budget in USD",
    "a cost per action in USD": "un costo per azione in USD",
    "a daily budget in USD": "un budget giornaliero in USD",
    "a discount amount": "un importo di sconto",
    "a margin such as 0.2": "un margine come 0,2",
    "a margin such as 0.25 (25 %)": "un margine come 0,25 (25 %)",
    "a margin such as 0.3": "un margine come 0,3",
    "a margin such as 0.4": "un margine come 0,4",
    "a number of days": "un numero di giorni",
    "a number of followers": "un numero di follower",
    "a number of gifts": "un numero di regali",
    "a number of streams": "un numero di dirette",
    "a number of views": "un numero di visualizzazioni",
    "a price in USD": "un prezzo in USD",
    "a rate such as 0.06 or 6%": "un'aliquota come 0,06 o 6 %",
    "a tolerance in currency units": "una tolleranza in unità di valuta",
    "a video length in seconds": "una durata del video in secondi",
    "a weight in kg": "un peso in kg",
    "a weight in pounds": "un peso in libbre",
    "a whole number of clicks": "un numero intero di clic",
    "a whole number of coins": "un numero intero di monete",
    "a whole number of days": "un numero intero di giorni",
    "a whole number of diamonds": "un numero intero di diamanti",
    "a whole number of gifts": "un numero intero di regali",
    "a whole number of impressions": "un numero intero di impression",
    "a whole number of units": "un numero intero di unità",
    "a whole number of views": "un numero intero di visualizzazioni",
    "ad spend in USD": "la spesa pubblicitaria in USD",
    "an amount in USD": "un importo in USD",
    "an amount": "un importo",
    "an average frequency such as 2.5": "una frequenza media come 2,5",
    "an average order value": "un valore medio dell'ordine",
    "revenue in USD": "i ricavi in USD",
    "the ad cost per order": "il costo pubblicitario per ordine",
    "the cost of one unit": "il costo di un'unità",
    "the hours left in the day": "le ore rimanenti della giornata",
    "the shipping the buyer paid": "la spedizione pagata dall'acquirente",
    "the unit price": "il prezzo unitario",
    "your shipping cost": "il tuo costo di spedizione",
    "a range": "un intervallo",
    market: "mercato",
    currency: "valuta",
    channel: "canale",
    gift: "regalo",
    fee: "commissione",
    category: "categoria",
    industry: "settore",
    "billing model or format": "modello di fatturazione o formato",
    "benchmark metric": "metrica di riferimento",
    "content type": "tipo di contenuto",
    "budget level": "livello di budget",
    "budget period": "periodo di budget",
    "conversion depth": "profondità di conversione",
    "the market's default rate": "l'aliquota predefinita del mercato",
    "the newest rates": "le aliquote più recenti",
    "the rate book's rate for the category": "l'aliquota del tariffario per la categoria",
    "the sourced range": "l'intervallo documentato",
    "an individual seller, not Mall, not cross-border, below the tax thresholds":
      "un venditore privato, non Mall, non transfrontaliero, sotto le soglie fiscali",
  },
  (thing, market) => `${thing} per ${market}`,
);

/** "budget giornaliero della campagna": the budget ADBUDGETCHECK speaks of. */
const itBudget = (level: string, type: string): string =>
  `budget ${type === "daily" ? "giornaliero" : "totale"} ${level === "adgroup" ? "del gruppo di annunci" : level === "gmvmax" ? "di GMV Max" : "della campagna"}`;
/** Why a text is not a number (numberReason in src/core/messages.ts). */
const whyText = (p: { why: string; a: string; b: string }): string =>
  pick(p.why, {
    percent: `qui non è accettata una percentuale — inserisci il numero stesso`,
    exponent: `l'esponente è fuori intervallo — inserisci il numero senza esponente`,
    commaAmbiguous: `una virgola può separare i decimali o le migliaia — digita ${p.a} o ${p.b}, oppure inserisci il valore come numero (non come testo)`,
    commaDecimal: `una virgola può separare i decimali o le migliaia — digita ${p.a} oppure inserisci il valore come numero (non come testo)`,
    grouping: `i separatori delle migliaia devono raggruppare tre cifre ("1,234,567.89") — digita ${p.a} oppure inserisci il valore come numero (non come testo)`,
    points: `i punti sono separatori decimali — digita ${p.a} oppure inserisci il valore come numero (non come testo)`,
    separators: `i separatori all'interno di un numero non vengono letti — digita ${p.a} oppure inserisci il valore come numero (non come testo)`,
    notNumber: `non è un numero`,
  });
/** The settlement layouts' titles (Layout.title, English) in this language, wherever a text names them. */
const LAYOUT_TITLES: readonly (readonly [string, string])[] = [
  [
    'Income export "Order details" (SEA; Chinese-UI cross-border)',
    'Esportazione degli incassi "Order details" (SEA; interfaccia in cinese, transfrontaliero)',
  ],
  [
    "Statement order details (US/UK/BR; Chinese-UI MX/JP; per SKU)",
    "Dettagli degli ordini dell'estratto (US/UK/BR; interfaccia in cinese MX/JP; per SKU)",
  ],
  [
    "Unsettled-orders export (US/VN/TH xlsx, UK CSV)",
    "Esportazione degli ordini non liquidati (US/VN/TH xlsx, UK CSV)",
  ],
  ["Order export (OrderSKUList)", "Esportazione degli ordini (OrderSKUList)"],
];
const lay = (text: string): string => LAYOUT_TITLES.reduce((s, [en, own]) => s.split(en).join(own), text);
const it: CompleteCatalog = {
  "number.empty": (p) => `${p.argument} è vuoto: inserisci ${t(p.noun)}.`,
  "number.boolean": (p) => `${p.argument} è VERO/FALSO: inserisci ${t(p.noun)}.`,
  "number.notFinite": (p) => `${p.argument} non è un numero finito: inserisci ${t(p.noun)}.`,
  "number.text": (p) => `${p.argument} è testo («${p.text}»): inserisci ${t(p.noun)}.`,
  "number.textReason": (p) => `${p.argument} è il testo «${p.text}»: ${whyText(p)}.`,
  "number.tooLarge": (p) => `${p.argument} è troppo grande: è consentito al massimo ${n(p.max)}.`,
  "number.negative": (p) => `${p.argument} è negativo (${n(p.value)}): inserisci zero o più.`,
  "number.zero": (p) => `${p.argument} è zero: inserisci ${t(p.noun)} maggiore di zero.`,
  "number.notWhole": (p) => `${p.argument} deve essere un numero intero, non ${n(p.value)}.`,
  "rate.outOfRange": (p) => `${p.argument} è ${n(p.value)}: inserisci un'aliquota tra 0 e ${n(p.limit)} (6 % è 0,06).`,
  "date.notIso": (p) => `«${p.text}» non è una data nel formato AAAA-MM-GG.`,
  "date.notSerial": (p) => `${p.argument} non è una data: inserisci una cella data o un testo come «2025-01-31».`,
  "date.notDateText": (p) =>
    `${p.argument} «${p.text}» non è una data: usa una cella data o un testo come «2025-01-31».`,
  "date.wrongType": (p) =>
    `${p.argument} deve essere una data, non ${p.what === "TRUE/FALSE" ? "VERO/FALSO" : t(p.what)}.`,
  "name.unknown": (p) => `Valore sconosciuto per ${t(p.what)}: «${p.given}».`,
  "name.unknownDidYouMean": (p) => `Valore sconosciuto per ${t(p.what)}: «${p.given}». Forse intendevi ${or(p.names)}?`,
  "name.unknownKnown": (p) => `Valore sconosciuto per ${t(p.what)}: «${p.given}». Noti: ${p.names}.`,
  "name.unknownKnownMore": (p) =>
    `Valore sconosciuto per ${t(p.what)}: «${p.given}». Noti: ${p.names} e altri ${n(p.more)}.`,
  "fee.unknown": (p) => `Commissione sconosciuta «${p.given}»: usa una tra ${p.fees}.`,

  "live.noCoinPrices": (p) =>
    `Nessun prezzo documentato delle monete per il mercato ${region(p.market)}: il tariffario contiene solo i pacchetti US (web, iOS, Android) e UK (iOS, Android). Indica invece il prezzo che paghi.`,
  "live.noCoinPack": (p) => `Pacchetto di monete sconosciuto per ${p.channel} in «${p.market}». Noti: ${p.known}.`,
  "live.tooManyCoinsForPacks": (p) => `coins supera ${n(p.max)} per il metodo a pacchetti: usa il metodo "perCoin".`,
  "live.agencyTakesAll": () =>
    "Con una quota dell'agenzia del 100 %, nessun numero di diamanti fa guadagnare qualcosa al creator.",
  "live.tooManyDiamonds": (p) =>
    `Un pagamento di ${n(p.target)} USD richiede più di ${n(p.max)} diamanti, il massimo che il componente aggiuntivo conta: inserisci un obiettivo più piccolo (o controlla usd_per_diamond e agency_share).`,
  "live.creatorAboveSpend": (p) =>
    `Con questi parametri il creator riceverebbe più (${n(p.creator)} USD) di quanto lo spettatore ha pagato dopo le commissioni dello store (${n(p.afterStore)} USD): controlla usd_per_diamond e coins_per_diamond.`,
  "live.beforeGiftCatalog": () =>
    "as_of è precedente al catalogo dei regali, che inizia nel 2021: non ci sono prezzi dei regali prima di allora.",

  "ads.marginNotPositive": () =>
    "Con un margine pari a zero o inferiore nessun ROAS raggiunge il pareggio: ogni vendita perde denaro prima della pubblicità.",
  "ads.marginAboveOne": (p) =>
    `Un margine del ${n(p.margin)} % è impossibile: inserisci una frazione fino a 1 (30 % è 0,3).`,
  "ads.targetNotBelowMargin": (p) =>
    `Il margine obiettivo (${n(p.target)} %) non è inferiore al margine prima della pubblicità (${n(p.margin)} %): nessuna spesa pubblicitaria lo mantiene.`,
  "ads.frequencyBelowOne": () =>
    "La frequenza media è almeno 1 (ogni persona raggiunta vede l'annuncio almeno una volta).",
  "ads.noCpvBenchmark": () =>
    "Non esiste un riferimento pubblico affidabile per il CPV: indica il tuo costo per visualizzazione come rate, ad es. 0,03.",
  "ads.topViewByCpm": (p) =>
    `TopView si prenota a CPM (circa ${n(p.cpm)} $), non al giorno: indica il tuo preventivo giornaliero come rate, oppure usa ADCOST("CPM"; impressions; ${n(p.cpm)}).`,
  "ads.brandTakeoverNoPrice": () =>
    "Brand Takeover non ha un prezzo pubblico: indica come rate il tuo preventivo giornaliero di TikTok.",
  "ads.gmvMaxDailyOnly": () => "GMV Max usa un budget giornaliero (almeno 10 $ al giorno): lascia vuoto days.",
  "ads.flatPricePerRun": (p) =>
    `${p.model} si vende a prezzo forfettario per l'intera programmazione, non a volume: usa ADCOST per il suo prezzo.`,

  "shop.marginImpossible": (p) =>
    `${p.argument} del ${n(p.margin)} % è impossibile: un margine deve essere inferiore al 100 %.`,
  "shop.marginBelowMinusOne": (p) => `${p.argument} deve essere tra −100 % e 100 % (0,25 è 25 %).`,
  "shop.noPriceForMargin": (p) =>
    `Nessun prezzo raggiunge un margine del ${n(p.margin)} %: commissioni, commissione affiliati e resi assorbono più del ${n(p.share)} % di ogni unità di prezzo in più.`,
  "shop.priceAboveMaxCheckCosts": (p) =>
    `Il prezzo che raggiunge un margine del ${n(p.margin)} % supera ${n(p.max)} ${p.currency}, l'importo massimo con cui calcola il componente aggiuntivo: controlla unit_cost e gli altri costi.`,
  "shop.priceAboveMaxLowerMargin": (p) =>
    `Il prezzo che raggiunge un margine del ${n(p.margin)} % supera ${n(p.max)} ${p.currency}, l'importo massimo con cui calcola il componente aggiuntivo: abbassa target_margin oppure controlla unit_cost e gli altri costi.`,
  "shop.noWholeMinorUnitPrice": (p) =>
    `Nessun prezzo in sottounità intere di ${p.currency} raggiunge il margine; controlla i dati inseriti.`,
  "shop.targetAboveNoRevenue": (p) =>
    `Anche senza commissione affiliati questo ordine non produce margine, sotto l'obiettivo del ${n(p.target)} %.`,
  "shop.targetAboveBestMargin": (p) =>
    `Anche senza commissione affiliati questo ordine produce un margine del ${n(p.margin)} %, sotto l'obiettivo del ${n(p.target)} %.`,
  "shop.targetAboveRounded": (p) =>
    `Anche senza commissione affiliati questo ordine, arrotondato a sottounità intere di ${p.currency}, produce meno dell'obiettivo del ${n(p.target)} %.`,
  "shop.sellerDiscountAboveItems": (p) =>
    `seller_discount (${n(p.discount)}) supera il costo degli articoli (${n(p.items)}): inserisci lo sconto di questa riga d'ordine.`,
  "shop.platformDiscountAbovePayment": (p) =>
    `platform_discount (${n(p.discount)}) rende negativo il pagamento dell'acquirente: inserisci lo sconto di questa riga d'ordine.`,
  "shop.commissionRateTwice": () =>
    "Indica l'aliquota di commissione una sola volta: come category oppure come commission_rate con un nome di categoria.",
  "shop.noSourcedFees": (p) =>
    `Non ci sono ancora commissioni TikTok Shop documentate per il mercato ${region(p.market)} (${p.code}).${p.note ? ` ${p.note}` : ""} Indica l'aliquota di commissione nell'argomento category, ad es. 0,06.`,
  "shop.noRevenue": () => "L'ordine non ha ricavi (prezzo e spedizione sono zero), quindi non ha margine.",
  "shop.fbtUsNotPublic": () =>
    'Il tariffario FBT statunitense per peso non è pubblico nelle nostre fonti: le commissioni partono da 3,58 $ per articolo (ordini di una sola unità) e si applicano al peso tassabile (vedi =TIKTOK.RATESOURCE("fbtFrom";"US")). Indica la tua commissione.',
  "shop.fbtNotSourced": (p) =>
    `Nessuna tabella pubblica delle commissioni FBT per il mercato ${region(p.market)}: è documentata solo quella del Regno Unito.`,
  "shop.fbtNoTier": (p) =>
    `Nessuna fascia FBT del Regno Unito accetta ${n(p.longest)} × ${n(p.middle)} × ${n(p.shortest)} cm e ${n(p.weight)} kg (la più grande è 120 × 60 × 60 cm; 30 kg fino a 61 × 46 × 46 cm).`,

  "market.notShop": (p) =>
    `TikTok Shop non vende in ${p.market} (${p.code}), quindi non ci sono commissioni del negozio né regolamenti: scegli uno tra ${p.markets}.`,
  "market.noShopCategories": (p) => `Non ci sono ancora categorie TikTok Shop documentate per ${p.market}.`,
  "rate.notInBook": (p) => `Il tariffario non contiene ${p.kind} per ${p.market}.`,
  "rate.introducedLater": (p) =>
    `Nessuna commissione ${p.kind} per ${p.market} prima del ${d(p.first)}: è stata introdotta allora (${p.argument} ${p.asOf}).`,
  "rate.beforeBook": (p) =>
    `Nessuna aliquota ${p.kind} per ${p.market} prima del ${d(p.first)}: il tariffario inizia lì (${p.argument} ${p.asOf}).`,
  "rate.ended": (p) =>
    `Nessuna aliquota ${p.kind} per ${p.market} è in vigore il ${p.asOf} (l'ultima è terminata il ${d(p.last)}).`,
  "rate.unpublished": (p) =>
    `La commissione ${p.fee} per ${p.market} al ${p.asOf} non è pubblica (solo Seller Center): indica la tua aliquota come numero.${p.note ? ` ${p.note}` : ""}`,
  "rate.unpublishedCategory": (p) =>
    `La commissione ${p.fee} per ${p.category} in ${p.market} al ${p.asOf} non è pubblica (solo Seller Center): indica la tua aliquota come numero.${p.note ? ` ${p.note}` : ""}`,

  "settlement.amountNotFinite": (p) => `${p.column} contiene ${p.value}, non un importo.`,
  "settlement.amountWrongType": (p) => `${p.column} contiene ${p.what}, non un importo.`,
  "settlement.amountAmbiguousDot": (p) =>
    `${p.column} contiene «${p.text}»: il punto potrebbe separare le migliaia (1.250 = 1250) o i decimali. Esporta di nuovo il file con numeri semplici, oppure aprilo in Excel e salva il foglio.`,
  "settlement.amountNotNumber": (p) => `${p.column} contiene «${p.text}», che non è un importo.`,
  "settlement.dateInvalid": (p) => `${p.column} contiene una data non valida.`,
  "settlement.dateWrongType": (p) => `${p.column} contiene ${p.what}, non una data.`,
  "settlement.dateNotDate": (p) => `${p.column} contiene «${p.text}», che non è una data.`,
  "settlement.dateNotCalendar": (p) => `${p.column} contiene «${p.text}», che non è una data del calendario.`,
  "settlement.dateNumberNotDate": (p) => `${p.column} contiene ${p.value}, che non è una data.`,
  "settlement.notKnownLayout": (p) =>
    `Non è un'esportazione di regolamento TikTok Shop che questo componente aggiuntivo conosca. Cercata nelle prime ${n(p.rows)} righe un'intestazione con ${lay(p.looked)}. Trovato: ${p.found}.`,
  "settlement.mappingNotJson": (p) => `La mappatura delle colonne non è un JSON valido: ${p.reason}.`,
  "settlement.mappingFormat": (p) =>
    `Non è una mappatura delle colonne: attesi "format": "${p.format}" e "version": ${n(p.version)} con un elenco "header" e un oggetto "columns"; trovato ${p.found}.`,
  "settlement.mappingUnknownKey": (p) =>
    `La mappatura delle colonne nomina "${p.key}", che non è tra: ${p.keys}. Correggilo o rimuovilo.`,
  "settlement.mappingColumnMissing": (p) =>
    `La mappatura delle colonne assegna a ${p.key} la colonna "${p.column}", che non è nella sua intestazione: usa il nome della colonna come lo scrive il file.`,
  "settlement.mappingDuplicate": (p) =>
    `La mappatura delle colonne assegna la colonna "${p.column}" sia a ${p.first} sia a ${p.second}: assegna ogni colonna a una sola chiave.`,
  "settlement.mappingBadKind": (p) =>
    `La mappatura delle colonne dice che il valore di tipo "${p.value}" è ${p.kind}: indica quale di ${p.kinds} è.`,
  "settlement.mappingNotConfirmed": () =>
    'La mappatura delle colonne non è confermata, quindi non viene usata: controlla ogni colonna, poi imposta "confirmed": true.',
  "settlement.mappingNeedsKeys": (p) =>
    `La mappatura delle colonne legge il file come ${lay(p.layout)} ma non indica alcuna colonna per ${p.keys}: aggiungile.`,
  "settlement.mappingHeaderNotFound": (p) =>
    `Il file non ha l’intestazione della mappatura delle colonne (${p.cells}…) nelle prime ${n(p.rows)} righe: la mappatura è di un altro file.`,
  "settlement.foundNothing": () => "nessun testo nelle prime righe",
  "settlement.foundRow": (p) => `la riga ${n(p.row)} contiene ${p.cells}`,
  "settlement.foundRowMore": (p) => `la riga ${n(p.row)} contiene ${p.cells} e altri ${n(p.more)}`,
  "settlement.mixedLanguages": (p) =>
    `L'intestazione della riga ${n(p.row)} mescola due lingue di Seller Center: ${p.first} (${p.firstCells}) e ${p.second} (${p.secondCells}). Esporta di nuovo il file da Seller Center in una sola lingua, con le colonne come le chiama TikTok.`,
  "settlement.ambiguousLayout": (p) =>
    `L'intestazione della riga ${n(p.row)} corrisponde allo stesso modo a due formati (${lay(p.layouts)}), quindi non viene letta come nessuno dei due: riconcilia l'esportazione così come l'ha scritta Seller Center, senza colonne aggiunte o rinominate.`,
  "settlement.orderExportGiven": () =>
    "Questa è l'esportazione degli ordini (OrderSKUList), non un regolamento: riconcilia l'esportazione Income, statement o unsettled e indica l'esportazione degli ordini come file degli ordini.",
  "settlement.noDataRows": (p) => `${lay(p.layout)}: ha un'intestazione (riga ${n(p.row)}) ma nessuna riga di dati.`,
  "settlement.ordersNotOrderExport": (p) =>
    `Il file degli ordini è un ${lay(p.layout)}, non l'esportazione degli ordini (OrderSKUList).`,
  "settlement.currencyUnknown": (p) =>
    `La valuta del file, ${p.code}, non è quella di alcun mercato TikTok Shop noto a questo componente aggiuntivo: indica il mercato.`,
  "settlement.currencyShared": (p) =>
    `Il file è in ${p.code}, usata da ${p.markets}: indica il mercato (ad es. --market ${p.example}).`,
  "settlement.marketsRemain": (p) =>
    `Valuta, nome e colonne delle commissioni del file lasciano ${p.markets}: indica il mercato (ad es. --market ${p.example}).`,
  "settlement.noMarket": () =>
    "Il file non indica alcuna valuta: indica il mercato (ad es. --market US); né il nome né le colonne delle commissioni lo rivelano.",

  "feeReason.noOrderValueColumn": () =>
    "il file non ha la colonna «Customer payment» per formare il valore dell'ordine",
  "feeReason.noItemNetColumn": () => "il file non ha la colonna «Subtotal after seller discounts»",
  "feeReason.noCustomerPaymentColumn": () => "il file non ha la colonna «Customer payment»",
  "feeReason.noBase": (p) => `una commissione su ${p.base} non ha una base`,
  "feeReason.noReferralRule": () => "nessuna regola di commissione di segnalazione da cui prendere il 20 %",
  "feeReason.perItemNoQuantity": (p) => `${p.fee} è per articolo e il file non ha la colonna «Quantity»`,
  "feeReason.cappedPerItemNoQuantity": (p) =>
    `${p.fee} ha un tetto per articolo e il file non ha la colonna «Quantity»`,
  "expectedFee.noOrderValueColumn": () =>
    "Il file non ha la colonna «Customer payment» per formare il valore dell'ordine.",
  "expectedFee.noItemNetColumn": () => "Il file non ha la colonna «Subtotal after seller discounts».",
  "expectedFee.noCustomerPaymentColumn": () => "Il file non ha la colonna «Customer payment».",
  "expectedFee.noBase": (p) => `Una commissione su ${p.base} non ha una base.`,
  "expectedFee.noReferralRule": () => "Nessuna regola di commissione di segnalazione da cui prendere il 20 %.",
  "expectedFee.perItemNoQuantity": (p) => `${p.fee}: è per articolo e il file non ha la colonna «Quantity».`,
  "expectedFee.cappedPerItemNoQuantity": (p) =>
    `${p.fee}: ha un tetto per articolo e il file non ha la colonna «Quantity».`,
  "expectedFee.neededNoOrderValueColumn": (p) =>
    `${p.argument} serve per questa commissione: il file non ha la colonna «Customer payment» per formare il valore dell'ordine.`,
  "expectedFee.neededNoItemNetColumn": (p) =>
    `${p.argument} serve per questa commissione: il file non ha la colonna «Subtotal after seller discounts».`,
  "expectedFee.neededNoCustomerPaymentColumn": (p) =>
    `${p.argument} serve per questa commissione: il file non ha la colonna «Customer payment».`,
  "expectedFee.neededPerItemNoQuantity": (p) =>
    `${p.argument} serve per questa commissione: ${p.fee} è per articolo e il file non ha la colonna «Quantity».`,
  "expectedFee.neededCappedPerItemNoQuantity": (p) =>
    `${p.argument} serve per questa commissione: ${p.fee} ha un tetto per articolo e il file non ha la colonna «Quantity».`,
  "expectedFee.categoryNotRate": () =>
    "category qui deve essere un nome di categoria (l'aliquota viene dal tariffario), non un'aliquota.",

  "sellerProfile.bothTypes": () => 'seller_profile indica sia "individual" sia "business": tienine uno.',
  "sellerProfile.feeTaxTwice": () => 'seller_profile indica "fee tax" due volte: tienine uno.',
  "sellerProfile.feeTaxText": (p) => `seller_profile, fee tax «${p.text}»: ${whyText(p)}.`,
  "sellerProfile.unknownWord": (p) =>
    `seller_profile: parola sconosciuta «${p.word}». Usa parole come ${p.words}, separate da virgole.`,

  "argument.range": (p) => `${p.argument} deve essere un singolo valore, non un intervallo di celle.`,
  "argument.errorOrObject": (p) => `${p.argument} contiene un errore o un oggetto: correggi prima quella cella.`,
  "argument.booleanForNumber": (p) => `${p.argument} è VERO/FALSO: inserisci un numero.`,
  "argument.booleanForDate": (p) => `${p.argument} è VERO/FALSO: inserisci una data.`,
  "argument.notFinite": (p) => `${p.argument} non è un numero finito.`,
  "argument.notANumber": (p) => `${p.argument} deve essere un numero.`,
  "argument.requiredNumber": (p) => `${p.argument} è obbligatorio: inserisci un numero.`,
  "argument.requiredText": (p) => `${p.argument} è obbligatorio, ad es. ${p.example}.`,
  "argument.textExpected": (p) => `${p.argument} deve essere un testo, ad es. ${p.example}.`,
  "argument.categoryZero": (p) =>
    `${p.argument} è 0 (in Excel desktop anche una cella vuota si legge come 0): per una commissione dello 0 % digita "0%", altrimenti ometti ${p.argument} o indica una categoria.`,
  "argument.zeroFromEmptyCell": (p) =>
    `${p.argument} è 0 (in Excel desktop anche una cella vuota si legge come 0): ometti ${p.argument} per usare ${n(t(p.fallback))}, oppure digita "0" come testo per uno 0 vero.`,
  "argument.zeroFromEmptyCellNoDefault": (p) =>
    `${p.argument} è 0 (in Excel desktop anche una cella vuota si legge come 0): ometti ${p.argument} per usare il valore predefinito, oppure digita "0" come testo per uno 0 vero.`,
  "argument.categoryType": (p) => `${p.argument} deve essere un nome di categoria o un'aliquota come 0,06.`,
  "argument.unknownChoice": (p) => `Valore sconosciuto per ${p.argument}: «${p.given}». Usa ${or(p.choices)}.`,
  "argument.marginRange": (p) => `${p.argument} deve essere una frazione tra −1 e 1 (30 % è 0,3), non ${n(p.given)}.`,
  "result.tooLargeForCell": () => "Il risultato è troppo grande per una cella.",
  "result.ownRateSource": () => "La tua aliquota (indicata nel foglio, non dal tariffario)",
  "result.tableForValue": () => "Errore imprevisto: una tabella dove va un singolo valore",
  "result.valueForTable": () => "Errore imprevisto: un singolo valore dove va una tabella",
  "result.unexpected": (p) => `Errore imprevisto: ${p.message}`,
  // The Open API's saved responses (src/core/settlement/openApi.ts).
  "openApi.unknownShape": (p) =>
    `Non è una risposta salvata delle transazioni di estratto conto dell'Open API di TikTok Shop: è atteso {"code": 0, "data": {"transactions": […]}} da GET /finance/202309 / /finance/202501/statements/{statement_id}/statement_transactions, il suo oggetto "data" o un array di risposte (una per pagina). Trovato ${p.found}.`,
  "openApi.apiError": (p) =>
    `La risposta salvata è un errore dell'API (codice ${p.code}${p.text ? `: ${p.text}` : ""}), non transazioni di estratto conto: richiedi di nuovo la pagina e salva la risposta che contiene "data".`,
  "openApi.statementsList": () =>
    `Questo è l'elenco degli estratti conto (GET /finance/…/statements), non le transazioni di un estratto conto: salva la risposta statement_transactions di ciascun estratto conto e riconcilia quelle.`,
  "openApi.perOrder": () =>
    `Le transazioni per ordine (sku_transactions) non vengono ancora lette: salva invece la risposta statement_transactions dell'estratto conto dell'ordine.`,
  "openApi.noTransactions": () => `Le risposte salvate non contengono transazioni: niente da riconciliare.`,
  "openApi.mixedVersions": (p) =>
    `Le risposte mescolano due forme di transazione (${p.first} e ${p.second}): riconcilia separatamente le risposte di ciascuna versione.`,
  "openApi.unknownTransaction": (p) =>
    `Le transazioni non hanno campi di una versione che questo componente aggiuntivo legge (202309: "fee_amount"…, 202501: "fee_tax_breakdown"…, unsettled: "est_settlement_amount"): la prima ha ${p.found}.`,
  "openApi.notJson": (p) => `${p.file} non è un JSON valido: ${p.reason}.`,
  "ads.budgetOk": (p) =>
    `OK: il ${itBudget(p.level, p.type)} di ${n(p.budget)} USD raggiunge il minimo (${p.strict ? "più di" : "almeno"} ${n(p.min)} USD).`,
  "ads.budgetBelow": (p) =>
    `Sotto il minimo: il ${itBudget(p.level, p.type)} deve essere ${p.strict ? "di più di" : "di almeno"} ${n(p.min)} USD; con ${n(p.budget)} USD mancano ${n(p.short)} USD${p.strict ? " (il minimo esatto non basta)" : ""}.`,
  "live.waterfallLabel": (p) =>
    pick(p.line, {
      step: `Passaggio`,
      share: `Quota della spesa dello spettatore`,
      appStore: `Store di app (${p.channel})`,
      tiktok: `TikTok`,
      agency: `Agenzia`,
      withdrawalFee: `Commissione di prelievo`,
      creator: `Incasso del creator`,
      viewerSpend: `Spesa dello spettatore`,
    }),
  "ads.funnelLabel": (p) =>
    pick(p.line, {
      step: `Passaggio`,
      value: `Valore`,
      budget: `Budget (USD)`,
      impressions: `Impressioni`,
      clicks: `Clic`,
      conversions: `Conversioni`,
      revenue: `Ricavi (USD)`,
      roas: `ROAS`,
      cpa: `Costo per conversione (USD)`,
      profit: `Profitto dopo gli annunci (USD)`,
    }),
  "settlement.noCreatedDate": () => "l'ordine non ha una data di creazione con cui scegliere le aliquote in vigore",
  "file.notFound": (p) => `${p.file}: file inesistente.`,
  "file.isFolder": (p) => `${p.file} è una cartella, non un file.`,
  "file.empty": (p) => `${p.file} è vuoto (0 byte).`,
  "file.notWorkbook": (p) => `${p.file} non è una cartella di lavoro Excel (nessuna firma xlsx).`,
  "file.binary": (p) => `${p.file} è un file binario, né testo CSV né una cartella di lavoro xlsx.`,
  "file.notCsv": (p) => `${p.file} non si può leggere come CSV: ${p.reason}`,
  "file.noWorksheets": (p) => `${p.file} non ha fogli di lavoro.`,
  "file.damagedWorkbook": (p) =>
    `${p.file} non si può leggere come cartella di lavoro xlsx (danneggiata o troncata?): ${p.reason}`,
  "file.unreadable": (p) => `${p.file}: impossibile leggerlo (${p.code}).`,
  "file.notReconciled": (p) => `${p.file}: impossibile riconciliarlo: ${p.reason}`,
  "file.sheetNotFound": (p) => `--sheet «${p.sheet}» non è in ${p.file} (fogli: ${p.sheets}).`,
  "settlement.mappedLayoutTitle": () => "La tua mappatura delle colonne",
  "settlement.layoutTitle": (p) => lay(p.title),
  "settlement.skipAdjustment": (p) =>
    `${p.type}${p.why ? ` (${p.why})` : ""}: le rettifiche non vengono confrontate con il tariffario`,
  "settlement.skipCurrency": (p) => `la valuta ${p.currency} non è quella di ${p.market} (${p.expected})`,
  "settlement.rateNotInBook": (p) => `il tariffario non contiene ${p.kind} per ${p.market}`,
  "settlement.rateBeforeBook": (p) =>
    `nessuna aliquota ${p.kind} per ${p.market} prima del ${d(p.first)}: il tariffario inizia lì (data dell'ordine ${d(p.date)})`,
  "settlement.noRuleInForce": (p) => `nessun ${p.kind} in vigore il ${d(p.date)}`,
  "settlement.nothingChargedWaiver": (p) =>
    `non è stato addebitato nulla, e nessuna aliquota ${p.kind} del tariffario al ${d(p.date)} è dello 0 %: un'esenzione per nuovi venditori o di un programma non è nel tariffario`,
  "settlement.categoryDefault": () => "predefinita",
  "settlement.categoryWithVat": (p) => `${p.category} (IVA inclusa)`,
  "settlement.categoryNoneFitsAtDefault": () => "nessuna corrisponde (atteso all'aliquota predefinita)",
  "settlement.categoryNothingChargedAtDefault": () => "nulla addebitato (atteso all'aliquota predefinita)",
  "settlement.categoryNoneFitsNearest": (p) => `nessuna corrisponde (la più vicina: ${p.nearest})`,
  "settlement.categoryNothingCharged": () => "nulla addebitato",
  "settlement.noModelledFee": () =>
    `il file non ha alcuna colonna di commissioni che questo componente aggiuntivo modelli`,
  "live.crpEligible": () => `Idoneo`,
  "live.crpNotEligible": (p) => `Non idoneo: ${p.reasons}`,
  "live.crpReason": (p) =>
    pick(p.why, {
      notOpen: `il programma non è aperto nel mercato ${region(p.a)} (aperto in ${p.b})`,
      followers: `servono ${n(p.a)} follower (ne ha ${n(p.b)})`,
      views: `servono ${n(p.a)} visualizzazioni in 30 giorni (ne ha ${n(p.b)})`,
      seconds: `i video devono durare almeno ${n(p.a)} s (questo dura ${n(p.b)} s)`,
      age: `i creator devono avere almeno ${n(p.a)} anni`,
    }),
  "fee.vatOn": (p) => `IVA su ${p.fee}`,
  "table.byCategory": () => "per categoria",
  "table.column": (p) =>
    pick(p.column, {
      gift: "Regalo",
      coins: "Monete",
      since: "In vigore dal",
      until: "Fino al",
      source: "Fonte",
      note: "Nota",
      format: "Formato",
      duration: "Durata",
      delivery: "Erogazione",
      pricing: "Prezzo",
      low: "Minimo (USD)",
      high: "Massimo (USD)",
      code: "Codice",
      market: "Mercato",
      currency: "Valuta",
      defaultCommission: "Commissione predefinita",
      category: "Categoria",
      commission: "Commissione",
      component: "Voce",
      rate: "Aliquota",
      base: "Base",
      amount: "Importo",
      totalShopFees: "Totale commissioni TikTok Shop",
    }),
};

export default it;
