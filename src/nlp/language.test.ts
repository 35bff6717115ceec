import { test } from "node:test";
import assert from "node:assert/strict";
import { detectLanguage } from "./language.js";

test("tells English, French, German and Russian news apart", () => {
  assert.equal(detectLanguage("The talks were held on the border of Belarus between officials from the two countries."), "en");
  assert.equal(detectLanguage("Les pourparlers se sont tenus à la frontière de la Biélorussie entre les délégations des deux pays."), "fr");
  assert.equal(detectLanguage("Die Gespräche fanden an der Grenze zu Belarus statt, und die Delegation ist nicht zufrieden."), "de");
  assert.equal(detectLanguage("Переговоры прошли на границе с Белоруссией, и это уже не первый раунд."), "ru");
});

test("too little text keeps the fallback", () => {
  assert.equal(detectLanguage("Kyiv"), "en");
});
