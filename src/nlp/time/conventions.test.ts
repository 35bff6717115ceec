// TimeML conventions for the periods, lengths and vague times of news reports. Fixtures are invented sentences.
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
const none = (list: TimeMention[], re: RegExp): void =>
  assert.deepEqual(list.filter((t) => re.test(t.value.text)).map((t) => t.value.text), []);

// --- "the year", "the week" and the ends of periods ---

test("reads 'the year ended March 31' in a results report as a length of one year", () => {
  const t = only(times("The retailer earned $4 million in the year ended March 31.", "2004-06-10"), /the year/);
  assert.equal(t.value.timex, "P1Y");
  assert.equal(t.kind, "duration");
});

test("reads 'for the year' and 'the full year' as the year being reported", () => {
  const list = times("For the year, sales rose 8%. The chain expects a profit for the full year.", "2004-06-10");
  for (const t of list) assert.equal(t.value.timex, "2004");
  assert.equal(list.length, 2);
});

test("reads 'the year' as a past year the report tells a story in, but not as a future target year", () => {
  assert.equal(only(times("The dam broke in 1953. Later in the year, the village was rebuilt.", "2004-06-10"), /in the year/).value.timex, "1953");
  assert.equal(only(times("The group aims to double sales by 2009 and expects growth for the full year.", "2004-06-10"), /full year/).value.timex, "2004");
});

test("reads 'by year-end' as this year and 'since year-end' as the year just closed", () => {
  assert.equal(only(times("The sale should close by year-end.", "2004-06-10"), /year-end/).value.timex, "2004");
  assert.equal(only(times("The index is up 6% since year-end.", "2004-06-10"), /year-end/).value.timex, "2003");
  assert.equal(only(times("Troops should arrive by the end of the month.", "2004-06-10"), /end of the month/).value.timex, "2004-06");
});

test("reads 'the week' and 'later in the day' as the week and the day last named", () => {
  const list = times("Shares fell on Friday, March 5. For the week, the index lost 2%. Later in the day, trading was halted.", "2004-03-08");
  assert.equal(only(list, /the week/).value.timex, "2004-W10");
  assert.equal(only(list, /Later in the day/).value.timex, "2004-03-05");
});

// --- days named with a possessive; titles ---

test("reads 'today's editions' and 'yesterday's vote' as days, but not 'today's world'", () => {
  const list = times("The offer ran in today's editions after yesterday's vote. In today's world, few read print.", "2004-06-10");
  assert.equal(only(list, /^today$/).value.timex, "2004-06-10");
  assert.equal(only(list, /yesterday/).value.timex, "2004-06-09");
  assert.equal(list.length, 2);
});

test("does not read the titles 'USA Today' and ABC's 'This Week' as times", () => {
  const list = times("The poll, published by USA Today, was discussed on ABC's \"This Week\" program.", "2004-06-10");
  assert.deepEqual(list.map((t) => t.value.text), []);
});

// --- lengths of time ---

test("reads 'weeks or months' as one vague length, valued by the first unit", () => {
  const list = times("The victim probably died within weeks or months of the kidnapping.", "2004-06-10");
  assert.equal(only(list, /weeks or months/).value.timex, "PXW");
  assert.equal(list.length, 1);
});

test("reads 'the past two quarters' as a length of two quarters, but not 'three-quarters of' or a list of quarters", () => {
  assert.equal(only(times("The firm lost money in the past two quarters.", "2004-06-10"), /quarters/).value.timex, "P2Q");
  none(times("About three-quarters of the staff voted.", "2004-06-10"), /quarters/);
  none(times("Most sales come in the second and fourth quarters.", "2004-06-10"), /^(?:fourth )?quarters$/);
});

// --- vague references ---

test("reads 'in recent years' as the recent past (PAST_REF) and 'the near term' as the future", () => {
  assert.equal(only(times("Prices have soared in recent years.", "2004-06-10"), /recent years/).value.timex, "PAST_REF");
  assert.equal(only(times("We don't expect relief in the near term.", "2004-06-10"), /near term/).value.timex, "FUTURE_REF");
});

test("reads the 'now' of 'now that' as the present", () => {
  assert.equal(only(times("Trade has slowed now that the port is closed.", "2004-06-10"), /now/).value.timex, "PRESENT_REF");
});

// --- seasons ---

test("reads 'this past spring' and 'over the summer' as the latest such season, and leaves 'the fall of' alone", () => {
  assert.equal(only(times("The plant was closed this past spring.", "2004-10-10"), /spring/).value.timex, "2004-SP");
  assert.equal(only(times("Rivals cut prices over the summer.", "2004-03-10"), /summer/).value.timex, "2003-SU");
  assert.equal(only(times("The company will open stores over the summer.", "2004-03-10"), /summer/).value.timex, "2004-SU");
  none(times("Markets rallied after the fall of the government.", "2004-03-10"), /fall/);
});

test("does not read the military clock '1100 hours' as a length of 1,100 hours", () => {
  none(times("The convoy left at 1100 hours.", "2004-06-10"), /hours/);
});

test("reads 'the next couple of years' as a length of two years", () => {
  assert.equal(only(times("Sales should double over the next couple of years.", "2004-06-10"), /couple/).value.timex, "P2Y");
});

// --- parts of the day ---

test("reads 'in the morning' as the morning of the day the report is telling, not of the publication day", () => {
  const list = times("Prices slumped on Friday, March 5. Dealers sold heavily in the morning.", "2004-03-08");
  const t = only(list, /morning/);
  assert.equal(t.value.timex, "2004-03-05TMO");
  assert.equal(t.kind, "time");
});

test("reads 'mid-afternoon yesterday' as the afternoon of the day before publication, and not greetings", () => {
  assert.equal(only(times("At mid-afternoon yesterday, shares were up 2 pence.", "2004-03-08"), /afternoon/).value.timex, "2004-03-07TAF");
  none(times("Good evening, and welcome to the evening news.", "2004-03-08"), /evening/);
});

// --- dates told relative to another date ---

test("reads 'the week of March 6' as that date's ISO week", () => {
  const t = only(times("Talks are set for the week of March 6.", "2000-02-24"), /week of/);
  assert.equal(t.value.timex, "2000-W10");
});

test("reads 'the day before last Tuesday' as one day, the Monday before that Tuesday", () => {
  const t = only(times("The day before last Tuesday, police sealed the road.", "2000-02-24"), /day before/);
  assert.equal(t.value.timex, "2000-02-21");
  assert.equal(t.value.inferred, true);
});

test("reads '4 in the morning' as a clock time at 04:00 and '11 at night' at 23:00", () => {
  const list = times("The blast came at 4 in the morning. By 11 at night the fire was out.", "2000-02-24");
  assert.equal(only(list, /4 in the morning/).value.timex, "2000-02-24T04:00");
  assert.equal(only(list, /11 at night/).value.timex, "2000-02-24T23:00");
});

test("reads 'in the coming years' as a vague length of years (PXY), like 'the next few years'", () => {
  assert.equal(only(times("Costs will rise in the coming years.", "2004-06-10"), /coming years/).value.timex, "PXY");
});

test("reads 'at noon' and 'by midnight' as clock times of the day being told", () => {
  const list = times("Shelling began on March 3 at noon and stopped by midnight.", "2004-03-08");
  assert.equal(only(list, /noon/).value.timex, "2004-03-03T12:00");
  assert.equal(only(list, /midnight/).value.timex, "2004-03-03T24:00");
});

test("reads 'the last week' like 'the past week', as the week before the publication week", () => {
  assert.equal(only(times("Prices fell sharply over the last week.", "1998-06-10"), /last week/).value.timex, "1998-W23");
});

test("reads the year in 'the post-1990 era'", () => {
  assert.equal(only(times("Growth in the post-1990 era was slow.", "1998-06-10"), /1990/).value.timex, "1990");
});

test("does not read the titles 'Person of the Year' and 'Play of the Week' as periods", () => {
  none(times("She was named Person of the Year after the Play of the Week award.", "2004-06-10"), /Year|Week/);
});

test("reads 'a minute and a half' as PT1M30S and 'a week or so ago' as the week before", () => {
  const list = times("A minute and a half later the pilot called; a week or so ago the tower had warned him.", "1991-02-25");
  assert.equal(only(list, /minute/).value.timex, "PT1M30S");
  assert.equal(only(list, /week or so ago/).value.timex, "1991-W08");
});

// --- second round: one expression where the text says one time ---

test("reads 'in June last year' and 'on March 3 this year' as one expression in the year the phrase says", () => {
  const list = times("In June last year, the leaders fell out. On March 3 this year they met again, and they will meet in January next year.", "1998-02-19");
  assert.equal(only(list, /June/).value.timex, "1997-06");
  assert.equal(only(list, /March 3/).value.timex, "1998-03-03");
  assert.equal(only(list, /January/).value.timex, "1999-01");
  assert.equal(list.length, 3);
});

test("reads 'three days later' and 'a few days later' as the length of a step in the story, not as days after publication", () => {
  const list = times("The bank failed in May. Three days later, regulators took over. A few days later, the chief resigned.", "1999-10-27");
  assert.equal(only(list, /Three days later/).value.timex, "P3D");
  assert.equal(only(list, /A few days later/).value.timex, "PXD");
  assert.equal(only(list, /Three days later/).kind, "duration");
});

test("reads a season of a spoken year ('the winter of nineteen ninety-four') as that season", () => {
  assert.equal(only(times("Prices soared in the winter of nineteen ninety-four.", "1998-02-23"), /winter/).value.timex, "1994-WI");
});

test("reads 'overnight' as the night before the day being told, and not as a date later anaphora count from", () => {
  // published on a Monday about Friday's trading
  const list = times("Shares closed lower Friday. They were hurt by overnight losses in New York. The index fell 4% from the previous Friday.", "1989-10-30");
  assert.equal(only(list, /overnight/).value.timex, "1989-10-26TNI");
  assert.equal(only(list, /previous Friday/).value.timex, "1989-10-20");
  // with no date named, it is the night before the day of writing
  assert.equal(only(times("Rain fell overnight.", "1989-10-30"), /overnight/).value.timex, "1989-10-29TNI");
});

test("reads 'an additional year' and 'another week' as lengths of one unit", () => {
  const list = times("The loan may be extended for an additional year, and the strike may last another week.", "1989-10-26");
  assert.equal(only(list, /additional year/).value.timex, "P1Y");
  assert.equal(only(list, /another week/).value.timex, "P1W");
});

test("reads 'the latest fiscal year' as the last year completed", () => {
  assert.equal(only(times("The group had sales of $6 billion in the latest fiscal year.", "1989-10-26"), /fiscal year/).value.timex, "1988");
});

test("does not read a bare plural that measures a gap or a quantity ('minutes apart', 'a matter of months') as a time", () => {
  const list = times("The two blasts came minutes apart. The sale should close in a matter of months. The empire ruled for hundreds of years.", "2000-04-03");
  assert.deepEqual(list.map((t) => t.value.text), []);
  // a bare plural of time itself is still a vague length
  assert.equal(only(times("The government has held such rallies for weeks.", "2000-04-03"), /weeks/).value.timex, "PXW");
});

test("reads 'last February' written in March as February a year before, and 'last June' as this year's", () => {
  assert.equal(only(times("Two helicopters crashed last February.", "1998-03-01"), /February/).value.timex, "1997-02");
  assert.equal(only(times("The treaty was signed last June.", "1998-10-20"), /June/).value.timex, "1998-06");
});

test("reads 'in coming months' as the near future, as 'in recent years' is the recent past, but 'coming weeks' as a length", () => {
  const list = times("The economy will slow in coming months, and rates may fall in coming weeks.", "1998-02-06");
  assert.equal(only(list, /coming months/).value.timex, "FUTURE_REF");
  assert.equal(only(list, /coming weeks/).value.timex, "PXW");
});

test("reads 'on Monday and Tuesday nights' as two recurring nights, not as next Monday", () => {
  const list = times("Two new flights will leave on Monday and Tuesday nights from March 30.", "1998-02-13");
  assert.equal(only(list, /^Monday$/).value.timex, "XXXX-WXX-1TNI");
  assert.equal(only(list, /^Monday$/).kind, "set");
  assert.equal(only(list, /Tuesday nights/).value.timex, "XXXX-WXX-2TNI");
});
