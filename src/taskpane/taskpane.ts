/**
 * Task pane entry. Inside Excel the pane writes through Office.js; in a plain browser Office.onReady
 * gives no host and inserting explains what is needed. (The preview page renders the same pane with
 * its own host: src/preview/preview.ts.)
 */
import { renderApp } from "./app";
import { excelHost, noHost } from "./host";
import { officePrefs, storagePrefs } from "./prefs";
import { followOfficeTheme } from "./theme";

Office.onReady((info) => {
  const root = document.getElementById("main");
  if (!root) return;
  followOfficeTheme();
  const host = info.host === Office.HostType.Excel ? excelHost : noHost;
  // Preferences follow the person: Office's storage inside Excel, the browser's outside.
  const prefs = info.host === Office.HostType.Excel ? officePrefs(Office.context) : storagePrefs();
  renderApp(root, host, { prefs });
});
