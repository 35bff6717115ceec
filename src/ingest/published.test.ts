import { test } from "node:test";
import assert from "node:assert/strict";
import { capitalisedNames, dateFromText, yearFromContext } from "./published.js";
import { yearFromWeekday } from "../nlp/time/calendar.js";

const today = new Date("2026-11-21T12:00:00Z");

test("'Monday, 28 February' fixes the year: the most recent year, not after today, when 28 February was a Monday", () => {
  assert.equal(yearFromWeekday(28, 2, 1, today), 2022);
  assert.deepEqual(dateFromText("As the invasion entered its fifth day, on Monday, 28 February, talks were held.", today)?.date, "2022-02-28");
});

test("a weekday date in the future of 'today' is not taken", () => {
  // 28 February 2027 is a Sunday, but it lies after today: the most recent Sunday 28 February is 2021.
  assert.equal(yearFromWeekday(28, 2, 0, today), 2021);
});

test("the American order 'Monday, February 28' works too", () => {
  assert.equal(dateFromText("Officials met on Monday, February 28 in Gomel.", today)?.date, "2022-02-28");
});

test("'earlier today, February 27' fixes day and month but leaves the year to context", () => {
  const found = dateFromText("The agreement was made earlier today, February 27. It was decided that the parties would meet.", today);
  assert.equal(found?.date, undefined);
  assert.deepEqual([found?.month, found?.day], [1, 27]);
});

test("a full date on a 'Published' line dates the report", () => {
  assert.equal(dateFromText("Storm hits coast\nPublished 14 March 2021\nThe storm made landfall at dawn.", today)?.date, "2021-03-14");
});

test("a full date at the top beats a weekday date deeper in the text", () => {
  assert.equal(dateFromText("March 3, 2023 — The council voted. The vote followed talks on Monday, 27 February.", today)?.date, "2023-03-03");
});

test("a report with no date in its words gives nothing", () => {
  assert.equal(dateFromText("The council voted to close the road.", today), undefined);
});

test("the year comes from the report that names the same people and places", () => {
  const names = capitalisedNames("Zelensky met Lukashenko near the Pripyat River in Belarus.");
  const others = [
    { names: capitalisedNames("Talks with Zelensky in Belarus, Lukashenko said."), date: "2022-02-28" },
    { names: capitalisedNames("The Super Bowl was played in Los Angeles."), date: "2019-02-03" },
  ];
  assert.equal(yearFromContext({ month: 1, day: 27 }, names, others), 2022);
});

test("no year is borrowed from reports that share no names", () => {
  assert.equal(yearFromContext({ month: 1, day: 27 }, capitalisedNames("Zelensky met Lukashenko."), [{ names: capitalisedNames("Flooding in Jakarta."), date: "2020-01-01" }]), undefined);
});

test("a date stamp line that cleaning removed ('Published: 27 February 2022') dates the report", () => {
  assert.equal(dateFromText("Russian missiles struck the capital overnight, officials said.", today, ["Published: 27 February 2022"])?.date, "2022-02-27");
});

test("a full date deep inside the lead sentence is what the report is about, not when it was published", () => {
  const lead = "Brian Nichols was sentenced on Saturday to life without parole for the crimes he committed on March 11, 2005, that stunned Atlanta.";
  assert.equal(dateFromText(lead, today), undefined);
  assert.equal(dateFromText("ATLANTA, Dec. 13, 2008 (AP) — Brian Nichols was sentenced on Saturday.", today)?.date, "2008-12-13");
  // …unless it names its weekday: news of the week
  assert.equal(dateFromText("Fresh riots were reported in Greece on Saturday December 13 2008 in protest at the killing of a boy.", today)?.date, "2008-12-13");
});
