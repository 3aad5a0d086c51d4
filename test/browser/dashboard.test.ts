import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app.js";
import { PROJECT_ROOT } from "../../src/config/config.js";
import { startTestApi } from "../e2e/api/start-test-api.js";
import { FOUNDING_DOCUMENT, FOUNDING_DOCUMENT_ID, ingestFile } from "../support/ingest.js";
import { useTestGraph } from "../support/neo4j.js";
import { launchChromium, type Chromium } from "./chromium.js";

const SCREENSHOT = path.join(PROJECT_ROOT, "test-output", "dashboard.png");
const SECTIONS = ["overlaps", "flows", "activity"] as const;

interface ChartData {
  readonly series: number;
  readonly points: number;
  readonly x: string[];
  readonly y: string[];
}

// The dashboard against the real API and graph: the reference graph plus SG17's founding liaison
// statement, the same data a fresh `npm start` and one ingested document give.
describe("the dashboard", () => {
  const graph = useTestGraph();
  let app: App | undefined;
  let chromium: Chromium | undefined;

  beforeAll(async () => {
    await graph.removeDocuments([FOUNDING_DOCUMENT_ID]);
    await ingestFile(graph.driver, graph.database, FOUNDING_DOCUMENT);
    app = await startTestApi({ NODE_ENV: "production" });
    chromium = await launchChromium();
  });

  afterAll(async () => {
    await chromium?.close();
    await app?.stop();
    await graph.removeDocuments([FOUNDING_DOCUMENT_ID]);
  });

  /** A fresh tab that records every console error and uncaught exception of the page. */
  async function openPage(hash = ""): Promise<{ page: Page; errors: string[] }> {
    const page = await chromium!.context.newPage();
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${app!.api.url}/${hash}`);
    return { page, errors };
  }

  it("loads every chart from the API, with no console errors", async () => {
    const { page, errors } = await openPage();
    for (const id of SECTIONS) expect(await settled(page, id), id).toEqual({ state: "ready", status: "" });

    const overlaps = await chartData(page, "overlaps-chart");
    expect(overlaps.points).toBeGreaterThan(0);
    expect(overlaps.y).toContain("ITU-T SG17");
    // SVG rendering: the labels are text in the page, not pixels.
    await page.locator("#overlaps-chart svg text", { hasText: "ITU-T SG17" }).first().waitFor();

    // The founding document goes from SG17 to TSAG.
    const flows = await chartData(page, "flows-chart");
    expect(flows.points).toBeGreaterThan(0);
    expect(flows.y).toContain("ITU-T SG17");
    expect(flows.x).toContain("ITU-T TSAG");

    const sent = await chartData(page, "timeline-chart");
    expect(sent.series).toBeGreaterThan(0);
    expect(sent.x.length).toBeGreaterThan(0);
    expect(await page.locator("#activity-topic").inputValue()).toBe("topic:distributed-ledger-technology");
    await page.locator("#topic-bodies").getByRole("link", { name: "ITU-T SG17" }).first().waitFor();

    expect(errors).toEqual([]);
    await page.close();
  });

  it("finds blockchain, opens its profile with its neighbourhood, and links to it", async () => {
    const { page, errors } = await openPage();
    await page.getByLabel("Search bodies, topics and documents").fill("blockchain");
    await page.locator("#search-results").getByRole("link", { name: /^blockchain\b/ }).click();

    await page.waitForURL(/#\/entity\/topic:blockchain$/);
    await page.locator("#profile-title", { hasText: /^blockchain$/ }).waitFor();
    expect(await settled(page, "profile")).toEqual({ state: "ready", status: "" });
    expect(Number(await page.locator("#neighbourhood").getAttribute("data-node-count"))).toBeGreaterThan(1);
    // SG17's founding document mentions blockchain.
    await page.locator("#profile-details").getByRole("link", { name: "ITU-T SG17" }).first().waitFor();

    // The URL alone opens a body's profile.
    await page.goto(`${app!.api.url}/#/entity/ITU-T%20SG17`);
    await page.reload();
    expect(await settled(page, "profile")).toEqual({ state: "ready", status: "" });
    expect(await page.locator("#profile-title").innerText()).toBe("ITU-T Study Group 17");
    await page.locator("#profile-details").getByRole("link", { name: "Focus Group on Blockchain" }).first().waitFor();
    expect(Number(await page.locator("#neighbourhood").getAttribute("data-node-count"))).toBeGreaterThan(1);

    expect(errors).toEqual([]);
    await page.close();
  });

  it("says so when the API is unreachable, and recovers on retry", async () => {
    const page = await chromium!.context.newPage();
    await page.route("**/graphql", (route) => route.abort("connectionrefused"));
    await page.goto(`${app!.api.url}/`);
    await page.getByRole("alert").getByText("not reachable").waitFor();
    for (const id of SECTIONS) expect((await settled(page, id)).state, id).toBe("error");

    await page.unroute("**/graphql");
    await page.getByRole("button", { name: "Retry" }).click();
    for (const id of SECTIONS) expect((await settled(page, id)).state, id).toBe("ready");
    expect(await page.locator("#api-banner").isHidden()).toBe(true);
    await page.close();
  });

  it("fits a phone's width", async () => {
    const { page, errors } = await openPage();
    await page.setViewportSize({ width: 390, height: 844 });
    for (const id of SECTIONS) await settled(page, id);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("renders for a screenshot", async () => {
    const { page, errors } = await openPage("#/entity/topic:blockchain");
    for (const id of ["profile", ...SECTIONS]) expect((await settled(page, id)).state, id).toBe("ready");
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** Waits until a section has finished loading and returns its state and status line. */
async function settled(page: Page, id: string): Promise<{ state: string | null; status: string }> {
  const section = page.locator(`#${id}`);
  await page.waitForFunction((element) => element?.dataset.state !== "loading", await section.elementHandle(), { timeout: 30_000 });
  const state = await section.getAttribute("data-state");
  const status = (await section.locator(":scope > .status").innerText()).trim();
  return { state, status: state === "ready" ? "" : status };
}

/** What an echarts chart draws, read from the chart itself. */
function chartData(page: Page, id: string): Promise<ChartData> {
  return page.evaluate((elementId) => {
    const echarts = (window as unknown as { echarts: { getInstanceByDom(el: Element): { getOption(): Record<string, unknown> } } }).echarts;
    const option = echarts.getInstanceByDom(document.getElementById(elementId)!).getOption() as {
      series?: { data?: unknown[] }[];
      xAxis?: { data?: string[] }[];
      yAxis?: { data?: string[] }[];
    };
    const series = option.series ?? [];
    return {
      series: series.length,
      points: series.reduce((n, s) => n + (s.data?.length ?? 0), 0),
      x: option.xAxis?.[0]?.data ?? [],
      y: option.yAxis?.[0]?.data ?? [],
    };
  }, id);
}
