import { escapeHtml } from "./dom.js";

const HEAT = ["#eef4fa", "#c6dbef", "#6baed6", "#2171b5", "#08306b"];
const MAX_CELL = 72;
const LABEL_ROOM = 110;

/**
 * The chart of an element, created on first use. SVG rather than canvas: labels stay real text
 * that can be read, selected and found by assistive tools and tests.
 */
export function chartFor(element) {
  const echarts = window.echarts;
  if (!echarts) throw new Error("the chart library did not load (/vendor/echarts.min.js)");
  let chart = echarts.getInstanceByDom(element);
  if (!chart) {
    chart = echarts.init(element, null, { renderer: "svg" });
    new ResizeObserver(() => chart.resize()).observe(element);
  }
  return chart;
}

/** Draws nothing but a message in the chart's box, so an empty chart never looks like a broken one. */
export function showEmpty(chart, message) {
  chart.clear();
  chart.setOption({
    title: { text: message, left: "center", top: "middle", textStyle: { fontSize: 14, fontWeight: "normal", color: "#5b6775" } },
  });
}

/**
 * A heat map of cells `{ value: [x, y, v], ... }` over category axes. Numbers are printed in the
 * cells while there is room for them.
 */
export function heatmapOption({ x, y, cells, max, format, tooltip, width, height }) {
  return {
    animation: false,
    tooltip: { confine: true, formatter: (p) => tooltip(p.data) },
    // A few bodies should not make cells the size of the whole chart; labels take roughly
    // LABEL_ROOM, and echarts keeps them inside the box anyway.
    grid: {
      left: 4,
      top: 34,
      right: Math.max(12, width - LABEL_ROOM - x.length * MAX_CELL),
      bottom: Math.max(4, height - 34 - LABEL_ROOM - y.length * MAX_CELL),
    },
    xAxis: { type: "category", data: x, axisLabel: { rotate: 40, interval: 0, fontSize: 11 }, splitArea: { show: true } },
    yAxis: { type: "category", data: y, inverse: true, axisLabel: { interval: 0, fontSize: 11 }, splitArea: { show: true } },
    visualMap: {
      min: 0,
      max: Math.max(max, Number.EPSILON),
      orient: "horizontal",
      right: 8,
      top: 0,
      itemHeight: 140,
      itemWidth: 12,
      calculable: false,
      hoverLink: false,
      text: [format(max), "0"],
      inRange: { color: HEAT },
    },
    series: [
      {
        type: "heatmap",
        data: cells,
        label: { show: x.length * y.length <= 256, fontSize: 10, formatter: (p) => format(p.value[2]) },
        emphasis: { itemStyle: { borderColor: "#1d2733", borderWidth: 1 } },
      },
    ],
  };
}

/** Tooltip lines: a bold first line, then plain ones; every piece escaped. */
export function tooltipLines(title, ...lines) {
  return [`<strong>${escapeHtml(title)}</strong>`, ...lines.filter(Boolean).map(escapeHtml)].join("<br>");
}
