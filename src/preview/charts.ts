/**
 * The template's charts drawn over the preview grid with chart.js, where Excel places them (the
 * plan's from/to cells). Only the preview bundle imports this: the add-in lets Excel draw charts.
 */
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  DoughnutController,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PieController,
  PointElement,
  Title,
  Tooltip,
} from "chart.js";
import type { EngineValue } from "../engine/workbook";
import type { PlannedChart } from "../templates/plan";
import { type ChartData, chartData } from "./chartData";
import { formatNumber } from "./numberFormat";

Chart.register(
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  DoughnutController,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PieController,
  PointElement,
  Title,
  Tooltip,
);

/** Office's default chart palette, so the preview looks like the chart Excel draws. */
const OFFICE_COLOURS = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47", "#264478", "#9E480E"];

function colour(i: number): string {
  return OFFICE_COLOURS[i % OFFICE_COLOURS.length];
}

export function chartConfig(chart: PlannedChart, data: ChartData): ChartConfiguration {
  const round = chart.kind === "Pie" || chart.kind === "Doughnut";
  const datasets = data.series.map((s, i) => ({
    label: s.name,
    data: s.values,
    backgroundColor: round ? data.categories.map((_, j) => colour(j)) : colour(i),
    borderColor: round ? "#fff" : colour(i),
  }));
  const stacked = chart.kind === "ColumnStacked";
  const horizontal = chart.kind === "BarClustered";
  const shown = (v: unknown) => (typeof v === "number" ? chartValue(v, chart) : String(v));
  const valueAxis = { ticks: { callback: (v: number | string) => shown(v) } };
  const type = round ? (chart.kind === "Pie" ? "pie" : "doughnut") : chart.kind === "Line" ? "line" : "bar";
  return {
    type,
    data: { labels: data.categories, datasets },
    options: {
      // Drawn again on every recalculation: no animation, and a fixed size from the plan's cells.
      animation: false,
      responsive: false,
      indexAxis: horizontal ? "y" : "x",
      plugins: {
        title: { display: true, text: chart.title, font: { size: 14 } },
        tooltip: {
          callbacks: {
            label: (item: { dataset: { label?: string }; parsed: number | { x: number; y: number } }) => {
              const v = typeof item.parsed === "number" ? item.parsed : horizontal ? item.parsed.x : item.parsed.y;
              return `${item.dataset.label ?? ""}: ${shown(v)}`;
            },
          },
        },
        legend: { display: round || datasets.length > 1, position: round ? "right" : "bottom" },
      },
      scales: round
        ? {}
        : {
            // The value axis reads in the cells' format (30.00%, -$0.90), as Excel links it to them.
            x: { stacked, ...(horizontal ? valueAxis : {}) },
            y: { stacked, ...(horizontal ? {} : valueAxis) },
          },
    },
  } as ChartConfiguration;
}

/** A value as the chart shows it: in the axis's number format, or as the cell would show in General. */
export function chartValue(value: number, chart: Pick<PlannedChart, "axisFormat">): string {
  return formatNumber(value, chart.axisFormat);
}

/** What a screen reader hears for the chart: its title and each category with its values. */
export function chartDescription(chart: PlannedChart, data: ChartData): string {
  const points = data.categories.map(
    (c, i) =>
      `${c}: ${data.series.map((s) => (s.values[i] === null ? "no value" : chartValue(s.values[i] as number, chart))).join(", ")}`,
  );
  return `${chart.title}. ${points.join("; ")}`;
}

export interface ChartBox {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** Draws each chart in its box inside `layer`; returns a function that frees them. */
export function drawCharts(
  layer: HTMLElement,
  charts: readonly PlannedChart[],
  values: EngineValue[][],
  boxOf: (chart: PlannedChart) => ChartBox | null,
): () => void {
  const drawn: Chart[] = [];
  charts.forEach((chart, i) => {
    const box = boxOf(chart);
    if (!box) return;
    const data = chartData(values, chart);
    const frame = document.createElement("div");
    frame.className = "chart";
    frame.dataset.chart = String(i);
    frame.dataset.kind = chart.kind;
    frame.style.cssText = `left:${box.left}px;top:${box.top}px;width:${box.width}px;height:${box.height}px`;
    const canvas = document.createElement("canvas");
    canvas.width = box.width - 2;
    canvas.height = box.height - 2;
    canvas.setAttribute("role", "img");
    canvas.setAttribute("aria-label", chartDescription(chart, data));
    frame.append(canvas);
    layer.append(frame);
    const drawnChart = new Chart(canvas, chartConfig(chart, data));
    // What the value axis reads, for assistive technology and tests (the canvas is only pixels).
    const axis = drawnChart.scales[chart.kind === "BarClustered" ? "x" : "y"];
    if (axis) frame.dataset.valueAxis = axis.ticks.map((t) => String(t.label)).join(" | ");
    drawn.push(drawnChart);
  });
  return () => {
    for (const c of drawn) c.destroy();
  };
}
