import { cleanText } from "../src/ingest/clean.js";
const BODY = [
  "Ukraine on Monday called for an immediate ceasefire and the withdrawal of Russian forces, as talks began at the border with Belarus.",
  "The meeting is being held at a residence in Gomel, and the delegation comprises the defence minister and a presidential adviser, among others.",
  "Officials from both countries said they wanted to reach some agreements as soon as possible, but neither side expected a quick result from the meeting.",
  "The same day, dozens of people were killed after rocket strikes on the city of Kharkiv, an adviser to the interior ministry said in a statement.",
];
const list = ["The overall rankings of the countries were as follows:", "1. Finland", "2. Norway", "3. Australia", "4. Canada"];
console.log(cleanText([...BODY.slice(0, 2), ...list, ...BODY.slice(2)].join("\n")).removed);
const page = [...BODY, "", "Most Read", "Why farmers paint cows with zebra stripes", "", "Comments", "I think the talks will fail, as they always do with these people.", "Rating: 36 Votes"].join("\n");
console.log(cleanText(page).removed);
