/**
 * Portuguese, Brazil (Português do Brasil): function help (functions-<locale>.json) and the manifest's words, read at build
 * time only (docs/i18n.md, "Function help"). A machine-made draft, not reviewed by a native speaker.
 * Function names, parameter names and the values a user types (codes, "web", seller-profile words)
 * stay English: formulas must work in every Excel.
 */
import type { FunctionsSection } from "../functionsSection";

/** Parameter help that several functions share (by parameter name; _ID: a variant first used by ID). */
const P = {
  market: "Código do mercado, como US, UK, ID (padrão: US).",
  market_RATE: "Código do mercado, como US, UK, ID (padrão: US para tarifas da loja).",
  market_COINCOST: "Mercado da tabela de preços das moedas: US (padrão) ou UK.",
  as_of: "Data das tarifas a usar (padrão: as tarifas mais recentes).",
  as_of_GIFTCOINS: "Data dos preços a usar (padrão: os mais recentes).",
  fee: 'Tarifa ou parâmetro: uma tarifa pelo nome ou por um alias (commission ou referral, transaction ou payment, orderFee ou processing, growth, refundAdmin, dynamicCommission), ou um parâmetro como "usdPerDiamond", "cpm".',
  category: "Categoria do produto, ou uma taxa de comissão como 0,06 para usar no lugar da tabela de tarifas.",
  category_RATE: "Categoria, presente, setor ou formato, quando a tarifa os tem; um número substitui a comissão.",
  unit_cost: "Quanto uma unidade custa a você (mercadoria, embalagem).",
  quantity: "Unidades na linha do pedido (padrão: 1).",
  shipping: "O que o comprador pagou de frete no pedido (padrão: 0).",
  seller_discount: "Desconto custeado pelo vendedor na linha, como valor (padrão: 0).",
  platform_discount: "Desconto custeado pelo TikTok na linha, como valor (padrão: 0).",
  affiliate_rate: "Taxa de comissão do criador sobre o que o comprador pagou pelos produtos, ex.: 0,1 (padrão: 0).",
  seller_shipping: "O que você paga para enviar o pedido (padrão: 0).",
  return_rate: "Parcela de pedidos devolvidos, ex.: 0,05 (padrão: 0).",
  ad_cost: "Gasto com publicidade por pedido (padrão: 0).",
  commission_rate:
    "Sua taxa de comissão quando category indica o grupo de categorias (as demais tarifas seguem o grupo), ex.: 0,05.",
  seller_profile:
    'Palavras como "business", "mall", "cross-border", "above threshold", "no tax id", "pre-order", "fee tax 6.25%" (padrão: um vendedor pessoa física).',
  price: "Preço de tabela por unidade na moeda do mercado.",
  target_margin: "Lucro como parcela da receita, ex.: 0,25 para 25 %.",
  coins: "Número de moedas.",
  channel: "Onde o espectador compra moedas: web (padrão), ios ou android.",
  estimate: "low, typical (padrão) ou high.",
  followers: "Número de seguidores.",
  usd_per_diamond: "USD por diamante (padrão: 0,005).",
  agency_share: "Parcela do pagamento do criador que uma agência fica, ex.: 0,2 (padrão: 0).",
  withdrawal_fee: "Taxa por saque em USD, ex.: a do PayPal (padrão: 0; o TikTok não cobra).",
  target_usd: "Dinheiro que o criador quer receber, em USD.",
  gift: 'Nome do presente, ex.: "Lion" ou "Rose" (=TIKTOK.GIFTS() lista os presentes).',
  count: "Número de presentes, 0 ou mais (padrão: 1).",
  coins_per_diamond: "Moedas por diamante (padrão: 1; muitas calculadoras usam 2).",
  industry: 'Setor da referência, ex.: "E-commerce" (padrão: todos os setores).',
  level: "campaign, adgroup ou gmvmax (GMV Max: apenas orçamentos diários).",
  daily_budget: "O orçamento diário dinâmico definido, em USD: a média por dia ao longo da semana.",
  period: "day (padrão: o máximo em um dia) ou week (o máximo em uma semana do calendário).",
  budget: "Orçamento em USD.",
  days: "Dias programados, para um orçamento vitalício (omita para o mínimo diário).",
  model:
    "Modelo de cobrança (CPM, oCPM, CPC, CPV) ou formato premium (TopView, BrandTakeover, HashtagChallenge, BrandedEffect).",
  rate: "Seu preço: por 1.000 impressões, por clique, por visualização ou por dia (padrão: a referência das fontes).",
  aov: "Valor médio do pedido em USD.",
  margin: "Margem sobre a receita antes do custo dos anúncios, ex.: 0,3.",
};

const section: FunctionsSection = {
  manifest: {
    DisplayName: "TikTok Economics",
    Description:
      "Tarifas do TikTok Shop, ganhos com presentes de LIVE e custos de anúncios como fórmulas do Excel (TIKTOK.*), com uma tabela de tarifas datada e com fontes e planilhas de cenários prontas.",
    "GetStarted.Title": "O TikTok Economics está pronto",
    "GetStarted.Description":
      "Digite =TIKTOK.SHOPFEE(20) em uma célula ou abra o TikTok Economics na guia Página Inicial para as planilhas de cenários.",
    "CommandsGroup.Label": "TikTok Economics",
    "TaskpaneButton.Label": "TikTok Economics",
    "TaskpaneButton.Tooltip":
      "Insira planilhas de cenários de TikTok Shop, LIVE e anúncios e consulte as tarifas por trás de cada função TIKTOK.*.",
  },
  functions: {
    CATEGORIES: {
      description: "As categorias de produto de um mercado, com a taxa de comissão vigente na data e sua fonte.",
      parameters: {
        market: P.market,
        as_of: P.as_of,
      },
    },
    MARKETS: {
      description:
        "Os mercados que a tabela de tarifas cobre, com a moeda e a comissão padrão pelas tarifas mais recentes.",
      parameters: {},
    },
    RATE: {
      description:
        "A tarifa por trás de qualquer taxa ou parâmetro da tabela de tarifas, ex.: a comissão de um mercado e categoria, ou o valor em USD de um diamante.",
      parameters: {
        fee: P.fee,
        market: P.market_RATE,
        category: P.category_RATE,
        as_of: P.as_of,
      },
    },
    RATEBOOK: {
      description:
        "A versão da tabela de tarifas com que o suplemento calcula: a data de vigência mais recente das tarifas e um hash do seu conteúdo.",
      parameters: {},
    },
    RATESOURCE: {
      description: "A fonte pública (URL) de qualquer taxa ou parâmetro da tabela de tarifas.",
      parameters: {
        fee: P.fee,
        market: P.market_RATE,
        category: P.category_RATE,
        as_of: P.as_of,
      },
    },
    BILLABLEWEIGHT: {
      description:
        "Peso faturável do FBT nos EUA, em libras: o maior entre o peso unitário e o peso cubado, comprimento × largura × altura (polegadas) ÷ 166.",
      parameters: {
        weight_lb: "Peso de uma unidade em libras.",
        length_in: "Comprimento da unidade embalada em polegadas.",
        width_in: "Largura da unidade embalada em polegadas.",
        height_in: "Altura da unidade embalada em polegadas.",
      },
    },
    BREAKEVENPRICE: {
      description:
        "O menor preço unitário com o qual uma linha do pedido não dá prejuízo após as tarifas do TikTok Shop e os seus custos.",
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
        "Tarifa de fulfillment do Fulfilled by TikTok (FBT) para unidades de um item, pela faixa de tamanho do Reino Unido em que caixa e peso se enquadram (a tabela do Reino Unido é a única pública).",
      parameters: {
        market: "Código do mercado: UK (a tabela dos EUA por peso não é pública; a função informa isso).",
        weight_kg: "Peso de uma unidade em kg.",
        length_cm: "Comprimento da unidade embalada em cm.",
        width_cm: "Largura da unidade embalada em cm.",
        height_cm: "Altura da unidade embalada em cm.",
        units: "Unidades na linha do pedido (padrão: 1).",
        as_of: P.as_of,
      },
    },
    MAXAFFILIATE: {
      description:
        "A maior taxa de comissão de afiliado (criador) que ainda garante uma margem-alvo a um preço dado (o TikTok permite no máximo 80 %).",
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
        "A taxa administrativa de reembolso que o TikTok cobra quando a linha do pedido é reembolsada (EUA: 20 % da comissão, no máximo 5 USD por SKU; zero onde não há cobrança).",
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
        "Só a comissão (taxa de indicação) de uma linha do pedido, com o imposto (IVA) por cima onde o mercado o acrescenta.",
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
        "Todas as tarifas do TikTok Shop de uma linha do pedido: comissão mais as tarifas de transação, de serviço e fixas por pedido vigentes na data.",
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
        "As tarifas do TikTok Shop de uma linha do pedido como tabela: componente, taxa, base, valor e fonte, com o total na última linha.",
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
        "Margem de lucro de uma linha do pedido: lucro esperado dividido pela receita (produtos após o desconto do vendedor mais o frete pago pelo comprador).",
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
        "O que o TikTok repassa a você por uma linha do pedido: receita (produtos após o desconto do vendedor mais o frete pago pelo comprador) menos as tarifas do TikTok Shop, a comissão de afiliado e qualquer imposto retido pelo TikTok.",
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
        "O menor preço unitário que atinge uma margem-alvo após todas as tarifas do TikTok Shop e os seus custos.",
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
        "Lucro esperado de uma linha do pedido após tarifas do TikTok Shop, comissão de afiliado, custo do produto, frete, publicidade e devoluções.",
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
        "Quanto as moedas custam a um espectador, por canal de compra: por moeda na web, ou a combinação de pacotes mais barata nos apps.",
      parameters: {
        coins: P.coins,
        channel: P.channel,
        method: "packs (a combinação de pacotes mais barata; padrão nos apps) ou perCoin (padrão na web).",
        market: P.market_COINCOST,
      },
    },
    COINVALUE: {
      description:
        "Quanto uma moeda custa a um espectador em um canal de compra: o melhor preço por moeda entre os pacotes do canal (uma fração de centavo).",
      parameters: {
        channel: P.channel,
        market: P.market_COINCOST,
      },
    },
    CREATORREWARDS: {
      description: "Pagamento estimado do Creator Rewards Program: visualizações qualificadas / 1.000 × RPM.",
      parameters: {
        qualified_views: "Visualizações qualificadas (visualizações no feed Para Você de pelo menos 5 s).",
        rpm: "USD por 1.000 visualizações qualificadas (padrão: a faixa das fontes).",
        estimate: P.estimate,
      },
    },
    CREATORREWARDSELIGIBLE: {
      description: "Se uma conta atende aos requisitos do Creator Rewards Program e, se não, o que falta.",
      parameters: {
        followers: P.followers,
        views_30d: "Visualizações de vídeos nos últimos 30 dias.",
        video_seconds: "Duração do vídeo em segundos.",
        age: "A idade do criador.",
        market: "O mercado do criador (padrão: US).",
      },
    },
    DIAMONDPAYOUT: {
      description: "Os USD que um criador recebe por diamantes, após a parte de uma agência e uma taxa de saque.",
      parameters: {
        diamonds: "Número de diamantes.",
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
        withdrawal_fee: P.withdrawal_fee,
      },
    },
    DIAMONDSFORPAYOUT: {
      description: "Os diamantes de que um criador precisa para receber um pagamento-alvo em dinheiro.",
      parameters: {
        target_usd: P.target_usd,
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
        withdrawal_fee: P.withdrawal_fee,
      },
    },
    GIFTCOINS: {
      description:
        "As moedas que um presente de LIVE custa ao espectador (seu preço de catálogo na data), vezes a quantidade.",
      parameters: {
        gift: P.gift,
        count: P.count,
        as_of: P.as_of_GIFTCOINS,
      },
    },
    GIFTDIAMONDS: {
      description: "Os diamantes que um criador recebe por presentes de LIVE.",
      parameters: {
        gift: P.gift,
        count: P.count,
        coins_per_diamond: P.coins_per_diamond,
      },
    },
    GIFTS: {
      description:
        "O catálogo de presentes de LIVE: presente, moedas, a data em que o preço entrou em vigor e sua fonte.",
      parameters: {
        as_of: P.as_of_GIFTCOINS,
      },
    },
    GIFTSFORPAYOUT: {
      description:
        "Quantas unidades de um presente de LIVE um criador precisa para receber um pagamento-alvo em dinheiro.",
      parameters: {
        gift: P.gift,
        target_usd: P.target_usd,
        coins_per_diamond: P.coins_per_diamond,
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
      },
    },
    LIVEMONTHLY: {
      description:
        "O ganho mensal de LIVE de um criador a partir dos presentes por transmissão e das transmissões por mês.",
      parameters: {
        gift: P.gift,
        gifts_per_stream: "Presentes desse tipo recebidos por transmissão LIVE.",
        streams_per_month: "Transmissões LIVE por mês.",
        coins_per_diamond: P.coins_per_diamond,
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
      },
    },
    LIVEWATERFALL: {
      description:
        "Para onde vai o dinheiro de um espectador pelas moedas: loja de apps, TikTok, agência, taxa de saque e o dinheiro do criador, como tabela.",
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
      description: "Uma referência datada de CPM, CPC ou CTR, por setor quando as fontes a informam.",
      parameters: {
        metric: "CPM, CPC ou CTR.",
        industry: P.industry,
        estimate: P.estimate,
      },
    },
    ADBUDGETCHECK: {
      description: "Confere um orçamento com os mínimos do TikTok e diz o que está abaixo do mínimo.",
      parameters: {
        level: P.level,
        budget: P.budget,
        days: P.days,
      },
    },
    ADCOST: {
      description:
        "Quanto custam os anúncios do TikTok: um modelo de cobrança e um volume (impressões, cliques, visualizações), ou um formato premium e um número de dias.",
      parameters: {
        model: P.model,
        volume: "Impressões (CPM, oCPM), cliques (CPC), visualizações (CPV) ou dias (formatos premium).",
        rate: P.rate,
        industry: P.industry,
      },
    },
    ADFORMATS: {
      description:
        "Os formatos de anúncio do TikTok: duração, veiculação, preços e a faixa de preço pública com sua fonte.",
      parameters: {},
    },
    ADFUNNEL: {
      description:
        "O funil que um orçamento compra: impressões, cliques, conversões, receita, ROAS, custo por conversão e lucro, como tabela.",
      parameters: {
        budget: P.budget,
        cpm: "Custo por 1.000 impressões em USD.",
        ctr: "Taxa de cliques, ex.: 0,009.",
        cvr: "Taxa de conversão dos cliques, ex.: 0,02.",
        aov: P.aov,
        margin: "Margem sobre a receita antes do custo dos anúncios, ex.: 0,4 (para o lucro).",
      },
    },
    ADMINBUDGET: {
      description:
        "O orçamento mínimo do TikTok para uma campanha ou um grupo de anúncios: o mínimo diário ou, com dias, o mínimo vitalício para essa programação.",
      parameters: {
        level: P.level,
        days: P.days,
      },
    },
    ADDYNAMICBUDGET: {
      description:
        "O máximo que um orçamento diário dinâmico pode gastar: em um dia, 125 % do orçamento diário; em uma semana do calendário, 7 × o orçamento diário (Ajuda do TikTok Ads).",
      parameters: {
        daily_budget: P.daily_budget,
        period: P.period,
      },
    },
    ADVOLUME: {
      description: "O volume que um orçamento compra em um modelo de cobrança: impressões, cliques ou visualizações.",
      parameters: {
        model: P.model,
        budget: P.budget,
        rate: P.rate,
        industry: P.industry,
      },
    },
    BREAKEVENROAS: {
      description: "O ROAS em que os anúncios se pagam: 1 / margem.",
      parameters: {
        margin: P.margin,
      },
    },
    LEARNINGBUDGET: {
      description:
        "O orçamento diário recomendado pelo TikTok enquanto um grupo de anúncios aprende: um múltiplo do CPA, ou um valor fixo sem CPA.",
      parameters: {
        conversion: "Meta de otimização: shallow (padrão), install ou deep.",
        cpa: "Seu custo por ação atual em USD.",
      },
    },
    MAXCPA: {
      description: "O maior custo por aquisição que mantém uma margem-alvo: AOV × (margem − margem-alvo).",
      parameters: {
        aov: P.aov,
        margin: P.margin,
        target_margin: "Margem a manter após o custo dos anúncios, ex.: 0,15.",
      },
    },
    REACH: {
      description: "Pessoas alcançadas: impressões divididas pela frequência média.",
      parameters: {
        impressions: "Número de impressões.",
        frequency: "Quantas vezes, em média, cada pessoa vê o anúncio, ex.: 2,5.",
      },
    },
    ROAS: {
      description: "Retorno sobre o investimento em anúncios: receita dividida pelo gasto.",
      parameters: {
        revenue: "Receita atribuída aos anúncios.",
        spend: "Gasto com anúncios.",
      },
    },
    SPONSORSHIP: {
      description:
        "Um preço estimado para um patrocínio com um criador a partir de seguidores, taxa de engajamento e tipo de conteúdo.",
      parameters: {
        followers: P.followers,
        engagement_rate: "Taxa de engajamento, ex.: 0,05 (padrão: 2,5 %, a média).",
        content_type: "Video (padrão), Long-form, Spark Ad ou Campaign.",
        estimate: P.estimate,
      },
    },
    SPONSORSHIPCPM: {
      description:
        "O CPM efetivo de um patrocínio (preço por 1.000 visualizações), para comparar com anúncios In-Feed pagos.",
      parameters: {
        price: "Preço do patrocínio em USD.",
        views: "Visualizações que o vídeo patrocinado teve.",
      },
    },
    EXPECTEDFEE: {
      description:
        "A tarifa que uma linha da liquidação deveria ter pela regra publicada vigente na data do pedido, a partir dos valores da própria linha; com o sinal do arquivo (uma tarifa cobrada é negativa).",
      parameters: {
        fee: 'Coluna da tarifa: commission (referral), transaction (payment), refundAdmin, orderFee (processing), growth (service) ou dynamicCommission, como RATE as lê; acrescente "incl. VAT" quando a coluna incluir o imposto (IVA) sobre a tarifa.',
        market: "Código do mercado do arquivo de liquidação, como US, UK, ID, MY.",
        order_date: "A data de criação do pedido: escolhe as tarifas vigentes.",
        customer_payment:
          "Coluna do pagamento do cliente. Com o sinal do arquivo; omita quando o arquivo não tiver essa coluna.",
        platform_discount:
          "Coluna de descontos da plataforma. Com o sinal do arquivo; omita quando o arquivo não tiver essa coluna.",
        sales_tax:
          "Coluna do imposto sobre vendas pago (EUA). Com o sinal do arquivo; omita quando o arquivo não tiver essa coluna.",
        subtotal_after:
          "Coluna do subtotal após descontos do vendedor (arquivos Income do SEA). Com o sinal do arquivo; omita quando o arquivo não tiver essa coluna.",
        customer_refund:
          "Coluna do reembolso ao cliente. Com o sinal do arquivo; omita quando o arquivo não tiver essa coluna.",
        platform_discount_refund:
          "Coluna do reembolso de descontos da plataforma. Com o sinal do arquivo; omita quando o arquivo não tiver essa coluna.",
        sales_tax_refund:
          "Coluna do reembolso do imposto sobre vendas (EUA). Com o sinal do arquivo; omita quando o arquivo não tiver essa coluna.",
        refund_subtotal_after:
          "Coluna do subtotal reembolsado após descontos do vendedor. Com o sinal do arquivo; omita quando o arquivo não tiver essa coluna.",
        quantity: "Coluna de quantidade, para tarifas por item e limites.",
        category:
          "Categoria do produto, quando o arquivo ou a exportação de pedidos a informa (padrão: a taxa do mercado).",
      },
    },
  },
};

export default section;
