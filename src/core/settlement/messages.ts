/**
 * The settlement reader's English messages (reading an export's cells, finding its header, layout,
 * language and market; saved Open API responses). Part of the one catalog (src/core/messages.ts's
 * MessageKey covers them, and every language translates them), but kept here so that only the pane
 * and the CLI, which read files, load them: the function path (EXPECTEDFEE) never says them, and
 * functions.js stays within its budget. The reader's modules import `message` from here, which
 * registers these sentences first.
 */
import { EN, message, registerMessages } from "../messages";

export const SETTLEMENT_EN = {
  // SETTLEMENT FILES: reading an export's cells, finding its header, layout, language and market
  // (src/core/settlement: values.ts, layouts.ts, marketContext.ts, reconcile.ts, orders.ts).
  "settlement.amountNotFinite": (p: { column: string; value: string }) =>
    `${p.column} holds ${p.value}, not an amount.`,
  "settlement.amountWrongType": (p: { column: string; what: string }) => `${p.column} holds ${p.what}, not an amount.`,
  "settlement.amountAmbiguousDot": (p: { column: string; text: string }) =>
    `${p.column} holds "${p.text}": the dot could separate thousands (1.250 = 1,250) or decimals. Export the file again with plain numbers, or open it in Excel and save the sheet.`,
  "settlement.amountNotNumber": (p: { column: string; text: string }) =>
    `${p.column} holds "${p.text}", which is not an amount.`,
  "settlement.dateInvalid": (p: { column: string }) => `${p.column} holds an invalid date.`,
  "settlement.dateWrongType": (p: { column: string; what: string }) => `${p.column} holds ${p.what}, not a date.`,
  "settlement.dateNotDate": (p: { column: string; text: string }) =>
    `${p.column} holds "${p.text}", which is not a date.`,
  "settlement.dateNotCalendar": (p: { column: string; text: string }) =>
    `${p.column} holds "${p.text}", which is not a calendar date.`,
  "settlement.dateNumberNotDate": (p: { column: string; value: string }) =>
    `${p.column} holds ${p.value}, which is not a date.`,
  "settlement.notKnownLayout": (p: { rows: number; looked: string; found: string }) =>
    `Not a TikTok Shop settlement export this add-in knows. Looked in the first ${p.rows} rows for a header with ${p.looked}. Found: ${p.found}.`,
  // Column mappings of files no dictionary knows (mapping.ts, suggestMapping.ts).
  "settlement.mappingNotJson": (p: { reason: string }) => `The column mapping is not valid JSON: ${p.reason}.`,
  "settlement.mappingFormat": (p: { format: string; version: number; found: string }) =>
    `Not a column mapping: expected "format": "${p.format}" and "version": ${p.version} with a "header" list and a "columns" object; found ${p.found}.`,
  "settlement.mappingUnknownKey": (p: { key: string; keys: string }) =>
    `The column mapping names "${p.key}", which is not one of: ${p.keys}. Correct or remove it.`,
  "settlement.mappingColumnMissing": (p: { key: string; column: string }) =>
    `The column mapping gives ${p.key} the column "${p.column}", which is not in its header: use a column name as the file writes it.`,
  "settlement.mappingDuplicate": (p: { column: string; first: string; second: string }) =>
    `The column mapping gives the column "${p.column}" to both ${p.first} and ${p.second}: give each column to one key.`,
  "settlement.mappingBadKind": (p: { value: string; kind: string; kinds: string }) =>
    `The column mapping says the type value "${p.value}" is ${p.kind}: say which of ${p.kinds} it is.`,
  "settlement.mappingNotConfirmed": () =>
    'The column mapping is not confirmed, so it is not used: check each column, then set "confirmed": true.',
  "settlement.mappingNeedsKeys": (p: { layout: string; keys: string }) =>
    `The column mapping reads the file as ${p.layout} but names no column for ${p.keys}: add them.`,
  "settlement.mappingHeaderNotFound": (p: { rows: number; cells: string }) =>
    `The file does not have the column mapping's header (${p.cells}…) in its first ${p.rows} rows: the mapping is for another file.`,
  "settlement.foundNothing": () => "no text in the first rows",
  "settlement.foundRow": (p: { row: number; cells: string }) => `row ${p.row} reads ${p.cells}`,
  "settlement.foundRowMore": (p: { row: number; cells: string; more: number }) =>
    `row ${p.row} reads ${p.cells} and ${p.more} more`,
  "settlement.mixedLanguages": (p: {
    row: number;
    first: string;
    firstCells: string;
    second: string;
    secondCells: string;
  }) =>
    `The header on row ${p.row} mixes two Seller Center languages: ${p.first} (${p.firstCells}) and ${p.second} (${p.secondCells}). Export the file again from Seller Center in one language, with its columns as TikTok names them.`,
  "settlement.ambiguousLayout": (p: { row: number; layouts: string }) =>
    `The header on row ${p.row} fits two layouts equally (${p.layouts}), so it is read as neither: reconcile the export as Seller Center wrote it, without added or renamed columns.`,
  "settlement.orderExportGiven": () =>
    "This is the order export (OrderSKUList), not a settlement: reconcile the Income, statement or unsettled export and give the order export as the orders file.",
  "settlement.noDataRows": (p: { layout: string; row: number }) =>
    `The ${p.layout} has a header (row ${p.row}) but no data rows.`,
  "settlement.ordersNotOrderExport": (p: { layout: string }) =>
    `The orders file is a ${p.layout}, not the order export (OrderSKUList).`,
  "settlement.currencyUnknown": (p: { code: string }) =>
    `The file's currency ${p.code} is not one of a TikTok Shop market this add-in knows: give the market.`,
  "settlement.currencyShared": (p: { code: string; markets: string; example: string }) =>
    `The file is in ${p.code}, used by ${p.markets}: name the market (e.g. --market ${p.example}).`,
  "settlement.marketsRemain": (p: { markets: string; example: string }) =>
    `The file's currency, name and fee columns leave ${p.markets}: name the market (e.g. --market ${p.example}).`,
  "settlement.noMarket": () =>
    "The file names no currency: give the market (e.g. --market US); neither its name nor its fee columns tell it.",

  // The CLI's reasons a file cannot be read (src/cli/reconcile.ts); reason: the parser's own words.
  "file.notFound": (p: { file: string }) => `${p.file}: no such file.`,
  "file.isFolder": (p: { file: string }) => `${p.file} is a folder, not a file.`,
  "file.empty": (p: { file: string }) => `${p.file} is empty (0 bytes).`,
  "file.notWorkbook": (p: { file: string }) => `${p.file} is not an Excel workbook (no xlsx signature).`,
  "file.binary": (p: { file: string }) => `${p.file} is a binary file, not CSV text or an xlsx workbook.`,
  "file.notCsv": (p: { file: string; reason: string }) => `${p.file} cannot be read as CSV: ${p.reason}`,
  "file.noWorksheets": (p: { file: string }) => `${p.file} has no worksheets.`,
  "file.damagedWorkbook": (p: { file: string; reason: string }) =>
    `${p.file} cannot be read as an xlsx workbook (damaged or truncated?): ${p.reason}`,
  "file.unreadable": (p: { file: string; code: string }) => `${p.file}: cannot be read (${p.code}).`,
  "file.notReconciled": (p: { file: string; reason: string }) => `${p.file}: cannot be reconciled: ${p.reason}`,
  "file.sheetNotFound": (p: { sheet: string; file: string; sheets: string }) =>
    `--sheet "${p.sheet}" is not in ${p.file} (sheets: ${p.sheets}).`,

  // A layout's title (Layout.title in layouts.ts, English, also the CLI's identifier of the layout):
  // as the pane and the reconciliation sheet show it. Each language says the titles it knows.
  "settlement.layoutTitle": (p: { title: string }) => p.title,
  // What a file read through the user's column mapping is called instead of a layout's title.
  "settlement.mappedLayoutTitle": () => "Your column mapping",
  // Why a line is not checked (line.ts): an adjustment row (type, and its reason from the file or
  // ""), or a row in another currency than the market's.
  "settlement.skipAdjustment": (p: { type: string; why: string }) =>
    `${p.type}${p.why ? ` (${p.why})` : ""}: adjustments are not checked against the rate book`,
  "settlement.skipCurrency": (p: { currency: string; market: string; expected: string }) =>
    `currency ${p.currency} is not ${p.market}'s ${p.expected}`,
  "settlement.noModelledFee": () => "the file has no fee column this add-in models",
  // Why a fee is not modelled (price.ts); kind is the rate book's fee kind.
  "settlement.noCreatedDate": () => "the order has no created date to pick the rates in force",
  "settlement.rateNotInBook": (p: { kind: string; market: string }) => `the rate book has no ${p.kind} for ${p.market}`,
  "settlement.rateBeforeBook": (p: { kind: string; market: string; first: string; date: string }) =>
    `no ${p.kind} rate for ${p.market} before ${p.first}: the rate book starts there (order date ${p.date})`,
  "settlement.noRuleInForce": (p: { kind: string; date: string }) => `no ${p.kind} in force on ${p.date}`,
  "settlement.nothingChargedWaiver": (p: { kind: string; date: string }) =>
    `nothing was charged, and no ${p.kind} rate of the book on ${p.date} is 0 %: a new-seller or programme waiver is not in the rate book`,
  // The category a charge was priced by, where the file names none (categoryLabel.ts). Category
  // names are the rate book's keys and stay as they are.
  "settlement.categoryDefault": () => "default",
  "settlement.categoryWithVat": (p: { category: string }) => `${p.category} (incl. VAT)`,
  "settlement.categoryNoneFitsAtDefault": () => "none fits (expected at the default rate)",
  "settlement.categoryNothingChargedAtDefault": () => "nothing charged (expected at the default rate)",
  "settlement.categoryNoneFitsNearest": (p: { nearest: string }) => `none fits (nearest: ${p.nearest})`,
  "settlement.categoryNothingCharged": () => "nothing charged",

  // Saved Open API finance responses read as a settlement (src/core/settlement/openApi.ts).
  "openApi.unknownShape": (p: { found: string }) =>
    `Not a saved TikTok Shop Open API statement-transactions response: expected {"code": 0, "data": {"transactions": […]}} from GET /finance/202309 or /finance/202501/statements/{statement_id}/statement_transactions, its "data" object, or an array of them (one per page). Found ${p.found}.`,
  "openApi.apiError": (p: { code: string; text: string }) =>
    `The saved response is an API error (code ${p.code}${p.text ? `: ${p.text}` : ""}), not statement transactions: request the page again and save the answer that has "data".`,
  "openApi.statementsList": () =>
    "This is the list of statements (GET /finance/…/statements), not a statement's transactions: save the statement_transactions response of each statement and reconcile those.",
  "openApi.perOrder": () =>
    "Per-order statement transactions (sku_transactions) are not read yet: save the statement_transactions response of the order's statement instead.",
  "openApi.noTransactions": () => "The saved responses hold no transactions: nothing to reconcile.",
  "openApi.mixedVersions": (p: { first: string; second: string }) =>
    `The responses mix two shapes of transaction (${p.first} and ${p.second}): reconcile each version's responses on their own.`,
  "openApi.unknownTransaction": (p: { found: string }) =>
    `The transactions have no fields of a version this add-in reads (202309 flat amounts such as "fee_amount", 202501 breakdowns such as "fee_tax_breakdown", or unsettled "est_settlement_amount"): the first has ${p.found}.`,
  "openApi.notJson": (p: { file: string; reason: string }) => `${p.file} is not valid JSON: ${p.reason}.`,
} as const;

registerMessages(SETTLEMENT_EN);

export { message };

/** Every English message, the function path's and the reader's: what each language translates. */
export const ALL_EN = { ...EN, ...SETTLEMENT_EN } as const;
