// Facts about vulnerabilities: the popular names of famous ones with their CVE ids and products (from the
// vendors' advisories and NVD), and the vendor and product words that name what a CVE is in.

export interface NamedVulnerability {
  /** Spellings as reports write them. */
  readonly names: readonly string[];
  readonly cve: string;
  readonly product: string;
}

const named = (names: string[], cve: string, product: string): NamedVulnerability => ({ names, cve, product });

export const NAMED_VULNERABILITIES: readonly NamedVulnerability[] = [
  named(["ProxyLogon"], "CVE-2021-26855", "Microsoft Exchange Server"),
  named(["ProxyShell"], "CVE-2021-34473", "Microsoft Exchange Server"),
  named(["ProxyNotShell"], "CVE-2022-41040", "Microsoft Exchange Server"),
  named(["Log4Shell", "LogJam4"], "CVE-2021-44228", "Apache Log4j"),
  named(["Spring4Shell", "SpringShell"], "CVE-2022-22965", "Spring Framework"),
  named(["EternalBlue"], "CVE-2017-0144", "Microsoft SMBv1"),
  named(["BlueKeep"], "CVE-2019-0708", "Microsoft Remote Desktop Services"),
  named(["Zerologon", "ZeroLogon"], "CVE-2020-1472", "Microsoft Netlogon"),
  named(["PrintNightmare"], "CVE-2021-34527", "Windows Print Spooler"),
  named(["Follina"], "CVE-2022-30190", "Microsoft Support Diagnostic Tool"),
  named(["Heartbleed"], "CVE-2014-0160", "OpenSSL"),
  named(["Shellshock"], "CVE-2014-6271", "GNU Bash"),
  named(["Citrix Bleed", "CitrixBleed"], "CVE-2023-4966", "Citrix NetScaler ADC and Gateway"),
  named(["SIGRed"], "CVE-2020-1350", "Windows DNS Server"),
  named(["SMBGhost"], "CVE-2020-0796", "Microsoft SMBv3"),
  named(["Dirty COW", "DirtyCOW"], "CVE-2016-5195", "Linux kernel"),
  named(["Dirty Pipe", "DirtyPipe"], "CVE-2022-0847", "Linux kernel"),
  named(["regreSSHion"], "CVE-2024-6387", "OpenSSH"),
  named(["Baron Samedit"], "CVE-2021-3156", "sudo"),
  named(["HiveNightmare", "SeriousSAM"], "CVE-2021-36934", "Windows"),
  named(["PetitPotam"], "CVE-2021-36942", "Windows LSA"),
  named(["Looney Tunables"], "CVE-2023-4911", "GNU C Library"),
];

/**
 * Vendors and products, lower case, one word each: a run of capitalised words holding one of them names
 * what a CVE is in ("Zoho ManageEngine ADSelfService Plus", "Cisco IOS XE", "Exchange Server").
 */
export const PRODUCT_WORDS: ReadonlySet<string> = new Set(
  `microsoft windows exchange sharepoint outlook office word excel internet explorer edge netlogon smb rdp
  cisco ios xe asa firepower webex fortinet fortios fortigate fortimanager forticlient fortiweb citrix netscaler adc
  gateway pulse ivanti connect epmm endpoint zoho manageengine adselfservice servicedesk desktop central atlassian
  confluence jira bitbucket vmware vcenter esxi workspace horizon apache log4j struts tomcat http oracle weblogic
  peoplesoft sap netweaver adobe acrobat reader flash coldfusion google chrome android apple ios macos safari webkit
  juniper junos palo alto pan-os globalprotect sonicwall f5 big-ip accellion fta solarwinds orion serv-u kaseya vsa
  progress moveit telerik barracuda esg zimbra sophos check point trend micro mozilla firefox thunderbird huawei zte
  d-link netgear tp-link mikrotik routeros qnap synology zyxel exim openssl openssh linux kernel wordpress drupal
  jenkins gitlab veeam cleo versa director sharefile screenconnect connectwise papercut goanywhere ivanti sophos
  xg sfos dell emc hpe aruba supermicro qualcomm samsung whatsapp telegram winrar 7-zip notepad++ chromium`
    .split(/\s+/)
    .filter(Boolean),
);

/** Product words too common to name a product alone; they only extend a run that has a stronger one. */
export const WEAK_PRODUCT_WORDS: ReadonlySet<string> = new Set(
  "office word edge gateway reader director connect progress central desktop endpoint http adc xe asa check point trend micro alto workspace horizon flash kernel http server".split(
    " ",
  ),
);
