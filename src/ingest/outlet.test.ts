/** The outlet a report names as itself, and the plain-text headline. Fixtures are invented or from the seed reports. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { headlineOf, inferOutlet } from "./outlet.js";

const removedAs = (...lines: string[]) => lines.map((text) => ({ text, rule: "test" }));

describe("inferOutlet", () => {
  it("reads the outlet from its pitch: 'At The Quint, we are answerable only to our audience'", () => {
    assert.equal(inferOutlet("Talks were held.", removedAs("(At The Quint, we are answerable only to our audience.)")), "The Quint");
  });
  it("reads the outlet from its rights line: '© 2022 Reuters', 'Copyright BBC'", () => {
    assert.equal(inferOutlet("Talks were held.", removedAs("© 2022 Reuters")), "Reuters");
    assert.equal(inferOutlet("Talks were held.", removedAs("Copyright BBC 2022")), "BBC");
  });
  it("reads the outlet from a follow prompt and a newsletter prompt", () => {
    assert.equal(inferOutlet("Talks were held.", removedAs("Follow Al Jazeera on Twitter")), "Al Jazeera");
    assert.equal(inferOutlet("Talks were held.", removedAs("Sign up for The Guardian's morning newsletter")), "The Guardian");
  });
  it("reads a wire outlet from the dateline that opens the report: 'LONDON (Reuters) -', 'KYIV, Ukraine (AP) —'", () => {
    assert.equal(inferOutlet("Headline Here\nLONDON (Reuters) - Oil prices rose on Monday.", []), "Reuters");
    assert.equal(inferOutlet("KYIV, Ukraine (AP) — Talks began on Monday.", []), "AP");
  });
  it("reads the site's name from a page title's suffix: '… | The Guardian', '… - WSJ', but not '… - Live updates'", () => {
    assert.equal(inferOutlet("Russia and Ukraine hold talks in Gomel | The Guardian\nTalks began on Monday.", []), "The Guardian");
    assert.equal(inferOutlet("Opinion | Republicans Are Following Trump to Nowhere - The New York Times\nText.", []), "The New York Times");
    assert.equal(inferOutlet("So Many Ways to Play and Pay - WSJ\nText.", []), "WSJ");
    assert.equal(inferOutlet("Russia-Ukraine war: talks in Gomel - Live updates\nText.", []), undefined);
    assert.equal(inferOutlet("Ukraine war - Zelensky speaks to Lukashenko\nText.", []), undefined);
  });
  it("does not take a relayed source for the outlet: 'reported AFP', 'BBC News reports'", () => {
    const text = "The decision was made after a phone call, reported AFP.\nAnton Herashchenko posted footage onto Facebook, BBC News reports.";
    assert.equal(inferOutlet(text, []), undefined);
  });
});

describe("headlineOf", () => {
  it("takes a short, title-like first line without a full stop as the headline", () => {
    assert.equal(headlineOf("Talks Underway on Belarus Border Between Ukraine and Russia as War Continues\nThe meeting is being held in Gomel."), "Talks Underway on Belarus Border Between Ukraine and Russia as War Continues");
    assert.equal(headlineOf("Will the talks in Gomel end the war?\nBody text."), "Will the talks in Gomel end the war?");
  });
  it("returns undefined when the report opens with a sentence", () => {
    assert.equal(headlineOf("The Interior Ministry has said short range missiles have reportedly been launched into Ukraine from Belarus.\nMore text."), undefined);
    assert.equal(headlineOf("it was decided that the parties would meet\nMore."), undefined);
    assert.equal(headlineOf(""), undefined);
  });
});
