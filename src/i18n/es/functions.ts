/**
 * Spanish (Español), for es-es and es-mx: function help (functions-<locale>.json) and the manifest's words, read at build
 * time only (docs/i18n.md, "Function help"). A machine-made draft, not reviewed by a native speaker.
 * Function names, parameter names and the values a user types (codes, "web", seller-profile words)
 * stay English: formulas must work in every Excel.
 */
import type { FunctionsSection } from "../functionsSection";

/** Parameter help that several functions share (by parameter name; _ID: a variant first used by ID). */
const P = {
  market: "Código de mercado, como US, UK, ID (predeterminado: US).",
  market_RATE: "Código de mercado, como US, UK, ID (predeterminado: US para las comisiones de tienda).",
  market_COINCOST: "Mercado de la lista de precios de monedas: US (predeterminado) o UK.",
  as_of: "Fecha de las tarifas que se usarán (predeterminado: las tarifas más recientes).",
  as_of_GIFTCOINS: "Fecha de los precios que se usarán (predeterminado: los más recientes).",
  fee: 'Comisión o parámetro: una comisión por su nombre o un alias (commission o referral, transaction o payment, orderFee o processing, growth, refundAdmin, dynamicCommission), o un parámetro como "usdPerDiamond", "cpm".',
  category: "Categoría de producto, o una tasa de comisión como 0,06 para usar en lugar del libro de tarifas.",
  category_RATE: "Categoría, regalo, sector o formato, donde la comisión los tiene; un número sustituye a la comisión.",
  unit_cost: "Lo que le cuesta una unidad (mercancía, embalaje).",
  quantity: "Unidades en la línea de pedido (predeterminado: 1).",
  shipping: "Lo que pagó el comprador por el envío del pedido (predeterminado: 0).",
  seller_discount: "Descuento financiado por el vendedor en la línea, como importe (predeterminado: 0).",
  platform_discount: "Descuento financiado por TikTok en la línea, como importe (predeterminado: 0).",
  affiliate_rate:
    "Tasa de comisión del creador sobre lo que pagó el comprador por los productos, p. ej. 0,1 (predeterminado: 0).",
  seller_shipping: "Lo que usted paga por enviar el pedido (predeterminado: 0).",
  return_rate: "Proporción de pedidos devueltos, p. ej. 0,05 (predeterminado: 0).",
  ad_cost: "Gasto en publicidad por pedido (predeterminado: 0).",
  commission_rate:
    "Su tasa de comisión cuando category nombra el grupo de categorías (las demás comisiones siguen al grupo), p. ej. 0,05.",
  seller_profile:
    'Palabras como "business", "mall", "cross-border", "above threshold", "no tax id", "pre-order", "fee tax 6.25%" (predeterminado: un vendedor particular).',
  price: "Precio de lista por unidad en la moneda del mercado.",
  target_margin: "Beneficio como proporción de los ingresos, p. ej. 0,25 para el 25 %.",
  coins: "Número de monedas.",
  channel: "Dónde compra monedas el espectador: web (predeterminado), ios o android.",
  estimate: "low, typical (predeterminado) o high.",
  followers: "Número de seguidores.",
  usd_per_diamond: "USD por diamante (predeterminado: 0,005).",
  agency_share: "Parte del pago del creador que se queda una agencia, p. ej. 0,2 (predeterminado: 0).",
  withdrawal_fee: "Comisión por retiro en USD, p. ej. la de PayPal (predeterminado: 0; TikTok no cobra ninguna).",
  target_usd: "Efectivo que el creador quiere recibir, en USD.",
  gift: 'Nombre del regalo, p. ej. "Lion" o "Rose" (=TIKTOK.GIFTS() los enumera).',
  count: "Número de regalos, 0 o más (predeterminado: 1).",
  coins_per_diamond: "Monedas por diamante (predeterminado: 1; muchas calculadoras usan 2).",
  industry: 'Sector de la referencia, p. ej. "E-commerce" (predeterminado: todos los sectores).',
  level: "campaign, adgroup o gmvmax (GMV Max: solo presupuestos diarios).",
  daily_budget: "El presupuesto diario dinámico configurado, en USD: el promedio por día a lo largo de la semana.",
  period: "day (predeterminado: lo máximo en un día) o week (lo máximo en una semana natural).",
  budget: "Presupuesto en USD.",
  days: "Días programados, para un presupuesto total (omítalo para el mínimo diario).",
  model:
    "Modelo de facturación (CPM, oCPM, CPC, CPV) o formato premium (TopView, BrandTakeover, HashtagChallenge, BrandedEffect).",
  rate: "Su precio: por 1000 impresiones, por clic, por visualización o por día (predeterminado: la referencia de las fuentes).",
  aov: "Valor medio del pedido en USD.",
  margin: "Margen sobre los ingresos antes del coste de los anuncios, p. ej. 0,3.",
};

const section: FunctionsSection = {
  manifest: {
    DisplayName: "TikTok Economics",
    Description:
      "Comisiones de TikTok Shop, pagos por regalos de LIVE y costes de anuncios como fórmulas de Excel (TIKTOK.*), con un libro de tarifas fechado y con fuentes, y hojas de escenarios listas.",
    "GetStarted.Title": "TikTok Economics está listo",
    "GetStarted.Description":
      "Escriba =TIKTOK.SHOPFEE(20) en una celda, o abra TikTok Economics en la pestaña Inicio para las hojas de escenarios.",
    "CommandsGroup.Label": "TikTok Economics",
    "TaskpaneButton.Label": "TikTok Economics",
    "TaskpaneButton.Tooltip":
      "Inserte hojas de escenarios de TikTok Shop, LIVE y anuncios, y consulte las tarifas detrás de cada función TIKTOK.*.",
  },
  functions: {
    CATEGORIES: {
      description: "Las categorías de producto de un mercado, con la tasa de comisión vigente en la fecha y su fuente.",
      parameters: {
        market: P.market,
        as_of: P.as_of,
      },
    },
    MARKETS: {
      description:
        "Los mercados que cubre el libro de tarifas, con su moneda y la comisión predeterminada según las tarifas más recientes.",
      parameters: {},
    },
    RATE: {
      description:
        "La tarifa detrás de cualquier comisión o parámetro del libro de tarifas, p. ej. la comisión de un mercado y una categoría, o el valor en USD de un diamante.",
      parameters: {
        fee: P.fee,
        market: P.market_RATE,
        category: P.category_RATE,
        as_of: P.as_of,
      },
    },
    RATEBOOK: {
      description:
        "La versión del libro de tarifas con la que calcula el complemento: la fecha de vigencia más reciente de sus tarifas y un hash de su contenido.",
      parameters: {},
    },
    RATESOURCE: {
      description: "La fuente pública (URL) de cualquier comisión o parámetro del libro de tarifas.",
      parameters: {
        fee: P.fee,
        market: P.market_RATE,
        category: P.category_RATE,
        as_of: P.as_of,
      },
    },
    BILLABLEWEIGHT: {
      description:
        "Peso facturable de FBT en EE. UU., en libras: el mayor entre el peso unitario y el peso volumétrico, largo × ancho × alto (pulgadas) ÷ 166.",
      parameters: {
        weight_lb: "Peso de una unidad en libras.",
        length_in: "Largo de la unidad embalada en pulgadas.",
        width_in: "Ancho de la unidad embalada en pulgadas.",
        height_in: "Alto de la unidad embalada en pulgadas.",
      },
    },
    BREAKEVENPRICE: {
      description:
        "El precio unitario más bajo con el que una línea de pedido no pierde dinero tras las comisiones de TikTok Shop y sus costes.",
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
        "Tarifa de gestión logística de Fulfilled by TikTok (FBT) para unidades de un artículo, según el nivel de tamaño del Reino Unido de su caja y peso (la tabla del Reino Unido es la única pública).",
      parameters: {
        market: "Código de mercado: UK (la tabla de EE. UU. por peso no es pública; la función lo indica).",
        weight_kg: "Peso de una unidad en kg.",
        length_cm: "Largo de la unidad embalada en cm.",
        width_cm: "Ancho de la unidad embalada en cm.",
        height_cm: "Alto de la unidad embalada en cm.",
        units: "Unidades en la línea de pedido (predeterminado: 1).",
        as_of: P.as_of,
      },
    },
    MAXAFFILIATE: {
      description:
        "La tasa de comisión de afiliado (creador) más alta que aún deja un margen objetivo a un precio dado (TikTok permite como máximo el 80 %).",
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
        "La tarifa de administración de reembolsos que cobra TikTok cuando se reembolsa la línea de pedido (EE. UU.: 20 % de la comisión, como máximo 5 USD por SKU; cero donde no se cobra).",
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
        "Solo la comisión (tarifa de referencia) de una línea de pedido, con el IVA encima donde el mercado lo añade.",
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
        "Todas las comisiones de TikTok Shop de una línea de pedido: comisión más las tarifas de transacción, de servicio y fijas por pedido vigentes en la fecha.",
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
        "Las comisiones de TikTok Shop de una línea de pedido como tabla: componente, tasa, base, importe y fuente, con el total en la última fila.",
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
        "Margen de beneficio de una línea de pedido: beneficio esperado dividido entre los ingresos (productos tras el descuento del vendedor más el envío pagado por el comprador).",
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
        "Lo que TikTok le liquida por una línea de pedido: ingresos (productos tras el descuento del vendedor más el envío pagado por el comprador) menos las comisiones de TikTok Shop, la comisión de afiliado y los impuestos que retenga TikTok.",
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
        "El precio unitario más bajo que logra un margen objetivo tras todas las comisiones de TikTok Shop y sus costes.",
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
        "Beneficio esperado de una línea de pedido tras las comisiones de TikTok Shop, la comisión de afiliado, el coste del producto, el envío, la publicidad y las devoluciones.",
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
        "Lo que cuestan las monedas a un espectador, por canal de compra: por moneda en la web, o la combinación de paquetes más barata en las apps.",
      parameters: {
        coins: P.coins,
        channel: P.channel,
        method:
          "packs (la combinación de paquetes más barata; predeterminado en las apps) o perCoin (predeterminado en la web).",
        market: P.market_COINCOST,
      },
    },
    COINVALUE: {
      description:
        "Lo que cuesta una moneda a un espectador en un canal de compra: el mejor precio por moneda entre los paquetes del canal (una fracción de centavo).",
      parameters: {
        channel: P.channel,
        market: P.market_COINCOST,
      },
    },
    CREATORREWARDS: {
      description: "Pago estimado del Creator Rewards Program: visualizaciones cualificadas / 1000 × RPM.",
      parameters: {
        qualified_views: "Visualizaciones cualificadas (visualizaciones en el feed Para ti de al menos 5 s).",
        rpm: "USD por cada 1000 visualizaciones cualificadas (predeterminado: el rango de las fuentes).",
        estimate: P.estimate,
      },
    },
    CREATORREWARDSELIGIBLE: {
      description: "Si una cuenta cumple los requisitos del Creator Rewards Program y, si no, qué le falta.",
      parameters: {
        followers: P.followers,
        views_30d: "Visualizaciones de vídeos en los últimos 30 días.",
        video_seconds: "Duración del vídeo en segundos.",
        age: "La edad del creador.",
        market: "El mercado del creador (predeterminado: US).",
      },
    },
    DIAMONDPAYOUT: {
      description:
        "Los USD que recibe un creador por diamantes, tras la parte de una agencia y una comisión de retiro.",
      parameters: {
        diamonds: "Número de diamantes.",
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
        withdrawal_fee: P.withdrawal_fee,
      },
    },
    DIAMONDSFORPAYOUT: {
      description: "Los diamantes que necesita un creador para recibir un pago objetivo en efectivo.",
      parameters: {
        target_usd: P.target_usd,
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
        withdrawal_fee: P.withdrawal_fee,
      },
    },
    GIFTCOINS: {
      description:
        "Las monedas que cuesta un regalo de LIVE al espectador (su precio de catálogo en la fecha), por la cantidad.",
      parameters: {
        gift: P.gift,
        count: P.count,
        as_of: P.as_of_GIFTCOINS,
      },
    },
    GIFTDIAMONDS: {
      description: "Los diamantes que recibe un creador por regalos de LIVE.",
      parameters: {
        gift: P.gift,
        count: P.count,
        coins_per_diamond: P.coins_per_diamond,
      },
    },
    GIFTS: {
      description:
        "El catálogo de regalos de LIVE: regalo, monedas, la fecha en que entró en vigor el precio y su fuente.",
      parameters: {
        as_of: P.as_of_GIFTCOINS,
      },
    },
    GIFTSFORPAYOUT: {
      description:
        "Cuántas unidades de un regalo de LIVE necesita un creador para recibir un pago objetivo en efectivo.",
      parameters: {
        gift: P.gift,
        target_usd: P.target_usd,
        coins_per_diamond: P.coins_per_diamond,
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
      },
    },
    LIVEMONTHLY: {
      description: "El pago mensual de LIVE de un creador a partir de los regalos por directo y los directos al mes.",
      parameters: {
        gift: P.gift,
        gifts_per_stream: "Regalos de ese tipo recibidos por directo de LIVE.",
        streams_per_month: "Directos de LIVE al mes.",
        coins_per_diamond: P.coins_per_diamond,
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
      },
    },
    LIVEWATERFALL: {
      description:
        "Adónde va el dinero de un espectador por las monedas: tienda de apps, TikTok, agencia, comisión de retiro y el efectivo del creador, como tabla.",
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
      description: "Una referencia fechada de CPM, CPC o CTR, por sector donde las fuentes la dan.",
      parameters: {
        metric: "CPM, CPC o CTR.",
        industry: P.industry,
        estimate: P.estimate,
      },
    },
    ADBUDGETCHECK: {
      description: "Comprueba un presupuesto frente a los mínimos de TikTok e indica qué queda por debajo.",
      parameters: {
        level: P.level,
        budget: P.budget,
        days: P.days,
      },
    },
    ADCOST: {
      description:
        "Lo que cuestan los anuncios de TikTok: un modelo de facturación y un volumen (impresiones, clics, visualizaciones), o un formato premium y un número de días.",
      parameters: {
        model: P.model,
        volume: "Impresiones (CPM, oCPM), clics (CPC), visualizaciones (CPV) o días (formatos premium).",
        rate: P.rate,
        industry: P.industry,
      },
    },
    ADFORMATS: {
      description:
        "Los formatos de anuncio de TikTok: duración, entrega, precios y el rango de precios público con su fuente.",
      parameters: {},
    },
    ADFUNNEL: {
      description:
        "El embudo que compra un presupuesto: impresiones, clics, conversiones, ingresos, ROAS, coste por conversión y beneficio, como tabla.",
      parameters: {
        budget: P.budget,
        cpm: "Coste por 1000 impresiones en USD.",
        ctr: "Tasa de clics, p. ej. 0,009.",
        cvr: "Tasa de conversión de los clics, p. ej. 0,02.",
        aov: P.aov,
        margin: "Margen sobre los ingresos antes del coste de los anuncios, p. ej. 0,4 (para el beneficio).",
      },
    },
    ADMINBUDGET: {
      description:
        "El presupuesto mínimo de TikTok para una campaña o un grupo de anuncios: el mínimo diario o, con días, el mínimo total para esa programación.",
      parameters: {
        level: P.level,
        days: P.days,
      },
    },
    ADDYNAMICBUDGET: {
      description:
        "Lo máximo que puede gastar un presupuesto diario dinámico: en un día el 125 % del presupuesto diario, en una semana natural 7 × el presupuesto diario (Ayuda de TikTok Ads).",
      parameters: {
        daily_budget: P.daily_budget,
        period: P.period,
      },
    },
    ADVOLUME: {
      description:
        "El volumen que compra un presupuesto con un modelo de facturación: impresiones, clics o visualizaciones.",
      parameters: {
        model: P.model,
        budget: P.budget,
        rate: P.rate,
        industry: P.industry,
      },
    },
    BREAKEVENROAS: {
      description: "El ROAS con el que los anuncios se pagan solos: 1 / margen.",
      parameters: {
        margin: P.margin,
      },
    },
    LEARNINGBUDGET: {
      description:
        "El presupuesto diario que recomienda TikTok mientras un grupo de anuncios aprende: un múltiplo del CPA, o un importe fijo sin él.",
      parameters: {
        conversion: "Objetivo de optimización: shallow (predeterminado), install o deep.",
        cpa: "Su coste por acción actual en USD.",
      },
    },
    MAXCPA: {
      description:
        "El coste por adquisición más alto que mantiene un margen objetivo: AOV × (margen − margen objetivo).",
      parameters: {
        aov: P.aov,
        margin: P.margin,
        target_margin: "Margen que se quiere conservar tras el coste de los anuncios, p. ej. 0,15.",
      },
    },
    REACH: {
      description: "Personas alcanzadas: impresiones divididas entre la frecuencia media.",
      parameters: {
        impressions: "Número de impresiones.",
        frequency: "Veces que, de media, cada persona ve el anuncio, p. ej. 2,5.",
      },
    },
    ROAS: {
      description: "Retorno de la inversión publicitaria: ingresos divididos entre el gasto.",
      parameters: {
        revenue: "Ingresos atribuidos a los anuncios.",
        spend: "Gasto en anuncios.",
      },
    },
    SPONSORSHIP: {
      description:
        "Un precio estimado para un patrocinio con un creador a partir de seguidores, tasa de interacción y tipo de contenido.",
      parameters: {
        followers: P.followers,
        engagement_rate: "Tasa de interacción, p. ej. 0,05 (predeterminado: 2,5 %, la media).",
        content_type: "Video (predeterminado), Long-form, Spark Ad o Campaign.",
        estimate: P.estimate,
      },
    },
    SPONSORSHIPCPM: {
      description:
        "El CPM efectivo de un patrocinio (precio por 1000 visualizaciones), para comparar con anuncios In-Feed de pago.",
      parameters: {
        price: "Precio del patrocinio en USD.",
        views: "Visualizaciones que obtuvo el vídeo patrocinado.",
      },
    },
    EXPECTEDFEE: {
      description:
        "La comisión que debería llevar una fila de liquidación según la regla publicada vigente en la fecha del pedido, a partir de los importes de la propia fila; con el signo del archivo (una comisión cobrada es negativa).",
      parameters: {
        fee: 'Columna de comisión: commission (referral), transaction (payment), refundAdmin, orderFee (processing), growth (service) o dynamicCommission, tal como las lee RATE; añada "incl. VAT" cuando la columna incluya el IVA sobre la comisión.',
        market: "Código de mercado del archivo de liquidación, como US, UK, ID, MY.",
        order_date: "La fecha de creación del pedido: elige las tarifas vigentes.",
        customer_payment:
          "Columna del pago del cliente. Con el signo del archivo; omítala si el archivo no tiene esa columna.",
        platform_discount:
          "Columna de descuentos de la plataforma. Con el signo del archivo; omítala si el archivo no tiene esa columna.",
        sales_tax:
          "Columna del impuesto sobre las ventas pagado (EE. UU.). Con el signo del archivo; omítala si el archivo no tiene esa columna.",
        subtotal_after:
          "Columna del subtotal tras los descuentos del vendedor (archivos Income del SEA). Con el signo del archivo; omítala si el archivo no tiene esa columna.",
        customer_refund:
          "Columna del reembolso al cliente. Con el signo del archivo; omítala si el archivo no tiene esa columna.",
        platform_discount_refund:
          "Columna del reembolso de descuentos de la plataforma. Con el signo del archivo; omítala si el archivo no tiene esa columna.",
        sales_tax_refund:
          "Columna del reembolso del impuesto sobre las ventas (EE. UU.). Con el signo del archivo; omítala si el archivo no tiene esa columna.",
        refund_subtotal_after:
          "Columna del subtotal reembolsado tras los descuentos del vendedor. Con el signo del archivo; omítala si el archivo no tiene esa columna.",
        quantity: "Columna de cantidad, para tarifas por artículo y topes.",
        category:
          "Categoría de producto, cuando el archivo o la exportación de pedidos la indica (predeterminado: la tasa del mercado).",
      },
    },
  },
};

export default section;
