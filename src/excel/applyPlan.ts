/**
 * Writes a sheet plan into a NEW worksheet of the open workbook, in at most three
 * `context.sync()` calls whatever the plan's size: one to read the names already taken, one to
 * write everything, and — only if that fails — one to remove the half-made sheet. It never writes
 * into an existing sheet: a taken name becomes "Name (2)", and table names are made unique too.
 */
import { marketFormatRules } from "../templates/marketFormats";
import { type SheetPlan, parseAddress, roleRanges, toGrid, toR1C1 } from "../templates/plan";
import { uniqueSheetName } from "../templates/sheetNames";
import { ROLE_STYLES } from "./roleStyles";

export interface ApplyResult {
  readonly sheetName: string;
  readonly syncs: number;
}

/** What the running Excel supports beyond the manifest's minimum (ExcelApi 1.7). */
export interface HostFeatures {
  /** Data validation (dropdowns) needs ExcelApi 1.8; without it the sheet works, minus the dropdowns. */
  readonly dataValidation: boolean;
  /** A chart axis's number format needs ExcelApi 1.8; without it the axis keeps Excel's own. */
  readonly chartAxisFormat?: boolean;
}

export class TemplateInsertError extends Error {
  constructor(
    message: string,
    readonly rolledBack: boolean,
  ) {
    super(message);
    this.name = "TemplateInsertError";
  }
}

function uniqueTableName(wanted: string, taken: Set<string>): string {
  let name = wanted;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${wanted}_${i}`;
  taken.add(name.toLowerCase());
  return name;
}

export async function applyPlan(
  context: Excel.RequestContext,
  plan: SheetPlan,
  features: HostFeatures = { dataValidation: true, chartAxisFormat: true },
): Promise<ApplyResult> {
  let syncs = 0;
  const sync = async () => {
    syncs++;
    await context.sync();
  };

  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const tables = context.workbook.tables;
  tables.load("items/name");
  await sync();

  const sheetName = uniqueSheetName(
    plan.sheetName,
    sheets.items.map((s) => s.name),
  );
  const takenTables = new Set(tables.items.map((t) => t.name.toLowerCase()));
  const sheet = sheets.add(sheetName);
  try {
    const grid = toGrid(plan);
    const range = sheet.getRange(grid.range);
    range.numberFormat = grid.numberFormats;
    range.formulas = grid.formulas;
    range.format.font.name = "Segoe UI";
    range.format.font.size = 10;

    for (const { role, range: address } of roleRanges(plan)) {
      const style = ROLE_STYLES[role];
      const format = sheet.getRange(address).format;
      if (style.bold !== undefined) format.font.bold = style.bold;
      if (style.italic !== undefined) format.font.italic = style.italic;
      if (style.size !== undefined) format.font.size = style.size;
      if (style.color !== undefined) format.font.color = style.color;
      if (style.fill !== undefined) format.fill.color = style.fill;
      if (style.topBorder) format.borders.getItem("EdgeTop").style = "Continuous";
      if (style.bottomBorder) format.borders.getItem("EdgeBottom").style = "Continuous";
    }
    for (const [column, width] of Object.entries(plan.columnWidths)) {
      sheet.getRange(`${column}:${column}`).format.columnWidth = width;
    }
    for (const t of plan.tables) {
      const table = sheet.tables.add(t.range, true);
      table.name = uniqueTableName(t.name, takenTables);
      table.style = t.style;
      table.showTotals = t.showTotals ?? false;
      // One formula for the whole column (the same R1C1 text in every row) makes it a calculated
      // column: Excel then fills it into rows pasted or typed below, as the table grows with them.
      const [from, to] = t.range.split(":");
      const top = parseAddress(from).row + 2;
      const bottom = parseAddress(to).row + 1;
      for (const column of t.calculatedColumns ?? []) {
        const formula = grid.formulas[top - 1]?.[parseAddress(`${column}1`).column];
        if (typeof formula !== "string" || !formula.startsWith("=") || bottom < top) continue;
        const r1c1 = toR1C1(formula, `${column}${top}`);
        sheet.getRange(`${column}${top}:${column}${bottom}`).formulasR1C1 = Array.from(
          { length: bottom - top + 1 },
          () => [r1c1],
        );
      }
    }
    for (const c of plan.conditionalFormats) {
      if (c.rule === "beginsWith") {
        const cf = sheet.getRange(c.range).conditionalFormats.add("ContainsText");
        cf.textComparison.format.font.color = c.fontColor;
        cf.textComparison.format.fill.color = c.fill;
        cf.textComparison.rule = { operator: "BeginsWith", text: c.text ?? "" };
        continue;
      }
      const cf = sheet.getRange(c.range).conditionalFormats.add("CellValue");
      cf.cellValue.format.font.color = c.fontColor;
      cf.cellValue.format.fill.color = c.fill;
      cf.cellValue.rule = { formula1: "0", operator: "LessThan" };
    }
    // Amounts follow their market cell: one rule per currency sets the number format (ExcelApi 1.6).
    for (const f of plan.marketFormats ?? []) {
      for (const rule of marketFormatRules(f.marketCell)) {
        const cf = sheet.getRange(f.range).conditionalFormats.add("Custom");
        cf.custom.rule.formula = rule.formula;
        cf.custom.format.numberFormat = rule.numberFormat;
      }
    }
    if (features.dataValidation) {
      for (const d of plan.dropdowns ?? []) {
        const validation = sheet.getRange(d.range).dataValidation;
        validation.rule = { list: { inCellDropDown: true, source: `=${d.source}` } };
        validation.prompt = { showPrompt: true, title: d.words?.promptTitle ?? "Choose or type", message: d.prompt };
        validation.errorAlert = {
          showAlert: true,
          style: d.strict ? "Stop" : "Information",
          title: d.words?.alertTitle ?? "Not in the list",
          message:
            d.words?.alertMessage ??
            (d.strict
              ? "Choose a value from the list."
              : "Not in the rate book's list. Kept as typed: the formulas say if they cannot use it."),
        };
      }
    }
    for (const c of plan.charts) {
      const chart = sheet.charts.add(c.kind, sheet.getRange(c.source), c.seriesBy);
      chart.title.text = c.title;
      chart.setPosition(c.from, c.to);
      // The value axis in the cells' format (30.00%, -$0.90), not the raw 0.3 and -0.9.
      if (c.axisFormat && features.chartAxisFormat && c.kind !== "Pie" && c.kind !== "Doughnut")
        chart.axes.valueAxis.numberFormat = c.axisFormat;
    }
    if (plan.freezeRows > 0) sheet.freezePanes.freezeRows(plan.freezeRows);
    sheet.activate();
    sheet.getRange("A1").select();
    await sync();
    return { sheetName, syncs };
  } catch (error) {
    // Excel applies a failed batch up to the failing call, so the new sheet usually exists: remove it.
    let rolledBack = false;
    try {
      sheet.delete();
      await sync();
      rolledBack = true;
    } catch {
      rolledBack = false;
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new TemplateInsertError(
      `Could not insert "${plan.sheetName}": ${reason}${rolledBack ? " The half-made sheet was removed." : ""}`,
      rolledBack,
    );
  }
}
