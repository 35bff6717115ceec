/** The stopword package ships no types: its per-language lists are arrays of lower-case words. */
declare module "stopword" {
  const lists: Record<string, string[] | unknown>;
  export = lists;
}
