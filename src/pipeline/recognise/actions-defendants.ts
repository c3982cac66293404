// Whom a charge or a designation names when its object is a counted group of people: "charging two Chinese
// nationals, Zhu Hua and Zhang Shilong, with …", "charging seven members of APT31 – A, B and C –", "indicted five
// hackers who belonged to APT41". An analyst reads the action as against the persons named and the group they
// belong to, not against the words "charging two Chinese nationals".

const COUNT = String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|a\s+dozen|a\s+group\s+of)`;
/** The kinds of people a charge or a designation counts. */
const PEOPLE = String.raw`(?:nationals|citizens|hackers|officers|officials|members|men|women|individuals|people|persons|defendants|operatives|agents|employees|contractors|residents|suspects|spies)`;
/** "two Chinese nationals", "seven alleged members", "five Russian military intelligence officers". */
const HEAD = new RegExp(
  String.raw`^(?:the\s+)?(?:${COUNT}\s+)?(?:(?:alleged|suspected|other|more|[A-Z][\w'’-]*|military|intelligence|state|government|computer|hacking|cyber)\s+){0,4}${PEOPLE}\b`,
);
/** The participle by which a charge introduces whom it charges ("an indictment charging …"). */
const INTRODUCER = /^\s*,?\s*(?:charging|accusing|indicting|naming|targeting|against)\s+/i;
/** A named group: a run of capitalised words, "of (the)" allowed inside ("Unit 61398 of the PLA"). */
const NAMED = String.raw`(?:[A-Z0-9][\w'’.&-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z0-9][\w'’.&-]*)*)`;
/** "a hacking group known as APT10": the name after an unnamed group's description. */
const DESCRIBED = String.raw`(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:group|unit|team|crew|outfit)\s+(?:(?:that\s+)?(?:\w+\s+){0,2}?(?:known|tracked|dubbed|called|named|referred\s+to)\s+(?:as\s+)?)`;
/** How the text ties the people to their group, right after the head or its names. */
const MEMBERSHIP = [
  new RegExp(String.raw`^\s+(?:of|from)\s+(?:the\s+)?(?:${DESCRIBED})?(${NAMED})`),
  new RegExp(
    String.raw`^\s*,?\s*(?:who|that)\s+(?:\w+ly\s+)?(?:belong(?:ed|s)?\s+to|(?:are|were|was|is)\s+(?:\w+ly\s+)?(?:(?:members|part|officers|operatives)\s+of|tied\s+to|linked\s+to)|work(?:ed|s)?\s+(?:for|with|in))\s+(?:the\s+)?(?:${DESCRIBED})?(${NAMED})`,
  ),
];
/** A person's name as an appositive list writes it: two to four capitalised words. */
const NAME = String.raw`[A-Z][\p{Ll}'’-]+(?:\s+(?:[A-Z]\.|[A-Z][\p{Ll}'’-]+)){1,3}`;
const NAME_LIST = new RegExp(
  String.raw`^\s*(?:,|:|\(|\s[-–—])\s*(${NAME}(?:\s*,\s*${NAME})*(?:\s*,?\s+and\s+${NAME})?)\s*(?=,|\)|\s[-–—]|[.;]|\s+(?:with|who|of|for|in|on|to)\b|$)`,
  "u",
);

/** The parties of a counted-people object that starts at `from`, or null when the object is not one. */
export function readDefendants(text: string, from: number): string[] | null {
  const start = from + (/^\s*/.exec(text.slice(from))?.[0].length ?? 0);
  const head = HEAD.exec(text.slice(start));
  if (!head) return null;
  let at = start + head[0].length;
  const groups: string[] = [];
  let names: string[] = [];
  for (let round = 0; round < 2; round++) {
    const rest = text.slice(at);
    const member = MEMBERSHIP.map((re) => re.exec(rest)).find((m) => m?.[1]);
    if (member?.[1] && groups.length === 0) {
      groups.push(member[1].replace(/[.,]$/, ""));
      at += member[0].length;
      continue;
    }
    const listed = names.length === 0 ? NAME_LIST.exec(rest) : null;
    if (listed?.[1]) {
      names = listed[1].split(/\s*,\s*(?:and\s+)?|\s+and\s+/u).filter((n) => n.length > 0);
      at += listed[0].length;
      continue;
    }
    break;
  }
  const phrase = text.slice(start, start + head[0].length).replace(/^the\s+/i, "");
  return [...(names.length > 0 ? names : [phrase]), ...groups];
}

/** The counted people an action at [start, end) of a sentence names: its object, or the object of the participle
 * that follows it ("unsealed an indictment charging …"), or the object inside the cue ("charged … with"). */
export function defendantsOf(text: string, start: number, end: number): string[] | null {
  const introduced = INTRODUCER.exec(text.slice(end));
  if (introduced) return readDefendants(text, end + introduced[0].length);
  const inner = /^(?:charged|indicted|sanctioned|designated)\s+/i.exec(text.slice(start, end));
  if (inner) return readDefendants(text, start + inner[0].length);
  return readDefendants(text, end);
}
