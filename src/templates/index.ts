/** The template gallery, in the order the task pane shows it. */
import { adPlannerTemplate } from "./adPlanner";
import { brandLaunchTemplate } from "./brandLaunch";
import { businessModelTemplate } from "./businessModel";
import { liveEarningsTemplate } from "./liveEarnings";
import { shopCatalogTemplate } from "./shopCatalog";
import { shopPnlTemplate } from "./shopPnl";
import { statementReconciliationTemplate } from "./statementReconciliation";
import type { ScenarioTemplate } from "./types";

export const TEMPLATES: readonly ScenarioTemplate[] = [
  shopPnlTemplate,
  shopCatalogTemplate,
  liveEarningsTemplate,
  adPlannerTemplate,
  brandLaunchTemplate,
  businessModelTemplate,
  statementReconciliationTemplate,
];

export function templateById(id: string): ScenarioTemplate | undefined {
  return TEMPLATES.find((t) => t.id === id);
}

export type { ScenarioTemplate, TemplateSettings } from "./types";
export type { SheetPlan } from "./plan";
