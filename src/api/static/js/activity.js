import { chartFor, showEmpty } from "./charts.js";
import { el, entityLink } from "./dom.js";
import { gql } from "./graphql.js";
import { shortName } from "./node-types.js";
import { describeError, isAbort, latestOnly, setState } from "./panel.js";
import { loadTopics, topicName } from "./topics.js";

const DEFAULT_TOPIC = "topic:distributed-ledger-technology";

const TOPIC_QUERY = `query DashboardTopicActivity($topic: ID!, $granularity: Granularity) {
  topicActivity(topic: $topic, granularity: $granularity) {
    topic { id name }
    topics { id name }
    bodies { body { id name type } documentCount }
    timeline { period count }
  }
}`;

const TIMELINE_QUERY = `query DashboardTimeline($granularity: Granularity, $limit: Int) {
  documentTimeline(granularity: $granularity, limit: $limit) {
    body { id name type }
    points { period count }
  }
}`;

const SENDERS = 8;
const RANKED_BODIES = 10;
const UNITS = { YEAR: "year", STUDY_PERIOD: "study period" };

/**
 * Activity over time: documents mentioning the chosen topic per period (with the bodies behind
 * them), and documents sent per period by the busiest bodies. Both charts use one period unit.
 */
export function createActivity(section, { open }) {
  const topicSelect = section.querySelector("#activity-topic");
  const granularity = section.querySelector("#timeline-granularity");
  const topicBox = section.querySelector("#topic-chart");
  const topicCaption = section.querySelector("#topic-chart-caption");
  const ranking = section.querySelector("#topic-bodies");
  const timelineBox = section.querySelector("#timeline-chart");
  const timelineCaption = section.querySelector("#timeline-chart-caption");
  const nextTopic = latestOnly();
  const nextTimeline = latestOnly();
  const pending = new Set();
  const failures = new Map();
  let senders = [];
  let clickable = false;
  let granularityChosen = false;
  let granularitySettled;
  let topicsListed = false;

  topicSelect.addEventListener("change", () => track("topic", loadTopic()));
  granularity.addEventListener("change", () => {
    granularityChosen = true;
    load();
  });

  /** One status line for two charts: loading until both are in, then the first failure, if any. */
  function track(part, promise) {
    pending.add(part);
    failures.delete(part);
    setState(section, "loading", "Loading…");
    return promise
      .catch((error) => {
        if (!isAbort(error)) failures.set(part, error);
      })
      .finally(() => {
        pending.delete(part);
        if (pending.size > 0) return;
        const [failure] = failures.values();
        if (failure) setState(section, "error", describeError(failure));
        else setState(section, "ready");
      });
  }

  async function fillTopics() {
    if (topicsListed) return;
    let topics = [];
    try {
      topics = await loadTopics();
      topicsListed = true;
    } catch {
      // The chart still shows the chosen topic; the list is asked for again on the next load.
    }
    const chosen = topicSelect.value || DEFAULT_TOPIC;
    if (!topics.some((t) => t.id === chosen)) topics = [{ id: chosen, name: topicName(chosen) }, ...topics];
    topicSelect.replaceChildren(...topics.map((t) => new Option(t.name, t.id, false, t.id === chosen)));
  }

  async function loadTopic() {
    const signal = nextTopic();
    await fillTopics();
    const chart = chartFor(topicBox);
    const unit = UNITS[granularity.value];
    const { topicActivity } = await gql(TOPIC_QUERY, { topic: topicSelect.value, granularity: granularity.value }, { signal });
    ranking.replaceChildren();
    if (!topicActivity) {
      showEmpty(chart, "Unknown topic");
      return;
    }
    const { topic, timeline } = topicActivity;
    const narrower = topicActivity.topics.filter((t) => t.id !== topic.id);
    topicCaption.textContent =
      `Documents mentioning ${topic.name}` +
      (narrower.length > 0 ? ` or a narrower topic (${narrower.map((t) => t.name).join(", ")})` : "") +
      `, per ${unit}`;
    if (timeline.length === 0) {
      showEmpty(chart, `No document with a ${unit} mentions ${topic.name} yet`);
    } else {
      chart.clear();
      const periods = continuousPeriods(timeline.map((p) => p.period));
      const counts = new Map(timeline.map((p) => [p.period, p.count]));
      chart.setOption(barOption(periods, [{ name: "Documents", data: periods.map((p) => counts.get(p) ?? 0) }], false, unit));
    }
    topicBox.setAttribute(
      "aria-label",
      `Documents mentioning ${topic.name} per ${unit}: ` + (timeline.map((p) => `${p.period}: ${p.count}`).join(", ") || "none"),
    );
    ranking.replaceChildren(
      ...topicActivity.bodies.slice(0, RANKED_BODIES).map((b) =>
        el("li", {}, entityLink(b.body, shortName(b.body)), ` ${b.documentCount} document${b.documentCount === 1 ? "" : "s"}`),
      ),
    );
  }

  async function loadTimeline() {
    const signal = nextTimeline();
    const chart = chartFor(timelineBox);
    if (!clickable) {
      // A bar opens the body of its series.
      chart.on("click", (p) => senders[p.seriesIndex] && open(senders[p.seriesIndex].id));
      clickable = true;
    }
    let documentTimeline = await timeline(granularity.value, signal);
    // Undated documents still have a study period: rather than empty charts by year, show study
    // periods, unless the reader asked for years.
    if (!granularityChosen && granularity.value === "YEAR" && !documentTimeline.some((s) => s.points.length > 0)) {
      granularity.value = "STUDY_PERIOD";
      documentTimeline = await timeline(granularity.value, signal);
    }
    const unit = UNITS[granularity.value];
    timelineCaption.textContent = `Documents sent per body, per ${unit} (busiest senders)`;
    const periods = continuousPeriods([...new Set(documentTimeline.flatMap((s) => s.points.map((p) => p.period)))]);
    senders = documentTimeline.map((s) => s.body);
    if (periods.length === 0) {
      showEmpty(chart, `No liaison statement with a ${unit} yet`);
      timelineBox.setAttribute("aria-label", `Documents sent per body per ${unit}: none`);
      return;
    }
    const series = documentTimeline.map((s) => {
      const counts = new Map(s.points.map((p) => [p.period, p.count]));
      return { name: shortName(s.body), data: periods.map((p) => counts.get(p) ?? 0), stack: "sent" };
    });
    chart.clear();
    chart.setOption(barOption(periods, series, true, unit));
    timelineBox.setAttribute(
      "aria-label",
      `Documents sent per ${unit} by the ${series.length} busiest bodies: ` +
        documentTimeline.map((s) => `${shortName(s.body)} ${s.points.reduce((n, p) => n + p.count, 0)}`).join(", "),
    );
  }

  function load() {
    const timelineLoaded = track("timeline", loadTimeline());
    // The first timeline settles the period unit; the topic chart then uses the same one.
    granularitySettled ??= timelineLoaded;
    return Promise.all([timelineLoaded, track("topic", granularitySettled.then(loadTopic))]);
  }

  return { load };
}

async function timeline(granularity, signal) {
  return (await gql(TIMELINE_QUERY, { granularity, limit: SENDERS }, { signal })).documentTimeline;
}

/**
 * The periods in order, with the years in between that have no document: a year without
 * statements is a fact the chart must show, not a gap to close. Study periods are left as they are.
 */
export function continuousPeriods(periods) {
  const sorted = [...periods].sort();
  if (sorted.length < 2 || !sorted.every((p) => /^\d{4}$/.test(p))) return sorted;
  const first = Number(sorted[0]);
  const last = Number(sorted[sorted.length - 1]);
  return Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
}

function barOption(periods, series, legend, unit) {
  return {
    animation: false,
    tooltip: { trigger: "axis", confine: true },
    legend: legend ? { type: "scroll", top: 0 } : undefined,
    grid: { left: 8, right: 12, top: legend ? 36 : 24, bottom: 28, containLabel: true },
    xAxis: { type: "category", data: periods, name: unit, nameLocation: "middle", nameGap: 28 },
    yAxis: { type: "value", minInterval: 1, name: "Documents", nameLocation: "end", nameTextStyle: { align: "left" } },
    series: series.map((s) => ({ type: "bar", barMaxWidth: 48, ...s })),
  };
}
