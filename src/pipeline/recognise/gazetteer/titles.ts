// Words around names: titles that precede a name ("Deputy Attorney General"), role nouns ("spokeswoman",
// "technical director"), the words organisations, places and products are made of, and the organisations whose
// staff are government officials, security researchers or company staff.

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Capitalised words of a title that can stand before a name; stripped from the name and kept as its title. */
export const TITLE_WORDS =
  words(`President Vice Prime Minister Deputy Assistant Associate Attorney General Secretary Under
Director Chief Executive Spokesman Spokeswoman Spokesperson Ambassador Senator Sen. Rep. Representative Congressman
Congresswoman Governor Gov. Mayor Chancellor Premier Chairman Chairwoman Chair Commissioner Commander Admiral Adm.
Gen. Colonel Col. Lieutenant Lt. Major Maj. Captain Capt. Sergeant Sgt. Judge Magistrate Prosecutor Special Agent
Acting Former Foreign Defense Defence Interior Home Affairs Finance Treasury National Security Adviser Advisor High
King Queen Prince Princess Sheikh Emir Supreme Leader Dr. Dr Mr. Mr Mrs. Mrs Ms. Ms Prof. Professor Sir Dame Lord
Lady Corporate Senior Principal Head Founder CEO CTO CISO COO CFO Analyst Researcher Technical Manager Officer
Lawmaker Minister-President Federal State Cyber Intelligence Justice Public Council Member Counsel Inspector Solicitor
Marshal`);

/** Honorifics that make the next capitalised word a person on their own ("Mr. Su", "Dr. Chien"). */
export const HONORIFICS = words(`Mr. Mr Mrs. Mrs Ms. Ms Dr. Dr Prof. Sir Dame President Premier Chancellor Minister
Secretary Senator Sen. Rep. Governor Gov. Mayor Judge Ambassador Director Commissioner General Gen. Colonel Col.
Admiral Adm. Captain Capt. Sheikh Emir King Queen Prince Chairman`);

/**
 * Lower-case role nouns that, right before a name or in an apposition after it, make it a person:
 * "spokeswoman Jane Porter", "Ana Ruiz, principal threat researcher at ESET".
 */
export const ROLE_NOUN =
  /\b(?:spokes(?:man|woman|person)|minister|president|vice[- ]president|secretary|adviser|advisor|director|official|ambassador|governor|prosecutor|attorney(?:[- ]general)?|judge|senator|lawmaker|legislator|chief|chairman|chairwoman|chair|commissioner|head|researcher|analyst|expert|fellow|scholar|scientist|engineer|officer|agent|founder|co-founder|executive|ceo|cto|ciso|manager|photographer|reporter|correspondent|journalist|editor|professor|lead|consultant|leader|chancellor|premier|king|queen|general|colonel|major|captain|lieutenant|admiral|commander|deputy|representative|envoy|diplomat|counsel|partner|investigator|hunter|businessman|businesswoman|national|citizen|resident|member|employee|staffer|owner|hacker|programmer|developer|student|activist)s?\b/i;

/** Words organisations, places, groups and products are made of: a run containing one is not a person. */
export const NON_PERSON_WORDS = words(`Department Departments Ministry Office Bureau Agency Council Commission Committee
Court District House Security Service Services Bank Banco Group Team Unit Center Centre Institute University
College School Police Army Navy Force Forces Corps Command Guard Guards Parliament Congress Senate Assembly Union
Party Company Corp Corp. Corporation Inc Inc. Ltd Ltd. LLC Co. Systems Technologies Technology Networks Network
Communications Telecom Telecommunications Labs Lab Software Solutions Digital Microsystems Pictures Studios Media News
Times Post Journal Foundation Association Organization Organisation Federation Republic Kingdom States
Administration Authority Directorate Division Branch Section Program Programme Project Initiative Act Law Treaty Pact
Convention Conference Summit Forum Exchange Server Windows Cloud Platform Airlines Airways Energy Pipeline Oil Gas
Electric Holdings Partners Capital Fund Reserve Trust Insurance Hospital Health Port Airport Street Avenue Square
Road Bridge Tower Hall Palace Capitol Pentagon Kremlin Panda Bear Kitten Spider Dragon Typhoon Blizzard Sleet Tempest
Sandstorm Chollima Tiger Crew Gang APT Province City County Valley Island Islands Sea Ocean Gulf Mountains River
Internet Web Threat Intelligence Defense Defence Justice Treasury Affairs Trade Commerce Homeland Protection
Constitution Assets Control Customer Mobile Global National Federal International Central Eastern Western Northern
Southern Advanced Persistent Staff Station Motors Industries Industrial Aerospace Airbus Boeing Microsoft Google Apple
Amazon Facebook Meta Twitter Cisco Oracle Adobe Zoho SharePoint Outlook Office365 Azure Android iOS Linux Chrome
Firefox Fargo Visa Mastercard Swift SWIFT Interpol Europol NATO Bundestag Duma Reuters Bloomberg Associated Press
Operation Campaign Malware Ransomware Botnet Worm Trojan Virus Strait Empire Emperor Dynasty Liberation Army People
Communist Revolutionary Islamic Democratic Socialist Popular Weekly Daily Herald Tribune Gazette Magazine Review
Report Update Story Times Initiative Order Orders Decree Directive Resolution Regulation Alliance Coalition Front Movement Brigade Battalion Regiment Squadron Fleet
Reborn Sparrow Estries Kitten Apollo Potassium Nickel Strontium Zinc Phosphorus Thallium Hafnium Nobelium Ghost
Storm Rain Star Stone Wolf Lynx Hydra Tortoise Earth Lotus Ocean Leviathan Sofacy Turla Sandworm Fancy Cozy
Charming Lazarus Kimsuky Andariel Equation Winnti Blackfly Iron Silk Jet Propulsion Laboratory Laboratories
Cybersecurity Infrastructure Grid Water Wastewater Facility Plant Mine Works Festival Games Cup Olympics Olympic
Internet-facing Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
August September October November December Update Breaking Exclusive Analysis Opinion Photo Photos Video Image
Credit Source Date Title`);

/** Organisations whose staff are government officials (beside country names and their adjectives). */
export const GOVERNMENT_ORG =
  /\b(?:ministry|ministries|department|government|council|commission|agency|bureau|police|parliament|command|embassy|consulate|white house|kremlin|treasury|pentagon|state department|justice|fbi|cia|nsa|cisa|ncsc|dhs|doj|gchq|mi5|mi6|bfv|bsi|anssi|interpol|europol|european union|eu|un|united nations|nato|cabinet|presidency|senate|congress|house|bundestag|duma|central bank|reserve bank|army|navy|air force|military|armed forces|attorney|prosecutor'?s?|court|federal|national security|homeland|foreign office|home office|office of|secretariat|authorities|administration)\b/i;

/** Security companies (and the threat-research teams of larger ones): their analysts are security researchers. */
export const SECURITY_VENDORS = words(`Symantec FireEye Mandiant CrowdStrike Kaspersky ESET Secureworks SecureWorks
Proofpoint Sophos McAfee Trellix SentinelOne Dragos Talos Volexity Cybereason Bitdefender Avast F-Secure WithSecure
Group-IB Intezer ClearSky Lookout Recorded Insikt Palo Unit42 Check Trend Fortinet FortiGuard Zscaler Rapid7 Tenable
Qualys Darktrace MSTIC TAG Citizen Positive Malwarebytes Avira Emsisoft Huntress Red Canary Arctic Wolf Sekoia Cyble
Netscout Anomali ThreatConnect Flashpoint Chainalysis Elliptic iDefense Trustwave Imperva Kaspersky's Symantec's`);

/** A title phrase of a security researcher ("technical director", "threat intelligence analyst"). */
export const RESEARCHER_TITLE =
  /\b(?:research(?:er|ers)?|analyst|scientist|threat|intelligence|malware|technical director|director|engineer|hunter|investigator|forensic|incident response|vulnerability|expert|principal|fellow)\b/i;

/** Titles that are government service wherever they stand (a company's "president" is checked apart). */
export const INHERENT_OFFICIAL_TITLE =
  /\b(?:president|premier|prime minister|minister|secretary|attorney[- ]general|(?:u\.?s\.?|united states|district|state) attorney|special counsel|inspector general|solicitor general|special agent|prosecutor|ambassador|envoy|senator|governor|mayor|chancellor|commissioner|lawmaker|legislator|congress(?:man|woman)|representative|high representative|king|queen|judge|diplomat|chief of staff|national security (?:adviser|advisor)|supreme leader|(?:rep|sen|gov)(?=\.))\b/i;

/** Titles that are government service only in a government body ("FBI Director", not "SWIFT spokeswoman"). */
export const ORG_DEPENDENT_TITLE =
  /\b(?:spokes(?:man|woman|person)|director|deputy|head|chair(?:man|woman)?|leader|chief|adviser|advisor|official|commander|general|gen|admiral|adm|colonel|col|lieutenant|lt|major|maj|captain|capt)\b/i;

/** Of these, the ones that speak for a government when the text names no body at all. */
export const OFFICIAL_WITHOUT_BODY =
  /\b(?:spokes(?:man|woman|person)|adviser|advisor|official|commander|general|gen|admiral|adm|colonel|col|lieutenant|lt)\b/i;

/** Heads of an apposition that make the name before it a thing, not a person (", a front company for …"). */
export const THING_HEAD =
  /\b(?:company|firm|group|organi[sz]ation|agency|unit|bureau|department|ministry|contractor|business|vendor|provider|institute|university|gang|operation|campaign|malware|tool|backdoor|botnet|platform|service|brand|subsidiary|country|city|province|town|region|programme|program|product|website|app|network)\b/i;

/** Titles of people named as credits: photographers, reporters. */
export const CREDIT_TITLE =
  /\b(?:photographer|photo(?:graph)?|reporter|correspondent|journalist|editor|writer|reporting|editing|writing)\b/i;

/** Companies and company shapes: their staff are "other" unless they research threats. */
export const COMPANY_SHAPE =
  /\b(?:corp(?:oration)?|inc|ltd|llc|plc|gmbh|company|co|group|holdings|bank|technologies|systems|networks|microsoft|google|apple|amazon|meta|facebook|twitter|swift|huawei|zte|boeing|lockheed|sony|samsung|cisco|oracle|ibm|intel|nvidia|verizon|at&t|x corp|dell|accenture|deloitte|pwc|kpmg|akamai|cloudflare|bae|elastic|kroll)\b/i;
