/** How each cell role looks in Excel: inputs in the financial-model convention (blue on yellow). */
import type { CellRole } from "../templates/plan";

export interface RoleStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  readonly color?: string;
  readonly fill?: string;
  readonly topBorder?: boolean;
  readonly bottomBorder?: boolean;
  readonly wrap?: boolean;
}

export const ROLE_STYLES: Record<CellRole, RoleStyle> = {
  title: { bold: true, size: 16, color: "#111111" },
  subtitle: { italic: true, color: "#616161" },
  section: { bold: true, size: 12, color: "#111111", bottomBorder: true },
  header: { bold: true, color: "#FFFFFF", fill: "#1F1F1F" },
  label: { color: "#242424" },
  input: { color: "#0033CC", fill: "#FFF4CE" },
  output: { color: "#242424", fill: "#F5F5F5" },
  total: { bold: true, color: "#111111", fill: "#E8F6F7", topBorder: true },
  note: { italic: true, size: 9, color: "#616161" },
  footer: { size: 9, color: "#616161" },
  // Excel flags cells by their conditional formats; a template may also flag a cell outright.
  flag: { color: "#9C0006", fill: "#FFC7CE" },
};
