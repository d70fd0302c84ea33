/** A scenario template: what the gallery shows and how it builds its sheet plan. */
import type { TemplateInfo } from "./catalog";
import type { SheetPlan } from "./plan";

export interface TemplateSettings {
  /** Default market for new sheets, e.g. "US". */
  readonly market: string;
}

export interface ScenarioTemplate extends TemplateInfo {
  build(settings: TemplateSettings): SheetPlan;
}
