/**
 * What the task pane needs from the workbook it sits in. Excel provides it through Office.js; the
 * Excel-free preview provides its own; outside both, inserting explains what is needed.
 */
import { applyPlan } from "../excel/applyPlan";
import type { SheetPlan } from "../templates/plan";

export interface WorkbookHost {
  readonly kind: "excel" | "preview" | "none";
  /** Writes the plan into a new sheet and returns the sheet's name. */
  insertPlan(plan: SheetPlan): Promise<string>;
  /** Settings stored with the workbook (Excel) or the browser (preview). */
  loadSetting(key: string): string | null;
  saveSetting(key: string, value: string): Promise<void>;
}

export class NeedsExcelError extends Error {
  constructor() {
    super("Inserting a sheet needs Excel: open this add-in in Excel, or run the Excel-free preview (npm run preview).");
    this.name = "NeedsExcelError";
  }
}

/** Settings outside Excel live only for this page. */
const memorySettings = new Map<string, string>();

export const noHost: WorkbookHost = {
  kind: "none",
  insertPlan: async () => {
    throw new NeedsExcelError();
  },
  loadSetting: (key) => memorySettings.get(key) ?? null,
  saveSetting: async (key, value) => {
    memorySettings.set(key, value);
  },
};

export const excelHost: WorkbookHost = {
  kind: "excel",
  insertPlan: (plan) =>
    Excel.run(
      async (context) =>
        (
          await applyPlan(context, plan, {
            dataValidation: Office.context.requirements.isSetSupported("ExcelApi", "1.8"),
          })
        ).sheetName,
    ),
  loadSetting: (key) => {
    const value = Office.context.document.settings.get(key);
    return typeof value === "string" ? value : null;
  },
  saveSetting: (key, value) =>
    new Promise((resolve, reject) => {
      Office.context.document.settings.set(key, value);
      Office.context.document.settings.saveAsync((result) =>
        result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(new Error(result.error.message)),
      );
    }),
};
