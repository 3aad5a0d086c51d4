import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/config.js";
import { launchChromium, type Chromium } from "./chromium.js";

const SAVED_QUERY = path.join(PROJECT_ROOT, "cypher", "queries", "search.cypher");
const STYLE = path.join(PROJECT_ROOT, "cypher", "browser", "style.grass");
const GRAPH_VIEW = path.join(PROJECT_ROOT, "cypher", "browser", "neighbourhood.cypher");

// Analysts open the saved queries of cypher/queries and the style of cypher/browser in Neo4j
// Browser: this does it the way they would, in the Browser the local test Neo4j serves.
describe("Neo4j Browser on the test database", () => {
  const browserUrl = inject("neo4jBrowserUrl");
  const boltUri = new URL(inject("neo4jUri"));
  const password = inject("neo4jPassword");
  let chromium: Chromium | undefined;
  let page: Page;

  beforeAll(async () => {
    if (!browserUrl) {
      throw new Error(
        "No Neo4j Browser for this run: the project's local test Neo4j serves one. With NEO4J_URI set, " +
          "also set NEO4J_BROWSER_URL to that server's Browser (e.g. http://host:7474/browser/).",
      );
    }
    chromium = await launchChromium();
    // Browser asks for web fonts on the internet; the tests stay on this machine.
    const local = new URL(browserUrl).host;
    await chromium.context.route((url) => url.host !== local, (route) => route.abort());
    page = await chromium.context.newPage();
    await connect(page, browserUrl, boltUri, password);
  });

  afterAll(async () => {
    await chromium?.close();
  });

  it("runs the saved search query after its :param lines", async () => {
    const text = readFileSync(SAVED_QUERY, "utf8");
    const params = text.match(/:param\s+\w+\s*=>\s*(?:"[^"]*"|\[[^\]]*\]|\S+)/g) ?? [];
    expect(params.length, "search.cypher documents its :param lines").toBeGreaterThan(0);
    for (const param of params) {
      await run(page, param);
      await frameFor(page, param).getByText(/"\w+": /).first().waitFor();
    }
    // The whole file, comments included, as an analyst would paste it.
    await run(page, text);

    const result = frameFor(page, "entity_text");
    await result.getByText(/Started streaming \d+ records?/).waitFor();
    const shown = await result.innerText();
    expect(shown).toContain('"ITU-T FG DLT"');
    expect(shown).toContain('"FocusGroup"');
  });

  it("takes the project's style as a dropped .grass file", async () => {
    const grass = readFileSync(STYLE, "utf8");
    const files = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], "style.grass"));
      return transfer;
    }, grass);
    for (const type of ["dragenter", "dragover", "drop"]) await page.dispatchEvent(".filedrop", type, { dataTransfer: files });
    // Browser shows the style it now uses in a :style frame.
    const style = frameFor(page, ":style");
    await style.getByText("node.StudyGroup").waitFor();
    expect(await style.innerText()).toMatch(/node\.StudyGroup \{[^}]*color: #0072B2;[^}]*caption: "\{id\}";/);

    await run(page, 'MATCH (g:StudyGroup {id: "ITU-T SG17"})-[r:ACTIVE_IN]->(p) RETURN g, r, p');
    const graph = frameFor(page, "ACTIVE_IN");
    // Captions by id for study groups: the node reads "ITU-T SG17", not its long name.
    await graph.locator("svg text", { hasText: "ITU-T SG17" }).first().waitFor();
  });

  it("draws a graph from a view of cypher/browser, run after its :param lines", async () => {
    const text = readFileSync(GRAPH_VIEW, "utf8");
    const params = text.match(/:param\s+\w+\s*=>\s*(?:"[^"]*"|\[[^\]]*\]|\S+)/g) ?? [];
    expect(params.map((p) => p.split(/\s+/)[1])).toEqual(["id", "limit", "access"]);
    for (const param of params) {
      await run(page, param);
      await frameFor(page, param).getByText(/"\w+": /).first().waitFor();
    }
    await run(page, text);
    // Browser shows a graph, not a table of maps: nodes and relationships drawn in the frame's SVG.
    const graph = frameFor(page, text);
    await graph.locator("svg g.node").nth(3).waitFor();
    // One relationship per neighbour at least (study periods, Questions, topics, ...).
    expect(await graph.locator("svg g.relationship").count()).toBeGreaterThanOrEqual(3);
    // The study group itself, captioned by its id (the style above).
    await graph.locator("svg text", { hasText: "ITU-T SG17" }).first().waitFor();
  });
});

async function connect(page: Page, browserUrl: string, bolt: URL, password: string): Promise<void> {
  await page.goto(browserUrl);
  await page.getByTestId("bolt-scheme-select").selectOption(`${bolt.protocol}//`);
  await page.getByTestId("boltaddress").fill(bolt.host);
  if (password) {
    await page.getByTestId("authenticationMethod").selectOption({ label: "Username / Password" });
    await page.getByTestId("username").fill(process.env.NEO4J_USERNAME ?? "neo4j");
    await page.getByTestId("password").fill(password);
  } else {
    await page.getByTestId("authenticationMethod").selectOption({ label: "No authentication" });
  }
  await page.getByTestId("connect").click();
  await page.getByText("Connected to Neo4j").waitFor();
}

async function run(page: Page, command: string): Promise<void> {
  await page.getByTestId("activeEditor").click();
  // insertText, not typing: the editor would auto-close quotes and brackets and pop up completions.
  await page.keyboard.insertText(command);
  await page.keyboard.press("Control+Enter");
}

function frameFor(page: Page, command: string) {
  return page.getByTestId("frame").filter({ has: page.getByTestId("frameCommand").filter({ hasText: command.slice(0, 40) }) });
}
