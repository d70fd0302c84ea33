/**
 * The Excel-free preview: a workbook on the left (computed by the formula engine with every TIKTOK.*
 * function) and the real task pane on the right, talking to the workbook through the same host
 * interface it uses inside Excel. `?lang=de` stands in for Office's display language (a language
 * chosen in the pane's Settings still wins, as in Excel).
 */
import { renderApp } from "../taskpane/app";
import { applyLanguage, startLanguage } from "../taskpane/language";
import { paneText } from "../taskpane/messages";
import { storagePrefs } from "../taskpane/prefs";
import { renderGrid } from "./grid";
import { PreviewWorkbook } from "./previewHost";
import { cycleRegionsWithF6, rememberingRegion } from "./regions";

const book = new PreviewWorkbook();
const w = window as unknown as { tiktokEconomicsPreview?: PreviewWorkbook };
w.tiktokEconomicsPreview = book;

async function start(): Promise<void> {
  const gridRoot = document.getElementById("workbook");
  const paneRoot = document.getElementById("main");
  const workbookPane = document.querySelector<HTMLElement>(".workbook-pane");
  const taskPane = document.querySelector<HTMLElement>(".taskpane-frame");
  if (!gridRoot || !paneRoot || !workbookPane || !taskPane) return;
  const prefs = storagePrefs();
  const displayLanguage = new URLSearchParams(location.search).get("lang") ?? navigator.language;
  // The words first: the grid's controls and the pane are made in the language they will speak.
  await applyLanguage(startLanguage(prefs, displayLanguage));
  const banner = document.querySelector(".preview-banner");
  if (banner) banner.textContent = paneText().preview.banner("HyperFormula, GPL-3.0");
  const grid = renderGrid(gridRoot, book);
  // The workbook has the focus first in the preview; the pane's welcome waits for F6 or a click.
  renderApp(paneRoot, book.host(), { prefs, displayLanguage, focusOnStart: false });
  // F6 / Shift+F6 between the workbook (its grid) and the task pane, as in Office.
  cycleRegionsWithF6(document, [
    { element: workbookPane, focus: () => grid.focus() },
    rememberingRegion(taskPane, '[role="tab"][aria-selected="true"]'),
  ]);
}

void start();
