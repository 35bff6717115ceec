// How results reports refer back to the quarter they report on. Fixtures are invented sentences.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractTimes } from "./index.js";
import type { TimeMention } from "../../types.js";

const times = (text: string, published?: string): TimeMention[] => extractTimes(text, [], { docId: "d", published });

/** The one expression whose text matches `re`. */
function only(list: TimeMention[], re: RegExp): TimeMention {
  const found = list.filter((t) => re.test(t.value.text));
  assert.equal(found.length, 1, `expected one expression matching ${re}, got ${JSON.stringify(list.map((t) => t.value.text))}`);
  return found[0];
}

test("reads 'the 1988 period' and 'the 1988 quarter' as the quarter being reported, in that year", () => {
  const list = times("Profit rose 9% in the third quarter. In the 1988 period, the maker earned $4 million; in the 1989 quarter it earned $5 million.", "1989-10-26");
  assert.equal(only(list, /1988 period/).value.timex, "1988-Q3");
  assert.equal(only(list, /1989 quarter/).value.timex, "1989-Q3");
  // with no quarter named, "the 1988 period" is the year
  assert.equal(only(times("Sales fell from the 1988 period.", "1989-10-26"), /1988 period/).value.timex, "1988");
});

test("reads 'last year's quarter' and 'the corresponding period last year' as one expression: the same quarter a year before", () => {
  const list = times("The bank lost $2 million in the second quarter, against a profit in the corresponding period last year. Sales for last year's quarter were $3 million.", "1989-08-01");
  assert.equal(only(list, /corresponding period last year/).value.timex, "1988-Q2");
  assert.equal(only(list, /last year's quarter/).value.timex, "1988-Q2");
  assert.equal(list.filter((t) => /^last year$/i.test(t.value.text)).length, 0);
});

test("reads 'the quarter a year ago' as one expression, not as this quarter and a year ago", () => {
  const list = times("The utility earned $9 million in the third quarter. For the quarter a year ago, it earned $7 million.", "1989-10-26");
  assert.equal(only(list, /quarter a year ago/).value.timex, "1988-Q3");
  assert.equal(list.length, 2);
});

test("reads 'the latest period' as the quarter the report named, even a fiscal fourth quarter", () => {
  const list = times("The retailer said profit for its fiscal fourth quarter ended Aug. 26 rose 12%. Sales in the latest period were $1.7 billion.", "1989-11-02");
  assert.equal(only(list, /latest period/).value.timex, "1989-Q4");
});

test("does not let a quarter named in a forecast replace the quarter being reported", () => {
  const list = times("Net income rose 11% in the third quarter. The quake will result in a fourth-quarter charge. Results in the latest quarter were hurt by storms.", "1989-11-02");
  assert.equal(only(list, /latest quarter/).value.timex, "1989-Q3");
});

test("reads 'the fiscal-first quarter' and 'next year's first quarter' as quarters", () => {
  assert.equal(only(times("Profit fell in the fiscal-first quarter.", "1989-10-26"), /quarter/).value.timex, "1989-Q1");
  const next = times("The spin-off could be effective as early as next year's first quarter.", "1989-10-31");
  assert.equal(only(next, /quarter/).value.timex, "1990-Q1");
  assert.equal(next.length, 1);
});

test("reads 'the first two quarters of 1990' as the first half and 'the last half of the '80s' as the decade", () => {
  const list = times("Losses will last through the first two quarters of 1990, after the boom of the last half of the '80s.", "1989-10-26");
  assert.equal(only(list, /two quarters/).value.timex, "1990-H1");
  assert.equal(only(list, /'80s/).value.timex, "198");
  assert.equal(list.length, 2);
});

test("does not read 'the quarter-to-quarter comparison' as a quarter", () => {
  const list = times("Profit rose in the third quarter. The quarter-to-quarter comparison was helped by charges.", "1989-11-01");
  assert.equal(list.filter((t) => /quarter-to/i.test(t.value.text) || t.value.text === "The quarter").length, 0);
});

test("reads 'that quarter' as the quarter named last, and leaves it alone when none was named", () => {
  const list = times("The chain lost money in the second quarter. Results for that quarter included a charge.", "1989-10-27");
  assert.equal(only(list, /that quarter/).value.timex, "1989-Q2");
  assert.equal(times("Results for that quarter included a charge.", "1989-10-27").length, 0);
});

test("keeps the quarter a report leads with when it later names another one in comparison", () => {
  const list = times("The paper maker posted a 20% gain in third-quarter net income. After a flat second quarter, sales recovered. In the 1989 period, taxes were lower than a year ago.", "1989-11-01");
  assert.equal(only(list, /1989 period/).value.timex, "1989-Q3");
  assert.equal(only(list, /a year ago/).value.timex, "1988-Q3");
});

test("lets the quarter being reported replace a quarter of history named before it", () => {
  const list = times("The utility stopped paying a dividend in the third quarter of 1984. It reported second-quarter net of $68 million, up from $61 million a year ago.", "1989-10-27");
  assert.equal(only(list, /a year ago/).value.timex, "1988-Q2");
});

test("reads 'the year-ago third quarter' as one expression, and 'the year-earlier nine months' as a length", () => {
  const list = times("Profit rose in the third quarter. In the year-ago third quarter, it lost money. Net for the year-earlier nine months included a gain.", "1989-10-27");
  assert.equal(only(list, /year-ago third quarter/).value.timex, "1988-Q3");
  assert.equal(only(list, /nine months/).value.timex, "P9M");
  assert.equal(list.length, 3);
});

test("moves to another company's quarter in a roundup ('Separately, X reported third-quarter profit'), but not to a quarter not yet over", () => {
  const roundup = times("The airline's profit soared in the fiscal first quarter. Separately, a rival reported third-quarter profit jumped 45% from a year earlier.", "1989-10-26");
  assert.equal(only(roundup, /a year earlier/).value.timex, "1988-Q3");
  const ahead = times("Net rose in the third quarter. The company has no estimate of the quake's impact on fourth-quarter results. In the latest quarter, claims rose.", "1989-10-30");
  assert.equal(only(ahead, /latest quarter/).value.timex, "1989-Q3");
});
