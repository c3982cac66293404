// Facts about domain names: which top-level domains exist (the country codes and the generic ones seen in
// reporting and in indicator lists), which of them are also file extensions ("readme.md", "setup.zip"), and
// which domains are the report's furniture rather than indicators: news outlets, security vendors and
// government sites it cites, link shorteners, and the big benign services malware reaches for.

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Country-code top-level domains (ISO 3166-1 plus uk, eu, su, ac). */
const COUNTRY_TLDS = `ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo br bs bt
bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg er es et eu fi fj fk fm
fo fr ga gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it je jm jo
jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mg mh mk ml mm mn mo mp mq mr ms mt
mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw
sa sb sc sd se sg sh si sk sl sm sn so sr ss st su sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug
uk us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw`;

/** Generic top-level domains common in reporting and in malicious infrastructure. */
const GENERIC_TLDS = `com net org info biz gov edu mil int arpa onion xyz top club online site space website tech
store shop live icu buzz cyou fun life world today news link click host press pro name mobi asia cloud digital email
services solutions support network systems agency group media global center company cam rest bar monster quest loan
work win bid download stream racing review party trade date men science accountant cricket faith webcam
dev app zip mov ink one lol vip wang ltd gdn kim uno ooo best surf fit sbs cfd lat autos boo page blog art design
io ai`;

/** Every top-level domain Espial accepts in a domain name. */
export const TOP_LEVEL_DOMAINS: ReadonlySet<string> = words(`${COUNTRY_TLDS} ${GENERIC_TLDS}`);

/**
 * Top-level domains that are also file extensions: "notes.md", "run.sh", "setup.zip", "clip.mov",
 * "Notes.app". Written plainly, such a name is a file; only defanged or inside a URL is it a domain.
 */
export const FILE_LIKE_TLDS: ReadonlySet<string> = words("zip mov md sh py pl ps rs so app sc cs ms mp rar");

/** News outlets and aggregators: the reports' own links and credits. */
const OUTLETS = `bleepingcomputer.com therecord.media recordedfuture.com reuters.com apnews.com bloomberg.com nytimes.com
washingtonpost.com wsj.com ft.com theguardian.com bbc.co.uk bbc.com cnn.com nbcnews.com cbsnews.com abcnews.go.com
foxnews.com politico.com axios.com theverge.com wired.com arstechnica.com zdnet.com techcrunch.com thehackernews.com
securityweek.com darkreading.com krebsonsecurity.com cyberscoop.com theregister.com scmagazine.com infosecurity-magazine.com
helpnetsecurity.com bankinfosecurity.com csoonline.com vice.com engadget.com gizmodo.com forbes.com businessinsider.com
cnbc.com npr.org aljazeera.com dw.com france24.com lemonde.fr spiegel.de zeit.de tagesschau.de yna.co.kr
scmp.com japantimes.co.jp kyodonews.net nikkei.com timesofisrael.com haaretz.com euronews.com feeds.reuters.com
therecord.media medium.com substack.com`;

/** Security vendors and research labs cited as sources. */
const VENDORS = `microsoft.com mandiant.com fireeye.com crowdstrike.com symantec.com broadcom.com kaspersky.com
securelist.com eset.com welivesecurity.com secureworks.com proofpoint.com paloaltonetworks.com unit42.paloaltonetworks.com
trendmicro.com sophos.com mcafee.com trellix.com sentinelone.com dragos.com talosintelligence.com cisco.com
volexity.com cybereason.com bitdefender.com checkpoint.com fortinet.com zscaler.com rapid7.com tenable.com
recordedfuture.com intezer.com clearskysec.com lookout.com citizenlab.ca google.com blog.google cloud.google.com
virustotal.com malwarebytes.com avast.com group-ib.com f-secure.com withsecure.com elastic.co huntress.com
redcanary.com sekoia.io anomali.com threatconnect.com flashpoint.io mitre.org attack.mitre.org cve.org nvd.nist.gov
cve.mitre.org github.com gitlab.com`;

/** Government sites cited as sources (besides every .gov and .mil). */
const GOVERNMENT = `cisa.gov justice.gov fbi.gov ic3.gov treasury.gov state.gov nsa.gov defense.gov whitehouse.gov
ncsc.gov.uk gov.uk europa.eu consilium.europa.eu bsi.bund.de verfassungsschutz.de bund.de ssi.gouv.fr cert.ssi.gouv.fr
cyber.gov.au canada.ca cyber.gc.ca gc.ca ncsc.govt.nz nisc.go.jp rewardsforjustice.net interpol.int nato.int un.org`;

/** Link shorteners and social sites: citations and credits, never indicators when written plainly. */
const SOCIAL = `t.co bit.ly ow.ly buff.ly goo.gl tinyurl.com lnkd.in reut.rs symc.ly fb.me dlvr.it youtu.be
twitter.com x.com facebook.com linkedin.com youtube.com instagram.com reddit.com t.me telegram.org wikipedia.org`;

/** Big benign services malware and defenders' examples reach for (connectivity checks, updates, placeholders). */
const BENIGN = `google.com googleapis.com gstatic.com windowsupdate.com update.microsoft.com live.com office.com office365.com
outlook.com microsoftonline.com windows.com bing.com apple.com icloud.com amazon.com amazonaws.com cloudflare.com
akamai.net akamaihd.net yahoo.com example.com example.org example.net localhost.localdomain wordpress.org
mozilla.org python.org npmjs.com pypi.org`;

/** Domains that are the report's furniture, not indicators, when written plainly. Subdomains count too. */
export const BENIGN_DOMAINS: ReadonlySet<string> = words(`${OUTLETS} ${VENDORS} ${GOVERNMENT} ${SOCIAL} ${BENIGN}`);

/** Suffixes under which every site is a government's or an army's. */
export const GOVERNMENT_SUFFIXES: readonly string[] = ["gov", "mil", "gov.uk", "gouv.fr", "govt.nz", "gc.ca", "go.jp"];

/** Public resolvers and addresses that reports and malware mention without them being hostile. */
export const BENIGN_ADDRESSES: ReadonlySet<string> = words(
  "8.8.8.8 8.8.4.4 1.1.1.1 1.0.0.1 9.9.9.9 149.112.112.112 208.67.222.222 208.67.220.220 4.2.2.1 4.2.2.2",
);
