import { test } from "node:test";
import assert from "node:assert/strict";
import type { EntityMention } from "../types.js";
import { splitSentences } from "./sentences.js";
import { tokenize } from "./tokenize.js";
import { attachRoles } from "./roles.js";

/** The role attached to the person named `name` in `text`. */
function roleOf(text: string, name: string): string | undefined {
  const start = text.indexOf(name);
  const mention: EntityMention = { start, end: start + name.length, text: name, type: "person" };
  return attachRoles(text, tokenize(text, splitSentences(text)), [mention])[0].description;
}

test("a title before the name is the role, not part of the name", () => {
  assert.equal(roleOf("The delegation comprises Defence Minister Oleksii Reznikov and others.", "Oleksii Reznikov"), "Defence Minister");
  assert.equal(roleOf("said Belarusian Foreign Minister Vladimir Makei on Monday.", "Vladimir Makei"), "Belarusian Foreign Minister");
});

test("a long descriptive title with a nationality and a ministry is kept whole", () => {
  assert.equal(
    roleOf("Rockets hit Kharkiv, Ukrainian interior ministry adviser Anton Herashchenko said.", "Anton Herashchenko"),
    "Ukrainian interior ministry adviser",
  );
  assert.equal(roleOf("It was confirmed by presidential adviser Mykhailo Podolyak.", "Mykhailo Podolyak"), "presidential adviser");
});

test("an apposition after the name describes the person", () => {
  assert.equal(
    roleOf("Vladimir Medinsky, the head of the Russian delegation and an aide to Putin, said they wanted a deal.", "Vladimir Medinsky"),
    "the head of the Russian delegation and an aide to Putin",
  );
});

test("an apposition that stops at the verb of saying", () => {
  assert.equal(roleOf("Jane Doe, a spokeswoman for the ministry said the talks would go on.", "Jane Doe"), "a spokeswoman for the ministry");
});

test("an ordinary word before a name is no role", () => {
  assert.equal(roleOf("On Monday Anton Herashchenko posted a video.", "Anton Herashchenko"), undefined);
  assert.equal(roleOf("Anton Herashchenko, the city, was quiet.", "Anton Herashchenko"), undefined);
});

test("a title stops at another person's name", () => {
  const text = "a phone call between President Volodymyr Zelenskyy and Belarusian leader Alexander Lukashenko";
  const at = (name: string): EntityMention => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, text: name, type: "person" });
  const [zelenskyy, lukashenko] = attachRoles(text, tokenize(text, splitSentences(text)), [at("Volodymyr Zelenskyy"), at("Alexander Lukashenko")]);
  assert.equal(zelenskyy.description, "President");
  assert.equal(lukashenko.description, "Belarusian leader");
});
