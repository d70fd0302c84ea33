/**
 * What the gallery shows of each template — id, title, purpose, what it asks for — without the code
 * that builds the sheet, so the task pane lists templates at start and loads the builders (and the
 * statement reconciliation core that template 7 needs) only when a user inserts one. The words come
 * from the sheets catalog (`SHEETS_EN.gallery`, or a language's `gallery`).
 */
import { SHEETS_EN, type SheetsCatalog } from "./sheets";

export interface TemplateInfo {
  readonly id: string;
  readonly title: string;
  /** One line: what the sheet answers. */
  readonly purpose: string;
  /** What the sheet asks for, as short phrases for the gallery card. */
  readonly asks: readonly string[];
}

/** The templates' ids, by their key in the catalog's `gallery`. */
export const TEMPLATE_IDS = {
  shopPnl: "shop-pnl",
  shopCatalog: "shop-catalog",
  liveEarnings: "live-earnings",
  adPlanner: "ad-planner",
  brandLaunch: "brand-launch",
  businessModel: "business-model",
  statementReconciliation: "statement-reconciliation",
} as const;

export type TemplateKey = keyof typeof TEMPLATE_IDS;

/** The gallery's cards in a language (English by default), by template key. */
export function templateInfo(text: SheetsCatalog = SHEETS_EN): Record<TemplateKey, TemplateInfo> {
  const out = {} as Record<TemplateKey, TemplateInfo>;
  for (const key of Object.keys(TEMPLATE_IDS) as TemplateKey[]) {
    const g = text.gallery[key];
    out[key] = { id: TEMPLATE_IDS[key], title: g.title, purpose: g.purpose, asks: [...g.asks] };
  }
  return out;
}

export const TEMPLATE_INFO = templateInfo();

const ORDER: readonly TemplateKey[] = [
  "shopPnl",
  "shopCatalog",
  "liveEarnings",
  "adPlanner",
  "brandLaunch",
  "businessModel",
  "statementReconciliation",
];

/** The gallery in a language, in the order the task pane shows it. */
export function templateList(text: SheetsCatalog = SHEETS_EN): readonly TemplateInfo[] {
  const info = templateInfo(text);
  return ORDER.map((k) => info[k]);
}

/** The gallery, in English, in the order the task pane shows it. */
export const TEMPLATE_LIST: readonly TemplateInfo[] = templateList();
