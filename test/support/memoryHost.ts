/**
 * A task-pane host over sheets held in memory, as the preview's is: plans written are kept, sheets
 * are read whole (with a confirmed column mapping when one is given), settings live in a Map.
 */
import type { Cell, ColumnMapping } from "../../src/core/settlement";
import type { WorkbookHost } from "../../src/taskpane/host";
import { cellsFromValues } from "../../src/taskpane/reconcileRun";
import type { SheetPlan } from "../../src/templates/plan";

export function memoryHost(sheets: Record<string, Cell[][]> = {}, settings = new Map<string, string>()) {
  const plans: SheetPlan[] = [];
  const saves: string[] = [];
  const host = {
    kind: "preview",
    insertPlan: async (plan: SheetPlan) => {
      plans.push(plan);
      return plan.sheetName;
    },
    listSheets: async () => Object.keys(sheets),
    readSettlement: async (name: string, options?: { mapping?: ColumnMapping }) =>
      cellsFromValues(sheets[name], options?.mapping),
    readTop: async (name: string, rows: number) => sheets[name].slice(0, rows),
    loadSetting: (key: string) => settings.get(key) ?? null,
    saveSetting: async (key: string, value: string) => {
      saves.push(key);
      settings.set(key, value);
    },
  } as unknown as WorkbookHost;
  return { host, plans, saves, settings };
}
