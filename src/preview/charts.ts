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
  const type = round ? (chart.kind === "Pie" ? "pie" : "doughnut") : chart.kind === "Line" ? "line" : "bar";
  return {
    type,
    data: { labels: data.categories, datasets },
    options: {
      // Drawn again on every recalculation: no animation, and a fixed size from the plan's cells.
      animation: false,
      responsive: false,
      indexAxis: chart.kind === "BarClustered" ? "y" : "x",
      plugins: {
        title: { display: true, text: chart.title, font: { size: 14 } },
        legend: { display: round || datasets.length > 1, position: round ? "right" : "bottom" },
      },
      scales: round ? {} : { x: { stacked }, y: { stacked } },
    },
  } as ChartConfiguration;
}

/** What a screen reader hears for the chart: its title and each category with its values. */
export function chartDescription(chart: PlannedChart, data: ChartData): string {
  const points = data.categories.map(
    (c, i) => `${c}: ${data.series.map((s) => (s.values[i] === null ? "no value" : String(s.values[i]))).join(", ")}`,
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
    drawn.push(new Chart(canvas, chartConfig(chart, data)));
  });
  return () => {
    for (const c of drawn) c.destroy();
  };
}
