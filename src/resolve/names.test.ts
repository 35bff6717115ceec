import { test } from "node:test";
import assert from "node:assert/strict";
import { isShorterFormOfName, isTypoVariant, personNameKey, transliterationKey } from "./names.js";

test("a person's name key drops titles, generational suffixes and nicknames", () => {
  assert.equal(personNameKey("Miss Jenkin"), "jenkin");
  assert.equal(personNameKey("Arcade Joseph Comeaux Jr"), "arcade joseph comeaux");
  assert.equal(personNameKey("W. Mark Felt Sr."), "w mark felt");
  assert.equal(personNameKey("Vincent 'the Chin' Gigante"), "vincent gigante");
  assert.equal(personNameKey("Kimani (Kiki) Gray"), "kimani gray");
});

test("a shorter form of a name: same surname, the other words equal, initials or short forms", () => {
  assert.ok(isShorterFormOfName("fred larue", "frederick cheney larue"));
  assert.ok(isShorterFormOfName("mark felt", "w mark felt"));
  assert.ok(isShorterFormOfName("lo presti", "gaetano lo presti"));
  assert.ok(!isShorterFormOfName("anna smith", "joe smith jones"));
  assert.ok(!isShorterFormOfName("joe smith", "anna maria smith"));
});

test("transliteration variants share a key (Zelensky/Zelenskyy, Kharkiv/Kharkov)", () => {
  assert.equal(transliterationKey("Zelensky"), transliterationKey("Zelenskyy"));
  assert.equal(transliterationKey("Kharkiv"), transliterationKey("Kharkov"));
  assert.notEqual(transliterationKey("Kyiv"), transliterationKey("Kirov"));
});

test("a typo is one edit in one long word (Medinksy/Medinsky), not a different short name", () => {
  assert.ok(isTypoVariant("Vladimir Medinksy", "Vladimir Medinsky"));
  assert.ok(!isTypoVariant("John Smith", "John Smyth"));
});

test("a word the tagger took into a name from the start of the sentence is not part of it ('Since Comeaux escaped')", () => {
  assert.equal(personNameKey("Since Comeaux"), "comeaux");
  assert.equal(personNameKey("But Anna Smith"), "anna smith");
  assert.equal(personNameKey("Sincere Jones"), "sincere jones");
});
