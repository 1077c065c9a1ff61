// Small SVG charts for the supervisor page: horizontal stacked bars (shares of a total) and grouped bars.
// Colours come from CSS classes (s-<series>), labels are SVG text nodes, every bar has a <title> tooltip.

import { el } from "./dom.js";

const NS = "http://www.w3.org/2000/svg";
const WIDTH = 640;
const LABEL_W = 170;
const VALUE_W = 70;
const ROW_H = 24;
const BAR_H = 15;
const BAR_W = WIDTH - LABEL_W - VALUE_W;

function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(NS, tag);
  for (const [key, value] of Object.entries(attrs)) if (value !== null && value !== undefined) node.setAttribute(key, value);
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function root(height, ariaLabel) {
  return svg("svg", { viewBox: `0 0 ${WIDTH} ${height}`, role: "img", "aria-label": ariaLabel, preserveAspectRatio: "xMinYMin meet" });
}

/** A row label, shortened to fit, the full text in a tooltip. */
function rowLabel(text, y) {
  const short = text.length > 26 ? `${text.slice(0, 25)}…` : text;
  return svg("text", { x: LABEL_W - 8, y, "text-anchor": "end", "dominant-baseline": "middle" }, svg("title", {}, text), short);
}

/** An HTML legend: [{cls, label}] */
export function legend(series) {
  return el("ul", { class: "legend" }, series.map((s) => el("li", {}, el("span", { class: `swatch ${s.cls}`, "aria-hidden": "true" }), s.label)));
}

/**
 * rows: [{label, total, parts: [{cls, label, value}], totalText}] — each bar is 100% of its total, split by parts.
 * Returns the <svg>.
 */
export function stackedBars(rows, ariaLabel, formatShare) {
  const height = rows.length * ROW_H + 8;
  const chart = root(height, ariaLabel);
  rows.forEach((row, i) => {
    const y = 4 + i * ROW_H;
    const mid = y + ROW_H / 2;
    chart.append(rowLabel(row.label, mid));
    chart.append(svg("rect", { x: LABEL_W, y: mid - BAR_H / 2, width: BAR_W, height: BAR_H, fill: "none", class: "axis" }));
    let x = LABEL_W;
    for (const part of row.parts) {
      if (!row.total || part.value <= 0) continue;
      const width = (part.value / row.total) * BAR_W;
      chart.append(svg("rect", { x: x.toFixed(2), y: mid - BAR_H / 2, width: width.toFixed(2), height: BAR_H, class: part.cls },
        svg("title", {}, `${row.label} — ${part.label} : ${part.value} (${formatShare(part.value / row.total)})`)));
      x += width;
    }
    chart.append(svg("text", { x: LABEL_W + BAR_W + 6, y: mid, "dominant-baseline": "middle" }, row.totalText));
  });
  return chart;
}

/**
 * groups: [{label, bars: [{cls, label, value|null, text}]}] — bars side by side per group, scaled to the largest value.
 */
export function groupedBars(groups, ariaLabel) {
  const perGroup = Math.max(1, ...groups.map((g) => g.bars.length));
  const groupH = perGroup * (BAR_H + 3) + 10;
  const height = groups.length * groupH + 8;
  const max = Math.max(0, ...groups.flatMap((g) => g.bars.map((b) => b.value || 0)));
  const chart = root(height, ariaLabel);
  groups.forEach((group, i) => {
    const top = 4 + i * groupH;
    chart.append(rowLabel(group.label, top + groupH / 2 - 4));
    group.bars.forEach((bar, j) => {
      const y = top + j * (BAR_H + 3);
      const width = max > 0 && bar.value ? (bar.value / max) * (BAR_W - 30) : 0; // room left for the value
      if (width > 0) {
        chart.append(svg("rect", { x: LABEL_W, y, width: width.toFixed(2), height: BAR_H, class: bar.cls },
          svg("title", {}, `${group.label} — ${bar.label} : ${bar.text}`)));
      }
      chart.append(svg("text", { x: LABEL_W + width + 6, y: y + BAR_H / 2, "dominant-baseline": "middle" }, `${bar.label} ${bar.text}`));
    });
  });
  return chart;
}
