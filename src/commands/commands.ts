/**
 * Ribbon and keyboard actions. The ribbon button opens the task pane through the manifest
 * (ShowTaskpane); this action does the same from an ExecuteFunction or a keyboard shortcut.
 */
Office.onReady(() => {
  Office.actions.associate("ShowTaskpane", () => Office.addin.showAsTaskpane());
});
