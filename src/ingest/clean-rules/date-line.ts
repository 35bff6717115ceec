/**
 * Lines that hold only a date or time stamp: "Nov. 19, 2019 8:03 am ET", "Updated 1:39 am EST, Wednesday,
 * November 20, 2019", "Published: 27 February 2022". A date inside a sentence is reporting and is never touched.
 */
import type { LineRule } from "./types.js";

const MONTH = "(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?";
const DAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?";
const STAMP_WORD = new RegExp(
  `^(${MONTH}|${DAY}|\\d{1,4}(st|nd|rd|th)?|[ap]\\.?m\\.?|\\d{1,2}[:.]\\d{2}([ap]m)?|\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}|at|on|of|the|updated|update|published|posted|last|modified|first|created|edited|date|time|ist|gmt|utc|bst|cet|cest|est|edt|cst|cdt|pst|pdt|mst|mdt|et|pt|ct|aest|jst|hkt|sgt|msk|eet|eest|wib|pht|ago|@|hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?|yesterday|today|just|now|read|min|reading|\\d+-min|,|\\||-|–|—|:|\\.)$`,
  "i",
);

export const dateLine: LineRule = {
  name: "date-line",
  kind: "line",
  test: (line) => {
    if (line.words > 14 || line.words === 0) return false;
    const pieces = line.text.split(/\s+|(?<=,)|(?=,)|(?=\|)|(?<=\|)/).map((p) => p.replace(/^[(\[]+|[)\],:]+$/g, "")).filter(Boolean);
    const hasDate = new RegExp(`(\\b${MONTH}(?![a-z])|\\d{4}|\\d{1,2}[:.]\\d{2}|\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}|\\bago\\b)`, "i").test(line.text);
    return hasDate && pieces.every((p) => STAMP_WORD.test(p));
  },
};
