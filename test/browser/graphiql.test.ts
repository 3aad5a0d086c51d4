import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app.js";
import { PROJECT_ROOT } from "../../src/config/config.js";
import { startTestApi } from "../e2e/api/start-test-api.js";
import { launchChromium, type Chromium } from "./chromium.js";

const OUTPUT = path.join(PROJECT_ROOT, "test-output");
const SCREENSHOT = path.join(OUTPUT, "graphiql.png");

// GraphiQL at /graphql, served with its React from this server, against the real API and graph.
describe("the GraphQL IDE", () => {
  let app: App | undefined;
  let chromium: Chromium | undefined;

  beforeAll(async () => {
    app = await startTestApi({ NODE_ENV: "production" });
    chromium = await launchChromium();
  });

  afterAll(async () => {
    await chromium?.close();
    await app?.stop();
  });

  /** A fresh tab that records console errors, uncaught exceptions and requests to any other host. */
  async function openIde(search = ""): Promise<{ page: Page; errors: string[]; foreign: string[] }> {
    const page = await chromium!.context.newPage();
    const errors: string[] = [];
    const foreign: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("request", (request) => {
      if (!request.url().startsWith(app!.api.url) && !request.url().startsWith("data:")) foreign.push(request.url());
    });
    await page.goto(`${app!.api.url}/graphql${search}`);
    await page.locator(".graphiql-container").waitFor();
    return { page, errors, foreign };
  }

  async function typeQuery(page: Page, text: string): Promise<void> {
    await page.locator(".graphiql-query-editor .CodeMirror").first().click();
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Delete");
    await page.keyboard.type(text);
  }

  function result(page: Page): Promise<string> {
    return page.locator(".graphiql-response .CodeMirror-code").innerText();
  }

  it("completes field names, offline, from this server alone", async () => {
    const { page, errors, foreign } = await openIde();
    // The schema arrives by introspection; completion needs it.
    await page.locator(".graphiql-sidebar button[aria-label='Show Documentation Explorer']").waitFor();
    await typeQuery(page, "{ bod");
    const hint = page.locator(".CodeMirror-hints .CodeMirror-hint", { hasText: "bodyProfile" });
    await hint.waitFor({ timeout: 20_000 });
    expect(await hint.count()).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("opens the docs explorer on an analytics field", async () => {
    const { page, errors } = await openIde();
    await page.locator("button[aria-label='Show Documentation Explorer']").click();
    await page.locator(".graphiql-doc-explorer-type-name", { hasText: /^Query$/ }).first().click();
    const field = page.locator(".graphiql-doc-explorer-field-name", { hasText: /^topicActivity$/ });
    await field.first().waitFor();
    await field.first().click();
    await page.locator(".graphiql-doc-explorer-title", { hasText: "topicActivity" }).waitFor();
    expect(await page.locator(".graphiql-doc-explorer-content").innerText()).toContain("granularity");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("runs an example against the real graph", async () => {
    const { page, errors } = await openIde();
    // FG DLT's lineage is in the reference graph: concluded, under TSAG's auspices, established in 2017-05.
    await page.getByRole("button", { name: "Focus group lineage: proposed, established, produced" }).click();
    await page.waitForFunction(() => document.querySelector(".graphiql-response .CodeMirror-code")?.textContent?.includes("CONCLUDED"), null, {
      timeout: 30_000,
    });
    const text = await result(page);
    expect(text).toContain('"focusGroupLineage"');
    expect(text).toContain('"ITU-T FG DLT"');
    expect(text).toContain('"ITU-T TSAG"');
    expect(text).not.toContain('"errors"');
    mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    // The README's picture is refreshed on request only: a test run leaves the checkout as it was.
    if (process.env.UPDATE_DOC_IMAGES === "1") copyFileSync(SCREENSHOT, path.join(PROJECT_ROOT, "docs", "images", "graphiql.png"));
    expect(errors).toEqual([]);
    await page.close();
  });

  it("opens a shared ?query= link with that query and its result", async () => {
    const query = '{ focusGroups(where: { id: { eq: "ITU-T FG DLT" } }) { id name } }';
    const { page, errors } = await openIde(`?query=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => document.querySelector(".graphiql-response .CodeMirror-code")?.textContent?.includes("ITU-T FG DLT"), null, {
      timeout: 30_000,
    });
    expect(await page.locator(".graphiql-query-editor .CodeMirror-code").innerText()).toContain("focusGroups");
    expect(await result(page)).toContain('"name"');
    expect(errors).toEqual([]);
    await page.close();
  });

  it("keeps the result pane usable on a phone", async () => {
    const query = '{ focusGroups(where: { id: { eq: "ITU-T FG DLT" } }) { id name } }';
    const page = await chromium!.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${app!.api.url}/graphql?query=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => document.querySelector(".graphiql-response .CodeMirror-code")?.textContent?.includes("ITU-T FG DLT"), null, {
      timeout: 30_000,
    });
    const box = await page.locator(".graphiql-response").boundingBox();
    expect(box!.width).toBeGreaterThan(280);
    expect(box!.height).toBeGreaterThan(200);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(OUTPUT, "graphiql-phone.png") });
    await page.close();
  });
});
