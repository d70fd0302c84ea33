/**
 * Português (Brasil): the message catalog (src/core/messages.ts) in Brazilian Portuguese. A
 * machine-made draft, checked by back-translation, not yet reviewed by a native speaker
 * (docs/i18n.md). Argument and function names stay as formulas write them, and so do values to
 * type ("perCoin"); Excel's own words as Brazilian Excel shows them (VERDADEIRO/FALSO); formulas
 * with Brazilian Excel's separator (;).
 */
import { type CompleteCatalog, pick } from "../../core/messages";
import { dateIn, numberIn, orIn, phrasesIn, marketNameIn } from "../format";

const n = numberIn("pt-BR");
const region = marketNameIn("pt-BR");
const d = dateIn("pt-BR");
const or = orIn("ou");
const t = phrasesIn(
  {
    "a number": "um número",
    "USD per 1,000 followers": "USD por 1.000 seguidores",
    "a CPM in USD": "um CPM em USD",
    "a budget in USD": "um orçamento em USD",
    "a cost per action in USD": "um custo por ação em USD",
    "a daily budget in USD": "um orçamento diário em USD",
    "a discount amount": "um valor de desconto",
    "a margin such as 0.2": "uma margem como 0,2",
    "a margin such as 0.25 (25 %)": "uma margem como 0,25 (25 %)",
    "a margin such as 0.3": "uma margem como 0,3",
    "a margin such as 0.4": "uma margem como 0,4",
    "a number of days": "um número de dias",
    "a number of followers": "um número de seguidores",
    "a number of gifts": "um número de presentes",
    "a number of streams": "um número de transmissões",
    "a number of views": "um número de visualizações",
    "a price in USD": "um preço em USD",
    "a rate such as 0.06 or 6%": "uma taxa como 0,06 ou 6 %",
    "a tolerance in currency units": "uma tolerância em unidades de moeda",
    "a video length in seconds": "uma duração de vídeo em segundos",
    "a weight in kg": "um peso em kg",
    "a weight in pounds": "um peso em libras",
    "a whole number of clicks": "um número inteiro de cliques",
    "a whole number of coins": "um número inteiro de moedas",
    "a whole number of days": "um número inteiro de dias",
    "a whole number of diamonds": "um número inteiro de diamantes",
    "a whole number of gifts": "um número inteiro de presentes",
    "a whole number of impressions": "um número inteiro de impressões",
    "a whole number of units": "um número inteiro de unidades",
    "a whole number of views": "um número inteiro de visualizações",
    "ad spend in USD": "o gasto com anúncios em USD",
    "an amount in USD": "um valor em USD",
    "an amount": "um valor",
    "an average frequency such as 2.5": "uma frequência média como 2,5",
    "an average order value": "um valor médio de pedido",
    "revenue in USD": "a receita em USD",
    "the ad cost per order": "o custo de anúncios por pedido",
    "the cost of one unit": "o custo de uma unidade",
    "the hours left in the day": "as horas que faltam no dia",
    "the shipping the buyer paid": "o frete que o comprador pagou",
    "the unit price": "o preço unitário",
    "your shipping cost": "o seu custo de envio",
    "a range": "um intervalo",
    market: "mercado",
    currency: "moeda",
    channel: "canal",
    gift: "presente",
    fee: "tarifa",
    category: "categoria",
    industry: "setor",
    "billing model or format": "modelo de cobrança ou formato",
    "benchmark metric": "métrica de referência",
    "content type": "tipo de conteúdo",
    "budget level": "nível de orçamento",
    "budget period": "período do orçamento",
    "conversion depth": "profundidade de conversão",
    "the market's default rate": "a taxa padrão do mercado",
    "the newest rates": "as taxas mais recentes",
    "the rate book's rate for the category": "a taxa do livro de tarifas para a categoria",
    "the sourced range": "a faixa documentada",
    "an individual seller, not Mall, not cross-border, below the tax thresholds":
      "um vendedor pessoa física, sem Mall, sem venda internacional, abaixo dos limites fiscais",
  },
  (thing, market) => `${thing} para ${market}`,
);

/** "orçamento diário da campanha": the budget ADBUDGETCHECK speaks of. */
const ptBudget = (level: string, type: string): string =>
  `orçamento ${type === "daily" ? "diário" : "total"} ${level === "adgroup" ? "do grupo de anúncios" : level === "gmvmax" ? "do GMV Max" : "da campanha"}`;
/** Why a text is not a number (numberReason in src/core/messages.ts). */
const whyText = (p: { why: string; a: string; b: string }): string =>
  pick(p.why, {
    percent: `uma porcentagem não é aceita aqui — digite o próprio número`,
    exponent: `o expoente está fora do intervalo — digite o número sem expoente`,
    commaAmbiguous: `uma vírgula pode ser separador decimal ou de milhar — digite ${p.a} ou ${p.b}, ou insira o valor como número (não como texto)`,
    commaDecimal: `uma vírgula pode ser separador decimal ou de milhar — digite ${p.a} ou insira o valor como número (não como texto)`,
    grouping: `os separadores de milhar devem agrupar três dígitos ("1,234,567.89") — digite ${p.a} ou insira o valor como número (não como texto)`,
    points: `os pontos são separadores decimais — digite ${p.a} ou insira o valor como número (não como texto)`,
    separators: `separadores dentro de um número não são lidos — digite ${p.a} ou insira o valor como número (não como texto)`,
    notNumber: `não é um número`,
  });
/** The settlement layouts' titles (Layout.title, English) in this language, wherever a text names them. */
const LAYOUT_TITLES: readonly (readonly [string, string])[] = [
  [
    'Income export "Order details" (SEA; Chinese-UI cross-border)',
    'Exportação de receitas "Order details" (SEA; interface em chinês, internacional)',
  ],
  [
    "Statement order details (US/UK/BR; Chinese-UI MX/JP; per SKU)",
    "Detalhes dos pedidos do extrato (US/UK/BR; interface em chinês MX/JP; por SKU)",
  ],
  ["Unsettled-orders export (US/VN/TH xlsx, UK CSV)", "Exportação de pedidos não liquidados (US/VN/TH xlsx, UK CSV)"],
  ["Order export (OrderSKUList)", "Exportação de pedidos (OrderSKUList)"],
];
const lay = (text: string): string => LAYOUT_TITLES.reduce((s, [en, own]) => s.split(en).join(own), text);
const pt: CompleteCatalog = {
  "number.empty": (p) => `${p.argument} está vazio: digite ${t(p.noun)}.`,
  "number.boolean": (p) => `${p.argument} é VERDADEIRO/FALSO: digite ${t(p.noun)}.`,
  "number.notFinite": (p) => `${p.argument} não é um número finito: digite ${t(p.noun)}.`,
  "number.text": (p) => `${p.argument} é texto ("${p.text}"): digite ${t(p.noun)}.`,
  "number.textReason": (p) => `${p.argument} é o texto "${p.text}": ${whyText(p)}.`,
  "number.tooLarge": (p) => `${p.argument} é grande demais: o máximo permitido é ${n(p.max)}.`,
  "number.negative": (p) => `${p.argument} é negativo (${n(p.value)}): digite zero ou mais.`,
  "number.zero": (p) => `${p.argument} é zero: digite ${t(p.noun)} maior que zero.`,
  "number.notWhole": (p) => `${p.argument} precisa ser um número inteiro, não ${n(p.value)}.`,
  "rate.outOfRange": (p) => `${p.argument} é ${n(p.value)}: digite uma taxa entre 0 e ${n(p.limit)} (6 % é 0,06).`,
  "date.notIso": (p) => `"${p.text}" não é uma data no formato AAAA-MM-DD.`,
  "date.notSerial": (p) => `${p.argument} não é uma data: use uma célula de data ou um texto como "2025-01-31".`,
  "date.notDateText": (p) =>
    `${p.argument} "${p.text}" não é uma data: use uma célula de data ou um texto como "2025-01-31".`,
  "date.wrongType": (p) =>
    `${p.argument} precisa ser uma data, não ${p.what === "TRUE/FALSE" ? "VERDADEIRO/FALSO" : t(p.what)}.`,
  "name.unknown": (p) => `Valor desconhecido de ${t(p.what)}: "${p.given}".`,
  "name.unknownDidYouMean": (p) => `Valor desconhecido de ${t(p.what)}: "${p.given}". Você quis dizer ${or(p.names)}?`,
  "name.unknownKnown": (p) => `Valor desconhecido de ${t(p.what)}: "${p.given}". Conhecidos: ${p.names}.`,
  "name.unknownKnownMore": (p) =>
    `Valor desconhecido de ${t(p.what)}: "${p.given}". Conhecidos: ${p.names} e mais ${n(p.more)}.`,
  "fee.unknown": (p) => `Tarifa desconhecida "${p.given}": use uma de ${p.fees}.`,

  "live.noCoinPrices": (p) =>
    `Não há preços de moedas documentados para o mercado ${region(p.market)}: o livro de tarifas só tem pacotes dos US (web, iOS, Android) e do UK (iOS, Android). Informe o preço que você paga.`,
  "live.noCoinPack": (p) => `Pacote de moedas desconhecido para ${p.channel} em "${p.market}". Conhecidos: ${p.known}.`,
  "live.tooManyCoinsForPacks": (p) => `coins passa de ${n(p.max)} para o método de pacotes: use o método "perCoin".`,
  "live.agencyTakesAll": () =>
    "Com 100 % de participação da agência, nenhuma quantidade de diamantes paga algo ao criador.",
  "live.tooManyDiamonds": (p) =>
    `Um pagamento de ${n(p.target)} USD exige mais de ${n(p.max)} diamantes, o máximo que o suplemento conta: digite uma meta menor (ou confira usd_per_diamond e agency_share).`,
  "live.creatorAboveSpend": (p) =>
    `Com esses parâmetros o criador receberia mais (${n(p.creator)} USD) do que o espectador pagou depois das taxas da loja de aplicativos (${n(p.afterStore)} USD): confira usd_per_diamond e coins_per_diamond.`,
  "live.beforeGiftCatalog": () =>
    "as_of é anterior ao catálogo de presentes, que começa em 2021: não há preços de presentes antes disso.",

  "ads.marginNotPositive": () =>
    "Com margem zero ou negativa nenhum ROAS atinge o ponto de equilíbrio: cada venda perde dinheiro antes dos anúncios.",
  "ads.marginAboveOne": (p) => `Uma margem de ${n(p.margin)} % é impossível: digite uma fração até 1 (30 % é 0,3).`,
  "ads.targetNotBelowMargin": (p) =>
    `A margem desejada (${n(p.target)} %) não é menor que a margem antes dos anúncios (${n(p.margin)} %): nenhum gasto com anúncios a mantém.`,
  "ads.frequencyBelowOne": () =>
    "A frequência média é no mínimo 1 (cada pessoa alcançada vê o anúncio pelo menos uma vez).",
  "ads.noCpvBenchmark": () =>
    "Não existe referência pública confiável de CPV: informe o seu custo por visualização como rate, por exemplo 0,03.",
  "ads.topViewByCpm": (p) =>
    `O TopView é reservado a um CPM (cerca de ${n(p.cpm)} $), não por dia: informe sua cotação diária como rate ou use ADCOST("CPM"; impressions; ${n(p.cpm)}).`,
  "ads.brandTakeoverNoPrice": () =>
    "O Brand Takeover não tem preço público: informe como rate a cotação diária que recebeu do TikTok.",
  "ads.gmvMaxDailyOnly": () => "O GMV Max usa um orçamento diário (no mínimo 10 $ por dia): deixe days vazio.",
  "ads.flatPricePerRun": (p) =>
    `${p.model} é vendido a preço fixo por toda a veiculação, não por volume: use ADCOST para o preço.`,

  "shop.marginImpossible": (p) =>
    `${p.argument} de ${n(p.margin)} % é impossível: uma margem precisa ser menor que 100 %.`,
  "shop.marginBelowMinusOne": (p) => `${p.argument} precisa estar entre −100 % e 100 % (0,25 é 25 %).`,
  "shop.noPriceForMargin": (p) =>
    `Nenhum preço atinge uma margem de ${n(p.margin)} %: tarifas, comissão de afiliados e devoluções levam mais de ${n(p.share)} % de cada unidade de preço a mais.`,
  "shop.priceAboveMaxCheckCosts": (p) =>
    `O preço que atinge uma margem de ${n(p.margin)} % passa de ${n(p.max)} ${p.currency}, o maior valor com que o suplemento calcula: confira unit_cost e os outros custos.`,
  "shop.priceAboveMaxLowerMargin": (p) =>
    `O preço que atinge uma margem de ${n(p.margin)} % passa de ${n(p.max)} ${p.currency}, o maior valor com que o suplemento calcula: reduza target_margin ou confira unit_cost e os outros custos.`,
  "shop.noWholeMinorUnitPrice": (p) =>
    `Nenhum preço em subunidades inteiras de ${p.currency} atinge a margem; confira os dados.`,
  "shop.targetAboveNoRevenue": (p) =>
    `Mesmo sem comissão de afiliados este pedido não tem margem, abaixo da meta de ${n(p.target)} %.`,
  "shop.targetAboveBestMargin": (p) =>
    `Mesmo sem comissão de afiliados este pedido tem margem de ${n(p.margin)} %, abaixo da meta de ${n(p.target)} %.`,
  "shop.targetAboveRounded": (p) =>
    `Mesmo sem comissão de afiliados este pedido, arredondado para subunidades inteiras de ${p.currency}, rende menos que a meta de ${n(p.target)} %.`,
  "shop.sellerDiscountAboveItems": (p) =>
    `seller_discount (${n(p.discount)}) é maior que o custo dos itens (${n(p.items)}): digite o desconto desta linha do pedido.`,
  "shop.platformDiscountAbovePayment": (p) =>
    `platform_discount (${n(p.discount)}) deixa o pagamento do comprador negativo: digite o desconto desta linha do pedido.`,
  "shop.commissionRateTwice": () =>
    "Informe a taxa de comissão uma só vez: como category ou como commission_rate com um nome de categoria.",
  "shop.noSourcedFees": (p) =>
    `Ainda não há tarifas do TikTok Shop documentadas para o mercado ${region(p.market)} (${p.code}).${p.note ? ` ${p.note}` : ""} Informe a taxa de comissão no argumento category, por exemplo 0,06.`,
  "shop.noRevenue": () => "O pedido não tem receita (preço e frete são zero), portanto não tem margem.",
  "shop.fbtUsNotPublic": () =>
    'A tabela de tarifas FBT dos EUA por peso não é pública nas nossas fontes: as tarifas começam em 3,58 $ por item (pedidos de uma unidade) e são cobradas sobre o peso tarifável (veja =TIKTOK.RATESOURCE("fbtFrom";"US")). Informe a sua própria tarifa.',
  "shop.fbtNotSourced": (p) =>
    `Não há tabela pública de tarifas FBT para o mercado ${region(p.market)}: só a do Reino Unido está documentada.`,
  "shop.fbtNoTier": (p) =>
    `Nenhuma faixa FBT do Reino Unido aceita ${n(p.longest)} × ${n(p.middle)} × ${n(p.shortest)} cm e ${n(p.weight)} kg (a maior é 120 × 60 × 60 cm; 30 kg até 61 × 46 × 46 cm).`,

  "market.notShop": (p) =>
    `O TikTok Shop não vende em ${p.market} (${p.code}), então não há tarifas da loja nem repasses: escolha um de ${p.markets}.`,
  "market.noShopCategories": (p) => `Ainda não há categorias do TikTok Shop documentadas para ${p.market}.`,
  "rate.notInBook": (p) => `O livro de tarifas não tem ${p.kind} para ${p.market}.`,
  "rate.introducedLater": (p) =>
    `Não há ${p.kind} para ${p.market} antes de ${d(p.first)}: a tarifa foi criada nessa data (${p.argument} ${p.asOf}).`,
  "rate.beforeBook": (p) =>
    `Não há taxa ${p.kind} para ${p.market} antes de ${d(p.first)}: o livro de tarifas começa aí (${p.argument} ${p.asOf}).`,
  "rate.ended": (p) =>
    `Nenhuma taxa ${p.kind} para ${p.market} está em vigor em ${p.asOf} (a última terminou em ${d(p.last)}).`,
  "rate.unpublished": (p) =>
    `A tarifa ${p.fee} para ${p.market} em ${p.asOf} não é pública (só no Seller Center): informe a sua taxa como número.${p.note ? ` ${p.note}` : ""}`,
  "rate.unpublishedCategory": (p) =>
    `A tarifa ${p.fee} para ${p.category} em ${p.market} em ${p.asOf} não é pública (só no Seller Center): informe a sua taxa como número.${p.note ? ` ${p.note}` : ""}`,

  "settlement.amountNotFinite": (p) => `${p.column} contém ${p.value}, não um valor.`,
  "settlement.amountWrongType": (p) => `${p.column} contém ${p.what}, não um valor.`,
  "settlement.amountAmbiguousDot": (p) =>
    `${p.column} contém "${p.text}": o ponto pode separar milhares (1.250 = 1250) ou decimais. Exporte o arquivo de novo com números simples, ou abra-o no Excel e salve a planilha.`,
  "settlement.amountNotNumber": (p) => `${p.column} contém "${p.text}", que não é um valor.`,
  "settlement.dateInvalid": (p) => `${p.column} contém uma data inválida.`,
  "settlement.dateWrongType": (p) => `${p.column} contém ${p.what}, não uma data.`,
  "settlement.dateNotDate": (p) => `${p.column} contém "${p.text}", que não é uma data.`,
  "settlement.dateNotCalendar": (p) => `${p.column} contém "${p.text}", que não é uma data do calendário.`,
  "settlement.dateNumberNotDate": (p) => `${p.column} contém ${p.value}, que não é uma data.`,
  "settlement.notKnownLayout": (p) =>
    `Não é uma exportação de repasse do TikTok Shop que este suplemento conheça. Procuramos nas primeiras ${n(p.rows)} linhas um cabeçalho com ${lay(p.looked)}. Encontrado: ${p.found}.`,
  "settlement.mappingNotJson": (p) => `O mapeamento de colunas não é um JSON válido: ${p.reason}.`,
  "settlement.mappingFormat": (p) =>
    `Não é um mapeamento de colunas: esperava-se "format": "${p.format}" e "version": ${n(p.version)} com uma lista "header" e um objeto "columns"; encontrado ${p.found}.`,
  "settlement.mappingUnknownKey": (p) =>
    `O mapeamento de colunas indica "${p.key}", que não é um de: ${p.keys}. Corrija ou remova.`,
  "settlement.mappingColumnMissing": (p) =>
    `O mapeamento de colunas atribui a ${p.key} a coluna "${p.column}", que não está no seu cabeçalho: use o nome da coluna como o arquivo o escreve.`,
  "settlement.mappingDuplicate": (p) =>
    `O mapeamento de colunas atribui a coluna "${p.column}" a ${p.first} e a ${p.second}: atribua cada coluna a uma só chave.`,
  "settlement.mappingBadKind": (p) =>
    `O mapeamento de colunas diz que o valor de tipo "${p.value}" é ${p.kind}: diga qual de ${p.kinds} ele é.`,
  "settlement.mappingNotConfirmed": () =>
    'O mapeamento de colunas não está confirmado, por isso não é usado: verifique cada coluna e defina "confirmed": true.',
  "settlement.mappingNeedsKeys": (p) =>
    `O mapeamento de colunas lê o arquivo como ${lay(p.layout)}, mas não indica coluna para ${p.keys}: adicione-as.`,
  "settlement.mappingHeaderNotFound": (p) =>
    `O arquivo não tem o cabeçalho do mapeamento de colunas (${p.cells}…) nas primeiras ${n(p.rows)} linhas: o mapeamento é de outro arquivo.`,
  "settlement.foundNothing": () => "nenhum texto nas primeiras linhas",
  "settlement.foundRow": (p) => `a linha ${n(p.row)} diz ${p.cells}`,
  "settlement.foundRowMore": (p) => `a linha ${n(p.row)} diz ${p.cells} e mais ${n(p.more)}`,
  "settlement.mixedLanguages": (p) =>
    `O cabeçalho da linha ${n(p.row)} mistura dois idiomas do Seller Center: ${p.first} (${p.firstCells}) e ${p.second} (${p.secondCells}). Exporte o arquivo de novo do Seller Center em um só idioma, com as colunas como o TikTok as nomeia.`,
  "settlement.ambiguousLayout": (p) =>
    `O cabeçalho da linha ${n(p.row)} se encaixa igualmente em dois formatos (${lay(p.layouts)}), então não é lido como nenhum: concilie a exportação como o Seller Center a gerou, sem colunas adicionadas ou renomeadas.`,
  "settlement.orderExportGiven": () =>
    "Esta é a exportação de pedidos (OrderSKUList), não um repasse: concilie a exportação Income, statement ou unsettled e informe a exportação de pedidos como arquivo de pedidos.",
  "settlement.noDataRows": (p) => `${lay(p.layout)}: tem cabeçalho (linha ${n(p.row)}), mas nenhuma linha de dados.`,
  "settlement.ordersNotOrderExport": (p) =>
    `O arquivo de pedidos é um ${lay(p.layout)}, não a exportação de pedidos (OrderSKUList).`,
  "settlement.currencyUnknown": (p) =>
    `A moeda do arquivo, ${p.code}, não é a de nenhum mercado do TikTok Shop que este suplemento conheça: informe o mercado.`,
  "settlement.currencyShared": (p) =>
    `O arquivo está em ${p.code}, usada por ${p.markets}: informe o mercado (por exemplo --market ${p.example}).`,
  "settlement.marketsRemain": (p) =>
    `A moeda, o nome e as colunas de tarifas do arquivo deixam ${p.markets}: informe o mercado (por exemplo --market ${p.example}).`,
  "settlement.noMarket": () =>
    "O arquivo não informa moeda: informe o mercado (por exemplo --market US); nem o nome nem as colunas de tarifas o indicam.",

  "feeReason.noOrderValueColumn": () => 'o arquivo não tem a coluna "Customer payment" para formar o valor do pedido',
  "feeReason.noItemNetColumn": () => 'o arquivo não tem a coluna "Subtotal after seller discounts"',
  "feeReason.noCustomerPaymentColumn": () => 'o arquivo não tem a coluna "Customer payment"',
  "feeReason.noBase": (p) => `uma tarifa sobre ${p.base} não tem base`,
  "feeReason.noReferralRule": () => "não há regra de comissão de indicação da qual tirar 20 %",
  "feeReason.perItemNoQuantity": (p) => `${p.fee} é por item e o arquivo não tem a coluna "Quantity"`,
  "feeReason.cappedPerItemNoQuantity": (p) => `${p.fee} tem teto por item e o arquivo não tem a coluna "Quantity"`,
  "expectedFee.noOrderValueColumn": () =>
    'O arquivo não tem a coluna "Customer payment" para formar o valor do pedido.',
  "expectedFee.noItemNetColumn": () => 'O arquivo não tem a coluna "Subtotal after seller discounts".',
  "expectedFee.noCustomerPaymentColumn": () => 'O arquivo não tem a coluna "Customer payment".',
  "expectedFee.noBase": (p) => `Uma tarifa sobre ${p.base} não tem base.`,
  "expectedFee.noReferralRule": () => "Não há regra de comissão de indicação da qual tirar 20 %.",
  "expectedFee.perItemNoQuantity": (p) => `${p.fee}: é por item e o arquivo não tem a coluna "Quantity".`,
  "expectedFee.cappedPerItemNoQuantity": (p) => `${p.fee}: tem teto por item e o arquivo não tem a coluna "Quantity".`,
  "expectedFee.neededNoOrderValueColumn": (p) =>
    `${p.argument} é necessário para esta tarifa: o arquivo não tem a coluna "Customer payment" para formar o valor do pedido.`,
  "expectedFee.neededNoItemNetColumn": (p) =>
    `${p.argument} é necessário para esta tarifa: o arquivo não tem a coluna "Subtotal after seller discounts".`,
  "expectedFee.neededNoCustomerPaymentColumn": (p) =>
    `${p.argument} é necessário para esta tarifa: o arquivo não tem a coluna "Customer payment".`,
  "expectedFee.neededPerItemNoQuantity": (p) =>
    `${p.argument} é necessário para esta tarifa: ${p.fee} é por item e o arquivo não tem a coluna "Quantity".`,
  "expectedFee.neededCappedPerItemNoQuantity": (p) =>
    `${p.argument} é necessário para esta tarifa: ${p.fee} tem teto por item e o arquivo não tem a coluna "Quantity".`,
  "expectedFee.categoryNotRate": () =>
    "category precisa ser aqui um nome de categoria (a taxa vem do livro de tarifas), não uma taxa.",

  "sellerProfile.bothTypes": () => 'seller_profile diz "individual" e "business" ao mesmo tempo: mantenha só um.',
  "sellerProfile.feeTaxTwice": () => 'seller_profile informa "fee tax" duas vezes: mantenha só um.',
  "sellerProfile.feeTaxText": (p) => `seller_profile, fee tax "${p.text}": ${whyText(p)}.`,
  "sellerProfile.unknownWord": (p) =>
    `seller_profile: palavra desconhecida "${p.word}". Use palavras como ${p.words}, separadas por vírgulas.`,

  "argument.range": (p) => `${p.argument} precisa ser um único valor, não um intervalo de células.`,
  "argument.errorOrObject": (p) => `${p.argument} contém um erro ou um objeto: corrija essa célula primeiro.`,
  "argument.booleanForNumber": (p) => `${p.argument} é VERDADEIRO/FALSO: digite um número.`,
  "argument.booleanForDate": (p) => `${p.argument} é VERDADEIRO/FALSO: digite uma data.`,
  "argument.notFinite": (p) => `${p.argument} não é um número finito.`,
  "argument.notANumber": (p) => `${p.argument} precisa ser um número.`,
  "argument.requiredNumber": (p) => `${p.argument} é obrigatório: digite um número.`,
  "argument.requiredText": (p) => `${p.argument} é obrigatório, por exemplo ${p.example}.`,
  "argument.textExpected": (p) => `${p.argument} precisa ser texto, por exemplo ${p.example}.`,
  "argument.categoryZero": (p) =>
    `${p.argument} é 0 (no Excel para desktop uma célula vazia também é lida como 0): para uma comissão de 0 % digite "0%"; caso contrário, omita ${p.argument} ou informe uma categoria.`,
  "argument.zeroFromEmptyCell": (p) =>
    `${p.argument} é 0 (no Excel para desktop uma célula vazia também é lida como 0): omita ${p.argument} para usar ${n(t(p.fallback))}, ou digite "0" como texto para um 0 de verdade.`,
  "argument.zeroFromEmptyCellNoDefault": (p) =>
    `${p.argument} é 0 (no Excel para desktop uma célula vazia também é lida como 0): omita ${p.argument} para usar o valor padrão, ou digite "0" como texto para um 0 de verdade.`,
  "argument.categoryType": (p) => `${p.argument} precisa ser um nome de categoria ou uma taxa como 0,06.`,
  "argument.unknownChoice": (p) => `Valor desconhecido de ${p.argument}: "${p.given}". Use ${or(p.choices)}.`,
  "argument.marginRange": (p) => `${p.argument} precisa ser uma fração entre −1 e 1 (30 % é 0,3), não ${n(p.given)}.`,
  "result.tooLargeForCell": () => "O resultado é grande demais para uma célula.",
  "result.ownRateSource": () => "Sua própria taxa (informada na planilha, não do livro de tarifas)",
  "result.tableForValue": () => "Erro inesperado: uma tabela onde cabe um único valor",
  "result.valueForTable": () => "Erro inesperado: um único valor onde cabe uma tabela",
  "result.unexpected": (p) => `Erro inesperado: ${p.message}`,
  // The Open API's saved responses (src/core/settlement/openApi.ts).
  "openApi.unknownShape": (p) =>
    `Não é uma resposta salva de transações de extrato da Open API do TikTok Shop: esperava-se {"code": 0, "data": {"transactions": […]}} de GET /finance/202309 / /finance/202501/statements/{statement_id}/statement_transactions, seu objeto "data" ou uma matriz delas (uma por página). Encontrado: ${p.found}.`,
  "openApi.apiError": (p) =>
    `A resposta salva é um erro da API (código ${p.code}${p.text ? `: ${p.text}` : ""}), não transações de extrato: solicite a página novamente e salve a resposta que tem "data".`,
  "openApi.statementsList": () =>
    `Esta é a lista de extratos (GET /finance/…/statements), não as transações de um extrato: salve a resposta statement_transactions de cada extrato e concilie essas.`,
  "openApi.perOrder": () =>
    `Transações por pedido (sku_transactions) ainda não são lidas: salve em vez disso a resposta statement_transactions do extrato do pedido.`,
  "openApi.noTransactions": () => `As respostas salvas não contêm transações: nada a conciliar.`,
  "openApi.mixedVersions": (p) =>
    `As respostas misturam dois formatos de transação (${p.first} e ${p.second}): concilie separadamente as respostas de cada versão.`,
  "openApi.unknownTransaction": (p) =>
    `As transações não têm campos de uma versão que este suplemento lê (202309: "fee_amount"…, 202501: "fee_tax_breakdown"…, unsettled: "est_settlement_amount"): a primeira tem ${p.found}.`,
  "openApi.notJson": (p) => `${p.file} não é um JSON válido: ${p.reason}.`,
  "ads.budgetOk": (p) =>
    `OK: o ${ptBudget(p.level, p.type)} de ${n(p.budget)} USD atinge o mínimo (${p.strict ? "mais de" : "pelo menos"} ${n(p.min)} USD).`,
  "ads.budgetBelow": (p) =>
    `Abaixo do mínimo: o ${ptBudget(p.level, p.type)} deve ser ${p.strict ? "de mais de" : "de pelo menos"} ${n(p.min)} USD; com ${n(p.budget)} USD faltam ${n(p.short)} USD${p.strict ? " (o mínimo exato não basta)" : ""}.`,
  "live.waterfallLabel": (p) =>
    pick(p.line, {
      step: `Etapa`,
      share: `Parcela do gasto do espectador`,
      appStore: `Loja de aplicativos (${p.channel})`,
      tiktok: `TikTok`,
      agency: `Agência`,
      withdrawalFee: `Tarifa de saque`,
      creator: `Dinheiro do criador`,
      viewerSpend: `Gasto do espectador`,
    }),
  "ads.funnelLabel": (p) =>
    pick(p.line, {
      step: `Etapa`,
      value: `Valor`,
      budget: `Orçamento (USD)`,
      impressions: `Impressões`,
      clicks: `Cliques`,
      conversions: `Conversões`,
      revenue: `Receita (USD)`,
      roas: `ROAS`,
      cpa: `Custo por conversão (USD)`,
      profit: `Lucro após anúncios (USD)`,
    }),
  "settlement.noCreatedDate": () => "o pedido não tem data de criação para escolher as taxas em vigor",
  "file.notFound": (p) => `${p.file}: arquivo inexistente.`,
  "file.isFolder": (p) => `${p.file} é uma pasta, não um arquivo.`,
  "file.empty": (p) => `${p.file} está vazio (0 bytes).`,
  "file.notWorkbook": (p) => `${p.file} não é uma pasta de trabalho do Excel (sem assinatura xlsx).`,
  "file.binary": (p) => `${p.file} é um arquivo binário, nem texto CSV nem pasta de trabalho xlsx.`,
  "file.notCsv": (p) => `${p.file} não pode ser lido como CSV: ${p.reason}`,
  "file.noWorksheets": (p) => `${p.file} não tem planilhas.`,
  "file.damagedWorkbook": (p) =>
    `${p.file} não pode ser lido como pasta de trabalho xlsx (danificado ou truncado?): ${p.reason}`,
  "file.unreadable": (p) => `${p.file}: não pode ser lido (${p.code}).`,
  "file.notReconciled": (p) => `${p.file}: não pode ser conciliado: ${p.reason}`,
  "file.sheetNotFound": (p) => `--sheet "${p.sheet}" não está em ${p.file} (planilhas: ${p.sheets}).`,
  "settlement.mappedLayoutTitle": () => "Seu mapeamento de colunas",
  "settlement.layoutTitle": (p) => lay(p.title),
  "settlement.skipAdjustment": (p) =>
    `${p.type}${p.why ? ` (${p.why})` : ""}: os ajustes não são conferidos com o livro de tarifas`,
  "settlement.skipCurrency": (p) => `a moeda ${p.currency} não é a de ${p.market} (${p.expected})`,
  "settlement.rateNotInBook": (p) => `o livro de tarifas não tem ${p.kind} para ${p.market}`,
  "settlement.rateBeforeBook": (p) =>
    `nenhuma taxa ${p.kind} para ${p.market} antes de ${d(p.first)}: o livro de tarifas começa aí (data do pedido ${d(p.date)})`,
  "settlement.noRuleInForce": (p) => `nenhuma ${p.kind} em vigor em ${d(p.date)}`,
  "settlement.nothingChargedWaiver": (p) =>
    `nada foi cobrado, e nenhuma taxa ${p.kind} do livro de tarifas em ${d(p.date)} é de 0 %: uma isenção para novos vendedores ou de um programa não está no livro de tarifas`,
  "settlement.categoryDefault": () => "padrão",
  "settlement.categoryWithVat": (p) => `${p.category} (com imposto)`,
  "settlement.categoryNoneFitsAtDefault": () => "nenhuma confere (esperado pela taxa padrão)",
  "settlement.categoryNothingChargedAtDefault": () => "nada cobrado (esperado pela taxa padrão)",
  "settlement.categoryNoneFitsNearest": (p) => `nenhuma confere (a mais próxima: ${p.nearest})`,
  "settlement.categoryNothingCharged": () => "nada cobrado",
  "settlement.noModelledFee": () => `o arquivo não tem nenhuma coluna de tarifa que este suplemento modele`,
  "live.crpEligible": () => `Elegível`,
  "live.crpNotEligible": (p) => `Não elegível: ${p.reasons}`,
  "live.crpReason": (p) =>
    pick(p.why, {
      notOpen: `o programa não está aberto no mercado ${region(p.a)} (aberto em ${p.b})`,
      followers: `precisa de ${n(p.a)} seguidores (tem ${n(p.b)})`,
      views: `precisa de ${n(p.a)} visualizações em 30 dias (tem ${n(p.b)})`,
      seconds: `os vídeos devem ter pelo menos ${n(p.a)} s (este tem ${n(p.b)} s)`,
      age: `os criadores devem ter ${n(p.a)} anos ou mais`,
    }),
  "fee.vatOn": (p) => `Imposto sobre ${p.fee}`,
  "table.byCategory": () => "por categoria",
  "table.column": (p) =>
    pick(p.column, {
      gift: "Presente",
      coins: "Moedas",
      since: "Em vigor desde",
      until: "Até",
      source: "Fonte",
      note: "Observação",
      format: "Formato",
      duration: "Duração",
      delivery: "Entrega",
      pricing: "Preço",
      low: "Mínimo (USD)",
      high: "Máximo (USD)",
      code: "Código",
      market: "Mercado",
      currency: "Moeda",
      defaultCommission: "Comissão padrão",
      category: "Categoria",
      commission: "Comissão",
      component: "Componente",
      rate: "Taxa",
      base: "Base",
      amount: "Valor",
      totalShopFees: "Total de tarifas do TikTok Shop",
    }),
};

export default pt;
