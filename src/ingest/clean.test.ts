/**
 * cleanText as a whole: what a pasted report keeps, what it loses, and that kept text is never altered.
 * The seed reports are read from examples/ (the product's bundled example), never from ../shared.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { packagePath } from "../util/paths.js";
import { cleanText } from "./clean.js";
import { headlineOf, inferOutlet } from "./outlet.js";

const seed = (prefix: string): string => {
  const dir = packagePath("examples");
  const file = readdirSync(dir).find((f) => f.startsWith(prefix) && f.endsWith(".txt"));
  assert.ok(file, `examples/ has no ${prefix}… report`);
  return readFileSync(`${dir}/${file}`, "utf8");
};

/** The boilerplate lines an analyst strikes from the seed reports (as ../shared/acceptance/seeds.expect.mjs names them). */
const SEED_BOILERPLATE = /^(Advert|Topics:.*|If you would like to donate.*|\(With inputs from.*|\(At The Quint.*|or more|PREMIUM|Subscribe To Our Daily Newsletter.*)$/;
const squash = (t: string): string => t.replace(/\s+/g, "");
const nonBlankLines = (t: string): string[] => t.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

describe("cleaning the seed reports", () => {
  for (const prefix of ["000", "003"]) {
    it(`keeps every line of reporting in report ${prefix} and drops its boilerplate`, () => {
      const raw = seed(prefix);
      const { text } = cleanText(raw);
      const kept = squash(text);
      for (const line of nonBlankLines(raw)) {
        if (SEED_BOILERPLATE.test(line)) assert.ok(!nonBlankLines(text).includes(line), `boilerplate kept: ${line}`);
        else assert.ok(kept.includes(squash(line)), `reporting lost: ${line}`);
      }
    });
  }
  it("records each removal of report 000 with its rule: three ad markers, the donation plea, the topic list", () => {
    const rules = cleanText(seed("000")).removed.map((r) => r.rule);
    assert.deepEqual(rules, ["advert", "advert", "advert", "donation", "topics"]);
  });
  it("turns '(With inputs from ABC News and CNN.)' in report 003 into credits, and finds The Quint and the headline", () => {
    const r = cleanText(seed("003"));
    assert.deepEqual(r.credits, ["ABC News", "CNN"]);
    assert.ok(!r.text.includes("With inputs from"));
    assert.equal(inferOutlet(r.text, r.removed), "The Quint");
    assert.equal(headlineOf(r.text), "Talks Underway on Belarus Border Between Ukraine and Russia as War Continues");
    assert.ok(r.text.startsWith("Talks Underway on Belarus Border"));
  });
});

describe("cleanText folds whitespace and never edits what it keeps", () => {
  it("normalises CRLF line endings, trims lines and folds runs of blank lines to one", () => {
    const r = cleanText("Talks Underway in Gomel\r\n\r\n\r\n   The meeting began at noon, officials said.  \r\n\r\n\r\nBoth sides want a deal, a negotiator said.\r\n");
    assert.equal(r.text, "Talks Underway in Gomel\n\nThe meeting began at noon, officials said.\n\nBoth sides want a deal, a negotiator said.");
  });
  it("keeps quotes, typos and odd spacing inside a line exactly as pasted", () => {
    const line = "\"As every hour of conflict brings new casualties... But those agreements should be for the benefit of both sides.\"Vladimir Medinsky";
    const misspelt = "Vladimir Medinksy, the head of the Russian delegation  and an aide to Putin said that they wanted to reach some agreements.";
    const r = cleanText(`${misspelt}\n${line}`);
    assert.equal(r.text, `${misspelt}\n${line}`);
  });
  it("keeps a plain-text report's headline as its first line", () => {
    const r = cleanText("Russia Puts Nuclear Forces on Alert\nAdvert\nPresident Vladimir Putin ordered the country's nuclear deterrent forces on alert on Sunday, the Kremlin said.");
    assert.equal(nonBlankLines(r.text)[0], "Russia Puts Nuclear Forces on Alert");
  });
  it("gives every removed line back with the rule that removed it, and loses no other text", () => {
    const raw = "Share this article\nThe ministry said 210 civilians had died.\nAdvertisement\nThe toll could rise, it added.\n© 2022 Example News";
    const r = cleanText(raw);
    assert.deepEqual(r.removed.map((x) => x.rule), ["share", "advert", "copyright"]);
    const back = [...nonBlankLines(r.text), ...r.removed.flatMap((x) => x.text.split("\n"))];
    assert.deepEqual(back.sort(), nonBlankLines(raw).sort());
  });
  it("with findBody false (an HTML extractor's body) runs only the phrase rules, leaving short lines the statistics would judge", () => {
    const body = "Home\nWorld\nThe ministry said 210 civilians had died since the invasion began four days ago, and that children were among them.\nAdvert\nThe toll could rise, it added, as shelling of residential areas continued overnight in several cities.\nMarkets\nSport";
    const r = cleanText(body, { findBody: false });
    assert.deepEqual(r.removed.map((x) => x.rule), ["navigation", "advert"]);
    assert.ok(r.text.includes("World") && r.text.endsWith("Markets\nSport"));
    assert.ok(!cleanText(body).text.includes("Markets"));
  });
  it("returns empty text for empty input", () => {
    assert.deepEqual(cleanText(" \n\n "), { text: "", removed: [], credits: [] });
  });
});
