/**
 * The preview's workbook: the formula engine holds the sheets; the task pane talks to it through the
 * same WorkbookHost interface it uses for Excel.
 */
import { EngineWorkbook } from "../engine/workbook";
import type { WorkbookHost } from "../taskpane/host";
import type { CellRole, SheetPlan } from "../templates/plan";

export interface SheetLook {
  readonly formats: Map<string, string>;
  readonly roles: Map<string, CellRole>;
  /** Column letter → width in points, as the template sets it in Excel. */
  readonly widths: Readonly<Record<string, number>>;
}

export class PreviewWorkbook {
  readonly engine = new EngineWorkbook();
  readonly looks = new Map<string, SheetLook>();
  private listeners: ((activeSheet: string) => void)[] = [];
  private settings = new Map<string, string>();

  constructor() {
    const first = this.engine.addEmptySheet("Sheet1");
    this.looks.set(first, { formats: new Map(), roles: new Map(), widths: {} });
  }

  onChange(listener: (activeSheet: string) => void): void {
    this.listeners.push(listener);
  }

  notify(sheet: string): void {
    for (const l of this.listeners) l(sheet);
  }

  insertPlan(plan: SheetPlan): string {
    const name = this.engine.addPlan(plan);
    const formats = new Map<string, string>();
    const roles = new Map<string, CellRole>();
    for (const c of plan.cells) {
      if (c.numberFormat) formats.set(c.address, c.numberFormat);
      if (c.role) roles.set(c.address, c.role);
    }
    this.looks.set(name, { formats, roles, widths: plan.columnWidths });
    this.notify(name);
    return name;
  }

  host(): WorkbookHost {
    return {
      kind: "preview",
      insertPlan: async (plan) => this.insertPlan(plan),
      loadSetting: (key) => this.settings.get(key) ?? null,
      saveSetting: async (key, value) => {
        this.settings.set(key, value);
      },
    };
  }
}
