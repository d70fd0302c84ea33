/**
 * Italian (Italiano): function help (functions-<locale>.json) and the manifest's words, read at build
 * time only (docs/i18n.md, "Function help"). A machine-made draft, not reviewed by a native speaker.
 * Function names, parameter names and the values a user types (codes, "web", seller-profile words)
 * stay English: formulas must work in every Excel.
 */
import type { FunctionsSection } from "../functionsSection";

/** Parameter help that several functions share (by parameter name; _ID: a variant first used by ID). */
const P = {
  market: "Codice del mercato, ad es. US, UK, ID (predefinito: US).",
  market_RATE: "Codice del mercato, ad es. US, UK, ID (predefinito: US per le commissioni del negozio).",
  market_COINCOST: "Mercato del listino prezzi delle monete: US (predefinito) o UK.",
  as_of: "Data delle tariffe da usare (predefinito: le tariffe più recenti).",
  as_of_GIFTCOINS: "Data dei prezzi da usare (predefinito: i più recenti).",
  fee: 'Commissione o parametro: una commissione per nome o alias (commission o referral, transaction o payment, orderFee o processing, growth, refundAdmin, dynamicCommission), o un parametro come "usdPerDiamond", "cpm".',
  category: "Categoria di prodotto, o un'aliquota di commissione come 0,06 da usare al posto del tariffario.",
  category_RATE:
    "Categoria, regalo, settore o formato, dove la commissione li prevede; un numero sostituisce la commissione.",
  unit_cost: "Quanto ti costa un'unità (merce, imballaggio).",
  quantity: "Unità sulla riga d'ordine (predefinito: 1).",
  shipping: "Quanto ha pagato l'acquirente per la spedizione dell'ordine (predefinito: 0).",
  seller_discount: "Sconto finanziato dal venditore sulla riga, come importo (predefinito: 0).",
  platform_discount: "Sconto finanziato da TikTok sulla riga, come importo (predefinito: 0).",
  affiliate_rate:
    "Aliquota di commissione del creator su quanto l'acquirente ha pagato per la merce, ad es. 0,1 (predefinito: 0).",
  seller_shipping: "Quanto paghi per spedire l'ordine (predefinito: 0).",
  return_rate: "Quota di ordini resi, ad es. 0,05 (predefinito: 0).",
  ad_cost: "Spesa pubblicitaria per ordine (predefinito: 0).",
  commission_rate:
    "La tua aliquota di commissione quando category indica il gruppo di categorie (le altre commissioni seguono il gruppo), ad es. 0,05.",
  seller_profile:
    'Parole come "business", "mall", "cross-border", "above threshold", "no tax id", "pre-order", "fee tax 6.25%" (predefinito: un venditore privato).',
  price: "Prezzo di listino unitario nella valuta del mercato.",
  target_margin: "Profitto come quota dei ricavi, ad es. 0,25 per il 25 %.",
  coins: "Numero di monete.",
  channel: "Dove lo spettatore acquista le monete: web (predefinito), ios o android.",
  estimate: "low, typical (predefinito) o high.",
  followers: "Numero di follower.",
  usd_per_diamond: "USD per diamante (predefinito: 0,005).",
  agency_share: "Quota del pagamento del creator trattenuta da un'agenzia, ad es. 0,2 (predefinito: 0).",
  withdrawal_fee: "Commissione per prelievo in USD, ad es. quella di PayPal (predefinito: 0; TikTok non ne addebita).",
  target_usd: "Contanti che il creator vuole ricevere, in USD.",
  gift: 'Nome del regalo, ad es. "Lion" o "Rose" (=TIKTOK.GIFTS() li elenca).',
  count: "Numero di regali, 0 o più (predefinito: 1).",
  coins_per_diamond: "Monete per diamante (predefinito: 1; molti calcolatori usano 2).",
  industry: 'Settore del riferimento, ad es. "E-commerce" (predefinito: tutti i settori).',
  level: "campaign, adgroup o gmvmax (GMV Max: solo budget giornalieri).",
  daily_budget: "Il budget giornaliero dinamico impostato, in USD: la media giornaliera sulla settimana.",
  period: "day (predefinito: il massimo in un giorno) o week (il massimo in una settimana di calendario).",
  budget: "Budget in USD (dollari).",
  days: "Giorni programmati, per un budget totale (da omettere per il minimo giornaliero).",
  model:
    "Modello di fatturazione (CPM, oCPM, CPC, CPV) o formato premium (TopView, BrandTakeover, HashtagChallenge, BrandedEffect).",
  rate: "Il tuo prezzo: per 1.000 impressioni, per clic, per visualizzazione o per giorno (predefinito: il riferimento delle fonti).",
  aov: "Valore medio dell'ordine in USD.",
  margin: "Margine sui ricavi prima del costo pubblicitario, ad es. 0,3.",
};

const section: FunctionsSection = {
  manifest: {
    DisplayName: "TikTok Economics",
    Description:
      "Commissioni di TikTok Shop, pagamenti dei regali LIVE e costi pubblicitari come formule di Excel (TIKTOK.*), con un tariffario datato e con fonti, e fogli di scenario pronti.",
    "GetStarted.Title": "TikTok Economics è pronto",
    "GetStarted.Description":
      "Digita =TIKTOK.SHOPFEE(20) in una cella, oppure apri TikTok Economics nella scheda Home per i fogli di scenario.",
    "CommandsGroup.Label": "TikTok Economics",
    "TaskpaneButton.Label": "TikTok Economics",
    "TaskpaneButton.Tooltip":
      "Inserisci fogli di scenario per TikTok Shop, LIVE e pubblicità e consulta le tariffe dietro ogni funzione TIKTOK.*.",
  },
  functions: {
    CATEGORIES: {
      description:
        "Le categorie di prodotto di un mercato, con l'aliquota di commissione in vigore alla data e la sua fonte.",
      parameters: {
        market: P.market,
        as_of: P.as_of,
      },
    },
    MARKETS: {
      description:
        "I mercati coperti dal tariffario, con la valuta e la commissione predefinita secondo le tariffe più recenti.",
      parameters: {},
    },
    RATE: {
      description:
        "La tariffa dietro qualsiasi commissione o parametro del tariffario, ad es. la commissione di un mercato e di una categoria, o il valore in USD di un diamante.",
      parameters: {
        fee: P.fee,
        market: P.market_RATE,
        category: P.category_RATE,
        as_of: P.as_of,
      },
    },
    RATEBOOK: {
      description:
        "La versione del tariffario con cui calcola il componente aggiuntivo: la data di decorrenza più recente delle sue tariffe e un hash del loro contenuto.",
      parameters: {},
    },
    RATESOURCE: {
      description: "La fonte pubblica (URL) di qualsiasi commissione o parametro del tariffario.",
      parameters: {
        fee: P.fee,
        market: P.market_RATE,
        category: P.category_RATE,
        as_of: P.as_of,
      },
    },
    BILLABLEWEIGHT: {
      description:
        "Peso fatturabile FBT negli USA, in libbre: il maggiore tra il peso unitario e il peso volumetrico, lunghezza × larghezza × altezza (pollici) ÷ 166.",
      parameters: {
        weight_lb: "Peso di un'unità in libbre.",
        length_in: "Lunghezza dell'unità imballata in pollici.",
        width_in: "Larghezza dell'unità imballata in pollici.",
        height_in: "Altezza dell'unità imballata in pollici.",
      },
    },
    BREAKEVENPRICE: {
      description:
        "Il prezzo unitario più basso al quale una riga d'ordine non perde denaro dopo le commissioni di TikTok Shop e i tuoi costi.",
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
        "Commissione di evasione Fulfilled by TikTok (FBT) per unità di un articolo, secondo la fascia di dimensioni britannica in cui rientrano scatola e peso (solo la tabella britannica è pubblica).",
      parameters: {
        market: "Codice del mercato: UK (il listino USA per peso non è pubblico; la funzione lo segnala).",
        weight_kg: "Peso di un'unità in kg.",
        length_cm: "Lunghezza dell'unità imballata in cm.",
        width_cm: "Larghezza dell'unità imballata in cm.",
        height_cm: "Altezza dell'unità imballata in cm.",
        units: "Unità sulla riga d'ordine (predefinito: 1).",
        as_of: P.as_of,
      },
    },
    MAXAFFILIATE: {
      description:
        "L'aliquota di commissione di affiliazione (creator) più alta che lascia ancora un margine obiettivo a un prezzo dato (TikTok consente al massimo l'80 %).",
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
        "La commissione amministrativa di rimborso che TikTok addebita quando la riga d'ordine viene rimborsata (USA: 20 % della commissione, al massimo 5 USD per SKU; zero dove non si applica).",
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
        "Solo la commissione (referral fee) su una riga d'ordine, con l'IVA in aggiunta dove il mercato la applica.",
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
        "Tutte le commissioni di TikTok Shop su una riga d'ordine: commissione più le commissioni di transazione, di servizio e fisse per ordine in vigore alla data.",
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
        "Le commissioni di TikTok Shop su una riga d'ordine come tabella: componente, aliquota, base, importo e fonte, con il totale nell'ultima riga.",
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
        "Margine di profitto di una riga d'ordine: profitto atteso diviso per i ricavi (merce dopo lo sconto del venditore più la spedizione pagata dall'acquirente).",
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
        "Quanto TikTok ti liquida per una riga d'ordine: ricavi (merce dopo lo sconto del venditore più la spedizione pagata dall'acquirente) meno le commissioni di TikTok Shop, la commissione di affiliazione ed eventuali imposte trattenute da TikTok.",
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
        "Il prezzo unitario più basso che raggiunge un margine obiettivo dopo tutte le commissioni di TikTok Shop e i tuoi costi.",
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
        "Profitto atteso di una riga d'ordine dopo commissioni di TikTok Shop, commissione di affiliazione, costo del prodotto, spedizione, pubblicità e resi.",
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
        "Quanto costano le monete a uno spettatore, per canale di acquisto: per moneta sul web, o la combinazione di pacchetti più economica nelle app.",
      parameters: {
        coins: P.coins,
        channel: P.channel,
        method:
          "packs (la combinazione di pacchetti più economica; predefinito nelle app) o perCoin (predefinito sul web).",
        market: P.market_COINCOST,
      },
    },
    COINVALUE: {
      description:
        "Quanto costa una moneta a uno spettatore su un canale di acquisto: il miglior prezzo per moneta tra i pacchetti del canale (una frazione di centesimo).",
      parameters: {
        channel: P.channel,
        market: P.market_COINCOST,
      },
    },
    CREATORREWARDS: {
      description: "Pagamento stimato del Creator Rewards Program: visualizzazioni qualificate / 1.000 × RPM.",
      parameters: {
        qualified_views: "Visualizzazioni qualificate (visualizzazioni nel feed Per te di almeno 5 s).",
        rpm: "USD per 1.000 visualizzazioni qualificate (predefinito: l'intervallo delle fonti).",
        estimate: P.estimate,
      },
    },
    CREATORREWARDSELIGIBLE: {
      description: "Se un account ha i requisiti del Creator Rewards Program e, in caso contrario, cosa manca.",
      parameters: {
        followers: P.followers,
        views_30d: "Visualizzazioni dei video negli ultimi 30 giorni.",
        video_seconds: "Durata del video in secondi.",
        age: "L'età del creator.",
        market: "Il mercato del creator (predefinito: US).",
      },
    },
    DIAMONDPAYOUT: {
      description:
        "Gli USD che un creator riceve per i diamanti, dopo la quota di un'agenzia e una commissione di prelievo.",
      parameters: {
        diamonds: "Numero di diamanti.",
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
        withdrawal_fee: P.withdrawal_fee,
      },
    },
    DIAMONDSFORPAYOUT: {
      description: "I diamanti che servono a un creator per ricevere un pagamento obiettivo in contanti.",
      parameters: {
        target_usd: P.target_usd,
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
        withdrawal_fee: P.withdrawal_fee,
      },
    },
    GIFTCOINS: {
      description:
        "Le monete che un regalo LIVE costa allo spettatore (il suo prezzo di catalogo alla data), moltiplicate per il numero.",
      parameters: {
        gift: P.gift,
        count: P.count,
        as_of: P.as_of_GIFTCOINS,
      },
    },
    GIFTDIAMONDS: {
      description: "I diamanti che un creator riceve per i regali LIVE.",
      parameters: {
        gift: P.gift,
        count: P.count,
        coins_per_diamond: P.coins_per_diamond,
      },
    },
    GIFTS: {
      description: "Il catalogo dei regali LIVE: regalo, monete, la data di decorrenza del prezzo e la sua fonte.",
      parameters: {
        as_of: P.as_of_GIFTCOINS,
      },
    },
    GIFTSFORPAYOUT: {
      description:
        "Quanti esemplari di un regalo LIVE servono a un creator per ricevere un pagamento obiettivo in contanti.",
      parameters: {
        gift: P.gift,
        target_usd: P.target_usd,
        coins_per_diamond: P.coins_per_diamond,
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
      },
    },
    LIVEMONTHLY: {
      description: "Il pagamento LIVE mensile di un creator dai regali per diretta e dalle dirette al mese.",
      parameters: {
        gift: P.gift,
        gifts_per_stream: "Regali di quel tipo ricevuti per diretta LIVE.",
        streams_per_month: "Dirette LIVE al mese.",
        coins_per_diamond: P.coins_per_diamond,
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
      },
    },
    LIVEWATERFALL: {
      description:
        "Dove vanno i soldi di uno spettatore per le monete: app store, TikTok, agenzia, commissione di prelievo e i contanti del creator, come tabella.",
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
      description: "Un riferimento datato per CPM, CPC o CTR, per settore dove le fonti lo indicano.",
      parameters: {
        metric: "CPM, CPC o CTR.",
        industry: P.industry,
        estimate: P.estimate,
      },
    },
    ADBUDGETCHECK: {
      description: "Confronta un budget con i minimi di TikTok e indica cosa è sotto il minimo.",
      parameters: {
        level: P.level,
        budget: P.budget,
        days: P.days,
      },
    },
    ADCOST: {
      description:
        "Quanto costano gli annunci di TikTok: un modello di fatturazione e un volume (impressioni, clic, visualizzazioni), o un formato premium e un numero di giorni.",
      parameters: {
        model: P.model,
        volume: "Impressioni (CPM, oCPM), clic (CPC), visualizzazioni (CPV) o giorni (formati premium).",
        rate: P.rate,
        industry: P.industry,
      },
    },
    ADFORMATS: {
      description:
        "I formati pubblicitari di TikTok: durata, erogazione, prezzi e la fascia di prezzo pubblica con la sua fonte.",
      parameters: {},
    },
    ADFUNNEL: {
      description:
        "Il funnel che un budget acquista: impressioni, clic, conversioni, ricavi, ROAS, costo per conversione e profitto, come tabella.",
      parameters: {
        budget: P.budget,
        cpm: "Costo per 1.000 impressioni in USD.",
        ctr: "Percentuale di clic, ad es. 0,009.",
        cvr: "Tasso di conversione dei clic, ad es. 0,02.",
        aov: P.aov,
        margin: "Margine sui ricavi prima del costo pubblicitario, ad es. 0,4 (per il profitto).",
      },
    },
    ADMINBUDGET: {
      description:
        "Il budget minimo di TikTok per una campagna o un gruppo di annunci: il minimo giornaliero o, con i giorni, il minimo totale per quella programmazione.",
      parameters: {
        level: P.level,
        days: P.days,
      },
    },
    ADDYNAMICBUDGET: {
      description:
        "Il massimo che un budget giornaliero dinamico può spendere: in un giorno il 125 % del budget giornaliero, in una settimana di calendario 7 × il budget giornaliero (Guida di TikTok Ads).",
      parameters: {
        daily_budget: P.daily_budget,
        period: P.period,
      },
    },
    ADVOLUME: {
      description:
        "Il volume che un budget acquista con un modello di fatturazione: impressioni, clic o visualizzazioni.",
      parameters: {
        model: P.model,
        budget: P.budget,
        rate: P.rate,
        industry: P.industry,
      },
    },
    BREAKEVENROAS: {
      description: "Il ROAS al quale gli annunci si ripagano da soli: 1 / margine.",
      parameters: {
        margin: P.margin,
      },
    },
    LEARNINGBUDGET: {
      description:
        "Il budget giornaliero consigliato da TikTok mentre un gruppo di annunci è in fase di apprendimento: un multiplo del CPA, o un importo fisso senza CPA.",
      parameters: {
        conversion: "Obiettivo di ottimizzazione: shallow (predefinito), install o deep.",
        cpa: "Il tuo costo per azione attuale in USD.",
      },
    },
    MAXCPA: {
      description:
        "Il costo per acquisizione più alto che mantiene un margine obiettivo: AOV × (margine − margine obiettivo).",
      parameters: {
        aov: P.aov,
        margin: P.margin,
        target_margin: "Margine da mantenere dopo il costo pubblicitario, ad es. 0,15.",
      },
    },
    REACH: {
      description: "Persone raggiunte: impressioni divise per la frequenza media.",
      parameters: {
        impressions: "Numero di impressioni.",
        frequency: "Quante volte in media ogni persona vede l'annuncio, ad es. 2,5.",
      },
    },
    ROAS: {
      description: "Ritorno sulla spesa pubblicitaria: ricavi divisi per la spesa.",
      parameters: {
        revenue: "Ricavi attribuiti agli annunci.",
        spend: "Spesa pubblicitaria.",
      },
    },
    SPONSORSHIP: {
      description:
        "Un prezzo stimato per una sponsorizzazione con un creator in base a follower, tasso di engagement e tipo di contenuto.",
      parameters: {
        followers: P.followers,
        engagement_rate: "Tasso di engagement, ad es. 0,05 (predefinito: 2,5 %, la media).",
        content_type: "Video (predefinito), Long-form, Spark Ad o Campaign.",
        estimate: P.estimate,
      },
    },
    SPONSORSHIPCPM: {
      description:
        "Il CPM effettivo di una sponsorizzazione (prezzo per 1.000 visualizzazioni), da confrontare con gli annunci In-Feed a pagamento.",
      parameters: {
        price: "Prezzo della sponsorizzazione in USD.",
        views: "Visualizzazioni ottenute dal video sponsorizzato.",
      },
    },
    EXPECTEDFEE: {
      description:
        "La commissione che una riga di liquidazione dovrebbe riportare secondo la regola pubblicata in vigore alla data dell'ordine, dagli importi della riga stessa; con il segno del file (una commissione addebitata è negativa).",
      parameters: {
        fee: 'Colonna della commissione: commission (referral), transaction (payment), refundAdmin, orderFee (processing), growth (service) o dynamicCommission, come le legge RATE; aggiungi "incl. VAT" quando la colonna include l\'IVA sulla commissione.',
        market: "Codice del mercato del file di liquidazione, ad es. US, UK, ID, MY.",
        order_date: "La data di creazione dell'ordine: sceglie le tariffe in vigore.",
        customer_payment:
          "Colonna del pagamento del cliente. Con il segno del file; da omettere se il file non ha questa colonna.",
        platform_discount:
          "Colonna degli sconti della piattaforma. Con il segno del file; da omettere se il file non ha questa colonna.",
        sales_tax:
          "Colonna dell'imposta sulle vendite pagata (USA). Con il segno del file; da omettere se il file non ha questa colonna.",
        subtotal_after:
          "Colonna del subtotale dopo gli sconti del venditore (file Income SEA). Con il segno del file; da omettere se il file non ha questa colonna.",
        customer_refund:
          "Colonna del rimborso al cliente. Con il segno del file; da omettere se il file non ha questa colonna.",
        platform_discount_refund:
          "Colonna del rimborso degli sconti della piattaforma. Con il segno del file; da omettere se il file non ha questa colonna.",
        sales_tax_refund:
          "Colonna del rimborso dell'imposta sulle vendite (USA). Con il segno del file; da omettere se il file non ha questa colonna.",
        refund_subtotal_after:
          "Colonna del subtotale rimborsato dopo gli sconti del venditore. Con il segno del file; da omettere se il file non ha questa colonna.",
        quantity: "Colonna della quantità, per commissioni per articolo e massimali.",
        category:
          "Categoria di prodotto, quando il file o l'esportazione degli ordini la indica (predefinito: l'aliquota del mercato).",
      },
    },
  },
};

export default section;
