/**
 * GENERATED FILE — do not edit by hand. Written by `npm run generate:functions`
 * (src/cli/generateFunctions.ts) from the specs, rendered by ../helpShape.ts; a test fails when it
 * is stale.
 *
 * The function help a language must translate (src/i18n/<language>/functions.ts): every function
 * by id, its description and each parameter's help line by the parameter's name. Function and
 * parameter names themselves are never translated.
 */
export interface FunctionHelpCatalog {
  readonly CATEGORIES: {
    readonly description: string;
    readonly parameters: {
      readonly market: string;
      readonly as_of: string;
    };
  };
  readonly MARKETS: {
    readonly description: string;
    readonly parameters: Readonly<Record<string, never>>;
  };
  readonly RATE: {
    readonly description: string;
    readonly parameters: {
      readonly fee: string;
      readonly market: string;
      readonly category: string;
      readonly as_of: string;
    };
  };
  readonly RATEBOOK: {
    readonly description: string;
    readonly parameters: Readonly<Record<string, never>>;
  };
  readonly RATESOURCE: {
    readonly description: string;
    readonly parameters: {
      readonly fee: string;
      readonly market: string;
      readonly category: string;
      readonly as_of: string;
    };
  };
  readonly BILLABLEWEIGHT: {
    readonly description: string;
    readonly parameters: {
      readonly weight_lb: string;
      readonly length_in: string;
      readonly width_in: string;
      readonly height_in: string;
    };
  };
  readonly BREAKEVENPRICE: {
    readonly description: string;
    readonly parameters: {
      readonly unit_cost: string;
      readonly market: string;
      readonly category: string;
      readonly quantity: string;
      readonly shipping: string;
      readonly seller_discount: string;
      readonly platform_discount: string;
      readonly affiliate_rate: string;
      readonly seller_shipping: string;
      readonly return_rate: string;
      readonly ad_cost: string;
      readonly as_of: string;
      readonly commission_rate: string;
      readonly seller_profile: string;
    };
  };
  readonly FBTFEE: {
    readonly description: string;
    readonly parameters: {
      readonly market: string;
      readonly weight_kg: string;
      readonly length_cm: string;
      readonly width_cm: string;
      readonly height_cm: string;
      readonly units: string;
      readonly as_of: string;
    };
  };
  readonly MAXAFFILIATE: {
    readonly description: string;
    readonly parameters: {
      readonly price: string;
      readonly unit_cost: string;
      readonly target_margin: string;
      readonly market: string;
      readonly category: string;
      readonly quantity: string;
      readonly shipping: string;
      readonly seller_discount: string;
      readonly platform_discount: string;
      readonly seller_shipping: string;
      readonly return_rate: string;
      readonly ad_cost: string;
      readonly as_of: string;
      readonly commission_rate: string;
      readonly seller_profile: string;
    };
  };
  readonly REFUNDFEE: {
    readonly description: string;
    readonly parameters: {
      readonly price: string;
      readonly market: string;
      readonly category: string;
      readonly quantity: string;
      readonly shipping: string;
      readonly seller_discount: string;
      readonly platform_discount: string;
      readonly as_of: string;
      readonly commission_rate: string;
      readonly seller_profile: string;
    };
  };
  readonly SHOPCOMMISSION: {
    readonly description: string;
    readonly parameters: {
      readonly price: string;
      readonly market: string;
      readonly category: string;
      readonly quantity: string;
      readonly shipping: string;
      readonly seller_discount: string;
      readonly platform_discount: string;
      readonly as_of: string;
      readonly commission_rate: string;
      readonly seller_profile: string;
    };
  };
  readonly SHOPFEE: {
    readonly description: string;
    readonly parameters: {
      readonly price: string;
      readonly market: string;
      readonly category: string;
      readonly quantity: string;
      readonly shipping: string;
      readonly seller_discount: string;
      readonly platform_discount: string;
      readonly as_of: string;
      readonly commission_rate: string;
      readonly seller_profile: string;
    };
  };
  readonly SHOPFEES: {
    readonly description: string;
    readonly parameters: {
      readonly price: string;
      readonly market: string;
      readonly category: string;
      readonly quantity: string;
      readonly shipping: string;
      readonly seller_discount: string;
      readonly platform_discount: string;
      readonly as_of: string;
      readonly commission_rate: string;
      readonly seller_profile: string;
    };
  };
  readonly SHOPMARGIN: {
    readonly description: string;
    readonly parameters: {
      readonly price: string;
      readonly unit_cost: string;
      readonly market: string;
      readonly category: string;
      readonly quantity: string;
      readonly shipping: string;
      readonly seller_discount: string;
      readonly platform_discount: string;
      readonly affiliate_rate: string;
      readonly seller_shipping: string;
      readonly return_rate: string;
      readonly ad_cost: string;
      readonly as_of: string;
      readonly commission_rate: string;
      readonly seller_profile: string;
    };
  };
  readonly SHOPNET: {
    readonly description: string;
    readonly parameters: {
      readonly price: string;
      readonly market: string;
      readonly category: string;
      readonly quantity: string;
      readonly shipping: string;
      readonly seller_discount: string;
      readonly platform_discount: string;
      readonly affiliate_rate: string;
      readonly as_of: string;
      readonly commission_rate: string;
      readonly seller_profile: string;
    };
  };
  readonly SHOPPRICE: {
    readonly description: string;
    readonly parameters: {
      readonly unit_cost: string;
      readonly target_margin: string;
      readonly market: string;
      readonly category: string;
      readonly quantity: string;
      readonly shipping: string;
      readonly seller_discount: string;
      readonly platform_discount: string;
      readonly affiliate_rate: string;
      readonly seller_shipping: string;
      readonly return_rate: string;
      readonly ad_cost: string;
      readonly as_of: string;
      readonly commission_rate: string;
      readonly seller_profile: string;
    };
  };
  readonly SHOPPROFIT: {
    readonly description: string;
    readonly parameters: {
      readonly price: string;
      readonly unit_cost: string;
      readonly market: string;
      readonly category: string;
      readonly quantity: string;
      readonly shipping: string;
      readonly seller_discount: string;
      readonly platform_discount: string;
      readonly affiliate_rate: string;
      readonly seller_shipping: string;
      readonly return_rate: string;
      readonly ad_cost: string;
      readonly as_of: string;
      readonly commission_rate: string;
      readonly seller_profile: string;
    };
  };
  readonly COINCOST: {
    readonly description: string;
    readonly parameters: {
      readonly coins: string;
      readonly channel: string;
      readonly method: string;
      readonly market: string;
    };
  };
  readonly COINVALUE: {
    readonly description: string;
    readonly parameters: {
      readonly channel: string;
      readonly market: string;
    };
  };
  readonly CREATORREWARDS: {
    readonly description: string;
    readonly parameters: {
      readonly qualified_views: string;
      readonly rpm: string;
      readonly estimate: string;
    };
  };
  readonly CREATORREWARDSELIGIBLE: {
    readonly description: string;
    readonly parameters: {
      readonly followers: string;
      readonly views_30d: string;
      readonly video_seconds: string;
      readonly age: string;
      readonly market: string;
    };
  };
  readonly DIAMONDPAYOUT: {
    readonly description: string;
    readonly parameters: {
      readonly diamonds: string;
      readonly usd_per_diamond: string;
      readonly agency_share: string;
      readonly withdrawal_fee: string;
    };
  };
  readonly DIAMONDSFORPAYOUT: {
    readonly description: string;
    readonly parameters: {
      readonly target_usd: string;
      readonly usd_per_diamond: string;
      readonly agency_share: string;
      readonly withdrawal_fee: string;
    };
  };
  readonly GIFTCOINS: {
    readonly description: string;
    readonly parameters: {
      readonly gift: string;
      readonly count: string;
      readonly as_of: string;
    };
  };
  readonly GIFTDIAMONDS: {
    readonly description: string;
    readonly parameters: {
      readonly gift: string;
      readonly count: string;
      readonly coins_per_diamond: string;
    };
  };
  readonly GIFTS: {
    readonly description: string;
    readonly parameters: {
      readonly as_of: string;
    };
  };
  readonly GIFTSFORPAYOUT: {
    readonly description: string;
    readonly parameters: {
      readonly gift: string;
      readonly target_usd: string;
      readonly coins_per_diamond: string;
      readonly usd_per_diamond: string;
      readonly agency_share: string;
    };
  };
  readonly LIVEMONTHLY: {
    readonly description: string;
    readonly parameters: {
      readonly gift: string;
      readonly gifts_per_stream: string;
      readonly streams_per_month: string;
      readonly coins_per_diamond: string;
      readonly usd_per_diamond: string;
      readonly agency_share: string;
    };
  };
  readonly LIVEWATERFALL: {
    readonly description: string;
    readonly parameters: {
      readonly coins: string;
      readonly channel: string;
      readonly coins_per_diamond: string;
      readonly usd_per_diamond: string;
      readonly agency_share: string;
      readonly withdrawal_fee: string;
    };
  };
  readonly ADBENCHMARK: {
    readonly description: string;
    readonly parameters: {
      readonly metric: string;
      readonly industry: string;
      readonly estimate: string;
    };
  };
  readonly ADBUDGETCHECK: {
    readonly description: string;
    readonly parameters: {
      readonly level: string;
      readonly budget: string;
      readonly days: string;
    };
  };
  readonly ADCOST: {
    readonly description: string;
    readonly parameters: {
      readonly model: string;
      readonly volume: string;
      readonly rate: string;
      readonly industry: string;
    };
  };
  readonly ADDYNAMICBUDGET: {
    readonly description: string;
    readonly parameters: {
      readonly daily_budget: string;
      readonly period: string;
    };
  };
  readonly ADFORMATS: {
    readonly description: string;
    readonly parameters: Readonly<Record<string, never>>;
  };
  readonly ADFUNNEL: {
    readonly description: string;
    readonly parameters: {
      readonly budget: string;
      readonly cpm: string;
      readonly ctr: string;
      readonly cvr: string;
      readonly aov: string;
      readonly margin: string;
    };
  };
  readonly ADMINBUDGET: {
    readonly description: string;
    readonly parameters: {
      readonly level: string;
      readonly days: string;
    };
  };
  readonly ADVOLUME: {
    readonly description: string;
    readonly parameters: {
      readonly model: string;
      readonly budget: string;
      readonly rate: string;
      readonly industry: string;
    };
  };
  readonly BREAKEVENROAS: {
    readonly description: string;
    readonly parameters: {
      readonly margin: string;
    };
  };
  readonly LEARNINGBUDGET: {
    readonly description: string;
    readonly parameters: {
      readonly conversion: string;
      readonly cpa: string;
    };
  };
  readonly MAXCPA: {
    readonly description: string;
    readonly parameters: {
      readonly aov: string;
      readonly margin: string;
      readonly target_margin: string;
    };
  };
  readonly REACH: {
    readonly description: string;
    readonly parameters: {
      readonly impressions: string;
      readonly frequency: string;
    };
  };
  readonly ROAS: {
    readonly description: string;
    readonly parameters: {
      readonly revenue: string;
      readonly spend: string;
    };
  };
  readonly SPONSORSHIP: {
    readonly description: string;
    readonly parameters: {
      readonly followers: string;
      readonly engagement_rate: string;
      readonly content_type: string;
      readonly estimate: string;
    };
  };
  readonly SPONSORSHIPCPM: {
    readonly description: string;
    readonly parameters: {
      readonly price: string;
      readonly views: string;
    };
  };
  readonly EXPECTEDFEE: {
    readonly description: string;
    readonly parameters: {
      readonly fee: string;
      readonly market: string;
      readonly order_date: string;
      readonly customer_payment: string;
      readonly platform_discount: string;
      readonly sales_tax: string;
      readonly subtotal_after: string;
      readonly customer_refund: string;
      readonly platform_discount_refund: string;
      readonly sales_tax_refund: string;
      readonly refund_subtotal_after: string;
      readonly quantity: string;
      readonly category: string;
    };
  };
}
