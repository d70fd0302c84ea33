/**
 * Español (Spain and Mexico): the message catalog (src/core/messages.ts) in Spanish. A
 * machine-made draft, checked by back-translation, not yet reviewed by a native speaker
 * (docs/i18n.md). Argument and function names stay as formulas write them, and so do values to
 * type ("perCoin"); Excel's own words as Spanish Excel shows them (VERDADERO/FALSO); formulas with
 * the separator of Spanish Excel in Spain (;). Numbers as Spain writes them (es-ES).
 */
import { type CompleteCatalog, pick } from "../../core/messages";
import { dateIn, numberIn, orIn, phrasesIn, marketNameIn } from "../format";

const n = numberIn("es-ES");
const region = marketNameIn("es-ES");
const d = dateIn("es-ES");
const or = orIn("o");
const t = phrasesIn(
  {
    "a number": "un número",
    "USD per 1,000 followers": "USD por cada 1000 seguidores",
    "a CPM in USD": "un CPM en USD",
    "a budget in USD": "un presupuesto en USD",
    "a cost per action in USD": "un coste por acción en USD",
    "a daily budget in USD": "un presupuesto diario en USD",
    "a discount amount": "un importe de descuento",
    "a margin such as 0.2": "un margen como 0,2",
    "a margin such as 0.25 (25 %)": "un margen como 0,25 (25 %)",
    "a margin such as 0.3": "un margen como 0,3",
    "a margin such as 0.4": "un margen como 0,4",
    "a number of days": "un número de días",
    "a number of followers": "un número de seguidores",
    "a number of gifts": "un número de regalos",
    "a number of streams": "un número de directos",
    "a number of views": "un número de visualizaciones",
    "a price in USD": "un precio en USD",
    "a rate such as 0.06 or 6%": "una tasa como 0,06 o 6 %",
    "a tolerance in currency units": "una tolerancia en unidades de moneda",
    "a video length in seconds": "una duración de vídeo en segundos",
    "a weight in kg": "un peso en kg",
    "a weight in pounds": "un peso en libras",
    "a whole number of clicks": "un número entero de clics",
    "a whole number of coins": "un número entero de monedas",
    "a whole number of days": "un número entero de días",
    "a whole number of diamonds": "un número entero de diamantes",
    "a whole number of gifts": "un número entero de regalos",
    "a whole number of impressions": "un número entero de impresiones",
    "a whole number of units": "un número entero de unidades",
    "a whole number of views": "un número entero de visualizaciones",
    "ad spend in USD": "el gasto en anuncios en USD",
    "an amount in USD": "un importe en USD",
    "an amount": "un importe",
    "an average frequency such as 2.5": "una frecuencia media como 2,5",
    "an average order value": "un valor medio de pedido",
    "revenue in USD": "los ingresos en USD",
    "the ad cost per order": "el coste de anuncios por pedido",
    "the cost of one unit": "el coste de una unidad",
    "the hours left in the day": "las horas que quedan del día",
    "the shipping the buyer paid": "el envío que pagó el comprador",
    "the unit price": "el precio unitario",
    "your shipping cost": "tu coste de envío",
    "a range": "un rango",
    market: "mercado",
    currency: "moneda",
    channel: "canal",
    gift: "regalo",
    fee: "tarifa",
    category: "categoría",
    industry: "sector",
    "billing model or format": "modelo de facturación o formato",
    "benchmark metric": "métrica de referencia",
    "content type": "tipo de contenido",
    "budget level": "nivel de presupuesto",
    "budget period": "período de presupuesto",
    "conversion depth": "profundidad de conversión",
    "the market's default rate": "la tasa predeterminada del mercado",
    "the newest rates": "las tasas más recientes",
    "the rate book's rate for the category": "la tasa del libro de tarifas para la categoría",
    "the sourced range": "el rango documentado",
    "an individual seller, not Mall, not cross-border, below the tax thresholds":
      "un vendedor particular, sin Mall, sin venta transfronteriza, por debajo de los umbrales fiscales",
  },
  (thing, market) => `${thing} para ${market}`,
);

/** "presupuesto diario de la campaña": the budget ADBUDGETCHECK speaks of. */
const esBudget = (level: string, type: string): string =>
  `presupuesto ${type === "daily" ? "diario" : "total"} ${level === "adgroup" ? "del grupo de anuncios" : level === "gmvmax" ? "de GMV Max" : "de la campaña"}`;
/** Why a text is not a number (numberReason in src/core/messages.ts). */
const whyText = (p: { why: string; a: string; b: string }): string =>
  pick(p.why, {
    percent: `aquí no se acepta un porcentaje — escribe el número en sí`,
    exponent: `el exponente está fuera de rango — escribe el número sin exponente`,
    commaAmbiguous: `una coma puede ser separador decimal o de miles — escribe ${p.a} o ${p.b}, o introduce el valor como número (no como texto)`,
    commaDecimal: `una coma puede ser separador decimal o de miles — escribe ${p.a} o introduce el valor como número (no como texto)`,
    grouping: `los separadores de miles deben agrupar tres cifras ("1,234,567.89") — escribe ${p.a} o introduce el valor como número (no como texto)`,
    points: `los puntos son separadores decimales — escribe ${p.a} o introduce el valor como número (no como texto)`,
    separators: `los separadores dentro de un número no se leen — escribe ${p.a} o introduce el valor como número (no como texto)`,
    notNumber: `no es un número`,
  });
/** The settlement layouts' titles (Layout.title, English) in this language, wherever a text names them. */
const LAYOUT_TITLES: readonly (readonly [string, string])[] = [
  [
    'Income export "Order details" (SEA; Chinese-UI cross-border)',
    'Exportación de ingresos "Order details" (SEA; interfaz en chino, transfronterizo)',
  ],
  [
    "Statement order details (US/UK/BR; Chinese-UI MX/JP; per SKU)",
    "Detalle de pedidos del extracto (US/UK/BR; interfaz en chino MX/JP; por SKU)",
  ],
  ["Unsettled-orders export (US/VN/TH xlsx, UK CSV)", "Exportación de pedidos no liquidados (US/VN/TH xlsx, UK CSV)"],
  ["Order export (OrderSKUList)", "Exportación de pedidos (OrderSKUList)"],
];
const lay = (text: string): string => LAYOUT_TITLES.reduce((s, [en, own]) => s.split(en).join(own), text);
const es: CompleteCatalog = {
  "number.empty": (p) => `${p.argument} está vacío: escribe ${t(p.noun)}.`,
  "number.boolean": (p) => `${p.argument} es VERDADERO/FALSO: escribe ${t(p.noun)}.`,
  "number.notFinite": (p) => `${p.argument} no es un número finito: escribe ${t(p.noun)}.`,
  "number.text": (p) => `${p.argument} es texto («${p.text}»): escribe ${t(p.noun)}.`,
  "number.textReason": (p) => `${p.argument} es el texto «${p.text}»: ${whyText(p)}.`,
  "number.tooLarge": (p) => `${p.argument} es demasiado grande: se admite como máximo ${n(p.max)}.`,
  "number.negative": (p) => `${p.argument} es negativo (${n(p.value)}): escribe cero o más.`,
  "number.zero": (p) => `${p.argument} es cero: escribe ${t(p.noun)} mayor que cero.`,
  "number.notWhole": (p) => `${p.argument} debe ser un número entero, no ${n(p.value)}.`,
  "rate.outOfRange": (p) => `${p.argument} es ${n(p.value)}: escribe una tasa entre 0 y ${n(p.limit)} (6 % es 0,06).`,
  "date.notIso": (p) => `«${p.text}» no es una fecha con el formato AAAA-MM-DD.`,
  "date.notSerial": (p) => `${p.argument} no es una fecha: usa una celda de fecha o un texto como «2025-01-31».`,
  "date.notDateText": (p) =>
    `${p.argument} «${p.text}» no es una fecha: usa una celda de fecha o un texto como «2025-01-31».`,
  "date.wrongType": (p) =>
    `${p.argument} debe ser una fecha, no ${p.what === "TRUE/FALSE" ? "VERDADERO/FALSO" : t(p.what)}.`,
  "name.unknown": (p) => `Valor desconocido de ${t(p.what)}: «${p.given}».`,
  "name.unknownDidYouMean": (p) => `Valor desconocido de ${t(p.what)}: «${p.given}». ¿Quisiste decir ${or(p.names)}?`,
  "name.unknownKnown": (p) => `Valor desconocido de ${t(p.what)}: «${p.given}». Conocidos: ${p.names}.`,
  "name.unknownKnownMore": (p) =>
    `Valor desconocido de ${t(p.what)}: «${p.given}». Conocidos: ${p.names} y ${n(p.more)} más.`,
  "fee.unknown": (p) => `Tarifa desconocida «${p.given}»: usa una de ${p.fees}.`,

  "live.noCoinPrices": (p) =>
    `No hay precios de monedas documentados para ${region(p.market)}: el libro de tarifas solo tiene paquetes de US (web, iOS, Android) y UK (iOS, Android). Indica en su lugar el precio que pagas.`,
  "live.noCoinPack": (p) => `Paquete de monedas desconocido para ${p.channel} en «${p.market}». Conocidos: ${p.known}.`,
  "live.tooManyCoinsForPacks": (p) => `coins supera ${n(p.max)} para el método por paquetes: usa el método "perCoin".`,
  "live.agencyTakesAll": () =>
    "Con una participación de la agencia del 100 %, ningún número de diamantes le paga nada al creador.",
  "live.tooManyDiamonds": (p) =>
    `Un pago de ${n(p.target)} USD necesita más de ${n(p.max)} diamantes, lo máximo que cuenta el complemento: escribe un objetivo menor (o revisa usd_per_diamond y agency_share).`,
  "live.creatorAboveSpend": (p) =>
    `Con estos parámetros el creador recibiría más (${n(p.creator)} USD) de lo que pagó el espectador tras las comisiones de la tienda de aplicaciones (${n(p.afterStore)} USD): revisa usd_per_diamond y coins_per_diamond.`,
  "live.beforeGiftCatalog": () =>
    "as_of es anterior al catálogo de regalos, que empieza en 2021: no hay precios de regalos antes de esa fecha.",

  "ads.marginNotPositive": () =>
    "Con un margen de cero o menos, ningún ROAS alcanza el punto de equilibrio: cada venta pierde dinero antes de los anuncios.",
  "ads.marginAboveOne": (p) =>
    `Un margen del ${n(p.margin)} % es imposible: escribe una fracción hasta 1 (30 % es 0,3).`,
  "ads.targetNotBelowMargin": (p) =>
    `El margen objetivo (${n(p.target)} %) no es inferior al margen antes de anuncios (${n(p.margin)} %): ningún gasto en anuncios lo mantiene.`,
  "ads.frequencyBelowOne": () =>
    "La frecuencia media es al menos 1 (cada persona alcanzada ve el anuncio al menos una vez).",
  "ads.noCpvBenchmark": () =>
    "No existe una referencia pública fiable de CPV: indica tu coste por visualización como rate, p. ej. 0,03.",
  "ads.topViewByCpm": (p) =>
    `TopView se reserva a un CPM (unos ${n(p.cpm)} $), no por día: indica tu cotización diaria como rate o usa ADCOST("CPM"; impressions; ${n(p.cpm)}).`,
  "ads.brandTakeoverNoPrice": () =>
    "Brand Takeover no tiene precio público: indica como rate la cotización diaria que te dio TikTok.",
  "ads.gmvMaxDailyOnly": () => "GMV Max usa un presupuesto diario (al menos 10 $ al día): deja days vacío.",
  "ads.flatPricePerRun": (p) =>
    `${p.model} se vende a precio fijo por toda su emisión, no por volumen: usa ADCOST para su precio.`,

  "shop.marginImpossible": (p) =>
    `Un ${p.argument} del ${n(p.margin)} % es imposible: un margen debe ser inferior al 100 %.`,
  "shop.marginBelowMinusOne": (p) => `${p.argument} debe estar entre −100 % y 100 % (0,25 es 25 %).`,
  "shop.noPriceForMargin": (p) =>
    `Ningún precio alcanza un margen del ${n(p.margin)} %: las tarifas, la comisión de afiliados y las devoluciones se llevan más del ${n(p.share)} % de cada unidad de precio adicional.`,
  "shop.priceAboveMaxCheckCosts": (p) =>
    `El precio que alcanza un margen del ${n(p.margin)} % supera ${n(p.max)} ${p.currency}, el mayor importe con el que calcula el complemento: revisa unit_cost y los demás costes.`,
  "shop.priceAboveMaxLowerMargin": (p) =>
    `El precio que alcanza un margen del ${n(p.margin)} % supera ${n(p.max)} ${p.currency}, el mayor importe con el que calcula el complemento: baja target_margin o revisa unit_cost y los demás costes.`,
  "shop.noWholeMinorUnitPrice": (p) =>
    `Ningún precio en subunidades enteras de ${p.currency} alcanza el margen; revisa los datos.`,
  "shop.targetAboveNoRevenue": (p) =>
    `Incluso sin comisión de afiliados este pedido no da margen, por debajo del objetivo del ${n(p.target)} %.`,
  "shop.targetAboveBestMargin": (p) =>
    `Incluso sin comisión de afiliados este pedido da un margen del ${n(p.margin)} %, por debajo del objetivo del ${n(p.target)} %.`,
  "shop.targetAboveRounded": (p) =>
    `Incluso sin comisión de afiliados este pedido, redondeado a subunidades enteras de ${p.currency}, da menos que el objetivo del ${n(p.target)} %.`,
  "shop.sellerDiscountAboveItems": (p) =>
    `seller_discount (${n(p.discount)}) supera el coste de los artículos (${n(p.items)}): escribe el descuento de esta línea de pedido.`,
  "shop.platformDiscountAbovePayment": (p) =>
    `platform_discount (${n(p.discount)}) deja negativo el pago del comprador: escribe el descuento de esta línea de pedido.`,
  "shop.commissionRateTwice": () =>
    "Indica la tasa de comisión una sola vez: como category o como commission_rate con un nombre de categoría.",
  "shop.noSourcedFees": (p) =>
    `Aún no hay tarifas de TikTok Shop documentadas para ${region(p.market)} (${p.code}).${p.note ? ` ${p.note}` : ""} Indica la tasa de comisión en el argumento category, p. ej. 0,06.`,
  "shop.noRevenue": () => "El pedido no tiene ingresos (precio y envío son cero), así que no tiene margen.",
  "shop.fbtUsNotPublic": () =>
    'La tabla de tarifas FBT de EE. UU. por peso no es pública en nuestras fuentes: las tarifas empiezan en 3,58 $ por artículo (pedidos de una unidad) y se cobran sobre el peso facturable (consulta =TIKTOK.RATESOURCE("fbtFrom";"US")). Indica tu propia tarifa.',
  "shop.fbtNotSourced": (p) =>
    `No hay tabla pública de tarifas FBT para ${region(p.market)}: solo está documentada la del Reino Unido.`,
  "shop.fbtNoTier": (p) =>
    `Ningún nivel FBT del Reino Unido admite ${n(p.longest)} × ${n(p.middle)} × ${n(p.shortest)} cm y ${n(p.weight)} kg (el mayor es 120 × 60 × 60 cm; 30 kg hasta 61 × 46 × 46 cm).`,

  "market.notShop": (p) =>
    `TikTok Shop no vende en ${p.market} (${p.code}), así que no tiene tarifas de tienda ni liquidaciones: elige uno de ${p.markets}.`,
  "market.noShopCategories": (p) => `Aún no hay categorías de TikTok Shop documentadas para ${p.market}.`,
  "rate.notInBook": (p) => `El libro de tarifas no tiene ${p.kind} para ${p.market}.`,
  "rate.introducedLater": (p) =>
    `No hay ${p.kind} para ${p.market} antes del ${d(p.first)}: la tarifa se introdujo entonces (${p.argument} ${p.asOf}).`,
  "rate.beforeBook": (p) =>
    `No hay tasa ${p.kind} para ${p.market} antes del ${d(p.first)}: el libro de tarifas empieza ahí (${p.argument} ${p.asOf}).`,
  "rate.ended": (p) =>
    `Ninguna tasa ${p.kind} para ${p.market} está vigente el ${p.asOf} (la última terminó el ${d(p.last)}).`,
  "rate.unpublished": (p) =>
    `La tarifa ${p.fee} para ${p.market} el ${p.asOf} no es pública (solo en Seller Center): indica tu tasa como número.${p.note ? ` ${p.note}` : ""}`,
  "rate.unpublishedCategory": (p) =>
    `La tarifa ${p.fee} para ${p.category} en ${p.market} el ${p.asOf} no es pública (solo en Seller Center): indica tu tasa como número.${p.note ? ` ${p.note}` : ""}`,

  "settlement.amountNotFinite": (p) => `${p.column} contiene ${p.value}, no un importe.`,
  "settlement.amountWrongType": (p) => `${p.column} contiene ${p.what}, no un importe.`,
  "settlement.amountAmbiguousDot": (p) =>
    `${p.column} contiene «${p.text}»: el punto podría separar miles (1.250 = 1250) o decimales. Vuelve a exportar el archivo con números sin formato, o ábrelo en Excel y guarda la hoja.`,
  "settlement.amountNotNumber": (p) => `${p.column} contiene «${p.text}», que no es un importe.`,
  "settlement.dateInvalid": (p) => `${p.column} contiene una fecha no válida.`,
  "settlement.dateWrongType": (p) => `${p.column} contiene ${p.what}, no una fecha.`,
  "settlement.dateNotDate": (p) => `${p.column} contiene «${p.text}», que no es una fecha.`,
  "settlement.dateNotCalendar": (p) => `${p.column} contiene «${p.text}», que no es una fecha del calendario.`,
  "settlement.dateNumberNotDate": (p) => `${p.column} contiene ${p.value}, que no es una fecha.`,
  "settlement.notKnownLayout": (p) =>
    `No es una exportación de liquidación de TikTok Shop que este complemento conozca. Se buscó en las primeras ${n(p.rows)} filas un encabezado con ${lay(p.looked)}. Encontrado: ${p.found}.`,
  "settlement.mappingNotJson": (p) => `La asignación de columnas no es un JSON válido: ${p.reason}.`,
  "settlement.mappingFormat": (p) =>
    `No es una asignación de columnas: se esperaba "format": "${p.format}" y "version": ${n(p.version)} con una lista "header" y un objeto "columns"; se encontró ${p.found}.`,
  "settlement.mappingUnknownKey": (p) =>
    `La asignación de columnas nombra "${p.key}", que no es ninguno de: ${p.keys}. Corríjalo o elimínelo.`,
  "settlement.mappingColumnMissing": (p) =>
    `La asignación de columnas da a ${p.key} la columna "${p.column}", que no está en su encabezado: use el nombre de la columna tal como lo escribe el archivo.`,
  "settlement.mappingDuplicate": (p) =>
    `La asignación de columnas da la columna "${p.column}" a ${p.first} y a ${p.second}: asigne cada columna a una sola clave.`,
  "settlement.mappingBadKind": (p) =>
    `La asignación de columnas dice que el valor de tipo "${p.value}" es ${p.kind}: indique cuál de ${p.kinds} es.`,
  "settlement.mappingNotConfirmed": () =>
    'La asignación de columnas no está confirmada, así que no se usa: revise cada columna y luego ponga "confirmed": true.',
  "settlement.mappingNeedsKeys": (p) =>
    `La asignación de columnas lee el archivo como ${lay(p.layout)} pero no nombra ninguna columna para ${p.keys}: añádalas.`,
  "settlement.mappingHeaderNotFound": (p) =>
    `El archivo no tiene el encabezado de la asignación de columnas (${p.cells}…) en sus primeras ${n(p.rows)} filas: la asignación es de otro archivo.`,
  "settlement.foundNothing": () => "no hay texto en las primeras filas",
  "settlement.foundRow": (p) => `la fila ${n(p.row)} dice ${p.cells}`,
  "settlement.foundRowMore": (p) => `la fila ${n(p.row)} dice ${p.cells} y ${n(p.more)} más`,
  "settlement.mixedLanguages": (p) =>
    `El encabezado de la fila ${n(p.row)} mezcla dos idiomas de Seller Center: ${p.first} (${p.firstCells}) y ${p.second} (${p.secondCells}). Vuelve a exportar el archivo desde Seller Center en un solo idioma, con las columnas como las nombra TikTok.`,
  "settlement.ambiguousLayout": (p) =>
    `El encabezado de la fila ${n(p.row)} encaja igual de bien con dos formatos (${lay(p.layouts)}), así que no se lee como ninguno: concilia la exportación tal como la escribió Seller Center, sin columnas añadidas ni renombradas.`,
  "settlement.orderExportGiven": () =>
    "Esta es la exportación de pedidos (OrderSKUList), no una liquidación: concilia la exportación Income, statement o unsettled e indica la exportación de pedidos como archivo de pedidos.",
  "settlement.noDataRows": (p) => `${lay(p.layout)}: tiene encabezado (fila ${n(p.row)}) pero ninguna fila de datos.`,
  "settlement.ordersNotOrderExport": (p) =>
    `El archivo de pedidos es un ${lay(p.layout)}, no la exportación de pedidos (OrderSKUList).`,
  "settlement.currencyUnknown": (p) =>
    `La moneda del archivo, ${p.code}, no es la de ningún mercado de TikTok Shop que este complemento conozca: indica el mercado.`,
  "settlement.currencyShared": (p) =>
    `El archivo está en ${p.code}, que usan ${p.markets}: indica el mercado (p. ej. --market ${p.example}).`,
  "settlement.marketsRemain": (p) =>
    `La moneda, el nombre y las columnas de tarifas del archivo dejan ${p.markets}: indica el mercado (p. ej. --market ${p.example}).`,
  "settlement.noMarket": () =>
    "El archivo no indica ninguna moneda: indica el mercado (p. ej. --market US); ni su nombre ni sus columnas de tarifas lo dicen.",

  "feeReason.noOrderValueColumn": () =>
    "el archivo no tiene columna «Customer payment» para formar el valor del pedido",
  "feeReason.noItemNetColumn": () => "el archivo no tiene columna «Subtotal after seller discounts»",
  "feeReason.noCustomerPaymentColumn": () => "el archivo no tiene columna «Customer payment»",
  "feeReason.noBase": (p) => `una tarifa sobre ${p.base} no tiene base`,
  "feeReason.noReferralRule": () => "no hay regla de comisión por referencia de la que tomar el 20 %",
  "feeReason.perItemNoQuantity": (p) => `${p.fee} es por artículo y el archivo no tiene columna «Quantity»`,
  "feeReason.cappedPerItemNoQuantity": (p) =>
    `${p.fee} tiene un tope por artículo y el archivo no tiene columna «Quantity»`,
  "expectedFee.noOrderValueColumn": () =>
    "El archivo no tiene columna «Customer payment» para formar el valor del pedido.",
  "expectedFee.noItemNetColumn": () => "El archivo no tiene columna «Subtotal after seller discounts».",
  "expectedFee.noCustomerPaymentColumn": () => "El archivo no tiene columna «Customer payment».",
  "expectedFee.noBase": (p) => `Una tarifa sobre ${p.base} no tiene base.`,
  "expectedFee.noReferralRule": () => "No hay regla de comisión por referencia de la que tomar el 20 %.",
  "expectedFee.perItemNoQuantity": (p) => `${p.fee}: es por artículo y el archivo no tiene columna «Quantity».`,
  "expectedFee.cappedPerItemNoQuantity": (p) =>
    `${p.fee}: tiene un tope por artículo y el archivo no tiene columna «Quantity».`,
  "expectedFee.neededNoOrderValueColumn": (p) =>
    `${p.argument} es necesario para esta tarifa: el archivo no tiene columna «Customer payment» para formar el valor del pedido.`,
  "expectedFee.neededNoItemNetColumn": (p) =>
    `${p.argument} es necesario para esta tarifa: el archivo no tiene columna «Subtotal after seller discounts».`,
  "expectedFee.neededNoCustomerPaymentColumn": (p) =>
    `${p.argument} es necesario para esta tarifa: el archivo no tiene columna «Customer payment».`,
  "expectedFee.neededPerItemNoQuantity": (p) =>
    `${p.argument} es necesario para esta tarifa: ${p.fee} es por artículo y el archivo no tiene columna «Quantity».`,
  "expectedFee.neededCappedPerItemNoQuantity": (p) =>
    `${p.argument} es necesario para esta tarifa: ${p.fee} tiene un tope por artículo y el archivo no tiene columna «Quantity».`,
  "expectedFee.categoryNotRate": () =>
    "category debe ser aquí un nombre de categoría (la tasa viene del libro de tarifas), no una tasa.",

  "sellerProfile.bothTypes": () => 'seller_profile dice "individual" y "business" a la vez: deja solo uno.',
  "sellerProfile.feeTaxTwice": () => 'seller_profile indica "fee tax" dos veces: deja solo uno.',
  "sellerProfile.feeTaxText": (p) => `seller_profile, fee tax «${p.text}»: ${whyText(p)}.`,
  "sellerProfile.unknownWord": (p) =>
    `seller_profile: palabra desconocida «${p.word}». Usa palabras como ${p.words}, separadas por comas.`,

  "argument.range": (p) => `${p.argument} debe ser un solo valor, no un rango de celdas.`,
  "argument.errorOrObject": (p) => `${p.argument} contiene un error o un objeto: corrige primero esa celda.`,
  "argument.booleanForNumber": (p) => `${p.argument} es VERDADERO/FALSO: escribe un número.`,
  "argument.booleanForDate": (p) => `${p.argument} es VERDADERO/FALSO: escribe una fecha.`,
  "argument.notFinite": (p) => `${p.argument} no es un número finito.`,
  "argument.notANumber": (p) => `${p.argument} debe ser un número.`,
  "argument.requiredNumber": (p) => `${p.argument} es obligatorio: escribe un número.`,
  "argument.requiredText": (p) => `${p.argument} es obligatorio, p. ej. ${p.example}.`,
  "argument.textExpected": (p) => `${p.argument} debe ser texto, p. ej. ${p.example}.`,
  "argument.categoryZero": (p) =>
    `${p.argument} es 0 (en Excel de escritorio una celda vacía también se lee como 0): para una comisión del 0 % escribe "0%"; si no, omite ${p.argument} o indica una categoría.`,
  "argument.zeroFromEmptyCell": (p) =>
    `${p.argument} es 0 (en Excel de escritorio una celda vacía también se lee como 0): omite ${p.argument} para usar ${n(t(p.fallback))}, o escribe "0" como texto para un 0 real.`,
  "argument.zeroFromEmptyCellNoDefault": (p) =>
    `${p.argument} es 0 (en Excel de escritorio una celda vacía también se lee como 0): omite ${p.argument} para usar su valor predeterminado, o escribe "0" como texto para un 0 real.`,
  "argument.categoryType": (p) => `${p.argument} debe ser un nombre de categoría o una tasa como 0,06.`,
  "argument.unknownChoice": (p) => `Valor desconocido de ${p.argument}: «${p.given}». Usa ${or(p.choices)}.`,
  "argument.marginRange": (p) => `${p.argument} debe ser una fracción entre −1 y 1 (30 % es 0,3), no ${n(p.given)}.`,
  "result.tooLargeForCell": () => "El resultado es demasiado grande para una celda.",
  "result.ownRateSource": () => "Tu propia tasa (indicada en la hoja, no del libro de tarifas)",
  "result.tableForValue": () => "Error inesperado: una tabla donde corresponde un solo valor",
  "result.valueForTable": () => "Error inesperado: un solo valor donde corresponde una tabla",
  "result.unexpected": (p) => `Error inesperado: ${p.message}`,
  // The Open API's saved responses (src/core/settlement/openApi.ts).
  "openApi.unknownShape": (p) =>
    `No es una respuesta guardada de transacciones de liquidación de la Open API de TikTok Shop: se espera {"code": 0, "data": {"transactions": […]}} de GET /finance/202309 / /finance/202501/statements/{statement_id}/statement_transactions, su objeto "data" o una matriz de ellas (una por página). Se encontró ${p.found}.`,
  "openApi.apiError": (p) =>
    `La respuesta guardada es un error de la API (código ${p.code}${p.text ? `: ${p.text}` : ""}), no transacciones de liquidación: vuelva a solicitar la página y guarde la respuesta que tenga "data".`,
  "openApi.statementsList": () =>
    `Esta es la lista de liquidaciones (GET /finance/…/statements), no las transacciones de una liquidación: guarde la respuesta statement_transactions de cada liquidación y concílielas.`,
  "openApi.perOrder": () =>
    `Las transacciones por pedido (sku_transactions) aún no se leen: guarde en su lugar la respuesta statement_transactions de la liquidación del pedido.`,
  "openApi.noTransactions": () => `Las respuestas guardadas no contienen transacciones: no hay nada que conciliar.`,
  "openApi.mixedVersions": (p) =>
    `Las respuestas mezclan dos formas de transacción (${p.first} y ${p.second}): concilie por separado las respuestas de cada versión.`,
  "openApi.unknownTransaction": (p) =>
    `Las transacciones no tienen campos de ninguna versión que este complemento lea (202309: "fee_amount"…, 202501: "fee_tax_breakdown"…, unsettled: "est_settlement_amount"): la primera tiene ${p.found}.`,
  "openApi.notJson": (p) => `${p.file} no es un JSON válido: ${p.reason}.`,
  "ads.budgetOk": (p) =>
    `OK: el ${esBudget(p.level, p.type)} de ${n(p.budget)} USD cumple el mínimo (${p.strict ? "más de" : "al menos"} ${n(p.min)} USD).`,
  "ads.budgetBelow": (p) =>
    `Por debajo del mínimo: el ${esBudget(p.level, p.type)} debe ser ${p.strict ? "de más de" : "de al menos"} ${n(p.min)} USD; con ${n(p.budget)} USD faltan ${n(p.short)} USD${p.strict ? " (el mínimo exacto no basta)" : ""}.`,
  "live.waterfallLabel": (p) =>
    pick(p.line, {
      step: `Paso`,
      share: `Parte del gasto del espectador`,
      appStore: `Tienda de aplicaciones (${p.channel})`,
      tiktok: `TikTok`,
      agency: `Agencia`,
      withdrawalFee: `Tarifa de retiro`,
      creator: `Efectivo del creador`,
      viewerSpend: `Gasto del espectador`,
    }),
  "ads.funnelLabel": (p) =>
    pick(p.line, {
      step: `Paso`,
      value: `Valor`,
      budget: `Presupuesto (USD)`,
      impressions: `Impresiones`,
      clicks: `Clics`,
      conversions: `Conversiones`,
      revenue: `Ingresos (USD)`,
      roas: `ROAS`,
      cpa: `Coste por conversión (USD)`,
      profit: `Beneficio después de anuncios (USD)`,
    }),
  "settlement.noCreatedDate": () => "el pedido no tiene fecha de creación con la que elegir las tarifas vigentes",
  "file.notFound": (p) => `${p.file}: no existe el archivo.`,
  "file.isFolder": (p) => `${p.file} es una carpeta, no un archivo.`,
  "file.empty": (p) => `${p.file} está vacío (0 bytes).`,
  "file.notWorkbook": (p) => `${p.file} no es un libro de Excel (sin firma xlsx).`,
  "file.binary": (p) => `${p.file} es un archivo binario, ni texto CSV ni un libro xlsx.`,
  "file.notCsv": (p) => `${p.file} no se puede leer como CSV: ${p.reason}`,
  "file.noWorksheets": (p) => `${p.file} no tiene hojas de cálculo.`,
  "file.damagedWorkbook": (p) => `${p.file} no se puede leer como libro xlsx (¿dañado o truncado?): ${p.reason}`,
  "file.unreadable": (p) => `${p.file}: no se puede leer (${p.code}).`,
  "file.notReconciled": (p) => `${p.file}: no se puede conciliar: ${p.reason}`,
  "file.sheetNotFound": (p) => `--sheet «${p.sheet}» no está en ${p.file} (hojas: ${p.sheets}).`,
  "settlement.mappedLayoutTitle": () => "Su asignación de columnas",
  "settlement.layoutTitle": (p) => lay(p.title),
  "settlement.skipAdjustment": (p) =>
    `${p.type}${p.why ? ` (${p.why})` : ""}: los ajustes no se comprueban con el libro de tarifas`,
  "settlement.skipCurrency": (p) => `la moneda ${p.currency} no es la de ${p.market} (${p.expected})`,
  "settlement.rateNotInBook": (p) => `el libro de tarifas no tiene ${p.kind} para ${p.market}`,
  "settlement.rateBeforeBook": (p) =>
    `ninguna tarifa ${p.kind} para ${p.market} antes del ${d(p.first)}: el libro de tarifas empieza ahí (fecha del pedido ${d(p.date)})`,
  "settlement.noRuleInForce": (p) => `ningún ${p.kind} vigente el ${d(p.date)}`,
  "settlement.nothingChargedWaiver": (p) =>
    `no se cobró nada, y ninguna tarifa ${p.kind} del libro de tarifas el ${d(p.date)} es del 0 %: una exención para vendedores nuevos o de un programa no figura en el libro de tarifas`,
  "settlement.categoryDefault": () => "predeterminada",
  "settlement.categoryWithVat": (p) => `${p.category} (IVA incluido)`,
  "settlement.categoryNoneFitsAtDefault": () => "ninguna coincide (esperado a la tarifa predeterminada)",
  "settlement.categoryNothingChargedAtDefault": () => "no se cobró nada (esperado a la tarifa predeterminada)",
  "settlement.categoryNoneFitsNearest": (p) => `ninguna coincide (la más cercana: ${p.nearest})`,
  "settlement.categoryNothingCharged": () => "no se cobró nada",
  "settlement.noModelledFee": () => `el archivo no tiene ninguna columna de tarifas que este complemento modele`,
  "live.crpEligible": () => `Apto`,
  "live.crpNotEligible": (p) => `No apto: ${p.reasons}`,
  "live.crpReason": (p) =>
    pick(p.why, {
      notOpen: `el programa no está abierto en ${region(p.a)} (abierto en ${p.b})`,
      followers: `necesita ${n(p.a)} seguidores (tiene ${n(p.b)})`,
      views: `necesita ${n(p.a)} visualizaciones en 30 días (tiene ${n(p.b)})`,
      seconds: `los videos deben durar al menos ${n(p.a)} s (este dura ${n(p.b)} s)`,
      age: `los creadores deben tener ${n(p.a)} años o más`,
    }),
  "fee.vatOn": (p) => `IVA sobre ${p.fee}`,
  "table.byCategory": () => "por categoría",
  "table.column": (p) =>
    pick(p.column, {
      gift: "Regalo",
      coins: "Monedas",
      since: "Vigente desde",
      until: "Hasta",
      source: "Fuente",
      note: "Nota",
      format: "Formato",
      duration: "Duración",
      delivery: "Entrega",
      pricing: "Precio",
      low: "Bajo (USD)",
      high: "Alto (USD)",
      code: "Código",
      market: "Mercado",
      currency: "Moneda",
      defaultCommission: "Comisión predeterminada",
      category: "Categoría",
      commission: "Comisión",
      component: "Concepto",
      rate: "Tasa",
      base: "Base",
      amount: "Importe",
      totalShopFees: "Total de tarifas de TikTok Shop",
    }),
};

export default es;
