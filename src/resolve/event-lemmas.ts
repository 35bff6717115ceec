/**
 * Which trigger words name the same kind of happening, for cross-report event merging: "died", "death" and
 * "dead" tell one death; "quake", "earthquake" and "tremor" one quake; "nominated" and "the nomination" one
 * nomination. Data, not code: each row is a family name and the lemmas (as the trigger lexicon writes them, or as
 * `lemma()` reduces a word) that belong to it. A lemma in no row is its own family. Rows stay narrow on purpose:
 * in the ECB+ training topics "arson" and "fire", "heist" and "steal", "assault" and "attack", "march" and
 * "protest" mostly name different happenings of one story, so they are not kin here.
 */

const FAMILIES: Record<string, string[]> = {
  die: ["die", "death", "dead", "fatality", "pass away"],
  kill: ["kill", "killing", "slay", "slaying", "murder", "assassinate", "assassination"],
  shoot: ["shoot", "shooting", "shot"],
  quake: ["quake", "earthquake", "tremor"],
  arrest: ["arrest", "apprehend", "detain", "detention", "nab", "capture"],
  attack: ["attack", "ambush", "offensive"],
  blast: ["blast", "explosion", "explode", "bomb", "bombing"],
  flood: ["flood", "flooding"],
  blaze: ["blaze", "fire", "wildfire", "bushfire"],
  robbery: ["rob", "robbery", "theft"],
  crash: ["crash", "collide", "collision"],
  meet: ["meet", "meeting", "summit"],
  negotiate: ["negotiate", "negotiation"],
  appoint: ["appoint", "appointment"],
  nominate: ["nominate", "nomination"],
  elect: ["elect", "election"],
  dismiss: ["dismiss", "dismissal", "sack"],
  acquire: ["acquire", "acquisition", "buy", "purchase", "takeover", "take over"],
  merge: ["merge", "merger"],
  injure: ["injure", "wound", "hurt"],
  convict: ["convict", "conviction"],
  indict: ["indict", "indictment"],
  arraign: ["arraign", "arraignment"],
  resign: ["resign", "resignation"],
  withdraw: ["withdraw", "withdrawal", "pull out"],
  evacuate: ["evacuate", "evacuation"],
  investigate: ["investigate", "investigation", "probe"],
  deploy: ["deploy", "deployment"],
  mobilise: ["mobilise", "mobilize", "mobilisation", "mobilization"],
  execute: ["execute", "execution"],
  invade: ["invade", "invasion"],
  agree: ["agree", "agreement"],
  protest: ["protest", "demonstration"],
  riot: ["riot", "rioting"],
  stab: ["stab", "stabbing"],
  airstrike: ["air strike", "airstrike"],
  shell: ["shell", "shelling", "bombard", "bombardment"],
  outage: ["outage", "downtime", "disruption", "disrupt"],
  hijack: ["hijack", "hijacking"],
  consult: ["consult", "consultation"],
  cooperate: ["cooperate", "cooperation"],
  accuse: ["accuse", "accusation"],
  testify: ["testify", "testimony"],
  seize: ["seize", "seizure", "confiscate"],
  ceasefire: ["ceasefire", "cease-fire", "truce"],
};

// Family keys carry a prefix so that a family never meets a lone lemma of the same spelling.
const FAMILY_OF = new Map(Object.entries(FAMILIES).flatMap(([family, lemmas]) => lemmas.map((l) => [l, `family:${family}`] as [string, string])));

/** The family of a trigger lemma ("death" → "die"); a lemma in no family is its own. */
export function triggerFamily(lemma: string): string {
  return FAMILY_OF.get(lemma) ?? lemma;
}
