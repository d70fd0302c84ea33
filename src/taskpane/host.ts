/**
 * What the task pane needs from the workbook it sits in. Excel provides it through Office.js; the
 * Excel-free preview provides its own; outside both, inserting explains what is needed.
 */
import type { BulkOptions } from "../excel/writeBulk";
import type { ReadOptions, SettlementCells } from "../excel/readSettlement";
import type { SheetPlan } from "../templates/plan";
import type { Cell } from "../core/settlement/values";
import type { Language } from "../i18n/languages";
import { paneText } from "./messages";

/** How a plan is inserted: in blocks with progress and cancel, and in which language. */
export interface InsertOptions extends BulkOptions {
  /**
   * The pane's language. The sheet's own words (labels, notes, titles) are the templates' to
   * translate (src/i18n/<language>/sheets.ts); this is the one place the pane's choice reaches them.
   */
  readonly language?: Language;
}

/** A sheet added to the workbook (or, in Excel, activated), or null when one was removed. */
export interface SheetChange {
  readonly sheet: string | null;
  /** True for a sheet this add-in wrote (a template, a reconciliation), false for the user's own. */
  readonly byAddin: boolean;
}

export interface WorkbookHost {
  readonly kind: "excel" | "preview" | "none";
  /**
   * Writes the plan into a new sheet and returns the sheet's name. A plan with a long table
   * (bulkRows) is written in blocks, with progress and cancel.
   */
  insertPlan(plan: SheetPlan, options?: InsertOptions): Promise<string>;
  /** The workbook's sheet names, for the Reconcile tab (absent where there is no workbook). */
  listSheets?(): Promise<string[]>;
  /**
   * Calls back whenever the workbook's sheets change, so the Reconcile tab's list never goes stale
   * (absent where there is no workbook).
   */
  onSheetsChanged?(listener: (change: SheetChange) => void): void;
  /** Reads a sheet holding a settlement export (only read, never written). */
  readSettlement?(sheet: string, options?: ReadOptions): Promise<SettlementCells>;
  /**
   * A sheet's first rows, whole (at most `rows`): what a column mapping is suggested from when no
   * dictionary knows the header (#21). Only read, never written.
   */
  readTop?(sheet: string, rows: number): Promise<Cell[][]>;
  /** Settings stored with the workbook (Excel) or the browser (preview). */
  loadSetting(key: string): string | null;
  saveSetting(key: string, value: string): Promise<void>;
}

export class NeedsExcelError extends Error {
  constructor() {
    super(paneText().needsExcel);
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

/** Sheets this add-in wrote, and how many inserts are under way (their sheets' events come first). */
const written = new Set<string>();
let inserting = 0;

/** The sheet writer and reader load with the first use: the pane's start stays small. */
export const excelHost: WorkbookHost = {
  kind: "excel",
  insertPlan: async (plan, options) => {
    inserting++;
    try {
      const { applyPlan } = await import(/* webpackChunkName: "excel-writer" */ "../excel/applyPlan");
      const features = {
        dataValidation: Office.context.requirements.isSetSupported("ExcelApi", "1.8"),
        chartAxisFormat: Office.context.requirements.isSetSupported("ExcelApi", "1.8"),
      };
      const name = !plan.bulkRows
        ? await Excel.run(async (context) => (await applyPlan(context, plan, features)).sheetName)
        : await (async () => {
            const { insertPlanInBlocks } = await import(/* webpackChunkName: "excel-writer" */ "../excel/writeBulk");
            return Excel.run(async (context) => (await insertPlanInBlocks(context, plan, features, options)).sheetName);
          })();
      written.add(name);
      return name;
    } finally {
      inserting--;
    }
  },
  // Worksheet events (ExcelApi 1.7, the manifest's minimum): a sheet added, activated or deleted.
  onSheetsChanged: (listener) => {
    const report = (worksheetId: string) =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(worksheetId);
        sheet.load("name");
        await context.sync();
        const name = sheet.isNullObject ? null : sheet.name;
        listener({ sheet: name, byAddin: inserting > 0 || (name !== null && written.has(name)) });
      }).catch(() => listener({ sheet: null, byAddin: false }));
    void Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.onAdded.add(async (e) => report(e.worksheetId));
      sheets.onActivated.add(async (e) => report(e.worksheetId));
      sheets.onDeleted.add(async () => listener({ sheet: null, byAddin: false }));
      await context.sync();
    }).catch(() => {
      // Without the events the list is read again each time the tab is shown.
    });
  },
  listSheets: () =>
    Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return sheets.items.map((s) => s.name);
    }),
  readSettlement: async (sheet, options) => {
    const { readSettlementSheet } = await import(/* webpackChunkName: "reconcile" */ "../excel/readSettlement");
    return Excel.run((context) => readSettlementSheet(context, sheet, options));
  },
  readTop: async (sheet, rows) => {
    const { readSheetTop } = await import(/* webpackChunkName: "reconcile" */ "../excel/readSettlement");
    return Excel.run((context) => readSheetTop(context, sheet, rows));
  },
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
