/**
 * The task pane's user-visible sentences that take values (and the ones several views share), in
 * one place so a message catalog can take them over. English for now.
 */
export const PANE_TEXT = {
  welcome: {
    title: "Welcome to TikTok Economics",
    lines: [
      "TikTok Shop, LIVE and ads money in Excel: fees, payouts, margins and settlement checks from a dated rate book with public sources.",
      'Type =TIKTOK.SHOPFEE(20,"US") in a cell, or start here:',
    ] as const,
    actionsLabel: "Start with",
    actions: {
      calculator: "Price a product",
      templates: "Insert a scenario sheet",
      reconcile: "Reconcile a statement",
    },
    help: "Help: every function, with examples",
    dismiss: "Don't show again",
  },
  footer: { linksLabel: "About this add-in", support: "Support", privacy: "Privacy", terms: "Terms" },

  insertButton: "Insert",
  /** The Insert button's accessible name: which sheet it inserts (seven buttons read "Insert"). */
  insertLabel: (title: string) => `Insert ${title}`,
  inserting: "Inserting…",
  inserted: (sheet: string) => `Inserted as sheet "${sheet}".`,

  calculator: {
    /** The market publishes no default commission (it is by category, or not public yet). */
    needsRate: (marketName: string, category: string | null, hasCategories: boolean) =>
      category
        ? `The ${category} commission in ${marketName} is not public: type the rate Seller Center shows for your shop.`
        : hasCategories
          ? `${marketName} has no single public commission rate: choose your category above, or type the rate Seller Center shows for your shop.`
          : `No public commission rate for ${marketName} yet: type the rate Seller Center shows for your shop.`,
    typeRate: "Type your commission rate (%).",
    rateHint: "In percent: 6 for 6 %.",
  },

  settings: {
    /** Amounts are numbers: a new market changes their currency, not their size. */
    marketHint:
      "New sheets start in this market, with sample amounts in its currency. Changing a sheet's market cell later keeps the amounts as typed and shows them in the new currency: enter your own in that currency.",
  },

  rates: {
    shopTitle: "Shop rates in force",
    shopHint: "Each market's default fees today; open one for its rates and every source.",
    summary: (code: string, name: string, fees: number, sources: number) =>
      `${code} ${name}: ${fees} fee${fees === 1 ? "" : "s"}, ${sources} source${sources === 1 ? "" : "s"}`,
    sourcesLink: (count: number) => `${count} source${count === 1 ? "" : "s"}`,
    sourcesOf: (market: string) => `Sources for ${market}`,
    /** A source link's text: the site it is on (the address is the link). */
    sourceName: (url: string) => {
      try {
        const u = new URL(url);
        const rest = `${u.pathname.length > 1 ? u.pathname : ""}${u.search}`;
        const shown = `${u.hostname.replace(/^www\./, "")}${rest}`;
        return shown.length > 64 ? `${shown.slice(0, 63)}…` : shown;
      } catch {
        return url;
      }
    },
    since: (date: string, grade: string) => `since ${date}, grade ${grade}`,
    unpublished: "Seller Center only",
    tiered: "tiered",
    cap: (amount: string) => `capped at ${amount}`,
    categories: (count: number) =>
      `Plus ${count} category rate${count === 1 ? "" : "s"}: the calculator's Category list.`,
    none: "No public fee figures yet.",
  },

  reconcile: {
    counts: (matched: string, mismatched: string) => [`${matched} match, `, `${mismatched} mismatch`] as const,
    mismatchesTitle: "Mismatches, largest first",
    /** One order: what was charged and what the published rule gives, and who gained. */
    order: (id: string, created: string | null) => (created ? `Order ${id} (${created})` : `Order ${id}`),
    fee: (label: string, charged: string, expected: string) => `${label}: charged ${charged}, rule ${expected}`,
    overcharged: (amount: string) => `you were charged ${amount} more than the rule`,
    undercharged: (amount: string) => `you were charged ${amount} less than the rule`,
    more: (count: string) => `…and ${count} more: see the Status column of the new sheet.`,
  },
} as const;
