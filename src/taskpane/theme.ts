/**
 * The pane follows the Office theme (Office.context.officeTheme): the body and control colours
 * Office reports become CSS variables, and a dark theme (Black, Dark Gray) switches the rest of the
 * palette (borders, muted text, accent) through `data-theme="dark"` in taskpane.css. Outside Office
 * the page follows the browser's light or dark preference instead (a media query in the CSS).
 */
export type ThemeName = "light" | "dark" | "colorful";

export interface OfficeThemeColors {
  readonly bodyBackgroundColor?: string;
  readonly bodyForegroundColor?: string;
  readonly controlBackgroundColor?: string;
  readonly controlForegroundColor?: string;
  readonly isDarkTheme?: boolean;
  readonly themeId?: unknown;
}

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** Relative luminance (WCAG 2) of a #rgb or #rrggbb colour. */
export function luminance(hex: string): number {
  const h = hex.length === 4 ? [...hex.slice(1)].map((c) => c + c).join("") : hex.slice(1);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(h.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Which palette a reported theme needs; Office versions without isDarkTheme are judged by the body colour. */
export function themeName(t: OfficeThemeColors): ThemeName {
  const body = t.bodyBackgroundColor && HEX.test(t.bodyBackgroundColor) ? t.bodyBackgroundColor : null;
  const dark = t.isDarkTheme ?? (body !== null && luminance(body) < 0.2);
  if (dark) return "dark";
  return typeof t.themeId === "string" && /colorful/i.test(t.themeId) ? "colorful" : "light";
}

/** Sets the theme's CSS variables on the page; colours that are not plain hex are ignored. */
export function applyOfficeTheme(
  t: OfficeThemeColors | undefined,
  root: HTMLElement = document.documentElement,
): ThemeName {
  if (!t) return "light";
  const name = themeName(t);
  root.dataset.theme = name;
  const vars: [string, string | undefined][] = [
    ["--surface", t.bodyBackgroundColor],
    ["--text", t.bodyForegroundColor],
    ["--control-bg", t.controlBackgroundColor],
    ["--control-text", t.controlForegroundColor],
  ];
  for (const [name, value] of vars) if (value && HEX.test(value)) root.style.setProperty(name, value);
  return name;
}

/** Applies the current Office theme and follows later changes where the host reports them. */
export function followOfficeTheme(): void {
  const office = typeof Office === "undefined" ? undefined : Office;
  const current = office?.context?.officeTheme as OfficeThemeColors | undefined;
  applyOfficeTheme(current);
  try {
    office?.context?.document?.addHandlerAsync?.(
      Office.EventType.OfficeThemeChanged,
      (args: { officeTheme?: OfficeThemeColors }) => applyOfficeTheme(args.officeTheme),
    );
  } catch {
    // Hosts without the event keep the theme the pane opened with.
  }
}
