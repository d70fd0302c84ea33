/**
 * Office's F6: the focus moves from one region of the window to the next (here the workbook and
 * the task pane), Shift+F6 the other way; each region takes the focus where it is best used.
 */

export interface Region {
  /** The region's element: the focus is in the region when it is inside it. */
  readonly element: HTMLElement;
  /** Puts the focus in the region. */
  focus(): void;
}

/** The region after (or, going back, before) `current`, round the end; the first when the focus is in none (-1). */
export function nextRegion(current: number, count: number, back: boolean): number {
  if (current < 0) return back ? count - 1 : 0;
  return (current + (back ? count - 1 : 1)) % count;
}

/**
 * A region that takes the focus back where it was last in it, else at its first element matching
 * `start` (the pane's selected tab), else at its first focusable element.
 */
export function rememberingRegion(element: HTMLElement, start: string): Region {
  let last: HTMLElement | null = null;
  element.addEventListener("focusin", (e) => {
    if (e.target instanceof HTMLElement) last = e.target;
  });
  const focusable = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';
  return {
    element,
    focus: () => {
      const usable = (el: HTMLElement | null) =>
        el && el.isConnected && element.contains(el) && !el.closest("[hidden]");
      const target = [
        last,
        element.querySelector<HTMLElement>(start),
        element.querySelector<HTMLElement>(focusable),
      ].find(usable);
      target?.focus();
    },
  };
}

/** F6 and Shift+F6 anywhere on the page move the focus between the regions. */
export function cycleRegionsWithF6(doc: Document, regions: readonly Region[]): void {
  doc.addEventListener("keydown", (e) => {
    if (e.key !== "F6" || e.ctrlKey || e.altKey || e.metaKey || e.defaultPrevented) return;
    e.preventDefault();
    const active = doc.activeElement;
    const current = regions.findIndex((r) => active !== null && r.element.contains(active));
    regions[nextRegion(current, regions.length, e.shiftKey)].focus();
  });
}
