import { copyFileSync, mkdirSync } from "node:fs";
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
const FIXTURES = path.join(import.meta.dirname, "fixtures");
// SG17 writes to TSAG and four others, proposing a focus group; TSAG replies without a date.
const STATEMENT = { file: path.join(FIXTURES, "sg17-ls-ledger-security.txt"), id: "sp16-sg17-oLS-00077" };
const REPLY = { file: path.join(FIXTURES, "tsag-reply-ledger-security.txt"), id: "sp16-tsag-oLS-00012" };
// A members-only document (marked TIES): anonymous readers must not get its page.
const RESTRICTED = path.join(PROJECT_ROOT, "test", "fixtures", "documents", "access", "restricted-proposal.txt");

// A liaison statement's page and the neighbourhood graph in the dashboard, on documents ingested
// the way `standards-graph ingest` does, against the real API.
describe("the document page and the neighbourhood graph", () => {
  const graph = useTestGraph();
  let app: App | undefined;
  let chromium: Chromium | undefined;
  let restrictedId = "";

  beforeAll(async () => {
    await graph.removeDocuments([STATEMENT.id, REPLY.id]);
    restrictedId = (await ingestFile(graph.driver, graph.database, RESTRICTED)).documentId;
    expect((await ingestFile(graph.driver, graph.database, STATEMENT.file)).documentId).toBe(STATEMENT.id);
    expect((await ingestFile(graph.driver, graph.database, REPLY.file)).documentId).toBe(REPLY.id);
    app = await startTestApi({ NODE_ENV: "production" });
    chromium = await launchChromium();
  });

  afterAll(async () => {
    await chromium?.close();
    await app?.stop();
    await graph.removeDocuments([STATEMENT.id, REPLY.id, restrictedId]);
  });

  async function openProfile(id: string, state = "ready", viewport?: { width: number; height: number }): Promise<{ page: Page; errors: string[] }> {
    const page = await chromium!.context.newPage();
    if (viewport) await page.setViewportSize(viewport);
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${app!.api.url}/#/entity/${encodeURIComponent(id)}`);
    await page.waitForFunction(() => document.getElementById("profile")?.dataset.state !== "loading", null, { timeout: 60_000 });
    const status = await page.locator("#profile > .status").innerText();
    expect(await page.locator("#profile").getAttribute("data-state"), status).toBe(state);
    return { page, errors };
  }

  it("shows a statement's title, date, sender, recipients with purpose, replies and highlighted evidence", async () => {
    const { page, errors } = await openProfile(STATEMENT.id);
    expect(await page.locator("#profile-title").innerText()).toBe("LS on security guidelines for distributed ledger platforms");
    const facts = page.locator(".document-facts");
    const text = await facts.innerText();
    expect(text).toContain("2018-09-13 (study period 2017-2020)");
    expect(text).toMatch(/For action: ITU-T SG13, ITU-T TSAG/);
    expect(text).toContain("For comment: ITU-T SG20");
    expect(text).toMatch(/For information: ITU-T SG16, IETF|For information: IETF, ITU-T SG16/);
    await facts.getByRole("link", { name: "ITU-T SG17" }).waitFor();
    expect(await facts.getByRole("link", { name: "ITU-T TSAG" }).getAttribute("href")).toBe("#/entity/ITU-T%20TSAG");
    await facts.getByRole("link", { name: REPLY.id }).waitFor();

    // The sentence behind SG17 PROPOSES FG DLT is highlighted, names the relation, and is linked both ways.
    const mark = page.locator("mark.evidence", { hasText: "SG17 proposes the establishment of a Focus Group" });
    expect(await mark.getAttribute("title")).toContain("ITU-T SG17 PROPOSES ITU-T FG DLT");
    await mark.click();
    expect(await page.locator(".evidence-selected").innerText()).toContain("ITU-T SG17 PROPOSES ITU-T FG DLT");
    await page.locator(".relations li.selected", { hasText: "PROPOSES" }).waitFor();

    const row = page.locator(".relations li", { hasText: "ITU-T SG17 PROPOSES ITU-T FG DLT" });
    await page.locator(".evidence-selected").evaluate((element) => element.replaceChildren());
    await row.getByRole("button", { name: "sentence ↓" }).click();
    await page.locator("mark.evidence.selected", { hasText: "SG17 proposes" }).waitFor();
    expect(await page.locator(".evidence-selected").innerText()).toContain("PROPOSES");

    // Long lists are cut with a button that shows the rest, never a dead "and N more".
    const relations = page.locator(".relations > li");
    const total = await relations.count();
    expect(total).toBeGreaterThan(12);
    expect(await page.locator(".relations > li:visible").count()).toBe(12);
    // "sentence ↓" scrolls smoothly; the next click waits until the page stands still.
    await page.waitForFunction(
      () => new Promise((resolve) => {
        const y = window.scrollY;
        setTimeout(() => resolve(window.scrollY === y), 300);
      }),
    );
    await page.locator(".expandable", { has: page.locator(".relations") }).getByRole("button", { name: `Show all ${total}` }).click();
    await expect.poll(() => page.locator(".relations > li:visible").count()).toBe(total);
    expect(await page.locator("#profile").innerText()).not.toMatch(/and \d+ more/);

    mkdirSync(OUTPUT, { recursive: true });
    const shot = path.join(OUTPUT, "document-page.png");
    await page.locator("#profile").screenshot({ path: shot });
    // The README's picture is refreshed on request only: a test run leaves the checkout as it was.
    if (process.env.UPDATE_DOC_IMAGES === "1") copyFileSync(shot, path.join(PROJECT_ROOT, "docs", "images", "document-page.png"));
    expect(errors).toEqual([]);
    await page.close();
  });

  it("says plainly when a statement is dated only by its study period, and links what it answers", async () => {
    const { page, errors } = await openProfile(REPLY.id);
    const facts = page.locator(".document-facts");
    expect(await facts.innerText()).toContain("not given; dated by study period 2017-2020");
    await facts.getByRole("link", { name: STATEMENT.id }).click();
    await page.waitForURL(new RegExp(`#/entity/${STATEMENT.id}$`));
    await page.locator("#profile-title", { hasText: "LS on security guidelines" }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it("fits a phone's width, text and all", async () => {
    const { page, errors } = await openProfile(STATEMENT.id, "ready", { width: 390, height: 844 });
    await page.locator("mark.evidence").first().waitFor();
    // The profile itself: nothing in it reaches past the screen's edge or scrolls sideways.
    const overflow = await page.locator("#profile").evaluate((profile) => ({
      beyondScreen: Math.round(profile.getBoundingClientRect().right - window.innerWidth),
      sideways: profile.scrollWidth - profile.clientWidth,
    }));
    expect(overflow.beyondScreen).toBeLessThanOrEqual(0);
    expect(overflow.sideways).toBeLessThanOrEqual(0);
    const text = await page.locator(".document-text").boundingBox();
    expect(text!.width).toBeGreaterThan(300);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("never shows a restricted statement to an anonymous reader", async () => {
    const rows = await graph.rows<{ access: string }>("MATCH (d:LiaisonStatement {id: $id}) RETURN d.access AS access", { id: restrictedId });
    expect(rows).toEqual([{ access: "restricted" }]);
    const { page, errors } = await openProfile(restrictedId, "empty");
    expect(await page.locator("#profile > .status").innerText()).toContain(`Nothing in the graph has the id “${restrictedId}”`);
    expect(await page.locator(".document-facts").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("lays out a busy neighbourhood with fcose, a show-more control and filters", async () => {
    // The 2017-2020 study period has more study groups than are drawn at first.
    const { page, errors } = await openProfile("2017-2020");
    const box = page.locator("#neighbourhood");
    expect(await box.getAttribute("data-layout")).toBe("fcose");
    const before = Number(await box.getAttribute("data-node-count"));
    expect(before).toBeGreaterThan(5);
    expect(Number(await box.getAttribute("data-more-count"))).toBeGreaterThan(0);

    const more = page.locator(".graph-more button", { hasText: /^Show \d+ more of 2017-2020's neighbours \(Study group\)$/ });
    const hidden = Number(/Show (\d+)/.exec(await more.innerText())![1]);
    await more.click();
    await page.waitForFunction((expected) => document.getElementById("neighbourhood")?.dataset.nodeCount === String(expected), before + hidden);
    expect(Number(await box.getAttribute("data-more-count"))).toBe(0);

    // A click on a node adds its own neighbours in place and offers its page (once the layout,
    // animated after "show more", has put the node where it stays).
    await page.waitForFunction(() => document.getElementById("neighbourhood")?.dataset.layoutState === "done");
    const drawn = Number(await box.getAttribute("data-node-count"));
    // The page's own module instance (the same URL is the same module), asked in the page's words.
    const position = (await page.evaluate(`import("/js/neighbourhood.js").then((m) => m.nodePosition("ITU-T SG17"))`)) as
      | { x: number; y: number }
      | undefined;
    expect(position).toBeDefined();
    await box.click({ position: position! });
    await page.locator(".graph-info").getByRole("link", { name: "Open ITU-T SG17" }).waitFor();
    await page.waitForFunction((count) => Number(document.getElementById("neighbourhood")?.dataset.nodeCount) > count, drawn, { timeout: 30_000 });

    // Hiding study groups leaves the period and its Questions.
    await page.locator(".graph-filters summary").click();
    await page.locator(".graph-filters label", { hasText: "Study group" }).locator("input").uncheck();
    await page.waitForFunction(() => Number(document.getElementById("neighbourhood")?.dataset.nodeCount) < 5);
    await page.locator("#profile").screenshot({ path: path.join(OUTPUT, "neighbourhood.png") });
    expect(errors).toEqual([]);
    await page.close();
  });
});
