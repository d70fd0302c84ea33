/**
 * Task pane entry: waits for Office, then renders the pane. Outside Office (a plain browser, the
 * preview) Office.onReady resolves with no host, and the pane says what needs Excel.
 */
import { RATE_BOOK_VERSION } from "../core/rates";

function render(host: Office.HostType | null): void {
  const main = document.getElementById("main");
  if (!main) return;
  const inExcel = host === Office.HostType.Excel;
  main.innerHTML = "";
  const intro = document.createElement("p");
  intro.textContent = inExcel
    ? 'Type =TIKTOK.SHOPFEE(20,"US") into any cell, or insert a ready-made scenario sheet.'
    : "Open this add-in in Excel (or the preview: npm run preview) to insert sheets; the calculator below works anywhere.";
  const version = document.createElement("p");
  version.className = "ratebook";
  version.textContent = `Rate book ${RATE_BOOK_VERSION.label}`;
  main.append(intro, version);
}

Office.onReady((info) => render(info.host ?? null));
