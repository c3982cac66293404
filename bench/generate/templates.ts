// Sentence templates written for the generator (no real article text). `{slot}` is filled from the story or
// drawn fresh; `[a|b|c]` picks one wording. Every template carries several fresh slots so that two unrelated
// reports almost never produce the same sentence by chance.

export const SENTENCE_ROLES = [
  "lead",
  "attribution",
  "action",
  "detail",
  "quote",
  "technique",
  "victims",
  "background",
  "response",
] as const;
export type SentenceRole = (typeof SENTENCE_ROLES)[number];

export const TEMPLATES: Readonly<Record<SentenceRole, readonly string[]>> = {
  lead: [
    "{gov} [said|announced|disclosed] {date} that hackers working for {sponsor} [broke into|penetrated|compromised] the networks of at least {number} {sector} in {country} and {country2}.",
    "A hacking group known as {actor} [spent|has spent] {smallnumber} years [stealing|siphoning] [trade secrets|research|sensitive files] from {sector} across {country}, {gov} said {date}.",
    "[Investigators|Officials] in {country} [say|believe] that {actor}, a group they tie to {sponsor}, [was behind|carried out] the [intrusion|breach|attack] at {company} disclosed {date}.",
    "{company}, one of the largest {sector} in {country}, [confirmed|acknowledged] {date} that intruders linked to {actor} had been inside its systems since {month} {year}.",
    "The [campaign|operation] [attributed to|blamed on] {actor} hit {number} {sector} and {sector2} in {country} before it was detected {date}, according to {vendor}.",
    "{gov} [accused|blamed] {state} {date} of running a [years-long|sprawling|persistent] espionage campaign through {actor} against {number} {sector} in at least {smallnumber} countries.",
    "[Security researchers|Analysts] at {vendor} [said|reported] {date} that {actor} had [quietly|steadily] expanded its operations to {number} {sector} in {country} and {country2}.",
    "[Western|Allied] governments moved {date} to [call out|name and shame] {state} over {actor}, a group [they say|officials say] stole data from {number} organisations in {country}.",
  ],
  attribution: [
    "{actor}, also known as {alias}, [is widely believed to|is said to] work on behalf of {sponsor}, according to {person}, an analyst at {vendor}.",
    "[Researchers|Investigators] have tied {actor} to {sponsor} since at least {year}, citing {number} [domains|tools|command servers] it shared with operations in {country}.",
    "The group, which {vendor} tracks as {alias}, [reports to|answers to] {sponsor}, {person} [said|told reporters] in {city}.",
    "{gov} [said|concluded] that {alias} operators [sat|worked] inside {sponsor} and used front companies such as {company} to rent servers in {country}.",
    "Court papers describe {person} and {person2} as officers of {sponsor} who [directed|ran] the {alias} intrusions from {city} between {year} and {year2}.",
    "{vendor} [links|connects] {alias} to {sponsor} with [high|moderate] confidence, pointing to {number} overlapping domains registered through {company}.",
  ],
  action: [
    "{gov} [unsealed|announced] an indictment {date} charging {person} and {person2} with [conspiracy to commit computer intrusion|wire fraud conspiracy|aggravated identity theft] for their roles in {actor}.",
    "{gov} [imposed|announced] sanctions {date} on {company} and {smallnumber} [individuals|officers] it said supported {actor} operations against {country}.",
    "{official} [condemned|denounced] the {actor} campaign against {company} {date}, saying {state} had [shown|demonstrated] a [reckless|blatant] disregard for [international norms|the rules it signed up to].",
    "Police in {country} [arrested|detained] {person}, a {age}-year-old [contractor|engineer|consultant], {date} on a warrant tied to the {alias} intrusions at {company}.",
    "{gov} [issued|published] a joint advisory {date} with partners in {country} and {country2} describing how {actor} [exploited|abused] {cve} to reach {sector}.",
    "{gov} [seized|took down] {number} domains {date} that {actor} used to [control|steer] infected [routers|servers|machines] at {sector} in {country}.",
    "The State Department offered a reward of up to {money} {date} for information on {person}, who prosecutors say [helped run|managed] {alias} infrastructure.",
    "A court in {city} sentenced {person} to {smallnumber} years in prison {date} for passing {company} [secrets|designs|source code] to officers of {sponsor}.",
  ],
  detail: [
    "Prosecutors say the [defendants|suspects] stole [data|designs|source code] from {number} [companies|victims] in {country}, including {company} and {company2}.",
    "The [indictment|complaint] says the intrusions began in {month} {year} and [continued|ran] until at least {month2} {year2}, [touching|hitting] {number} {sector} and {sector2}.",
    "According to the filing, {person} [registered|bought] {number} servers in {country} under the name of {company} and paid for them with [cryptocurrency|prepaid cards].",
    "[Officials|Investigators] estimate that {number} gigabytes of [data|files|email] left {company} before {vendor} [noticed|spotted] the [traffic|beacons] in {month} {year}.",
    "The [measures|sanctions] freeze any assets {person} and {company} hold in {country} and bar {sector} there from doing business with them.",
    "The [advisory|alert] lists {number} indicators of compromise and urges {sector} in {country} to patch {cve} [within|in] {smallnumber} days.",
  ],
  quote: [
    "“This is [a|another] [brazen|flagrant] attempt by {state} to steal what {sector} like {company} built,” {official} said {date}.",
    "“We will [keep exposing|continue to expose] {actor} and anyone who [helps|shelters] it, including {company},” {official} told reporters in {city}.",
    "“The {alias} operators were [careless|sloppy] with {malware}, and that let us [follow|trace] them to {city},” said {person}, who leads research at {vendor}.",
    "“No {sector} in {country} should assume it is too small to be a target for {actor},” {person} of {vendor} [said|warned] {date}.",
    "“{number} victims is [a conservative|a low|only a first] estimate,” {official} said, adding that more {sector} were likely hit in {year}.",
    "“Our partners in {country} and {country2} [shared|traced] {number} {malware} samples, and the picture is [consistent|clear],” {official} said.",
  ],
  technique: [
    "{actor} typically [gains access|gets in] through [spear-phishing emails|stolen VPN credentials|unpatched edge devices] and then deploys {malware} to [move laterally|spread] across {number} machines at {company}.",
    "{vendor} said the group [exploited|abused] {cve} in [firewalls|mail servers|remote access gateways] used by {sector} in {country} as early as {month} {year}.",
    "The intruders [hid|disguised] their {malware} traffic as [routine updates|cloud backups|DNS lookups] and [staged|compressed] {number} gigabytes of stolen files on servers in {country}.",
    "Once inside, {alias} operators [harvested|collected] [passwords|credentials|mailbox contents] from {number} accounts at {company} before [wiping|clearing] event logs.",
    "{person} of {vendor} said {actor} [reused|recycled] {malware} components first seen against {sector} in {country} in {year}.",
    "The group [reached|compromised] {sector} through their [suppliers|service providers|IT contractors], including {company}, which managed networks for {number} clients.",
  ],
  victims: [
    "Victims [ranged from|spanned] {sector} in {country} to {sector2} in {country2}, as well as {company} and {company2}.",
    "At least {number} [organisations|entities] in {country} were [affected|compromised], {official} said, most of them {sector}.",
    "[Among the victims|Those hit] were {company}, a {sector2} supplier in {country}, and {smallnumber} {sector} in {country2}.",
    "{vendor} counted {number} victims in {smallnumber} countries, with {country} and {country2} [the hardest hit|most affected].",
    "The [intrusions|breaches] at {company} and {company2} exposed data on {number} [customers|employees|patients] in {country}.",
  ],
  background: [
    "{actor} has been active since at least {year}, [according to|says] {vendor}, and was previously [blamed for|linked to] attacks on {number} {sector} in {country}.",
    "In {year}, {gov} [charged|named] {smallnumber} alleged members of {alias}, among them {person}, over [attacks|intrusions] on {sector} in {country}.",
    "The group first [drew attention|surfaced] in {year} when {vendor} [linked|tied] it to {malware} infections at {company} and other {sector} in {country}.",
    "{state} has [repeatedly|consistently] denied [sponsoring|running] {actor}, and its ambassador in {city}, {person}, [called|described] the {year} accusations [baseless|groundless].",
    "Since {year}, {vendor} has [tracked|observed] {alias} in {number} separate campaigns against {sector} and {sector2}.",
  ],
  response: [
    "The embassy of {state} in {city} did not [respond to|answer] a request for comment on the {alias} accusations involving {company} {date}.",
    "{company} said it had [notified|informed] {number} [customers|clients] and was working with {gov} on the {month} intrusion.",
    "A spokesperson for {state}'s foreign ministry, {person}, called the {actor} allegations about {company} “[fabricated|groundless|slander]” on {weekday}.",
    "{person}, a spokesperson for {company}, [declined to comment|would not comment] on whether {sector2} customers in {country} had been affected.",
  ],
};

/** Words quoted paragraphs may be restyled into when copied: straight quotes and apostrophes. */
export const QUOTE_STYLES = {
  curly: { open: "“", close: "”", apostrophe: "’" },
  straight: { open: '"', close: '"', apostrophe: "'" },
} as const;
