/**
 * Modality and certainty cues as data. A cue before an event word in its clause ("did not", "could", "will", "set
 * to") decides whether the event happened, might, will, or is arranged; a verb that governs an event word ("agreed
 * to meet", "called for a ceasefire", "could ask Putin to return") passes its own sense on to it.
 */
import type { Modality } from "../../types.js";

export interface ModalityCue {
  words: string[];
  modality: Modality;
  example: string;
}

/** Cues in the words before an event word, nearest first wins. */
export const MODALITY_BEFORE: ModalityCue[] = [
  { words: ["did", "not"], modality: "negated", example: "Russia did not attack" },
  { words: ["not"], modality: "negated", example: "talks were not held" },
  { words: ["n't"], modality: "negated", example: "they didn't meet" },
  { words: ["never"], modality: "negated", example: "the meeting never took place" },
  { words: ["no"], modality: "negated", example: "no talks took place" },
  { words: ["without"], modality: "negated", example: "without firing a shot" },
  { words: ["failed", "to"], modality: "negated", example: "failed to agree" },
  { words: ["refused", "to"], modality: "negated", example: "refused to meet" },
  { words: ["denied"], modality: "negated", example: "denied launching missiles" },
  { words: ["denies"], modality: "negated", example: "denies launching missiles" },
  { words: ["set", "to"], modality: "planned", example: "talks are set to be held" },
  { words: ["scheduled"], modality: "planned", example: "scheduled to meet" },
  { words: ["due", "to"], modality: "planned", example: "due to meet on Friday" },
  { words: ["plans", "to"], modality: "planned", example: "plans to deploy" },
  { words: ["plan", "to"], modality: "planned", example: "they plan to meet" },
  { words: ["planned"], modality: "planned", example: "planned talks" },
  { words: ["planning", "to"], modality: "planned", example: "planning to visit" },
  { words: ["upcoming"], modality: "planned", example: "the upcoming summit" },
  { words: ["agreed", "to"], modality: "planned", example: "agreed to hold talks" },
  { words: ["agreed", "on"], modality: "planned", example: "agreed on talks" },
  { words: ["decided", "to"], modality: "planned", example: "decided to deploy forces" },
  { words: ["intends", "to"], modality: "planned", example: "intends to visit" },
  { words: ["proposal", "to"], modality: "planned", example: "a proposal to ban imports" },
  { words: ["proposed"], modality: "planned", example: "the proposed merger" },
  { words: ["prepared", "to"], modality: "hypothetical", example: "prepared to negotiate" },
  { words: ["expected", "to"], modality: "future", example: "is expected to meet" },
  { words: ["will"], modality: "future", example: "will strike" },
  { words: ["'ll"], modality: "future", example: "they'll meet" },
  { words: ["shall"], modality: "future", example: "shall meet" },
  { words: ["going", "to"], modality: "future", example: "is going to attack" },
  { words: ["about", "to"], modality: "future", example: "about to launch" },
  { words: ["vowed", "to"], modality: "future", example: "vowed to retaliate" },
  { words: ["pledged", "to"], modality: "future", example: "pledged to send aid" },
  { words: ["promised", "to"], modality: "future", example: "promised to withdraw" },
  { words: ["could"], modality: "hypothetical", example: "could ask Putin" },
  { words: ["might"], modality: "hypothetical", example: "might strike" },
  { words: ["may"], modality: "hypothetical", example: "may attack" },
  { words: ["would"], modality: "hypothetical", example: "would retaliate" },
  { words: ["should"], modality: "hypothetical", example: "should withdraw" },
  { words: ["if"], modality: "hypothetical", example: "if Russia invades" },
  { words: ["unless"], modality: "hypothetical", example: "unless troops withdraw" },
  { words: ["whether"], modality: "hypothetical", example: "whether to strike" },
  { words: ["possible"], modality: "hypothetical", example: "a possible attack" },
  { words: ["potential"], modality: "hypothetical", example: "a potential invasion" },
  { words: ["threatened", "to"], modality: "hypothetical", example: "threatened to strike" },
  { words: ["threatens", "to"], modality: "hypothetical", example: "threatens to strike" },
  { words: ["want", "to"], modality: "hypothetical", example: "want to reach agreements" },
  { words: ["wanted", "to"], modality: "hypothetical", example: "wanted to reach agreements" },
  { words: ["hope", "to"], modality: "hypothetical", example: "hope to meet" },
  { words: ["hopes", "to"], modality: "hypothetical", example: "hopes to meet" },
  { words: ["seek", "to"], modality: "hypothetical", example: "seek to negotiate" },
  { words: ["seeking"], modality: "hypothetical", example: "seeking talks" },
  { words: ["try", "to"], modality: "hypothetical", example: "try to stop the war" },
  { words: ["tried", "to"], modality: "hypothetical", example: "tried to stop the war" },
  { words: ["attempt", "to"], modality: "hypothetical", example: "an attempt to seize" },
];

/** Cues in the few words after a nominal event word: "talks are set to be held", "a summit will take place". */
export const MODALITY_AFTER: ModalityCue[] = [
  { words: ["set", "to"], modality: "planned", example: "negotiations are set to be held" },
  { words: ["scheduled"], modality: "planned", example: "the summit is scheduled for June" },
  { words: ["planned"], modality: "planned", example: "talks planned for Monday" },
  { words: ["due"], modality: "planned", example: "talks are due on Friday" },
  { words: ["to", "be", "held"], modality: "planned", example: "talks to be held" },
  { words: ["will"], modality: "future", example: "the summit will take place" },
  { words: ["expected", "to"], modality: "future", example: "talks are expected to resume" },
  { words: ["could"], modality: "hypothetical", example: "sanctions could follow" },
  { words: ["would"], modality: "hypothetical", example: "a strike would be" },
  { words: ["did", "not"], modality: "negated", example: "the meeting did not happen" },
  { words: ["never"], modality: "negated", example: "the attack never happened" },
];

/** "It was decided that the two parties would meet": after these words "would" marks a plan, not a supposition. */
export const PLAN_GOVERNORS = new Set(["decided", "agreed", "planned", "announced", "arranged", "scheduled", "confirmed", "promised", "said"]);

/** Event types whose object event is only asked for, threatened or refused: "called for a ceasefire". */
export const GOVERNING_TYPES: Record<string, import("../../types.js").Modality> = {
  REQUEST: "hypothetical", THREATEN: "hypothetical", REJECT: "hypothetical",
};

/** Hedges: a sentence with one of these tells the event as claimed, not established. */
export const HEDGES = new Set([
  "reportedly", "allegedly", "purportedly", "apparently", "supposedly", "alleged", "purported", "unconfirmed",
  "claimed", "claims", "claim", "rumoured", "rumored",
]);

/** Verbs and phrases that attribute what follows to a speaker. */
export const ATTRIBUTION_CUES = new Set([
  "said", "says", "told", "stated", "announced", "claimed", "estimated", "reported", "reports", "posted", "tweeted",
  "wrote", "added", "insisted", "warned", "commented", "according",
]);

/** Names of news outlets and agencies: their own telling is "reported", not "claimed". */
export const OUTLET_WORDS = /\b(news|agency|times|post|journal|bbc|cnn|reuters|afp|ap|associated press|interfax|tass|ria|xinhua|al jazeera|guardian|telegraph|bloomberg|nbc|abc|cbs|fox|sky|press|tribune|herald|gazette|daily|radio|tv|television)\b/i;

export const DENIALS = new Set(["denied", "denies", "deny", "denying", "rejected", "refuted"]);
