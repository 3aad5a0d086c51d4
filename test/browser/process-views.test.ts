import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app.js";
import { PROJECT_ROOT } from "../../src/config/config.js";
import { startTestApi } from "../e2e/api/start-test-api.js";
import { ingestFile } from "../support/ingest.js";
import { useTestGraph } from "../support/neo4j.js";
import { launchChromium, type Chromium } from "./chromium.js";

const OUTPUT = path.join(PROJECT_ROOT, "test-output");
const THREADS = path.join(PROJECT_ROOT, "test", "fixtures", "documents", "threads");
const FIXTURES = [
  "sg15-ls102-yang-otn.txt",
  "ietf-liaison-1650-reply-to-sg15.txt",
  "s5-193456-reply-to-ccamp.txt",
  "sg15-ls140-reply-to-sa5.txt",
  "sg15-ls110-overdue.txt",
  "sg15-ls115-restricted.txt",
];
const IDS = ["sp16-sg15-oLS-00102", "ietf-liaison-1650", "S5-193456", "sp16-sg15-oLS-00140", "sp16-sg15-oLS-00110", "sp16-sg15-oLS-00115"];

// The "Open requests" and "Threads" views against the real API, as an anonymous reader: the
// thread fixtures, in which only SG15's request to IEEE 802.1 was never answered and one request
// is restricted.
describe("the dashboard's open requests and threads", () => {
  const graph = useTestGraph();
  let app: App | undefined;
  let chromium: Chromium | undefined;

  beforeAll(async () => {
    await graph.removeDocuments(IDS);
    for (const file of FIXTURES) await ingestFile(graph.driver, graph.database, path.join(THREADS, file));
    app = await startTestApi({ NODE_ENV: "production" });
    chromium = await launchChromium();
  });

  afterAll(async () => {
    await chromium?.close();
    await app?.stop();
    await graph.removeDocuments(IDS);
  });

  async function openPage(): Promise<{ page: Page; errors: string[] }> {
    const page = await chromium!.context.newPage();
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${app!.api.url}/`);
    return { page, errors };
  }

  it("lists the unanswered request, overdue, and never the restricted one; its thread opens with it", async () => {
    const { page, errors } = await openPage();
    expect(await settled(page, "open-requests")).toBe("ready");
    const rows = page.locator("#open-requests tbody tr");
    const ours = await rows.evaluateAll((trs, ids) =>
      trs
        .map((tr) => Array.from(tr.querySelectorAll("td")).map((td) => (td as HTMLElement).innerText.replace(/\s+/g, " ").trim()))
        .filter((cells) => ids.some((id) => cells[0]?.includes(id))),
    IDS);
    expect(ours.map((cells) => cells.slice(0, 5))).toEqual([
      [
        "LS on time synchronization profiles for bridged networks sp16-sg15-oLS-00110 · 2018-12-14",
        "ITU-T Study Group 15",
        "IEEE 802.1 Higher Layer LAN Protocols Working Group",
        "review",
        "2019-02-28",
      ],
    ]);
    expect(ours[0]?.[5]).toMatch(/^\d+ days overdue$/);
    expect(await page.locator('#open-requests tr[data-overdue="true"]', { hasText: "sp16-sg15-oLS-00110" }).count()).toBe(1);

    await page.locator("#open-requests").getByRole("button", { name: "LS on time synchronization profiles for bridged networks" }).click();
    expect(await settled(page, "threads")).toBe("ready");
    expect(await page.locator("#threads ol.thread > li").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-id")))).toEqual([
      "sp16-sg15-oLS-00110",
    ]);
    mkdirSync(OUTPUT, { recursive: true });
    await page.locator("#open-requests").screenshot({ path: path.join(OUTPUT, "open-requests.png") });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("draws a thread across three bodies as a timeline, with its statements listed in date order", async () => {
    const { page, errors } = await openPage();
    await settled(page, "open-requests");
    await page.getByLabel("Statement id").fill("S5-193456");
    await page.getByRole("button", { name: "Show thread" }).click();
    await page.locator("#threads ol.thread > li[data-id='ietf-liaison-1650']").waitFor();
    expect(await settled(page, "threads")).toBe("ready");
    expect(await page.locator("#threads ol.thread > li").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-id")))).toEqual([
      "sp16-sg15-oLS-00102",
      "ietf-liaison-1650",
      "S5-193456",
      "sp16-sg15-oLS-00140",
    ]);
    const chart = await page.evaluate(() => {
      const echarts = (window as unknown as { echarts: { getInstanceByDom(el: Element): { getOption(): Record<string, unknown> } } }).echarts;
      const option = echarts.getInstanceByDom(document.querySelector("#threads .chart")!).getOption() as {
        series: { type: string; data: unknown[] }[];
        yAxis: { data: string[] }[];
      };
      return { rows: option.yAxis[0]?.data, series: option.series.map((s) => [s.type, s.data.length]) };
    });
    expect(chart).toEqual({ rows: ["ITU-T SG15", "IETF CCAMP", "3GPP SA5"], series: [["lines", 3], ["scatter", 4]] });
    await page.locator("#threads svg text", { hasText: "ietf-liaison-1650" }).first().waitFor();
    await page.locator("#threads li[data-id='ietf-liaison-1650']").getByText("asks").waitFor();
    expect(await page.locator("#threads li[data-id='ietf-liaison-1650']").innerText()).toContain("to comment");

    await page.locator("#threads").screenshot({ path: path.join(OUTPUT, "threads.png") });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("says so for a statement that is not there, and fits a phone's width", async () => {
    const { page, errors } = await openPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await settled(page, "open-requests");
    await page.getByLabel("Statement id").fill("sp16-sg15-oLS-00115");
    await page.getByRole("button", { name: "Show thread" }).click();
    await page.locator("#threads .status", { hasText: "There is no liaison statement with the id sp16-sg15-oLS-00115." }).waitFor();
    expect(await page.locator("#threads").getAttribute("data-state")).toBe("empty");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

async function settled(page: Page, id: string): Promise<string | null> {
  const section = page.locator(`#${id}`);
  await page.waitForFunction((element) => element?.dataset.state !== "loading", await section.elementHandle(), { timeout: 30_000 });
  return section.getAttribute("data-state");
}
