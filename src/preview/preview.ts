/**
 * The Excel-free preview: a workbook on the left (computed by the formula engine with every TIKTOK.*
 * function) and the real task pane on the right, talking to the workbook through the same host
 * interface it uses inside Excel.
 */
import { renderApp } from "../taskpane/app";
import { renderGrid } from "./grid";
import { PreviewWorkbook } from "./previewHost";

const book = new PreviewWorkbook();
const w = window as unknown as { tiktokEconomicsPreview?: PreviewWorkbook };
w.tiktokEconomicsPreview = book;

const gridRoot = document.getElementById("workbook");
const paneRoot = document.getElementById("main");
if (gridRoot && paneRoot) {
  renderGrid(gridRoot, book);
  renderApp(paneRoot, book.host());
}
