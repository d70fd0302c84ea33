/**
 * Task pane entry. Inside Excel the pane writes through Office.js; in a plain browser Office.onReady
 * gives no host and inserting explains what is needed. (The preview page renders the same pane with
 * its own host: src/preview/preview.ts.)
 */
import { startApp } from "./app";
import { excelHost, noHost } from "./host";
import { officePrefs, storagePrefs } from "./prefs";
import { followOfficeTheme } from "./theme";

Office.onReady((info) => {
  const root = document.getElementById("main");
  if (!root) return;
  followOfficeTheme();
  const inExcel = info.host === Office.HostType.Excel;
  const host = inExcel ? excelHost : noHost;
  // Preferences follow the person: Office's storage inside Excel, the browser's outside.
  const prefs = inExcel ? officePrefs(Office.context) : storagePrefs();
  // Office's UI language; outside Excel (a browser, the tests) `?lang=` or the browser's stands in.
  const displayLanguage = inExcel
    ? Office.context.displayLanguage
    : (new URLSearchParams(location.search).get("lang") ?? navigator.language);
  void startApp(root, host, { prefs, displayLanguage });
});
