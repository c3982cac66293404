// Software names that ordinary prose uses for other things. Facts about words, not about reports: which
// built-in commands of Windows and Unix are also English words or abbreviations ("at", "net", "route"), and
// which ATT&CK malware and tool names are ordinary words, given names, places or myths ("Sunburst", "Royal",
// "Kevin", "Cuba", "Medusa"). All lower-case, as squashed (letters and digits only).

/**
 * Operating-system commands that prose uses as words: never software from prose, only written as code
 * ("net.exe", "cmd.exe").
 */
export const COMMAND_WORDS: ReadonlySet<string> = new Set(
  (
    "at net arp ping route cmd ftp reg tasklist systeminfo expand attrib cipher ipconfig ifconfig netstat nbtstat " +
    "netsh whoami"
  ).split(" "),
);

/** Software names that are ordinary words or names: software only with malware context around them. */
export const ORDINARY_WORDS: ReadonlySet<string> = new Set(
  [
    // English words
    "wiper page epic rover ruler responder empire carbon cannon octopus chaos mosquito explosive avenger anchor",
    "trinity flame snake crimson aurora scorpion viper photo agenda soldier warzone spark shark meteor disco donut",
    "mythic sliver havoc embargo solar mango samurai ninja royal play cuba maze pony medusa bookworm canopy reptile",
    "calendar biscuit backspace spaceship flashflood lowball bubblewrap windshield soundbite flipside riptide",
    "shipshape halfbaked turnedup deadeye chimneysweep roadsweep deadwood pitstop zipline bushwalk raindrop",
    "teardrop supernova sunburst sunspot prestige apostle ferocious proton crutch gazer reaver matryoshka",
    "helminth covenant tor pandora lucifer emissary bazar seasalt spica textmate powersource slowdrift",
    "homefry nightclub moneybird hildegard umbreon valak james kevin denis milan",
    "elise calisto tomiris mafalda ramsay akira conti qilin peppy turian kessel bandook ebury mori doki kido naid",
    "orz zox dok pupy pacu meek yty dfls h1n1 ps1 get2 out1 team9",
    // Names of more than one ordinary word
    "poisonivy skeletonkey cherrypicker golddragon braveprince risingsun blackenergy badrabbit",
    "powerloader smokeloader netcrawler tokencontrol greenlambert smallsieve linedancer linerunner quickassist",
    "imminentmonitor unknownlogger trojanmanuscript raspberryrobin cyclopsblink saintbot mobileorder",
  ]
    .join(" ")
    .split(" "),
);

/** Kinds of platform or language that stand before "malware" without being its name ("the Linux malware"). */
export const PLATFORM_WORDS: ReadonlySet<string> = new Set(
  (
    "windows linux unix macos osx mac ios android chrome office excel word powerpoint outlook pdf python golang " +
    "go rust java javascript powershell vba vbs net dotnet php perl lua c cpp iot ics scada usb apt pos atm " +
    "russian chinese iranian korean north american israeli new custom modular destructive malicious bespoke " +
    "previously unknown novel known first second third final same other this that its their our"
  ).split(" "),
);
