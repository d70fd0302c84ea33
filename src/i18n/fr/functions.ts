/**
 * French (Français): function help (functions-<locale>.json) and the manifest's words, read at build
 * time only (docs/i18n.md, "Function help"). A machine-made draft, not reviewed by a native speaker.
 * Function names, parameter names and the values a user types (codes, "web", seller-profile words)
 * stay English: formulas must work in every Excel.
 */
import type { FunctionsSection } from "../functionsSection";

/** Parameter help that several functions share (by parameter name; _ID: a variant first used by ID). */
const P = {
  market: "Code de marché, p. ex. US, UK, ID (par défaut US).",
  market_RATE: "Code de marché, p. ex. US, UK, ID (par défaut US pour les frais de boutique).",
  market_COINCOST: "Marché de la grille de prix des pièces : US (par défaut) ou UK.",
  as_of: "Date des tarifs à utiliser (par défaut : les tarifs les plus récents).",
  as_of_GIFTCOINS: "Date des prix à utiliser (par défaut : les plus récents).",
  fee: 'Frais ou paramètre : un frais par son nom ou un alias (commission ou referral, transaction ou payment, orderFee ou processing, growth, refundAdmin, dynamicCommission), ou un paramètre comme "usdPerDiamond", "cpm".',
  category: "Catégorie de produit, ou un taux de commission comme 0,06 à utiliser à la place du barème.",
  category_RATE: "Catégorie, cadeau, secteur ou format, quand le frais en a ; un nombre remplace la commission.",
  unit_cost: "Ce que vous coûte une unité (marchandise, emballage).",
  quantity: "Unités sur la ligne de commande (par défaut 1).",
  shipping: "Ce que l'acheteur a payé pour la livraison de la commande (par défaut 0).",
  seller_discount: "Remise financée par le vendeur sur la ligne, en montant (par défaut 0).",
  platform_discount: "Remise financée par TikTok sur la ligne, en montant (par défaut 0).",
  affiliate_rate:
    "Taux de commission du créateur sur ce que l'acheteur a payé pour les articles, p. ex. 0,1 (par défaut 0).",
  seller_shipping: "Ce que vous payez pour expédier la commande (par défaut 0).",
  return_rate: "Part des commandes retournées, p. ex. 0,05 (par défaut 0).",
  ad_cost: "Dépense publicitaire par commande (par défaut 0).",
  commission_rate:
    "Votre taux de commission quand category désigne le groupe de catégories (les autres frais suivent le groupe), p. ex. 0,05.",
  seller_profile:
    'Des mots comme "business", "mall", "cross-border", "above threshold", "no tax id", "pre-order", "fee tax 6.25%" (par défaut : un vendeur particulier).',
  price: "Prix catalogue unitaire dans la devise du marché.",
  target_margin: "Bénéfice en part du chiffre d'affaires, p. ex. 0,25 pour 25 %.",
  coins: "Nombre de pièces.",
  channel: "Où le spectateur achète des pièces : web (par défaut), ios ou android.",
  estimate: "low, typical (par défaut) ou high.",
  followers: "Nombre d'abonnés.",
  usd_per_diamond: "USD par diamant (par défaut 0,005).",
  agency_share: "Part du revenu du créateur que prend une agence, p. ex. 0,2 (par défaut 0).",
  withdrawal_fee: "Frais par retrait en USD, p. ex. ceux de PayPal (par défaut 0 : TikTok n'en facture pas).",
  target_usd: "Somme que le créateur veut recevoir, en USD.",
  gift: 'Nom du cadeau, p. ex. "Lion" ou "Rose" (=TIKTOK.GIFTS() les liste).',
  count: "Nombre de cadeaux, 0 ou plus (par défaut 1).",
  coins_per_diamond: "Pièces par diamant (par défaut 1 ; beaucoup de calculateurs utilisent 2).",
  industry: 'Secteur de la référence, p. ex. "E-commerce" (par défaut : tous les secteurs).',
  level: "campaign, adgroup ou gmvmax (GMV Max : budgets quotidiens uniquement).",
  daily_budget: "Le budget quotidien dynamique défini, en USD : la moyenne par jour sur la semaine.",
  period: "day (par défaut : le maximum sur un jour) ou week (le maximum sur une semaine civile).",
  budget: "Budget en USD.",
  days: "Jours programmés, pour un budget sur la durée (à omettre pour le minimum quotidien).",
  model:
    "Modèle de facturation (CPM, oCPM, CPC, CPV) ou format premium (TopView, BrandTakeover, HashtagChallenge, BrandedEffect).",
  rate: "Votre prix : pour 1 000 impressions, par clic, par vue ou par jour (par défaut : la référence sourcée).",
  aov: "Panier moyen en USD.",
  margin: "Marge sur le chiffre d'affaires avant coût publicitaire, p. ex. 0,3.",
};

const section: FunctionsSection = {
  manifest: {
    DisplayName: "TikTok Economics",
    Description:
      "Frais TikTok Shop, revenus des cadeaux LIVE et coûts publicitaires en formules Excel (TIKTOK.*), avec un barème daté et sourcé et des feuilles de scénarios prêtes à l'emploi.",
    "GetStarted.Title": "TikTok Economics est prêt",
    "GetStarted.Description":
      "Tapez =TIKTOK.SHOPFEE(20) dans une cellule, ou ouvrez TikTok Economics dans l'onglet Accueil pour les feuilles de scénarios.",
    "CommandsGroup.Label": "TikTok Economics",
    "TaskpaneButton.Label": "TikTok Economics",
    "TaskpaneButton.Tooltip":
      "Insérer des feuilles de scénarios TikTok Shop, LIVE et publicité, et consulter les tarifs derrière chaque fonction TIKTOK.*.",
  },
  functions: {
    CATEGORIES: {
      description:
        "Les catégories de produits d'un marché, avec le taux de commission en vigueur à la date et sa source.",
      parameters: {
        market: P.market,
        as_of: P.as_of,
      },
    },
    MARKETS: {
      description:
        "Les marchés couverts par le barème, avec leur devise et la commission par défaut selon les tarifs les plus récents.",
      parameters: {},
    },
    RATE: {
      description:
        "Le tarif derrière tout frais ou paramètre du barème, p. ex. la commission d'un marché et d'une catégorie, ou la valeur en USD d'un diamant.",
      parameters: {
        fee: P.fee,
        market: P.market_RATE,
        category: P.category_RATE,
        as_of: P.as_of,
      },
    },
    RATEBOOK: {
      description:
        "La version du barème avec laquelle le complément calcule : la date d'effet la plus récente de ses tarifs et une empreinte (hash) de leur contenu.",
      parameters: {},
    },
    RATESOURCE: {
      description: "La source publique (URL) de tout frais ou paramètre du barème.",
      parameters: {
        fee: P.fee,
        market: P.market_RATE,
        category: P.category_RATE,
        as_of: P.as_of,
      },
    },
    BILLABLEWEIGHT: {
      description:
        "Poids facturable FBT aux États-Unis, en livres : le plus grand du poids unitaire et du poids volumétrique, longueur × largeur × hauteur (pouces) ÷ 166.",
      parameters: {
        weight_lb: "Poids d'une unité en livres.",
        length_in: "Longueur de l'unité emballée en pouces.",
        width_in: "Largeur de l'unité emballée en pouces.",
        height_in: "Hauteur de l'unité emballée en pouces.",
      },
    },
    BREAKEVENPRICE: {
      description:
        "Le prix unitaire le plus bas auquel une ligne de commande ne perd pas d'argent après les frais TikTok Shop et vos coûts.",
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
        "Frais d'exécution Fulfilled by TikTok (FBT) pour des unités d'un article, selon la tranche de taille britannique de son carton et de son poids (seul le barème britannique est public).",
      parameters: {
        market: "Code de marché : UK (la grille américaine par poids n'est pas publique ; la fonction le signale).",
        weight_kg: "Poids d'une unité en kg.",
        length_cm: "Longueur de l'unité emballée en cm.",
        width_cm: "Largeur de l'unité emballée en cm.",
        height_cm: "Hauteur de l'unité emballée en cm.",
        units: "Unités sur la ligne de commande (par défaut 1).",
        as_of: P.as_of,
      },
    },
    MAXAFFILIATE: {
      description:
        "Le taux de commission d'affiliation (créateur) le plus élevé qui permet encore une marge cible à un prix donné (TikTok autorise au plus 80 %).",
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
        "Les frais administratifs de remboursement que TikTok facture quand la ligne de commande est remboursée (États-Unis : 20 % de la commission, au plus 5 USD par SKU ; zéro là où il n'y en a pas).",
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
        "La commission (frais de référencement) seule sur une ligne de commande, avec la TVA en sus là où le marché l'ajoute.",
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
        "Tous les frais TikTok Shop sur une ligne de commande : commission plus frais de transaction, de service et frais fixes par commande en vigueur à la date.",
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
        "Les frais TikTok Shop sur une ligne de commande sous forme de tableau : composante, taux, base, montant et source, avec le total sur la dernière ligne.",
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
        "Marge bénéficiaire d'une ligne de commande : bénéfice attendu divisé par le chiffre d'affaires (articles après remise vendeur plus livraison payée par l'acheteur).",
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
        "Ce que TikTok vous verse pour une ligne de commande : chiffre d'affaires (articles après remise vendeur plus livraison payée par l'acheteur) moins les frais TikTok Shop, la commission d'affiliation et tout impôt retenu par TikTok.",
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
        "Le prix unitaire le plus bas qui atteint une marge cible après tous les frais TikTok Shop et vos coûts.",
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
        "Bénéfice attendu d'une ligne de commande après frais TikTok Shop, commission d'affiliation, coût du produit, livraison, publicité et retours.",
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
        "Ce que des pièces coûtent à un spectateur, selon le canal d'achat : à la pièce sur le web, ou la combinaison de packs la moins chère dans les applis.",
      parameters: {
        coins: P.coins,
        channel: P.channel,
        method:
          "packs (combinaison de packs la moins chère ; par défaut dans les applis) ou perCoin (par défaut sur le web).",
        market: P.market_COINCOST,
      },
    },
    COINVALUE: {
      description:
        "Ce qu'une pièce coûte à un spectateur sur un canal d'achat : le meilleur prix par pièce parmi les packs du canal (une fraction de centime).",
      parameters: {
        channel: P.channel,
        market: P.market_COINCOST,
      },
    },
    CREATORREWARDS: {
      description: "Versement estimé du Creator Rewards Program : vues qualifiées / 1 000 × RPM.",
      parameters: {
        qualified_views: "Vues qualifiées (vues « Pour toi » d'au moins 5 s).",
        rpm: "USD pour 1 000 vues qualifiées (par défaut : la fourchette sourcée).",
        estimate: P.estimate,
      },
    },
    CREATORREWARDSELIGIBLE: {
      description: "Si un compte remplit les conditions du Creator Rewards Program et, sinon, ce qui manque.",
      parameters: {
        followers: P.followers,
        views_30d: "Vues de vidéos sur les 30 derniers jours.",
        video_seconds: "Durée de la vidéo en secondes.",
        age: "L'âge du créateur.",
        market: "Le marché du créateur (par défaut US).",
      },
    },
    DIAMONDPAYOUT: {
      description:
        "Les USD qu'un créateur reçoit pour des diamants, après la part d'une agence et des frais de retrait.",
      parameters: {
        diamonds: "Nombre de diamants.",
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
        withdrawal_fee: P.withdrawal_fee,
      },
    },
    DIAMONDSFORPAYOUT: {
      description: "Les diamants dont un créateur a besoin pour recevoir un versement cible en espèces.",
      parameters: {
        target_usd: P.target_usd,
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
        withdrawal_fee: P.withdrawal_fee,
      },
    },
    GIFTCOINS: {
      description:
        "Les pièces que coûte un cadeau LIVE au spectateur (son prix au catalogue à la date), multipliées par le nombre.",
      parameters: {
        gift: P.gift,
        count: P.count,
        as_of: P.as_of_GIFTCOINS,
      },
    },
    GIFTDIAMONDS: {
      description: "Les diamants qu'un créateur reçoit pour des cadeaux LIVE.",
      parameters: {
        gift: P.gift,
        count: P.count,
        coins_per_diamond: P.coins_per_diamond,
      },
    },
    GIFTS: {
      description: "Le catalogue des cadeaux LIVE : cadeau, pièces, date d'effet du prix et sa source.",
      parameters: {
        as_of: P.as_of_GIFTCOINS,
      },
    },
    GIFTSFORPAYOUT: {
      description:
        "Combien d'exemplaires d'un cadeau LIVE il faut à un créateur pour recevoir un versement cible en espèces.",
      parameters: {
        gift: P.gift,
        target_usd: P.target_usd,
        coins_per_diamond: P.coins_per_diamond,
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
      },
    },
    LIVEMONTHLY: {
      description: "Le revenu LIVE mensuel d'un créateur d'après les cadeaux par live et le nombre de lives par mois.",
      parameters: {
        gift: P.gift,
        gifts_per_stream: "Cadeaux de ce type reçus par live.",
        streams_per_month: "Lives par mois.",
        coins_per_diamond: P.coins_per_diamond,
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
      },
    },
    LIVEWATERFALL: {
      description:
        "Où va l'argent d'un spectateur pour des pièces : boutique d'applications, TikTok, agence, frais de retrait et l'argent du créateur, sous forme de tableau.",
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
      description: "Une référence datée pour le CPM, le CPC ou le CTR, par secteur quand les sources la donnent.",
      parameters: {
        metric: "CPM, CPC ou CTR.",
        industry: P.industry,
        estimate: P.estimate,
      },
    },
    ADBUDGETCHECK: {
      description: "Vérifie un budget par rapport aux minimums de TikTok et indique ce qui est en dessous.",
      parameters: {
        level: P.level,
        budget: P.budget,
        days: P.days,
      },
    },
    ADCOST: {
      description:
        "Ce que coûtent les publicités TikTok : un modèle de facturation et un volume (impressions, clics, vues), ou un format premium et un nombre de jours.",
      parameters: {
        model: P.model,
        volume: "Impressions (CPM, oCPM), clics (CPC), vues (CPV) ou jours (formats premium).",
        rate: P.rate,
        industry: P.industry,
      },
    },
    ADFORMATS: {
      description:
        "Les formats publicitaires de TikTok : durée, diffusion, tarification et fourchette de prix publique avec sa source.",
      parameters: {},
    },
    ADFUNNEL: {
      description:
        "L'entonnoir qu'achète un budget : impressions, clics, conversions, chiffre d'affaires, ROAS, coût par conversion et bénéfice, sous forme de tableau.",
      parameters: {
        budget: P.budget,
        cpm: "Coût pour 1 000 impressions en USD.",
        ctr: "Taux de clics, p. ex. 0,009.",
        cvr: "Taux de conversion des clics, p. ex. 0,02.",
        aov: P.aov,
        margin: "Marge sur le chiffre d'affaires avant coût publicitaire, p. ex. 0,4 (pour le bénéfice).",
      },
    },
    ADMINBUDGET: {
      description:
        "Le budget minimum de TikTok pour une campagne ou un groupe d'annonces : le minimum quotidien, ou avec des jours le minimum sur la durée pour ce calendrier.",
      parameters: {
        level: P.level,
        days: P.days,
      },
    },
    ADDYNAMICBUDGET: {
      description:
        "Le maximum qu'un budget quotidien dynamique peut dépenser : sur un jour 125 % du budget quotidien, sur une semaine civile 7 × le budget quotidien (aide TikTok Ads).",
      parameters: {
        daily_budget: P.daily_budget,
        period: P.period,
      },
    },
    ADVOLUME: {
      description: "Le volume qu'achète un budget selon un modèle de facturation : impressions, clics ou vues.",
      parameters: {
        model: P.model,
        budget: P.budget,
        rate: P.rate,
        industry: P.industry,
      },
    },
    BREAKEVENROAS: {
      description: "Le ROAS auquel les publicités se financent elles-mêmes : 1 / marge.",
      parameters: {
        margin: P.margin,
      },
    },
    LEARNINGBUDGET: {
      description:
        "Le budget quotidien recommandé par TikTok pendant l'apprentissage d'un groupe d'annonces : un multiple du CPA, ou un montant fixe sans CPA.",
      parameters: {
        conversion: "Objectif d'optimisation : shallow (par défaut), install ou deep.",
        cpa: "Votre coût par action actuel en USD.",
      },
    },
    MAXCPA: {
      description: "Le coût par acquisition le plus élevé qui préserve une marge cible : AOV × (marge − marge cible).",
      parameters: {
        aov: P.aov,
        margin: P.margin,
        target_margin: "Marge à conserver après le coût publicitaire, p. ex. 0,15.",
      },
    },
    REACH: {
      description: "Personnes touchées : impressions divisées par la fréquence moyenne.",
      parameters: {
        impressions: "Nombre d'impressions.",
        frequency: "Nombre moyen de fois où chaque personne voit la publicité, p. ex. 2,5.",
      },
    },
    ROAS: {
      description: "Retour sur dépenses publicitaires (ROAS) : chiffre d'affaires divisé par les dépenses.",
      parameters: {
        revenue: "Chiffre d'affaires attribué aux publicités.",
        spend: "Dépenses publicitaires.",
      },
    },
    SPONSORSHIP: {
      description:
        "Un prix estimé pour un partenariat avec un créateur, d'après les abonnés, le taux d'engagement et le type de contenu.",
      parameters: {
        followers: P.followers,
        engagement_rate: "Taux d'engagement, p. ex. 0,05 (par défaut 2,5 %, la moyenne).",
        content_type: "Video (par défaut), Long-form, Spark Ad ou Campaign.",
        estimate: P.estimate,
      },
    },
    SPONSORSHIPCPM: {
      description:
        "Le CPM effectif d'un partenariat (prix pour 1 000 vues), à comparer aux publicités In-Feed payantes.",
      parameters: {
        price: "Prix du partenariat en USD.",
        views: "Vues obtenues par la vidéo sponsorisée.",
      },
    },
    EXPECTEDFEE: {
      description:
        "Les frais qu'une ligne de règlement devrait porter selon la règle publiée en vigueur à la date de la commande, d'après les montants de la ligne elle-même ; signés comme dans le fichier (un frais facturé est négatif).",
      parameters: {
        fee: 'Colonne de frais : commission (referral), transaction (payment), refundAdmin, orderFee (processing), growth (service) ou dynamicCommission, tels que RATE les lit ; ajoutez "incl. VAT" quand la colonne inclut la TVA sur les frais.',
        market: "Code de marché du fichier de règlement, p. ex. US, UK, ID, MY.",
        order_date: "Date de création de la commande : choisit les tarifs en vigueur.",
        customer_payment:
          "Colonne du paiement client. Signée comme dans le fichier ; à omettre si le fichier n'a pas cette colonne.",
        platform_discount:
          "Colonne des remises plateforme. Signée comme dans le fichier ; à omettre si le fichier n'a pas cette colonne.",
        sales_tax:
          "Colonne de la taxe de vente payée (États-Unis). Signée comme dans le fichier ; à omettre si le fichier n'a pas cette colonne.",
        subtotal_after:
          "Colonne du sous-total après remises vendeur (fichiers Income SEA). Signée comme dans le fichier ; à omettre si le fichier n'a pas cette colonne.",
        customer_refund:
          "Colonne du remboursement client. Signée comme dans le fichier ; à omettre si le fichier n'a pas cette colonne.",
        platform_discount_refund:
          "Colonne du remboursement des remises plateforme. Signée comme dans le fichier ; à omettre si le fichier n'a pas cette colonne.",
        sales_tax_refund:
          "Colonne du remboursement de la taxe de vente (États-Unis). Signée comme dans le fichier ; à omettre si le fichier n'a pas cette colonne.",
        refund_subtotal_after:
          "Colonne du sous-total remboursé après remises vendeur. Signée comme dans le fichier ; à omettre si le fichier n'a pas cette colonne.",
        quantity: "Colonne de quantité, pour les frais par article et les plafonds.",
        category:
          "Catégorie de produit, quand le fichier ou l'export des commandes la donne (par défaut : le taux du marché).",
      },
    },
  },
};

export default section;
