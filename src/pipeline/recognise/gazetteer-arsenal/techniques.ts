// Facts about MITRE ATT&CK Enterprise techniques: the names of the common ones, and the phrases analysts and
// reporters use for them, mapped to their ids. Each phrase is a regular-expression source without capturing
// groups, matched case-insensitively at word boundaries; a more specific phrase stands before a more general
// one for the same words. `context` marks phrases ordinary prose also uses ("brute force", "supply chain"):
// they count only in a sentence about intrusions.

export interface TechniquePhrase {
  readonly id: string;
  readonly pattern: string;
  readonly context?: true;
}

/** ATT&CK names of the techniques the phrases map to (and of a few more often cited by id). */
export const TECHNIQUE_NAMES: Readonly<Record<string, string>> = {
  T1003: "OS Credential Dumping",
  "T1003.001": "LSASS Memory",
  T1005: "Data from Local System",
  T1021: "Remote Services",
  "T1021.001": "Remote Desktop Protocol",
  T1027: "Obfuscated Files or Information",
  T1036: "Masquerading",
  T1040: "Network Sniffing",
  T1041: "Exfiltration Over C2 Channel",
  T1046: "Network Service Discovery",
  T1047: "Windows Management Instrumentation",
  T1053: "Scheduled Task/Job",
  "T1053.005": "Scheduled Task",
  T1056: "Input Capture",
  "T1056.001": "Keylogging",
  T1059: "Command and Scripting Interpreter",
  "T1059.001": "PowerShell",
  "T1059.003": "Windows Command Shell",
  T1068: "Exploitation for Privilege Escalation",
  T1070: "Indicator Removal",
  "T1071.004": "DNS",
  T1074: "Data Staged",
  T1078: "Valid Accounts",
  T1082: "System Information Discovery",
  T1090: "Proxy",
  "T1090.003": "Multi-hop Proxy",
  T1091: "Replication Through Removable Media",
  T1105: "Ingress Tool Transfer",
  T1110: "Brute Force",
  "T1110.003": "Password Spraying",
  "T1110.004": "Credential Stuffing",
  T1114: "Email Collection",
  T1133: "External Remote Services",
  T1136: "Create Account",
  T1176: "Browser Extensions",
  T1189: "Drive-by Compromise",
  T1190: "Exploit Public-Facing Application",
  T1195: "Supply Chain Compromise",
  "T1195.002": "Compromise Software Supply Chain",
  T1199: "Trusted Relationship",
  T1203: "Exploitation for Client Execution",
  T1204: "User Execution",
  T1219: "Remote Access Software",
  T1486: "Data Encrypted for Impact",
  T1485: "Data Destruction",
  "T1491.002": "External Defacement",
  T1498: "Network Denial of Service",
  T1499: "Endpoint Denial of Service",
  "T1505.003": "Web Shell",
  "T1550.002": "Pass the Hash",
  "T1550.003": "Pass the Ticket",
  "T1555.003": "Credentials from Web Browsers",
  "T1558.001": "Golden Ticket",
  "T1558.003": "Kerberoasting",
  T1539: "Steal Web Session Cookie",
  T1557: "Adversary-in-the-Middle",
  T1560: "Archive Collected Data",
  "T1561.002": "Disk Structure Wipe",
  "T1562.001": "Disable or Modify Tools",
  T1565: "Data Manipulation",
  T1566: "Phishing",
  "T1566.001": "Spearphishing Attachment",
  "T1566.002": "Spearphishing Link",
  "T1566.003": "Spearphishing via Service",
  T1567: "Exfiltration Over Web Service",
  T1572: "Protocol Tunneling",
  "T1574.002": "DLL Side-Loading",
  T1583: "Acquire Infrastructure",
  "T1583.001": "Domains",
  T1584: "Compromise Infrastructure",
  T1585: "Establish Accounts",
  T1586: "Compromise Accounts",
  T1588: "Obtain Capabilities",
  T1595: "Active Scanning",
  T1598: "Phishing for Information",
  T1621: "Multi-Factor Authentication Request Generation",
  T1656: "Impersonation",
};

const p = (id: string, pattern: string, context?: true): TechniquePhrase =>
  context ? { id, pattern, context } : { id, pattern };

const SPEAR = String.raw`spear[- ]?phish(?:ing|ed)?`;
const EXPLOITED = String.raw`exploit(?:s|ed|ing|ation(?:\s+of)?)?`;
const EXPOSED = String.raw`(?:public[- ]facing|internet[- ]facing|internet[- ]exposed|externally[- ]facing|unpatched|vulnerable|edge|perimeter)`;
const FACING_PRODUCTS = String.raw`(?:Exchange|SharePoint|Confluence|Log4j|WebLogic|FortiOS|FortiGate|NetScaler|Citrix|Pulse\s+Secure|Connect\s+Secure|MOVEit|ManageEngine|ADSelfService|vCenter|ESXi|PAN-OS|GlobalProtect|BIG-IP|Zimbra|Exim|IOS\s+XE|ASA|Ivanti|SonicWall)`;
const PROVIDERS = String.raw`(?:(?:managed|IT|cloud)\s+service\s+providers?|MSPs?)`;
const TARGETS = String.raw`(?:servers?|applications?|apps|devices?|appliances?|systems?|routers?|firewalls?|VPNs?|gateways?|software)`;

/** Phrases in the order they are tried at one position: specific before general. */
export const TECHNIQUE_PHRASES: readonly TechniquePhrase[] = [
  p(
    "T1566.001",
    String.raw`${SPEAR}(?:\s+e-?mails?)?\s+(?:with\s+)?(?:malicious\s+)?attachments?|malicious\s+(?:e-?mail\s+)?attachments?|(?:booby-trapped|weaponi[sz]ed|malicious|rigged)\s+(?:Word\s+|Office\s+|Microsoft\s+Office\s+|Excel\s+|PDF\s+)?(?:documents?|files?|attachments?)`,
  ),
  p(
    "T1566.002",
    String.raw`${SPEAR}(?:\s+e-?mails?)?\s+(?:with|containing)\s+(?:malicious\s+)?links?|malicious\s+links?`,
  ),
  p("T1566.003", String.raw`${SPEAR}\s+(?:via|through|over)\s+(?:social\s+media|LinkedIn|messaging)`),
  p(
    "T1598",
    String.raw`credential\s+(?:phishing|harvesting)|(?:fake|spoofed|fraudulent)\s+(?:login|log-in|sign-in)\s+pages?`,
  ),
  p("T1566", String.raw`${SPEAR}|phishing(?:\s+(?:campaigns?|e-?mails?|attacks?|messages?|lures?|operations?))?`),
  p(
    "T1003",
    String.raw`credential\s+(?:dumping|theft|stealing)|dump(?:s|ed|ing)?\s+(?:the\s+)?(?:credentials|password\s+hashes|LSASS|hashes)|steal(?:s|ing)?\s+(?:user\s+|login\s+|account\s+)?credentials`,
  ),
  p(
    "T1078",
    String.raw`(?:stolen|compromised|legitimate|valid|harvested)\s+(?:user\s+|login\s+|account\s+)?(?:credentials|accounts)|credentials\s+stolen|valid\s+accounts`,
  ),
  p("T1056.001", String.raw`key\s?logg(?:ers?|ing)|keystroke\s+logg(?:ers?|ing)|log(?:s|ged|ging)?\s+keystrokes`),
  p(
    "T1195.002",
    String.raw`software\s+supply[- ]chain|trojani[sz]ed\s+(?:software\s+)?updates?|(?:compromised|tampered|poisoned)\s+software\s+updates?`,
  ),
  p("T1195", String.raw`supply[- ]chain\s+(?:attacks?|compromises?|hacks?|operations?|breach(?:es)?|intrusions?)`),
  p(
    "T1199",
    String.raw`trusted\s+relationships?|(?:through|via|by\s+(?:hacking|compromising|breaching))\s+(?:their\s+|its\s+)?(?:managed\s+|IT\s+|cloud\s+)?service\s+providers|(?:managed\s+service\s+providers|MSPs)\s+(?:to|in\s+order\s+to|as\s+a\s+way\s+to)\s+(?:reach|access|target|breach|get\s+into)|compromised\s+third[- ]party\s+(?:[\w-]+\s+){0,2}(?:\([^)]{0,40}\)\s+)?(?:suppliers|vendors|providers|contractors)|${PROVIDERS}["”’]?[^.;\n]{0,200}?\b(?:clients|customers|gain\s+(?:access|entry)|through\s+their\s+suppliers)|service\s+providers['’]?\s+(?:clients|customers)`,
  ),
  p(
    "T1190",
    String.raw`${EXPLOITED}\s+(?:[^.;\n]{0,80}?\s)?${EXPOSED}\s+(?:[^.;\n]{0,40}?\s)?${TARGETS}|${EXPLOITED}\s+(?:[\w-]+\s+){0,4}(?:vulnerabilit(?:y|ies)|flaws?|bugs?|zero-days?)\s+(?:in|affecting|impacting)\s+(?:[\w-]+\s+){0,4}(?:${TARGETS}|${FACING_PRODUCTS})`,
  ),
  p(
    "T1068",
    String.raw`privilege[- ]escalation(?:\s+(?:vulnerabilit(?:y|ies)|flaws?|bugs?|exploits?))?|escalat(?:e|ed|ing)\s+(?:their\s+|its\s+)?privileges`,
  ),
  p("T1110.003", String.raw`password[- ]spray(?:ing|s|ed)?`),
  p("T1110.004", String.raw`credential[- ]stuffing`),
  p("T1110", String.raw`brute[- ]forc(?:e|ed|ing)(?:\s+attacks?)?`, true),
  p("T1505.003", String.raw`web\s?shells?`),
  p("T1021.001", String.raw`remote\s+desktop\s+protocol|RDP|remote\s+desktop(?:\s+connections?|\s+access)?`),
  p("T1041", String.raw`exfiltrat(?:e|es|ed|ing|ion)`),
  p("T1561.002", String.raw`master\s+boot\s+records?|MBR`, true),
  p(
    "T1485",
    String.raw`wiper(?:\s+malware|\s+attacks?)?|data\s+destruction|destroy(?:s|ed|ing)?\s+(?:the\s+)?data|wip(?:e|ed|ing)\s+(?:\w+\s+){0,2}(?:data|disks|hard\s+drives|systems|computers)`,
  ),
  p(
    "T1486",
    String.raw`encrypt(?:s|ed|ing)?\s+(?:\w+\s+){0,3}(?:files|data|systems|servers|networks)|ransomware\s+(?:attacks?|infections?|incidents?)`,
    true,
  ),
  p(
    "T1498",
    String.raw`DDoS(?:\s+attacks?)?|distributed\s+denial[- ]of[- ]service(?:\s+attacks?)?|denial[- ]of[- ]service\s+attacks?`,
  ),
  p("T1059.001", String.raw`PowerShell(?:\s+(?:scripts?|commands?|code))?`),
  p("T1059.003", String.raw`Windows\s+command\s+shell|command[- ]line\s+(?:tools|commands)`, true),
  p("T1059", String.raw`living[- ]off[- ]the[- ]land|LOTL|LOLBins?`),
  p(
    "T1189",
    String.raw`watering[- ]holes?(?:\s+attacks?)?|drive-by\s+(?:downloads?|compromises?|attacks?)|strategic\s+web\s+compromises?`,
  ),
  p(
    "T1133",
    String.raw`(?:compromised|stolen|hijacked)\s+(?:\w+\s+){0,2}VPN\s+(?:accounts?|credentials|access|connections?)|VPN\s+(?:accounts?|credentials)|external\s+remote\s+services`,
  ),
  p(
    "T1040",
    String.raw`network\s+sniffing|sniff(?:s|ed|ing)?\s+(?:network\s+)?traffic|packet\s+captures?|(?:capture|monitor|intercept)(?:s|ed|ing)?\s+(?:\w+\s+)?network\s+traffic`,
  ),
  p("T1557", String.raw`(?:man|adversary|attacker)[- ]in[- ]the[- ]middle|MitM|AitM`),
  p(
    "T1114",
    String.raw`e-?mail\s+collection|(?:access(?:ed)?|read|stole|steal|exfiltrated|collect(?:ed|ing)?|harvest(?:ed|ing)?)\s+(?:\w+\s+){0,3}(?:e-?mails|mailboxes|inboxes|e-?mail\s+accounts)`,
  ),
  p("T1574.002", String.raw`DLL\s+side-?loading|side-?load(?:s|ed|ing)`),
  p("T1053.005", String.raw`scheduled\s+tasks?`, true),
  p(
    "T1070",
    String.raw`(?:clear|delet|eras|wip)(?:e|es|ed|ing)?\s+(?:the\s+|event\s+|system\s+|security\s+)*logs|(?:cover|eras|hid)(?:e|es|ed|ing)?\s+(?:the\s+|their\s+|its\s+)?tracks`,
  ),
  p("T1090.003", String.raw`Tor\s+(?:network|nodes?|exit\s+nodes?)|multi-hop\s+prox(?:y|ies)`),
  p(
    "T1090",
    String.raw`operational\s+relay\s+box(?:es)?|ORB\s+networks?|proxy\s+(?:networks?|servers?|infrastructure)|(?:as|through|via)\s+prox(?:y|ies)`,
    true,
  ),
  p(
    "T1583.001",
    String.raw`regist(?:er|ered|ering)\s+(?:\w+\s+){0,3}domains|typosquat(?:ting|ted)?|look-?alike\s+domains|spoofed\s+domains`,
  ),
  p(
    "T1584",
    String.raw`compromised\s+(?:\w+\s+)?(?:infrastructure|websites|web\s+servers)|hijacked\s+(?:\w+\s+)?(?:servers|routers|infrastructure|websites)`,
  ),
  p(
    "T1586",
    String.raw`(?:compromis|hijack|breach|tak)(?:e|es|ed|ing)(?:\s+over)?\s+(?:[\w'’-]+\s+){0,3}(?:e-?mail|social\s+media|Twitter|Facebook|cloud)\s+accounts|(?:breach|takeover|compromise)\s+of\s+(?:[\w'’-]+\s+){0,2}(?:e-?mail|social\s+media)\s+accounts|account\s+takeovers?`,
  ),
  p("T1091", String.raw`USB\s+(?:drives?|sticks?|flash\s+drives?|devices?)|removable\s+(?:media|drives?)`, true),
  p("T1027", String.raw`obfuscat(?:e|ed|es|ing|ion)`, true),
  p("T1036", String.raw`masquerad(?:e|ed|es|ing)`, true),
  p(
    "T1562.001",
    String.raw`disabl(?:e|ed|es|ing)\s+(?:\w+\s+){0,2}(?:antivirus|anti-virus|security\s+(?:tools|software|products)|endpoint\s+detection|EDR|defenses|defences|Windows\s+Defender)`,
  ),
  p(
    "T1136",
    String.raw`creat(?:e|ed|es|ing)\s+(?:new\s+|rogue\s+|local\s+|domain\s+|admin(?:istrator)?\s+){1,2}accounts`,
  ),
  p("T1550.002", String.raw`pass[- ]the[- ]hash`),
  p("T1550.003", String.raw`pass[- ]the[- ]ticket`),
  p("T1558.001", String.raw`golden\s+tickets?`, true),
  p("T1558.003", String.raw`kerberoast(?:ing)?`),
  p("T1555.003", String.raw`(?:passwords|credentials)\s+(?:stored\s+)?(?:in|from)\s+(?:web\s+)?browsers`),
  p("T1539", String.raw`session\s+cookies|cookie\s+theft|st(?:ole|eal|ealing)\s+cookies`),
  p("T1621", String.raw`MFA\s+(?:fatigue|bombing|spam(?:ming)?)|push\s+(?:bombing|notification\s+spam)`),
  p(
    "T1595",
    String.raw`scann(?:ed|ing)\s+(?:the\s+internet\s+)?for\s+(?:vulnerable|unpatched|exposed)|mass[- ]scann(?:ing|ed)|vulnerability\s+scann(?:ing|ers?)`,
  ),
  p("T1046", String.raw`port\s+scann(?:ing|ed|ers?)|network\s+(?:service\s+)?scann(?:ing|ed)`),
  p("T1071.004", String.raw`DNS\s+tunnel(?:l)?(?:ing|ed)?|DNS-based\s+(?:C2|command[- ]and[- ]control)`),
  p("T1572", String.raw`(?:protocol\s+)?tunnel(?:l)?(?:ing|ed)\s+(?:\w+\s+)?(?:traffic|connections|through|over)`),
  p(
    "T1219",
    String.raw`remote\s+(?:monitoring\s+and\s+management|access)\s+(?:software|tools)|RMM\s+(?:tools|software)`,
  ),
  p("T1047", String.raw`WMI|Windows\s+Management\s+Instrumentation`),
  p(
    "T1560",
    String.raw`(?:compress|archiv)(?:e|es|ed|ing)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:data|files)|password-protected\s+(?:RAR\s+|ZIP\s+)?archives`,
  ),
  p("T1074", String.raw`stag(?:ed|ing)\s+(?:the\s+)?(?:stolen\s+)?(?:data|files)|data\s+staging`),
  p("T1176", String.raw`(?:malicious|rogue)\s+browser\s+extensions?`),
  p(
    "T1585",
    String.raw`(?:fake|fabricated|fictitious|bogus)\s+(?:social\s+media\s+|LinkedIn\s+|online\s+)?(?:profiles|personas?|accounts)`,
    true,
  ),
  p("T1656", String.raw`impersonat(?:e|ed|es|ing|ion)|posing\s+as`, true),
  p("T1491.002", String.raw`defac(?:e|ed|es|ing|ement)s?`),
  p("T1565", String.raw`data\s+manipulation|manipulat(?:e|ed|ing)\s+(?:the\s+)?data`, true),
  p(
    "T1204",
    String.raw`(?:trick|lure|entice)(?:s|ed|ing)?\s+(?:\w+\s+){0,3}into\s+(?:opening|clicking|downloading|running|executing|installing|enabling)`,
  ),
];
