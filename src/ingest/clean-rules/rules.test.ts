/**
 * One specification per cleaning rule, each on the news-page phenomenon it recognises and on the reporting it must
 * leave alone. Fixtures are invented, or short excerpts of the seed reports (examples/).
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { advert } from "./advert.js";
import { allCapsLabel } from "./all-caps-label.js";
import { byline } from "./byline.js";
import { cookies } from "./cookies.js";
import { copyright } from "./copyright.js";
import { credits } from "./credits.js";
import { dateLine } from "./date-line.js";
import { donation } from "./donation.js";
import { stopwordsFor, toLines } from "./lines.js";
import { membership } from "./membership.js";
import { navigation } from "./navigation.js";
import { newsletter } from "./newsletter.js";
import { photoCredit } from "./photo-credit.js";
import { readMore } from "./read-more.js";
import { repeatedShortLine } from "./repeated-short-line.js";
import { share } from "./share.js";
import { topics } from "./topics.js";
import type { Context, LineRule } from "./types.js";
import { cleanText } from "../clean.js";

/** The context of a text's lines, as clean.ts builds it before any rule runs. */
function contextOf(text: string): Context {
  const lines = toLines(text, stopwordsFor(text));
  const occurrences = new Map<string, number>();
  for (const l of lines) occurrences.set(l.text, (occurrences.get(l.text) ?? 0) + 1);
  return { lines, kept: lines.map(() => true), removedBy: lines.map(() => undefined), occurrences, headline: undefined };
}

/** Whether `rule` removes the line `line` of `text` (the whole text when no line is named). */
function removes(rule: LineRule, line: string, text = line): boolean {
  const ctx = contextOf(text);
  const target = ctx.lines.find((l) => l.text === line);
  assert.ok(target, `fixture has no line ${line}`);
  return rule.test(target, ctx);
}

const REPORTING = [
  "Anton Herashchenko posted footage of the missiles onto Facebook, BBC News reports.",
  "The company said it would donate $1 million to the Red Cross appeal for Ukraine.",
  "Subscribers to the service rose by 12% in the quarter, the company said.",
  "The regulator changed its privacy policy rules for news sites last week.",
  "More than 4,300 Russian troops have been killed, Ukrainian officials said.",
];

describe("advert rule", () => {
  it("removes the bare 'Advert' and 'ADVERTISEMENT' markers left between paragraphs", () => {
    for (const l of ["Advert", "ADVERTISEMENT", "Advertisement", "Story continues below advertisement", "Continue reading the main story"])
      assert.ok(removes(advert, l), l);
  });
  it("keeps sentences that talk about advertising", () => {
    assert.equal(removes(advert, "Advertising revenue fell by a third, the broadcaster said."), false);
  });
});

describe("newsletter rule", () => {
  it("removes sign-up prompts such as 'Subscribe To Our Daily Newsletter …'", () => {
    for (const l of ["Subscribe To Our Daily Newsletter And Get News Delivered Straight To Your Inbox.", "Sign up for our morning briefing email", "Enter your email address", "Sign Up for e-mail newsletters", "No spam, we promise. You can unsubscribe at any time."])
      assert.ok(removes(newsletter, l), l);
  });
  it("keeps a report about a newsletter that quotes someone", () => {
    assert.equal(removes(newsletter, "The campaign told supporters to sign up for the newsletter, a spokesman said."), false);
  });
});

describe("membership rule", () => {
  it("removes the outlet's pitch to its readers: '(At The Quint, we are answerable only to our audience …)'", () => {
    const pitch = "(At The Quint, we are answerable only to our audience. Play an active role in shaping our journalism by becoming a member. Because the truth is worth it.)";
    assert.ok(removes(membership, pitch));
    assert.ok(removes(membership, "PREMIUM"));
    assert.ok(removes(membership, "Support independent journalism"));
  });
  it("keeps news about members and subscribers", () => {
    for (const l of REPORTING) assert.equal(removes(membership, l), false, l);
  });
});

describe("donation rule", () => {
  it("removes a donation plea addressed to the reader", () => {
    assert.ok(removes(donation, "If you would like to donate to the Red Cross Emergency Appeal, which will help provide food, medicines and basic medical supplies, shelter and water to those in Ukraine, click here for more information"));
  });
  it("keeps a report that someone donated", () => {
    for (const l of REPORTING) assert.equal(removes(donation, l), false, l);
  });
});

describe("topics rule", () => {
  it("removes topic and tag lists: 'Topics: Ukraine, Russia, Vladimir Putin'", () => {
    assert.ok(removes(topics, "Topics: Ukraine, Russia, Vladimir Putin"));
    assert.ok(removes(topics, "Tags: Economy | Markets"));
  });
  it("keeps a sentence that starts with the word 'topics'", () => {
    assert.equal(removes(topics, "Topics discussed at the summit included energy and grain exports."), false);
  });
});

describe("share rule", () => {
  it("removes share, follow and comment widgets", () => {
    for (const l of ["Share this article", "Share on Facebook", "Tweet", "Follow Al Jazeera on Twitter", "12 Comments", "Copy link"])
      assert.ok(removes(share, l), l);
  });
  it("keeps a sentence about sharing", () => {
    assert.equal(removes(share, "Share prices fell sharply on Monday after the announcement."), false);
  });
});

describe("cookies rule", () => {
  it("removes consent notices and legal links", () => {
    assert.ok(removes(cookies, "We use cookies to give you the best experience on our website. By continuing to use this site you agree."));
    assert.ok(removes(cookies, "Privacy Policy"));
    assert.ok(removes(cookies, "Terms of Use"));
    assert.ok(removes(cookies, "When you purchase through links on our site, we may earn an affiliate commission."));
  });
  it("keeps news about a privacy policy", () => {
    for (const l of REPORTING) assert.equal(removes(cookies, l), false, l);
  });
});

describe("read-more rule", () => {
  it("removes links to other articles and their section headings", () => {
    for (const l of ["Read more: Russia puts nuclear forces on alert", "ALSO READ | Talks end without a deal", "Most Popular", "Related Articles", "You may also like"])
      assert.ok(removes(readMore, l), l);
  });
  it("keeps a reporting sentence that begins like a link", () => {
    assert.equal(removes(readMore, "More than 200 soldiers were captured, officials said."), false);
  });
});

describe("photo-credit rule", () => {
  it("removes photo credits and gallery chrome", () => {
    for (const l of ["Photo: Damian Dovarganes, AP", "(Photo by Sergei Supinsky/AFP via Getty Images)", "Image copyright Reuters", "Image 1 of 23", "Jane Doe/Getty Images"])
      assert.ok(removes(photoCredit, l), l);
  });
  it("keeps a sentence about a photograph", () => {
    assert.equal(removes(photoCredit, "Photographs of the damaged building were shared widely, police said."), false);
  });
});

describe("copyright rule", () => {
  it("removes rights lines: '© 2022 Reuters', 'Copyright BBC', 'All rights reserved'", () => {
    for (const l of ["© 2022 Reuters", "Copyright BBC 2022", "Copyright © 2019 CBS Interactive Inc. All Rights Reserved."]) assert.ok(removes(copyright, l), l);
  });
  it("keeps news about copyright law", () => {
    assert.equal(removes(copyright, "The court ruled that the copyright had expired in 2019."), false);
  });
});

describe("credits rule", () => {
  it("removes '(With inputs from ABC News and CNN.)' and returns the two outlets", () => {
    const line = contextOf("(With inputs from ABC News and CNN.)").lines[0]!;
    assert.ok(credits.test(line, contextOf(line.text)));
    assert.deepEqual(credits.credits?.(line), ["ABC News", "CNN"]);
  });
  it("credits the wire in 'Additional reporting by AFP' but not the journalists in 'Reporting by …; Editing by …'", () => {
    const agency = contextOf("Additional reporting by AFP").lines[0]!;
    assert.deepEqual(credits.credits?.(agency), ["AFP"]);
    const staff = contextOf("Reporting by Greg Roumeliotis; Editing by Martin Howell").lines[0]!;
    assert.ok(credits.test(staff, contextOf(staff.text)));
    assert.deepEqual(credits.credits?.(staff), []);
  });
  it("credits the outlet, not its staff or bureau: 'Reporting by Reuters staff; additional reporting by AFP correspondents in Kyiv'", () => {
    const line = contextOf("Reporting by Reuters staff; additional reporting by AFP correspondents in Kyiv").lines[0]!;
    assert.deepEqual(credits.credits?.(line), ["Reuters", "AFP"]);
  });
  it("keeps a sentence that reports what an agency reported", () => {
    assert.equal(removes(credits, "The decision was made after a phone call between the two leaders, reported AFP."), false);
  });
});

describe("byline rule", () => {
  it("removes bylines standing on their own line", () => {
    for (const l of ["By Sarah E. Needleman", "Tom Krisher, AP Auto Writer", "By Jane Smith and John Doe"]) assert.ok(removes(byline, l), l);
  });
  it("keeps a sentence that starts with 'By'", () => {
    assert.equal(removes(byline, "By Monday, the delegation had reached Gomel."), false);
  });
});

describe("date-line rule", () => {
  it("removes lines that hold only a time stamp", () => {
    for (const l of ["Nov. 19, 2019 8:03 am ET", "Updated 1:39 am EST, Wednesday, November 20, 2019", "Published: 27 February 2022", "2 hours ago"])
      assert.ok(removes(dateLine, l), l);
  });
  it("keeps a dated sentence and a product name that starts like a month", () => {
    assert.equal(removes(dateLine, "On Monday, 28 February, talks were held."), false);
    assert.equal(removes(dateLine, "MarsEdit"), false);
  });
});

describe("navigation rule", () => {
  it("removes skip links, menu words and breadcrumbs", () => {
    for (const l of ["Skip to content", "Menu", "Search", "Home", "News › World › Europe", "Home | Sport | Football"]) assert.ok(removes(navigation, l), l);
  });
  it("keeps a short heading that is not navigation", () => {
    assert.equal(removes(navigation, "Talks in Gomel"), false);
    assert.equal(removes(navigation, "Search for survivors goes on in Kharkiv"), false);
  });
});

describe("all-caps-label rule", () => {
  it("removes short capital labels such as 'PREMIUM' and 'UPCOMING EVENTS'", () => {
    assert.ok(removes(allCapsLabel, "UPCOMING EVENTS"));
    assert.ok(removes(allCapsLabel, "EXCLUSIVE"));
  });
  it("keeps a dateline that opens a paragraph and text in scripts without capitals", () => {
    assert.equal(removes(allCapsLabel, "KYIV, Ukraine (AP) —"), false);
    assert.equal(removes(allCapsLabel, "TNW中文站 10月14日报道"), false);
  });
});

describe("repeated-short-line rule", () => {
  const page = "Home\nWorld\nPolitics\nThe minister said the talks would resume on Monday.\nThe minister said the talks would resume on Monday.\nHome\nWorld";
  it("removes menu labels a page prints twice", () => {
    assert.ok(removes(repeatedShortLine, "Home", page));
    assert.ok(removes(repeatedShortLine, "World", page));
  });
  it("keeps the first appearance of a repeated headline-length line and removes its echo", () => {
    const text = "Diversity among Hollywood directors improves but insiders still get fast track\nSome text.\nDiversity among Hollywood directors improves but insiders still get fast track";
    const ctx = contextOf(text);
    assert.deepEqual(ctx.lines.map((l) => repeatedShortLine.test(l, ctx)), [false, false, true]);
  });
    it("keeps a repeated sentence (a standfirst echoed in the body)", () => {
    assert.equal(removes(repeatedShortLine, "The minister said the talks would resume on Monday.", page), false);
  });
});

/** A body of reporting paragraphs long enough for the statistics to see prose. */
const BODY = [
  "Ukraine on Monday called for an immediate ceasefire and the withdrawal of Russian forces, as talks began at the border with Belarus.",
  "The meeting is being held at a residence in Gomel, and the delegation comprises the defence minister and a presidential adviser, among others.",
  "Officials from both countries said they wanted to reach some agreements as soon as possible, but neither side expected a quick result from the meeting.",
  "The same day, dozens of people were killed after rocket strikes on the city of Kharkiv, an adviser to the interior ministry said in a statement.",
];

describe("main-body rule (outside-main-body)", () => {
  it("removes the menus and footers of a pasted web page around the article", () => {
    const page = ["World", "Business", "Markets", "Sport", "", ...BODY, "", "Press Office", "Careers", "Contact"].join("\n");
    const r = cleanText(page);
    assert.equal(r.text, BODY.join("\n"));
    assert.deepEqual(r.removed.map((x) => x.rule), ["outside-main-body", "outside-main-body"]);
  });
  it("keeps a short report with no page furniture whole", () => {
    const note = "Ukraine called for a ceasefire.\nTalks began in Gomel.";
    assert.equal(cleanText(note).text, note);
  });
  it("keeps a list inside the article", () => {
    const list = ["The overall rankings of the countries were as follows:", "1. Finland", "2. Norway", "3. Australia", "4. Canada"];
    const text = [...BODY.slice(0, 2), ...list, ...BODY.slice(2)].join("\n");
    assert.equal(cleanText(text).text, text);
  });
});

describe("article-end rule (after-article-end)", () => {
  it("removes the comments and related-article lists after the article", () => {
    const page = [...BODY, "", "Most Read", "Why farmers paint cows with zebra stripes", "", "Comments", "I think the talks will fail, as they always do with these people.", "Rating: 36 Votes"].join("\n");
    const r = cleanText(page);
    assert.equal(r.text, BODY.join("\n"));
  });
  it("keeps the last paragraphs of a report after a 'Related' box with one link in its middle", () => {
    const text = [...BODY, ...BODY.slice(1), "Related", "Russia puts nuclear forces on alert", ...BODY.slice(0, 2)].join("\n");
    const r = cleanText(text);
    assert.ok(r.text.endsWith(BODY[1]!), r.text.slice(-200));
    assert.ok(!r.removed.some((x) => x.rule === "after-article-end"));
  });
  it("keeps the article going after a related box in its middle", () => {
    const text = [...BODY.slice(0, 2), "Related", "Russia puts nuclear forces on alert", ...BODY.slice(2), ...BODY.slice(0, 2)].join("\n");
    const kept = cleanText(text).text;
    for (const p of BODY) assert.ok(kept.includes(p), p);
  });
});

describe("credits rule on contributor notes", () => {
  it("removes 'Associated Press writer Jane Doe contributed to this report.' and 'CNN's John Roe contributed reporting.'", () => {
    assert.ok(removes(credits, "Associated Press writer Jane Doe in Kyiv contributed to this report."));
    assert.ok(removes(credits, "CNN's John Roe contributed reporting."));
  });
  it("keeps 'Three UN agencies contributed to the report.'", () => {
    assert.equal(removes(credits, "Three UN agencies contributed to the report."), false);
  });
});

describe("photo-credit rule on broadcaster captions", () => {
  it("removes 'Image source, Getty Images' and 'Media caption, …' lines", () => {
    assert.ok(removes(photoCredit, "Image source, Getty Images"));
    assert.ok(removes(photoCredit, "Media caption, Residents queue for bread in Kharkiv"));
  });
});

describe("phrase rules leave article lines that only look like furniture", () => {
  it("keeps 'Information from other Facebook users' and 'Picture-in-Picture'", () => {
    assert.equal(removes(credits, "Information from other Facebook users"), false);
    assert.equal(removes(photoCredit, "Picture-in-Picture"), false);
    assert.ok(removes(credits, "(Information from Reuters was used in this report)"));
  });
});
