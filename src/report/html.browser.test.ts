/**
 * The HTML briefing as a reader meets it: opened from disk in headless Chromium (Debian's `chromium`, driven by
 * playwright-core). Needs /usr/bin/chromium (`apt-get install -y chromium`); without it the tests fail under CI=true
 * and are skipped, with a message, elsewhere.
 */
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { pathToFileURL } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { briefingDossier, EVENTS_IN_TIME_ORDER, SCRIPT_IN_ARTICLE } from "../../test/fixtures/briefing/dossier.js";
import { htmlBriefing } from "./html.js";

const CHROMIUM = "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const missing = !existsSync(CHROMIUM);
const onCi = process.env.CI === "true";
const skip = missing && !onCi ? `${CHROMIUM} is missing: apt-get install -y chromium (required when CI=true)` : false;

describe("the HTML briefing in Chromium", { skip, timeout: 120_000 }, () => {
  let dir: string;
  let context: BrowserContext;
  let page: Page;
  const dialogs: string[] = [];
  const requests: string[] = [];
  const consoleErrors: string[] = [];

  before(async () => {
    if (missing) assert.fail(`${CHROMIUM} is missing: install it with apt-get install -y chromium`);
    dir = mkdtempSync(join(tmpdir(), "dossier-briefing-"));
    const file = join(dir, "briefing.html");
    writeFileSync(file, htmlBriefing(briefingDossier()));
    context = await chromium.launchPersistentContext(join(dir, "profile"), { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1200, height: 800 } });
    page = await context.newPage();
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on("request", (r) => {
      if (!r.url().startsWith("file:")) requests.push(r.url());
    });
    page.on("console", (m) => {
      if (m.type() === "error") consoleErrors.push(m.text());
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
  });

  after(async () => {
    await context?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("loads with nothing fetched and no policy violation (its style sheet applies)", async () => {
    assert.deepEqual(requests, []);
    assert.deepEqual(consoleErrors, []);
    const markBackground = await page.$eval("mark.evidence", (m) => getComputedStyle(m).backgroundColor);
    assert.notEqual(markBackground, "rgba(0, 0, 0, 0)", "the style sheet was allowed by its hash");
  });

  test("the timeline rows appear in time order, top to bottom", async () => {
    const rows = await page.$$eval(".timeline > li", (els) => els.map((el) => ({ id: el.id, top: el.getBoundingClientRect().top, visible: el.getBoundingClientRect().height > 0 })));
    assert.deepEqual(rows.map((r) => r.id), EVENTS_IN_TIME_ORDER.map((id) => `event-${id}`));
    assert.ok(rows.every((r) => r.visible));
    for (let i = 1; i < rows.length; i++) assert.ok(rows[i].top > rows[i - 1].top);
    assert.match(await page.locator("#event-drones time").innerText(), /13 Mar 2023, 01:30 UTC\+02:00/);
  });

  test("the map shows a marker for a place, inside the map, linking to the place's mentions", async () => {
    const map = await page.locator("figure.map svg").boundingBox();
    const marker = page.locator('svg a.place[data-place="kyiv"] circle');
    assert.ok(await marker.isVisible());
    const box = (await marker.boundingBox())!;
    assert.ok(map && box.x > map.x && box.x + box.width < map.x + map.width && box.y > map.y && box.y + box.height < map.y + map.height);
    assert.ok(await page.locator('svg a.place[data-place="kyiv"] text').isVisible());

    await page.locator('svg a.place[data-place="warsaw"]').click();
    assert.equal(await targetId(page), "ent-warsaw");
    assert.ok((await page.locator("#ent-warsaw a.mn").count()) >= 1, "the place's row links to its mentions");
  });

  test("clicking an evidence link targets, shows and highlights the marked sentence in its report", async () => {
    const link = page.locator("#event-talks a.ev").first();
    const href = (await link.getAttribute("href"))!;
    await link.click();
    assert.equal(await targetId(page), href.slice(1));
    const target = page.locator(href);
    assert.equal(await target.evaluate((el) => el.tagName), "MARK");
    assert.equal(await target.innerText(), "Delegations from both governments are set to meet in Warsaw on Thursday.");
    assert.ok(await target.evaluate((el) => el.closest("article") !== null), "the sentence is in its report");
    await waitFor(() => target.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    }), "the sentence scrolls into view");
    const background = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
    const other = await page.locator("mark.evidence:not(:target)").first().evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.notEqual(background, other, ":target highlights the cited sentence");
  });

  test("a <script> in an article's text stays inert, visible text", async () => {
    assert.deepEqual(dialogs, []);
    assert.equal(await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned), undefined);
    assert.equal(await page.locator("script").count(), 0);
    const shown = page.getByText(SCRIPT_IN_ARTICLE, { exact: false });
    assert.equal(await shown.count(), 1);
    assert.ok(await shown.isVisible());
  });
});

/** The id of the element the URL's fragment targets (what CSS :target matches). */
const targetId = (page: Page) => page.evaluate(() => document.querySelector(":target")?.id ?? "");

async function waitFor(check: () => Promise<boolean>, what: string, ms = 3000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) assert.fail(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
