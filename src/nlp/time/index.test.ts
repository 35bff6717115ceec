// Time expressions in news, normalized against an injected publication date.
// Fixtures are invented sentences, or short excerpts of the two seed reports (../shared/corpus/seeds) where noted.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractTimes, yearFromWeekday } from "./index.js";
import type { TimeMention } from "../../types.js";

/** The time expressions of a text, with no sentence split (the extractor falls back to its own window). */
const times = (text: string, published?: string, zone?: string): TimeMention[] =>
  extractTimes(text, [], { docId: "d", published, zoneOf: zone ? () => zone : undefined });

/** The one expression whose text matches `re`. */
function only(list: TimeMention[], re: RegExp): TimeMention {
  const found = list.filter((t) => re.test(t.value.text));
  assert.equal(found.length, 1, `expected one expression matching ${re}, got ${JSON.stringify(list.map((t) => t.value.text))}`);
  return found[0];
}

// --- weekdays and tense ---

test("resolves 'on Monday' in past-tense reporting to the most recent Monday on or before the publication date", () => {
  const t = only(times("Ukraine on Monday called for an immediate ceasefire.", "2022-03-02"), /Monday/);
  assert.equal(t.value.start, "2022-02-28");
  assert.equal(t.value.precision, "day");
  assert.equal(t.kind, "date");
});

test("resolves a weekday in future-tense reporting to the next such day", () => {
  const t = only(times("The delegations will meet again on Thursday in Brest.", "2022-03-01"), /Thursday/);
  assert.equal(t.value.start, "2022-03-03");
});

test("reads a weekday named on the day of publication as that very day", () => {
  const t = only(times("The court ruled Friday that the law stands.", "1998-02-13"), /Friday/);
  assert.equal(t.value.start, "1998-02-13");
});

test("keeps 'last Friday' in the week before even when the report is from a Friday", () => {
  const t = only(times("The deal was signed last Friday.", "1998-02-13"), /Friday/);
  assert.equal(t.value.start, "1998-02-06");
});

test("dates 'Monday, 28 February' from the seed report without reading the year from chrono's guess", () => {
  // seed 003 (The Quint, 28 Feb 2022)
  const t = only(times("As the Russian invasion of Ukraine entered its fifth day, on Monday, 28 February, talks were held.", "2022-02-28"), /28 February/);
  assert.equal(t.value.start, "2022-02-28");
  assert.equal(t.value.inferred, false);
});

test("does not read 'February 27' as the year 2027 (chrono's en-GB trap)", () => {
  const t = only(times("an agreement made earlier today, February 27.", "2022-02-27"), /February 27/);
  assert.equal(t.value.start, "2022-02-27");
  assert.equal(t.value.precision, "day");
});

test("gives the day of the year-less 'February 27' as XXXX-02-27 when no publication date is known", () => {
  const list = times("The talks began on February 27 and resumed on Monday.");
  const t = only(list, /February 27/);
  assert.equal(t.value.start, "XXXX-02-27");
  assert.equal(t.value.timex, "XXXX-02-27");
  assert.equal(only(list, /Monday/).value.timex, "XXXX-WXX-1");
});

test("gives a month named without a year the year the tense points to", () => {
  const past = only(times("The company changed its auditors in December.", "1998-03-04"), /December/);
  assert.equal(past.value.timex, "1997-12");
  const future = only(times("Collins will be named commander for a mission in December.", "1998-03-04"), /December/);
  assert.equal(future.value.timex, "1998-12");
});

test("resolves 'the following month' and 'later that year' against the month and year the report last named", () => {
  const list = times("The factory closed in March 1996. The following month, workers protested. Later that year it reopened.", "1999-05-01");
  assert.equal(only(list, /following month/).value.timex, "1996-04");
  assert.equal(only(list, /that year/).value.timex, "1996");
});

test("yearFromWeekday finds the latest year, not after today, in which 28 February was a Monday", () => {
  assert.equal(yearFromWeekday(28, 2, 1, new Date("2022-03-05T00:00:00Z")), 2022);
  assert.equal(yearFromWeekday(28, 2, 1, new Date("2022-02-27T00:00:00Z")), 2011);
  assert.equal(yearFromWeekday(31, 2, 1, new Date("2022-02-27T00:00:00Z")), undefined);
});

// --- relative dates ---

test("resolves 'four days ago' against the publication date as a stated day", () => {
  // seed 000 (27 Feb 2022)
  const t = only(times("at least 210 Ukrainian civilians have died since the invasion first began four days ago", "2022-02-27"), /four days ago/);
  assert.equal(t.value.start, "2022-02-23");
  assert.equal(t.value.precision, "day");
  assert.equal(t.value.inferred, false);
});

test("keeps the grain of the unit: 'two months ago' is a month, 'six weeks ago' a week, 'a decade ago' the year ten years back", () => {
  const list = times("Prices fell two months ago. Talks stalled six weeks ago. The plant closed a decade ago.", "2013-03-22");
  assert.equal(only(list, /two months/).value.timex, "2013-01");
  assert.equal(only(list, /six weeks/).value.timex, "2013-W06");
  assert.equal(only(list, /decade/).value.timex, "2003");
});

test("reads 'today', 'yesterday', 'last week', 'this year' and 'next month' from the publication date", () => {
  const list = times("Officials said today that the strike, which began yesterday, follows protests last week. This year's budget is due next month.", "2013-03-22");
  assert.equal(only(list, /^today$/).value.start, "2013-03-22");
  assert.equal(only(list, /yesterday/).value.start, "2013-03-21");
  assert.equal(only(list, /last week/).value.timex, "2013-W11");
  assert.equal(only(list, /this year/i).value.timex, "2013");
  assert.equal(only(list, /next month/).value.timex, "2013-04");
});

test("reads 'tonight' and 'this morning' as parts of the publication day", () => {
  const list = times("Police cleared the square this morning and will reopen it tonight.", "2013-03-22");
  assert.equal(only(list, /this morning/).value.timex, "2013-03-22TMO");
  assert.equal(only(list, /tonight/).value.timex, "2013-03-22TNI");
});

// --- anaphora ---

test("resolves 'the same day' against the last calendar date named, not the 'a day ago' in between, and marks it inferred", () => {
  // seed 003 (28 Feb 2022)
  const text = "Russia's defence ministry on Monday, 28 February, said its forces are on enhanced combat duty. This was in accordance with President Putin's order a day ago.\nThe same day, dozens of people were killed in Kharkiv.";
  const list = times(text, "2022-02-28");
  assert.equal(only(list, /a day ago/).value.start, "2022-02-27");
  const same = only(list, /same day/i);
  assert.equal(same.value.start, "2022-02-28");
  assert.equal(same.value.inferred, true);
});

test("resolves 'the next day' and 'that morning' from an earlier date in the report", () => {
  const list = times("The ship sank on March 3, 2011. Rescuers arrived the next day. That morning the weather had cleared.", "2011-03-10");
  assert.equal(only(list, /next day/).value.start, "2011-03-04");
  const morning = only(list, /That morning/);
  assert.equal(morning.value.timex, "2011-03-04TMO");
  assert.equal(morning.value.inferred, true);
});

// --- clock times and zones ---

test("takes the explicit GMT of '5.00pm local time (3.00pm GMT)' as one expression at 15:00Z", () => {
  // seed 000 (27 Feb 2022)
  const list = times("At around 5.00pm local time (3.00pm GMT), Iskander missiles were launched from Belarus into Ukraine.", "2022-02-27", "Europe/Kyiv");
  assert.equal(list.length, 1);
  const t = list[0];
  assert.equal(t.value.text, "5.00pm local time (3.00pm GMT)");
  assert.equal(new Date(t.value.start).toISOString(), "2022-02-27T15:00:00.000Z");
  assert.equal(t.kind, "time");
  assert.equal(t.value.precision, "minute");
});

test("gives a bare 'local time' the offset of the sentence's place on that date (summer and winter time)", () => {
  const text = "The blast in Kyiv came at 9.30am local time. A second blast in Warsaw came at 10.15am local time.";
  const sentences = [{ index: 0, start: 0, end: 44 }, { index: 1, start: 45, end: text.length }];
  const zoneOf = (i: number) => ["Europe/Kyiv", "Europe/Warsaw"][i];
  const winter = extractTimes(text, sentences, { docId: "d", published: "2022-02-27", zoneOf });
  assert.deepEqual(winter.map((t) => t.value.start), ["2022-02-27T09:30+02:00", "2022-02-27T10:15+01:00"]);
  const summer = extractTimes(text, sentences, { docId: "d", published: "2022-07-10", zoneOf });
  assert.deepEqual(summer.map((t) => t.value.start), ["2022-07-10T09:30+03:00", "2022-07-10T10:15+02:00"]);
});

test("lets the explicit zone win whichever side of the bracket it is on: '17:00 GMT (20:00 local time)'", () => {
  const list = times("The strike came at 17:00 GMT (20:00 local time).", "2022-02-27", "Europe/Moscow");
  assert.equal(list.length, 1);
  assert.equal(list[0].value.start, "2022-02-27T17:00Z");
});

test("turns a zone named by its city, '10am Moscow time', into that city's offset on the date", () => {
  const t = only(times("Talks start at 10am Moscow time.", "2022-02-27"), /Moscow/);
  assert.equal(t.value.start, "2022-02-27T10:00+03:00");
});

test("keeps a named zone's clock with its offset: '9 a.m. EST'", () => {
  const t = only(times("The deadline passed at 9 a.m. EST on Friday.", "2013-03-22"), /9 a\.m\./);
  assert.equal(t.value.start, "2013-03-22T09:00-05:00");
});

// --- periods: quarters, years, decades, seasons, months ---

test("reads 'the third quarter' in a results report as the latest third quarter, and 'a year earlier' as the same quarter before", () => {
  const list = times("Net income rose 12% in the third quarter. A year earlier, the company lost money.", "1989-10-26");
  assert.equal(only(list, /third quarter/).value.timex, "1989-Q3");
  assert.equal(only(list, /year earlier/).value.timex, "1988-Q3");
});

test("reads a year, a decade, a season and a month with honest precision", () => {
  const list = times("The wall fell in 1989. In the 1990s the city grew. Last fall the plan stalled, and in late November it died.", "1999-03-12");
  const year = only(list, /1989/);
  assert.equal(year.value.precision, "year");
  assert.equal(year.value.start, "1989");
  assert.equal(only(list, /1990s/).value.timex, "199");
  assert.equal(only(list, /fall/).value.timex, "1998-FA");
  const month = only(list, /November/);
  assert.equal(month.value.precision, "month");
  assert.equal(month.value.timex, "1998-11");
});

test("reads years spelled out in broadcast transcripts, but not counts", () => {
  const list = times("It began in nineteen ninety-six, before the year two thousand. Two thousand people marched.", "1998-01-08");
  assert.deepEqual(list.map((t) => t.value.timex), ["1996", "2000"]);
});

test("does not take a count of people for a year", () => {
  assert.equal(times("More than 2000 troops crossed the border.", "2022-02-27").length, 0);
});

// --- durations, sets, vague references, intervals ---

test("reads durations: 'two weeks', 'a decade', 'five-hour', 'its fifth day'", () => {
  const list = times("The siege lasted two weeks after a decade of calm; a five-hour meeting marked the war's fifth day as it entered its fifth day.", "2022-02-28");
  assert.equal(only(list, /two weeks/).value.start, "P2W");
  assert.equal(only(list, /decade/).value.start, "P10Y");
  assert.equal(only(list, /five-hour/).value.start, "PT5H");
  const fifth = only(list, /its fifth day/);
  assert.equal(fifth.kind, "duration");
  assert.equal(fifth.value.start, "P5D");
});

test("reads 'every Monday' and 'daily' as sets", () => {
  const list = times("Protesters gather every Monday and the ministry briefs daily.", "2022-02-28");
  const monday = only(list, /every Monday/);
  assert.equal(monday.kind, "set");
  assert.equal(monday.value.start, "XXXX-WXX-1");
  assert.equal(only(list, /daily/).value.start, "P1D");
});

test("reads 'now', 'recently', 'in the past' and 'the future' as vague references", () => {
  const list = times("The town is now quiet. It was recently shelled, as in the past, and the future is unclear.", "2022-02-28");
  assert.equal(only(list, /now/).value.timex, "PRESENT_REF");
  assert.equal(only(list, /recently/).value.timex, "PAST_REF");
  assert.equal(only(list, /in the past/).value.timex, "PAST_REF");
  assert.equal(only(list, /future/).value.timex, "FUTURE_REF");
});

test("gives 'from Monday to Wednesday' as two endpoint expressions", () => {
  const list = times("The talks will run from Monday to Wednesday.", "2022-02-26");
  assert.deepEqual(list.map((t) => t.value.start), ["2022-02-28", "2022-03-02"]);
});

test("does not read 'as soon as possible' or a newspaper's 'Daily' as times", () => {
  assert.equal(times("They want agreements as soon as possible. Subscribe To Our Daily Newsletter.", "2022-02-28").length, 0);
});

test("gives offsets into the text it was given", () => {
  const text = "Talks resumed on Monday.";
  const t = only(times(text, "2022-03-02"), /Monday/);
  assert.equal(text.slice(t.span.start, t.span.end), "Monday");
  assert.equal(t.span.doc, "d");
});
