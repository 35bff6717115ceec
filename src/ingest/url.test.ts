import { test } from "node:test";
import assert from "node:assert/strict";
import { dateFromUrl, outletFromUrl } from "./url.js";
import { buildDocument } from "./document.js";

const today = new Date("2026-11-21T12:00:00Z");

test("a news URL's /yyyy/mm/dd/ path gives the publication date", () => {
  assert.equal(dateFromUrl("http://gothamist.com/2013/03/11/dozens_riot_over_nypds_fatal_shooti.php", today), "2013-03-11");
  assert.equal(dateFromUrl("https://www.essence.com/2013/03/17/riots-erupt-following-death/", today), "2013-03-17");
});

test("compact and hyphenated dates in a path count too; a bare year-month or an article number does not", () => {
  assert.equal(dateFromUrl("https://example.org/news/20220227/missiles-from-belarus", today), "2022-02-27");
  assert.equal(dateFromUrl("https://example.org/world/2022-02-28-talks-in-gomel", today), "2022-02-28");
  assert.equal(dateFromUrl("http://beforeitsnews.com/blogging/2013/03/riot-breaks-out-2446148.html", today), undefined);
  assert.equal(dateFromUrl("http://www.dailymail.co.uk/news/article-2291941/Brooklyn-riot.html", today), undefined);
});

test("impossible or future dates in a path are not publication dates", () => {
  assert.equal(dateFromUrl("https://example.org/2013/02/30/x", today), undefined);
  assert.equal(dateFromUrl("https://example.org/2031/01/05/x", today), undefined);
});

test("the outlet of a URL is the known outlet its domain spells, else the bare domain", () => {
  assert.equal(outletFromUrl("http://www.dailymail.co.uk/news/article-1/x.html", ["Daily Mail", "Reuters"]), "Daily Mail");
  assert.equal(outletFromUrl("https://www.theguardian.com/world/2022/feb/27/x", ["The Guardian"]), "The Guardian");
  assert.equal(outletFromUrl("http://gothamist.com/2013/03/11/x.php", ["Daily Mail"]), "gothamist.com");
  assert.equal(outletFromUrl("http://127.0.0.1/x"), undefined);
});

test("a domain may spell an outlet by the initials of its first words: nytimes, nydailynews, wsj", () => {
  const known = ["The New York Times", "New York Daily News", "The Wall Street Journal", "The Times"];
  assert.equal(outletFromUrl("https://www.nytimes.com/2013/03/14/nyregion/x.html", known), "The New York Times");
  assert.equal(outletFromUrl("http://www.nydailynews.com/new-york/x", known), "New York Daily News");
  assert.equal(outletFromUrl("https://www.wsj.com/articles/x", known), "The Wall Street Journal");
});

test("a pasted report that opens with its URL keeps the URL as metadata, not as its headline or text", async () => {
  const body = [
    "http://gothamist.com/2013/03/11/dozens_riot_over_nypds_fatal_shooti.php",
    "Dozens Riot Over NYPD's Fatal Shooting Of Brooklyn Teen",
    "Dozens of people took to the streets of East Flatbush after a vigil for a 16-year-old shot by police on Saturday.",
  ].join("\n");
  const { doc } = await buildDocument({ source: "r.txt", kind: "text", body, meta: {} }, { today });
  assert.equal(doc.url, "http://gothamist.com/2013/03/11/dozens_riot_over_nypds_fatal_shooti.php");
  assert.equal(doc.title, "Dozens Riot Over NYPD's Fatal Shooting Of Brooklyn Teen");
  assert.equal(doc.outlet, "gothamist.com");
  assert.equal(doc.published, "2013-03-11");
  assert.equal(doc.publishedFrom, "text");
  assert.ok(!doc.text.includes("http://"));
  assert.deepEqual(doc.removed.map((r) => r.rule), ["url-line"]);
});

test("a URL given with the input dates the report when the page gives no date, as metadata", async () => {
  const body = "Riot police fired tear gas at protesters in the capital on Saturday, witnesses said.";
  const { doc } = await buildDocument({ source: "r.jsonl:1", kind: "text", body, meta: { url: "https://example.org/2008/12/13/athens" } }, { today });
  assert.equal(doc.published, "2008-12-13");
  assert.equal(doc.publishedFrom, "metadata");
});
