/** The template gallery, in the order the task pane shows it. */
import { shopCatalogTemplate } from "./shopCatalog";
import { shopPnlTemplate } from "./shopPnl";
import type { ScenarioTemplate } from "./types";

export const TEMPLATES: readonly ScenarioTemplate[] = [shopPnlTemplate, shopCatalogTemplate];

export function templateById(id: string): ScenarioTemplate | undefined {
  return TEMPLATES.find((t) => t.id === id);
}

export type { ScenarioTemplate, TemplateSettings } from "./types";
export type { SheetPlan } from "./plan";
