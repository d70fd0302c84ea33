/** A scenario template: what the gallery shows and how it builds its sheet plan. */
import type { SheetPlan } from "./plan";

export interface TemplateSettings {
  /** Default market for new sheets, e.g. "US". */
  readonly market: string;
}

export interface ScenarioTemplate {
  readonly id: string;
  readonly title: string;
  /** One line: what the sheet answers. */
  readonly purpose: string;
  /** What the sheet asks for, as short phrases for the gallery card. */
  readonly asks: readonly string[];
  build(settings: TemplateSettings): SheetPlan;
}
