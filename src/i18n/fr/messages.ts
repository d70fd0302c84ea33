/**
 * Français : the message catalog (src/core/messages.ts) in French. A machine-made draft, checked
 * by back-translation, not yet reviewed by a native speaker (docs/i18n.md). Argument and function
 * names stay as formulas write them, and so do values to type ("perCoin"); Excel's own words as
 * French Excel shows them (VRAI/FAUX); formulas with French Excel's separator (;).
 */
import { type CompleteCatalog, pick } from "../../core/messages";
import { dateIn, numberIn, orIn, phrasesIn, marketNameIn } from "../format";

const n = numberIn("fr-FR");
const region = marketNameIn("fr-FR");
const d = dateIn("fr-FR");
const or = orIn("ou");
const t = phrasesIn(
  {
    "a number": "un nombre",
    "USD per 1,000 followers": "des USD pour 1 000 followers",
    "a CPM in USD": "un CPM en USD",
    "a budget in USD": "un budget en USD",
    "a cost per action in USD": "un coût par action en USD",
    "a daily budget in USD": "un budget quotidien en USD",
    "a discount amount": "un montant de remise",
    "a margin such as 0.2": "une marge comme 0,2",
    "a margin such as 0.25 (25 %)": "une marge comme 0,25 (25 %)",
    "a margin such as 0.3": "une marge comme 0,3",
    "a margin such as 0.4": "une marge comme 0,4",
    "a number of days": "un nombre de jours",
    "a number of followers": "un nombre de followers",
    "a number of gifts": "un nombre de cadeaux",
    "a number of streams": "un nombre de streams",
    "a number of views": "un nombre de vues",
    "a price in USD": "un prix en USD",
    "a rate such as 0.06 or 6%": "un taux comme 0,06 ou 6 %",
    "a tolerance in currency units": "une tolérance en unités monétaires",
    "a video length in seconds": "une durée de vidéo en secondes",
    "a weight in kg": "un poids en kg",
    "a weight in pounds": "un poids en livres",
    "a whole number of clicks": "un nombre entier de clics",
    "a whole number of coins": "un nombre entier de pièces",
    "a whole number of days": "un nombre entier de jours",
    "a whole number of diamonds": "un nombre entier de diamants",
    "a whole number of gifts": "un nombre entier de cadeaux",
    "a whole number of impressions": "un nombre entier d'impressions",
    "a whole number of units": "un nombre entier d'unités",
    "a whole number of views": "un nombre entier de vues",
    "ad spend in USD": "les dépenses publicitaires en USD",
    "an amount in USD": "un montant en USD",
    "an amount": "un montant",
    "an average frequency such as 2.5": "une fréquence moyenne comme 2,5",
    "an average order value": "un panier moyen",
    "revenue in USD": "le chiffre d'affaires en USD",
    "the ad cost per order": "le coût publicitaire par commande",
    "the cost of one unit": "le coût d'une unité",
    "the hours left in the day": "les heures restantes dans la journée",
    "the shipping the buyer paid": "les frais de port payés par l'acheteur",
    "the unit price": "le prix unitaire",
    "your shipping cost": "vos frais d'expédition",
    "a range": "une plage",
    market: "marché",
    currency: "devise",
    channel: "canal",
    gift: "cadeau",
    fee: "frais",
    category: "catégorie",
    industry: "secteur",
    "billing model or format": "modèle de facturation ou format",
    "benchmark metric": "indicateur de référence",
    "content type": "type de contenu",
    "budget level": "niveau de budget",
    "budget period": "période de budget",
    "conversion depth": "profondeur de conversion",
    "the market's default rate": "le taux par défaut du marché",
    "the newest rates": "les taux les plus récents",
    "the rate book's rate for the category": "le taux du barème pour la catégorie",
    "the sourced range": "la fourchette documentée",
    "an individual seller, not Mall, not cross-border, below the tax thresholds":
      "un vendeur particulier, hors Mall, hors transfrontalier, sous les seuils fiscaux",
  },
  (thing, market) => `${thing} pour ${market}`,
);

/** A thing's name at the start of a sentence. */
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "budget quotidien de la campagne": the budget ADBUDGETCHECK speaks of. */
const frBudget = (level: string, type: string): string =>
  `budget ${type === "daily" ? "quotidien" : "total"} ${level === "adgroup" ? "du groupe d'annonces" : level === "gmvmax" ? "GMV Max" : "de la campagne"}`;
/** Why a text is not a number (numberReason in src/core/messages.ts). */
const whyText = (p: { why: string; a: string; b: string }): string =>
  pick(p.why, {
    percent: `un pourcentage n'est pas accepté ici — saisissez le nombre lui-même`,
    exponent: `l'exposant est hors limites — saisissez le nombre sans exposant`,
    commaAmbiguous: `une virgule peut séparer les décimales ou les milliers — tapez ${p.a} ou ${p.b}, ou saisissez la valeur comme nombre (pas comme texte)`,
    commaDecimal: `une virgule peut séparer les décimales ou les milliers — tapez ${p.a} ou saisissez la valeur comme nombre (pas comme texte)`,
    grouping: `les séparateurs de milliers doivent grouper trois chiffres ("1,234,567.89") — tapez ${p.a} ou saisissez la valeur comme nombre (pas comme texte)`,
    points: `les points sont des séparateurs décimaux — tapez ${p.a} ou saisissez la valeur comme nombre (pas comme texte)`,
    separators: `les séparateurs à l'intérieur d'un nombre ne sont pas lus — tapez ${p.a} ou saisissez la valeur comme nombre (pas comme texte)`,
    notNumber: `ce n'est pas un nombre`,
  });
/** The settlement layouts' titles (Layout.title, English) in this language, wherever a text names them. */
const LAYOUT_TITLES: readonly (readonly [string, string])[] = [
  [
    'Income export "Order details" (SEA; Chinese-UI cross-border)',
    'Export des revenus "Order details" (SEA ; interface chinoise, transfrontalier)',
  ],
  [
    "Statement order details (US/UK/BR; Chinese-UI MX/JP; per SKU)",
    "Détails des commandes du relevé (US/UK/BR ; interface chinoise MX/JP ; par SKU)",
  ],
  ["Unsettled-orders export (US/VN/TH xlsx, UK CSV)", "Export des commandes non réglées (US/VN/TH xlsx, UK CSV)"],
  ["Order export (OrderSKUList)", "Export des commandes (OrderSKUList)"],
];
const lay = (text: string): string => LAYOUT_TITLES.reduce((s, [en, own]) => s.split(en).join(own), text);
const fr: CompleteCatalog = {
  "number.empty": (p) => `${p.argument} est vide : saisissez ${t(p.noun)}.`,
  "number.boolean": (p) => `${p.argument} vaut VRAI/FAUX : saisissez ${t(p.noun)}.`,
  "number.notFinite": (p) => `${p.argument} n'est pas un nombre fini : saisissez ${t(p.noun)}.`,
  "number.text": (p) => `${p.argument} est du texte (« ${p.text} ») : saisissez ${t(p.noun)}.`,
  "number.textReason": (p) => `${p.argument} est du texte « ${p.text} » : ${whyText(p)}.`,
  "number.tooLarge": (p) => `${p.argument} est trop grand : ${n(p.max)} au plus est autorisé.`,
  "number.negative": (p) => `${p.argument} est négatif (${n(p.value)}) : saisissez zéro ou plus.`,
  "number.zero": (p) => `${p.argument} vaut zéro : saisissez ${t(p.noun)} supérieur à zéro.`,
  "number.notWhole": (p) => `${p.argument} doit être un nombre entier, pas ${n(p.value)}.`,
  "rate.outOfRange": (p) =>
    `${p.argument} vaut ${n(p.value)} : saisissez un taux entre 0 et ${n(p.limit)} (6 % s'écrit 0,06).`,
  "date.notIso": (p) => `« ${p.text} » n'est pas une date au format AAAA-MM-JJ.`,
  "date.notSerial": (p) =>
    `${p.argument} n'est pas une date : saisissez une cellule de date ou un texte comme « 2025-01-31 ».`,
  "date.notDateText": (p) =>
    `${p.argument} « ${p.text} » n'est pas une date : utilisez une cellule de date ou un texte comme « 2025-01-31 ».`,
  "date.wrongType": (p) =>
    `${p.argument} doit être une date, pas ${p.what === "TRUE/FALSE" ? "VRAI/FAUX" : t(p.what)}.`,
  "name.unknown": (p) => `${cap(t(p.what))} « ${p.given} » introuvable.`,
  "name.unknownDidYouMean": (p) => `${cap(t(p.what))} « ${p.given} » introuvable. Vouliez-vous dire ${or(p.names)} ?`,
  "name.unknownKnown": (p) => `${cap(t(p.what))} « ${p.given} » introuvable. Connus : ${p.names}.`,
  "name.unknownKnownMore": (p) =>
    `${cap(t(p.what))} « ${p.given} » introuvable. Connus : ${p.names} et ${n(p.more)} autres.`,
  "fee.unknown": (p) => `Frais inconnus « ${p.given} » : utilisez l'un de ${p.fees}.`,

  "live.noCoinPrices": (p) =>
    `Aucun prix de pièces documenté pour le marché ${region(p.market)} : le barème ne contient que les packs US (web, iOS, Android) et UK (iOS, Android). Indiquez plutôt le prix que vous payez.`,
  "live.noCoinPack": (p) => `Pack de pièces inconnu pour ${p.channel} sur « ${p.market} ». Connus : ${p.known}.`,
  "live.tooManyCoinsForPacks": (p) =>
    `coins dépasse ${n(p.max)} pour la méthode par packs : utilisez la méthode "perCoin".`,
  "live.agencyTakesAll": () =>
    "Avec une part d'agence de 100 %, aucun nombre de diamants ne rapporte quoi que ce soit au créateur.",
  "live.tooManyDiamonds": (p) =>
    `Un paiement de ${n(p.target)} USD demande plus de ${n(p.max)} diamants, le maximum que compte le complément : saisissez un objectif plus petit (ou vérifiez usd_per_diamond et agency_share).`,
  "live.creatorAboveSpend": (p) =>
    `Avec ces paramètres, le créateur recevrait davantage (${n(p.creator)} USD) que ce que le spectateur a payé après les frais de la boutique d'applications (${n(p.afterStore)} USD) : vérifiez usd_per_diamond et coins_per_diamond.`,
  "live.beforeGiftCatalog": () =>
    "as_of est antérieur au catalogue de cadeaux, qui commence en 2021 : aucun prix de cadeau avant cette date.",

  "ads.marginNotPositive": () =>
    "Avec une marge nulle ou négative, aucun ROAS n'atteint le seuil de rentabilité : chaque vente perd de l'argent avant la publicité.",
  "ads.marginAboveOne": (p) =>
    `Une marge de ${n(p.margin)} % est impossible : saisissez une fraction jusqu'à 1 (30 % s'écrit 0,3).`,
  "ads.targetNotBelowMargin": (p) =>
    `La marge cible (${n(p.target)} %) n'est pas inférieure à la marge avant publicité (${n(p.margin)} %) : aucune dépense publicitaire ne la préserve.`,
  "ads.frequencyBelowOne": () =>
    "La fréquence moyenne vaut au moins 1 (chaque personne atteinte voit l'annonce au moins une fois).",
  "ads.noCpvBenchmark": () =>
    "Il n'existe pas de référence publique fiable pour le CPV : indiquez votre coût par vue comme rate, par ex. 0,03.",
  "ads.topViewByCpm": (p) =>
    `TopView se réserve au CPM (environ ${n(p.cpm)} $), pas à la journée : indiquez votre devis quotidien comme rate, ou utilisez ADCOST("CPM"; impressions; ${n(p.cpm)}).`,
  "ads.brandTakeoverNoPrice": () =>
    "Brand Takeover n'a pas de prix public : indiquez comme rate votre devis quotidien de TikTok.",
  "ads.gmvMaxDailyOnly": () => "GMV Max prend un budget quotidien (au moins 10 $ par jour) : laissez days vide.",
  "ads.flatPricePerRun": (p) =>
    `${p.model} se vend à prix forfaitaire pour toute sa diffusion, pas au volume : utilisez ADCOST pour son prix.`,

  "shop.marginImpossible": (p) =>
    `${p.argument} de ${n(p.margin)} % est impossible : une marge doit être inférieure à 100 %.`,
  "shop.marginBelowMinusOne": (p) => `${p.argument} doit être compris entre −100 % et 100 % (0,25 correspond à 25 %).`,
  "shop.noPriceForMargin": (p) =>
    `Aucun prix n'atteint une marge de ${n(p.margin)} % : les frais, la commission d'affiliation et les retours prennent plus de ${n(p.share)} % de chaque unité de prix supplémentaire.`,
  "shop.priceAboveMaxCheckCosts": (p) =>
    `Le prix qui atteint une marge de ${n(p.margin)} % dépasse ${n(p.max)} ${p.currency}, le plus grand montant que calcule le complément : vérifiez unit_cost et les autres coûts.`,
  "shop.priceAboveMaxLowerMargin": (p) =>
    `Le prix qui atteint une marge de ${n(p.margin)} % dépasse ${n(p.max)} ${p.currency}, le plus grand montant que calcule le complément : baissez target_margin, ou vérifiez unit_cost et les autres coûts.`,
  "shop.noWholeMinorUnitPrice": (p) =>
    `Aucun prix en sous-unités entières de ${p.currency} n'atteint la marge ; vérifiez les données saisies.`,
  "shop.targetAboveNoRevenue": (p) =>
    `Même sans commission d'affiliation, cette commande ne dégage aucune marge, en dessous de l'objectif de ${n(p.target)} %.`,
  "shop.targetAboveBestMargin": (p) =>
    `Même sans commission d'affiliation, cette commande dégage une marge de ${n(p.margin)} %, en dessous de l'objectif de ${n(p.target)} %.`,
  "shop.targetAboveRounded": (p) =>
    `Même sans commission d'affiliation, cette commande, arrondie en sous-unités entières de ${p.currency}, dégage moins que l'objectif de ${n(p.target)} %.`,
  "shop.sellerDiscountAboveItems": (p) =>
    `seller_discount (${n(p.discount)}) dépasse le prix des articles (${n(p.items)}) : saisissez la remise de cette ligne de commande.`,
  "shop.platformDiscountAbovePayment": (p) =>
    `platform_discount (${n(p.discount)}) rend le paiement de l'acheteur négatif : saisissez la remise de cette ligne de commande.`,
  "shop.commissionRateTwice": () =>
    "Indiquez le taux de commission une seule fois : soit comme category, soit comme commission_rate avec un nom de catégorie.",
  "shop.noSourcedFees": (p) =>
    `Pas encore de frais TikTok Shop documentés pour le marché ${region(p.market)} (${p.code}).${p.note ? ` ${p.note}` : ""} Indiquez le taux de commission dans l'argument category, par ex. 0,06.`,
  "shop.noRevenue": () => "La commande n'a pas de chiffre d'affaires (prix et livraison à zéro), donc pas de marge.",
  "shop.fbtUsNotPublic": () =>
    'La grille tarifaire FBT américaine par poids n\'est pas publique dans nos sources : les frais commencent à 3,58 $ par article (commandes d\'une seule unité) et portent sur le poids facturable (voir =TIKTOK.RATESOURCE("fbtFrom";"US")). Indiquez vos propres frais.',
  "shop.fbtNotSourced": (p) =>
    `Aucune grille publique de frais FBT pour le marché ${region(p.market)} : seule celle du Royaume-Uni est documentée.`,
  "shop.fbtNoTier": (p) =>
    `Aucun palier FBT britannique n'accepte ${n(p.longest)} × ${n(p.middle)} × ${n(p.shortest)} cm et ${n(p.weight)} kg (le plus grand est 120 × 60 × 60 cm ; 30 kg jusqu'à 61 × 46 × 46 cm).`,

  "market.notShop": (p) =>
    `TikTok Shop ne vend pas en ${p.market} (${p.code}) : il n'y a donc ni frais de boutique ni relevés de règlement. Choisissez l'un de ${p.markets}.`,
  "market.noShopCategories": (p) => `Pas encore de catégories TikTok Shop documentées pour ${p.market}.`,
  "rate.notInBook": (p) => `Le barème ne contient pas de ${p.kind} pour ${p.market}.`,
  "rate.introducedLater": (p) =>
    `Pas de ${p.kind} pour ${p.market} avant le ${d(p.first)} : ces frais ont été introduits à cette date (${p.argument} ${p.asOf}).`,
  "rate.beforeBook": (p) =>
    `Pas de taux ${p.kind} pour ${p.market} avant le ${d(p.first)} : le barème commence à cette date (${p.argument} ${p.asOf}).`,
  "rate.ended": (p) =>
    `Aucun taux ${p.kind} pour ${p.market} n'est en vigueur le ${p.asOf} (le dernier a pris fin le ${d(p.last)}).`,
  "rate.unpublished": (p) =>
    `${cap(p.fee)} pour ${p.market} au ${p.asOf} n'est pas public (Seller Center uniquement) : indiquez votre taux sous forme de nombre.${p.note ? ` ${p.note}` : ""}`,
  "rate.unpublishedCategory": (p) =>
    `${cap(p.fee)} pour ${p.category} en ${p.market} au ${p.asOf} n'est pas public (Seller Center uniquement) : indiquez votre taux sous forme de nombre.${p.note ? ` ${p.note}` : ""}`,

  "settlement.amountNotFinite": (p) => `${p.column} contient ${p.value}, pas un montant.`,
  "settlement.amountWrongType": (p) => `${p.column} contient ${p.what}, pas un montant.`,
  "settlement.amountAmbiguousDot": (p) =>
    `${p.column} contient « ${p.text} » : le point pourrait séparer les milliers (1.250 = 1 250) ou les décimales. Exportez de nouveau le fichier avec des nombres simples, ou ouvrez-le dans Excel et enregistrez la feuille.`,
  "settlement.amountNotNumber": (p) => `${p.column} contient « ${p.text} », qui n'est pas un montant.`,
  "settlement.dateInvalid": (p) => `${p.column} contient une date non valide.`,
  "settlement.dateWrongType": (p) => `${p.column} contient ${p.what}, pas une date.`,
  "settlement.dateNotDate": (p) => `${p.column} contient « ${p.text} », qui n'est pas une date.`,
  "settlement.dateNotCalendar": (p) => `${p.column} contient « ${p.text} », qui n'est pas une date du calendrier.`,
  "settlement.dateNumberNotDate": (p) => `${p.column} contient ${p.value}, qui n'est pas une date.`,
  "settlement.notKnownLayout": (p) =>
    `Ce n'est pas un export de règlement TikTok Shop que ce complément connaît. Recherche d'un en-tête avec ${lay(p.looked)} dans les ${n(p.rows)} premières lignes. Trouvé : ${p.found}.`,
  "settlement.mappingNotJson": (p) => `La correspondance de colonnes n’est pas un JSON valide : ${p.reason}.`,
  "settlement.mappingFormat": (p) =>
    `Ce n’est pas une correspondance de colonnes : attendu "format": "${p.format}" et "version": ${n(p.version)} avec une liste "header" et un objet "columns" ; trouvé ${p.found}.`,
  "settlement.mappingUnknownKey": (p) =>
    `La correspondance de colonnes nomme « ${p.key} », qui ne fait pas partie de : ${p.keys}. Corrigez-le ou supprimez-le.`,
  "settlement.mappingColumnMissing": (p) =>
    `La correspondance de colonnes donne à ${p.key} la colonne « ${p.column} », absente de son en-tête : utilisez le nom de colonne tel que le fichier l’écrit.`,
  "settlement.mappingDuplicate": (p) =>
    `La correspondance de colonnes donne la colonne « ${p.column} » à la fois à ${p.first} et à ${p.second} : donnez chaque colonne à une seule clé.`,
  "settlement.mappingBadKind": (p) =>
    `La correspondance de colonnes dit que la valeur de type « ${p.value} » est ${p.kind} : indiquez lequel de ${p.kinds} elle est.`,
  "settlement.mappingNotConfirmed": () =>
    'La correspondance de colonnes n’est pas confirmée, elle n’est donc pas utilisée : vérifiez chaque colonne, puis mettez "confirmed": true.',
  "settlement.mappingNeedsKeys": (p) =>
    `La correspondance de colonnes lit le fichier comme ${lay(p.layout)} mais ne nomme aucune colonne pour ${p.keys} : ajoutez-les.`,
  "settlement.mappingHeaderNotFound": (p) =>
    `Le fichier n’a pas l’en-tête de la correspondance de colonnes (${p.cells}…) dans ses ${n(p.rows)} premières lignes : la correspondance est celle d’un autre fichier.`,
  "settlement.foundNothing": () => "aucun texte dans les premières lignes",
  "settlement.foundRow": (p) => `la ligne ${n(p.row)} contient ${p.cells}`,
  "settlement.foundRowMore": (p) => `la ligne ${n(p.row)} contient ${p.cells} et ${n(p.more)} autres`,
  "settlement.mixedLanguages": (p) =>
    `L'en-tête de la ligne ${n(p.row)} mélange deux langues du Seller Center : ${p.first} (${p.firstCells}) et ${p.second} (${p.secondCells}). Exportez de nouveau le fichier depuis le Seller Center dans une seule langue, avec les colonnes telles que TikTok les nomme.`,
  "settlement.ambiguousLayout": (p) =>
    `L'en-tête de la ligne ${n(p.row)} correspond aussi bien à deux formats (${lay(p.layouts)}) ; il n'est donc lu comme aucun des deux : rapprochez l'export tel que le Seller Center l'a écrit, sans colonnes ajoutées ni renommées.`,
  "settlement.orderExportGiven": () =>
    "Ceci est l'export des commandes (OrderSKUList), pas un règlement : rapprochez l'export Income, statement ou unsettled et indiquez l'export des commandes comme fichier des commandes.",
  "settlement.noDataRows": (p) =>
    `${cap(lay(p.layout))} a un en-tête (ligne ${n(p.row)}) mais aucune ligne de données.`,
  "settlement.ordersNotOrderExport": (p) =>
    `Le fichier des commandes est un ${lay(p.layout)}, pas l'export des commandes (OrderSKUList).`,
  "settlement.currencyUnknown": (p) =>
    `La devise du fichier, ${p.code}, n'est celle d'aucun marché TikTok Shop que ce complément connaît : indiquez le marché.`,
  "settlement.currencyShared": (p) =>
    `Le fichier est en ${p.code}, utilisé par ${p.markets} : nommez le marché (par ex. --market ${p.example}).`,
  "settlement.marketsRemain": (p) =>
    `La devise, le nom et les colonnes de frais du fichier laissent ${p.markets} : nommez le marché (par ex. --market ${p.example}).`,
  "settlement.noMarket": () =>
    "Le fichier n'indique aucune devise : indiquez le marché (par ex. --market US) ; ni son nom ni ses colonnes de frais ne le disent.",

  "feeReason.noOrderValueColumn": () =>
    "le fichier n'a pas de colonne « Customer payment » pour former la valeur de la commande",
  "feeReason.noItemNetColumn": () => "le fichier n'a pas de colonne « Subtotal after seller discounts »",
  "feeReason.noCustomerPaymentColumn": () => "le fichier n'a pas de colonne « Customer payment »",
  "feeReason.noBase": (p) => `des frais sur ${p.base} n'ont pas de base`,
  "feeReason.noReferralRule": () => "aucune règle de frais de parrainage dont prendre 20 %",
  "feeReason.perItemNoQuantity": (p) => `${p.fee} s'applique par article et le fichier n'a pas de colonne « Quantity »`,
  "feeReason.cappedPerItemNoQuantity": (p) =>
    `${p.fee} est plafonné par article et le fichier n'a pas de colonne « Quantity »`,
  "expectedFee.noOrderValueColumn": () =>
    "Le fichier n'a pas de colonne « Customer payment » pour former la valeur de la commande.",
  "expectedFee.noItemNetColumn": () => "Le fichier n'a pas de colonne « Subtotal after seller discounts ».",
  "expectedFee.noCustomerPaymentColumn": () => "Le fichier n'a pas de colonne « Customer payment ».",
  "expectedFee.noBase": (p) => `Des frais sur ${p.base} n'ont pas de base.`,
  "expectedFee.noReferralRule": () => "Aucune règle de frais de parrainage dont prendre 20 %.",
  "expectedFee.perItemNoQuantity": (p) =>
    `${cap(p.fee)} s'applique par article et le fichier n'a pas de colonne « Quantity ».`,
  "expectedFee.cappedPerItemNoQuantity": (p) =>
    `${cap(p.fee)} est plafonné par article et le fichier n'a pas de colonne « Quantity ».`,
  "expectedFee.neededNoOrderValueColumn": (p) =>
    `${p.argument} est nécessaire pour ces frais : le fichier n'a pas de colonne « Customer payment » pour former la valeur de la commande.`,
  "expectedFee.neededNoItemNetColumn": (p) =>
    `${p.argument} est nécessaire pour ces frais : le fichier n'a pas de colonne « Subtotal after seller discounts ».`,
  "expectedFee.neededNoCustomerPaymentColumn": (p) =>
    `${p.argument} est nécessaire pour ces frais : le fichier n'a pas de colonne « Customer payment ».`,
  "expectedFee.neededPerItemNoQuantity": (p) =>
    `${p.argument} est nécessaire pour ces frais : ${p.fee} s'applique par article et le fichier n'a pas de colonne « Quantity ».`,
  "expectedFee.neededCappedPerItemNoQuantity": (p) =>
    `${p.argument} est nécessaire pour ces frais : ${p.fee} est plafonné par article et le fichier n'a pas de colonne « Quantity ».`,
  "expectedFee.categoryNotRate": () =>
    "category doit ici être un nom de catégorie (le taux vient du barème), pas un taux.",

  "sellerProfile.bothTypes": () => 'seller_profile indique à la fois "individual" et "business" : gardez-en un seul.',
  "sellerProfile.feeTaxTwice": () => 'seller_profile indique "fee tax" deux fois : gardez-en un seul.',
  "sellerProfile.feeTaxText": (p) => `seller_profile, fee tax « ${p.text} » : ${whyText(p)}.`,
  "sellerProfile.unknownWord": (p) =>
    `seller_profile : mot inconnu « ${p.word} ». Utilisez des mots comme ${p.words}, séparés par des virgules.`,

  "argument.range": (p) => `${p.argument} doit être une valeur unique, pas une plage de cellules.`,
  "argument.errorOrObject": (p) => `${p.argument} contient une erreur ou un objet : corrigez d'abord cette cellule.`,
  "argument.booleanForNumber": (p) => `${p.argument} vaut VRAI/FAUX : saisissez un nombre.`,
  "argument.booleanForDate": (p) => `${p.argument} vaut VRAI/FAUX : saisissez une date.`,
  "argument.notFinite": (p) => `${p.argument} n'est pas un nombre fini.`,
  "argument.notANumber": (p) => `${p.argument} doit être un nombre.`,
  "argument.requiredNumber": (p) => `${p.argument} est obligatoire : saisissez un nombre.`,
  "argument.requiredText": (p) => `${p.argument} est obligatoire, par ex. ${p.example}.`,
  "argument.textExpected": (p) => `${p.argument} doit être du texte, par ex. ${p.example}.`,
  "argument.categoryZero": (p) =>
    `${p.argument} vaut 0 (une cellule vide se lit aussi 0 dans Excel pour le bureau) : pour une commission de 0 %, tapez "0%", sinon omettez ${p.argument} ou nommez une catégorie.`,
  "argument.zeroFromEmptyCell": (p) =>
    `${p.argument} vaut 0 (une cellule vide se lit aussi 0 dans Excel pour le bureau) : omettez ${p.argument} pour ${n(t(p.fallback))}, ou tapez "0" comme texte pour un vrai 0.`,
  "argument.zeroFromEmptyCellNoDefault": (p) =>
    `${p.argument} vaut 0 (une cellule vide se lit aussi 0 dans Excel pour le bureau) : omettez ${p.argument} pour sa valeur par défaut, ou tapez "0" comme texte pour un vrai 0.`,
  "argument.categoryType": (p) => `${p.argument} doit être un nom de catégorie ou un taux comme 0,06.`,
  "argument.unknownChoice": (p) => `Valeur inconnue pour ${p.argument} : « ${p.given} ». Utilisez ${or(p.choices)}.`,
  "argument.marginRange": (p) =>
    `${p.argument} doit être une fraction entre −1 et 1 (30 % s'écrit 0,3), pas ${n(p.given)}.`,
  "result.tooLargeForCell": () => "Le résultat est trop grand pour une cellule.",
  "result.ownRateSource": () => "Votre propre taux (saisi dans la feuille, pas tiré du barème)",
  "result.tableForValue": () => "Erreur inattendue : un tableau là où une seule valeur est attendue",
  "result.valueForTable": () => "Erreur inattendue : une seule valeur là où un tableau est attendu",
  "result.unexpected": (p) => `Erreur inattendue : ${p.message}`,
  // The Open API's saved responses (src/core/settlement/openApi.ts).
  "openApi.unknownShape": (p) =>
    `Ce n'est pas une réponse enregistrée des transactions de relevé de l'Open API de TikTok Shop : attendu {"code": 0, "data": {"transactions": […]}} de GET /finance/202309 / /finance/202501/statements/{statement_id}/statement_transactions, son objet « data » ou un tableau de celles-ci (une par page). Trouvé : ${p.found}.`,
  "openApi.apiError": (p) =>
    `La réponse enregistrée est une erreur de l'API (code ${p.code}${p.text ? ` : ${p.text}` : ""}), pas des transactions de relevé : demandez à nouveau la page et enregistrez la réponse qui contient « data ».`,
  "openApi.statementsList": () =>
    `C'est la liste des relevés (GET /finance/…/statements), pas les transactions d'un relevé : enregistrez la réponse statement_transactions de chaque relevé et rapprochez celles-ci.`,
  "openApi.perOrder": () =>
    `Les transactions par commande (sku_transactions) ne sont pas encore lues : enregistrez plutôt la réponse statement_transactions du relevé de la commande.`,
  "openApi.noTransactions": () => `Les réponses enregistrées ne contiennent aucune transaction : rien à rapprocher.`,
  "openApi.mixedVersions": (p) =>
    `Les réponses mélangent deux formes de transaction (${p.first} et ${p.second}) : rapprochez séparément les réponses de chaque version.`,
  "openApi.unknownTransaction": (p) =>
    `Les transactions n'ont aucun champ d'une version que ce complément lit (202309: "fee_amount"…, 202501: "fee_tax_breakdown"…, unsettled: "est_settlement_amount") : la première contient ${p.found}.`,
  "openApi.notJson": (p) => `${p.file} n'est pas un JSON valide : ${p.reason}.`,
  "ads.budgetOk": (p) =>
    `OK : le ${frBudget(p.level, p.type)} de ${n(p.budget)} USD atteint le minimum (${p.strict ? "plus de" : "au moins"} ${n(p.min)} USD).`,
  "ads.budgetBelow": (p) =>
    `Sous le minimum : le ${frBudget(p.level, p.type)} doit être ${p.strict ? "de plus de" : "d'au moins"} ${n(p.min)} USD ; à ${n(p.budget)} USD, il manque ${n(p.short)} USD${p.strict ? " (le minimum exact ne suffit pas)" : ""}.`,
  "live.waterfallLabel": (p) =>
    pick(p.line, {
      step: `Étape`,
      share: `Part des dépenses du spectateur`,
      appStore: `Boutique d'applications (${p.channel})`,
      tiktok: `TikTok`,
      agency: `Agence`,
      withdrawalFee: `Frais de retrait`,
      creator: `Gains nets du créateur`,
      viewerSpend: `Dépenses du spectateur`,
    }),
  "ads.funnelLabel": (p) =>
    pick(p.line, {
      step: `Étape`,
      value: `Valeur`,
      budget: `Budget (USD)`,
      impressions: `Impressions`,
      clicks: `Clics`,
      conversions: `Conversions`,
      revenue: `Chiffre d'affaires (USD)`,
      roas: `ROAS`,
      cpa: `Coût par conversion (USD)`,
      profit: `Bénéfice après publicité (USD)`,
    }),
  "settlement.noCreatedDate": () => "la commande n'a pas de date de création pour choisir les taux en vigueur",
  "file.notFound": (p) => `${p.file} : fichier introuvable.`,
  "file.isFolder": (p) => `${p.file} est un dossier, pas un fichier.`,
  "file.empty": (p) => `${p.file} est vide (0 octet).`,
  "file.notWorkbook": (p) => `${p.file} n'est pas un classeur Excel (pas de signature xlsx).`,
  "file.binary": (p) => `${p.file} est un fichier binaire, ni du texte CSV ni un classeur xlsx.`,
  "file.notCsv": (p) => `${p.file} ne peut pas être lu comme CSV : ${p.reason}`,
  "file.noWorksheets": (p) => `${p.file} ne contient aucune feuille.`,
  "file.damagedWorkbook": (p) =>
    `${p.file} ne peut pas être lu comme classeur xlsx (endommagé ou tronqué ?) : ${p.reason}`,
  "file.unreadable": (p) => `${p.file} : lecture impossible (${p.code}).`,
  "file.notReconciled": (p) => `${p.file} : rapprochement impossible : ${p.reason}`,
  "file.sheetNotFound": (p) => `--sheet « ${p.sheet} » n'est pas dans ${p.file} (feuilles : ${p.sheets}).`,
  "settlement.mappedLayoutTitle": () => "Votre correspondance de colonnes",
  "settlement.layoutTitle": (p) => lay(p.title),
  "settlement.skipAdjustment": (p) =>
    `${p.type}${p.why ? ` (${p.why})` : ""} : les ajustements ne sont pas vérifiés par rapport au barème`,
  "settlement.skipCurrency": (p) => `la devise ${p.currency} n'est pas celle de ${p.market} (${p.expected})`,
  "settlement.rateNotInBook": (p) => `le barème ne contient pas de ${p.kind} pour ${p.market}`,
  "settlement.rateBeforeBook": (p) =>
    `aucun taux ${p.kind} pour ${p.market} avant le ${d(p.first)} : le barème commence là (date de commande ${d(p.date)})`,
  "settlement.noRuleInForce": (p) => `aucun ${p.kind} en vigueur le ${d(p.date)}`,
  "settlement.nothingChargedWaiver": (p) =>
    `rien n'a été facturé, et aucun taux ${p.kind} du barème au ${d(p.date)} n'est de 0 % : une exonération pour nouveaux vendeurs ou d'un programme ne figure pas au barème`,
  "settlement.categoryDefault": () => "par défaut",
  "settlement.categoryWithVat": (p) => `${p.category} (TVA incluse)`,
  "settlement.categoryNoneFitsAtDefault": () => "aucune ne correspond (attendu au taux par défaut)",
  "settlement.categoryNothingChargedAtDefault": () => "rien facturé (attendu au taux par défaut)",
  "settlement.categoryNoneFitsNearest": (p) => `aucune ne correspond (la plus proche : ${p.nearest})`,
  "settlement.categoryNothingCharged": () => "rien facturé",
  "settlement.noModelledFee": () => `le fichier n'a aucune colonne de frais que ce complément modélise`,
  "live.crpEligible": () => `Éligible`,
  "live.crpNotEligible": (p) => `Non éligible : ${p.reasons}`,
  "live.crpReason": (p) =>
    pick(p.why, {
      notOpen: `le programme n'est pas ouvert pour le marché ${region(p.a)} (ouvert pour ${p.b})`,
      followers: `il faut ${n(p.a)} abonnés (actuellement ${n(p.b)})`,
      views: `il faut ${n(p.a)} vues sur 30 jours (actuellement ${n(p.b)})`,
      seconds: `les vidéos doivent durer au moins ${n(p.a)} s (celle-ci : ${n(p.b)} s)`,
      age: `les créateurs doivent avoir au moins ${n(p.a)} ans`,
    }),
  "fee.vatOn": (p) => `TVA sur ${p.fee}`,
  "table.byCategory": () => "par catégorie",
  "table.column": (p) =>
    pick(p.column, {
      gift: "Cadeau",
      coins: "Pièces",
      since: "En vigueur depuis",
      until: "Jusqu'au",
      source: "Source",
      note: "Remarque",
      format: "Format",
      duration: "Durée",
      delivery: "Diffusion",
      pricing: "Tarification",
      low: "Bas (USD)",
      high: "Haut (USD)",
      code: "Code",
      market: "Marché",
      currency: "Devise",
      defaultCommission: "Commission par défaut",
      category: "Catégorie",
      commission: "Commission",
      component: "Élément",
      rate: "Taux",
      base: "Base",
      amount: "Montant",
      totalShopFees: "Total des frais TikTok Shop",
    }),
};

export default fr;
