/** A scenario template: what the gallery shows and how it builds its sheet plan. */
import type { TemplateInfo } from "./catalog";
import type { SheetPlan } from "./plan";
import type { SheetsCatalog } from "./sheets";

export interface TemplateSettings {
  /** Default market for new sheets, e.g. "US". */
  readonly market: string;
}

export interface ScenarioTemplate extends TemplateInfo {
  /** The sheet plan, its words from `text` (a language's sheets catalog; English by default). */
  build(settings: TemplateSettings, text?: SheetsCatalog): SheetPlan;
}
