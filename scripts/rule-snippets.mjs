// Tuning snippets for scripts/eval-rules.mjs, in the gold markup of test/gold (⟦surface|id⟧ mentions,
// ⟪code⟫ expected diagnostics, ⟪speaker:id⟫ quote speakers). Written for this project in the register
// of wire and trade-press cyber reporting; positives and negatives side by side. Entities are marked
// where a rule depends on them (for the --oracle run), not exhaustively.
export const SNIPPETS = [
  // Accusations without a source, in several grammatical shapes.
  `⟪unattributed-claim⟫⟦Sandworm|actor:G0034⟧ has repeatedly attacked ⟦Ukraine|country:UA⟧'s power grid since 2015, cutting electricity to hundreds of thousands of homes.`,
  `Officials in the city spent the weekend restoring service.\n\n⟪unattributed-claim⟫⟦Chinese|country:CN⟧ state-sponsored hackers have spent years stealing trade secrets from ⟦American|country:US⟧ aerospace companies.`,
  `⟪unattributed-claim⟫Hackers working for ⟦Russia|country:RU⟧'s military intelligence agency broke into the email accounts of dozens of party officials in 2016.`,
  `⟪unattributed-claim⟫⟦APT29|actor:G0016⟧ gained access to the networks of at least nine federal agencies through a tainted software update.`,
  `⟪unattributed-claim⟫⟦Volt Typhoon|actor:G1017⟧ used compromised home routers to hide its traffic, and the group stayed inside some utilities for years.`,
  `The port reopened on Thursday.\n\n⟪unattributed-claim⟫The attack was carried out by ⟦Sandworm|actor:G0034⟧, the same unit that turned off the lights in 2015.`,
  `⟪unattributed-claim⟫⟦Lazarus Group|actor:G0032⟧ is responsible for some of the largest cryptocurrency thefts on record.`,
  `⟪unattributed-claim⟫⟦Russia|country:RU⟧ interfered in the 2016 election through a campaign of hacking and social media manipulation.`,
  `⟪unattributed-claim⟫In 2015, ⟦Chinese|country:CN⟧ spies hacked into the ⟦Office of Personnel Management|org:opm⟧ and stole the records of 21.5 million people.`,
  `⟪unattributed-claim⟫⟦Iranian|country:IR⟧ hackers launched a series of denial-of-service attacks against ⟦U.S.|country:US⟧ banks in 2012 and 2013.`,
  `⟪unattributed-claim⟫⟦Kimsuky|actor:G0094⟧ has targeted think tanks and academics in ⟦South Korea|country:KR⟧ for more than a decade, posing as journalists to win their trust.`,
  `⟪unattributed-claim⟫⟦North Korea|country:KP⟧-linked hackers stole about $1.5 billion from the exchange in February.`,
  `⟪unattributed-claim⟫⟦Turla|actor:G0010⟧ hijacked the satellite links of other hacking groups to hide its own command servers.`,
  `⟪unattributed-claim⟫⟦APT41|actor:G0096⟧ deployed ransomware on gaming companies' servers while also spying for the state.`,

  // Sourced in the sentence or in the previous sentence of the paragraph.
  `⟦Microsoft|org:microsoft⟧ said on Friday that ⟦Midnight Blizzard|actor:G0016⟧ had breached its corporate email. The group also stole some source code.`,
  `According to the ⟦FBI|org:fbi⟧, ⟦Iranian|country:IR⟧ hackers sent the stolen files to journalists. ⟦Iran|country:IR⟧ has also targeted the campaign's staff.`,
  `The ⟦Justice Department|org:justice-department⟧ indicted seven ⟦Chinese|country:CN⟧ hackers who targeted critics of ⟦Beijing|country:CN⟧ and companies around the world.`,
  `⟦Salt Typhoon|actor:G1045⟧ broke into at least nine telecommunications companies, a senior ⟦White House|country:US⟧ official told reporters.`,
  `Researchers at ⟦Mandiant|org:mandiant⟧ concluded that ⟦APT41|actor:G0096⟧ had compromised at least six state government networks.`,
  `⟦Ukraine|country:UA⟧'s cyber agency said ⟦Russian|country:RU⟧ hackers had attacked a major energy company in April.`,
  `In its annual threat assessment, the ⟦Office of the Director of National Intelligence|org:odni⟧ warned that ⟦China|country:CN⟧ had pre-positioned malware in ⟦U.S.|country:US⟧ infrastructure.`,
  `⟦APT28|actor:G0007⟧ breached the agency's network in 2020, the ⟦Norwegian|country:NO⟧ police security service concluded.`,
  `Prosecutors say the ⟦GRU|org:gru⟧ officers hacked the party's computers and leaked the documents.`,
  `⟦CrowdStrike|org:crowdstrike⟧, which responded to the intrusion, blamed ⟦Fancy Bear|actor:G0007⟧ for the attack.`,
  `“⟦China|country:CN⟧ stole our designs and then undercut us on price,” said ⟦Helen Marsh|person:helen-marsh⟧, the company's founder.`,

  // Not accusations: opinion, questions, hypotheticals, denials, background, victims.
  `⟦Russia|country:RU⟧ has denied any involvement in the attack and called the accusations unfounded.`,
  `If ⟦China|country:CN⟧ attacked ⟦Taiwan|country:TW⟧, its hackers would likely target ⟦American|country:US⟧ ports and pipelines first.`,
  `Could ⟦North Korea|country:KP⟧ hack the next election? Most experts doubt it.`,
  `⟦Russia|country:RU⟧ launched its full-scale invasion of ⟦Ukraine|country:UA⟧ in February 2022.`,
  `⟦Volt Typhoon|actor:G1017⟧ is also known as ⟦Bronze Silhouette|actor:G1017⟧ and Vanguard Panda. It has been tracked since at least 2021.`,
  `Governments must stop treating ransomware gangs as someone else's problem, and companies should not pay.`,
  `Hundreds of ⟦Ukrainian|country:UA⟧ government websites were defaced overnight, and banks were knocked offline for hours.`,
  `The hackers may have stolen customer data, the company said, although it had found no evidence of that yet.`,
  `There is no indication that ⟦Iran|country:IR⟧ breached the voting systems themselves.`,
  `⟦Beijing|country:CN⟧ rejected the report, saying ⟦China|country:CN⟧ firmly opposes all forms of cyberattacks.`,
  `The ⟦Chinese|country:CN⟧ embassy did not respond to a request for comment. ⟦China|country:CN⟧'s foreign ministry has said in the past that it is itself a victim of hacking.`,

  // Vague sources.
  `⟪vague-source⟫Two people briefed on the matter said the hackers had been inside the network since March.`,
  `The ministry shut down its email system on Tuesday, ⟪vague-source⟫according to a person familiar with the investigation.`,
  `⟪vague-source⟫Intelligence officials believe the operation was approved at the highest levels of the ⟦Kremlin|country:RU⟧.`,
  `⟪vague-source⟫Western officials say the attack bore the hallmarks of earlier ⟦Russian|country:RU⟧ operations.`,
  `The ⟦Kremlin|country:RU⟧ ⟪vague-source⟫reportedly approved the operation in early 2016.`,
  `⟪vague-source⟫Cybersecurity experts have long warned that water utilities are easy targets.`,
  `⟪vague-source⟫Some analysts say the group is now more interested in money than in secrets.`,
  `"We have never seen anything like it," said ⟪vague-source⟫a senior ⟦U.S.|country:US⟧ intelligence official.`,
  `⟪vague-source⟫⟦U.S.|country:US⟧ officials fear ⟦China|country:CN⟧ could use the access to disrupt pipelines in a crisis.`,
  `⟪vague-source⟫It is understood that the company paid part of the ransom.`,
  `⟦Sandworm|actor:G0034⟧ ⟪vague-source⟫is thought to have planned the attack for months.`,

  // Named or justified sources.
  `Officials from ⟦CISA|org:cisa⟧ and the ⟦FBI|org:fbi⟧ said the intrusions had been contained.`,
  `Two ⟦Microsoft|org:microsoft⟧ executives said the company would change how it stores signing keys.`,
  `The officials, who spoke on the condition of anonymity to discuss sensitive intelligence, said the warning came weeks earlier.`,
  `Researchers at the ⟦University of Toronto|org:university-of-toronto⟧'s ⟦Citizen Lab|org:citizen-lab⟧ said the spyware had been used against journalists.`,
  `A spokesman for the ⟦Chinese|country:CN⟧ embassy in Washington said ⟦China|country:CN⟧ opposes all hacking.`,
  `The ⟦Justice Department|org:justice-department⟧ said the officers allegedly stole the credentials of hundreds of employees.`,
  `Several security firms, including ⟦Mandiant|org:mandiant⟧, said they had seen the same malware.`,
  `The people affected by the breach were notified by mail. Sources of funding for the group remain unclear.`,
  `It was not immediately clear who was behind the attack.`,

  // Profile conflicts and ties that are not conflicts.
  `⟪profile-conflict⟫⟦APT29|actor:G0016⟧, ⟦North Korea|country:KP⟧'s premier espionage group, was named in the report.`,
  `⟦Microsoft|org:microsoft⟧ said ⟪profile-conflict⟫⟦Lazarus Group|actor:G0032⟧, believed to be ⟦Russian|country:RU⟧, had moved on to crypto exchanges.`,
  `The ⟦Iranian|country:IR⟧-linked ⟪profile-conflict⟫⟦Sandworm|actor:G0034⟧ group claimed the attack, ⟦Microsoft|org:microsoft⟧ said.`,
  `⟦Microsoft|org:microsoft⟧ linked ⟦APT28|actor:G0007⟧ to attacks on ⟦Ukrainian|country:UA⟧ and ⟦Polish|country:PL⟧ targets.`,
  `⟦Volt Typhoon|actor:G1017⟧ has been active since 2021, ⟪vague-source⟫⟦U.S.|country:US⟧ officials said.`,
  `⟦Russian|country:RU⟧ and ⟦Chinese|country:CN⟧ hackers, including ⟦APT28|actor:G0007⟧ and ⟦Volt Typhoon|actor:G1017⟧, were named in the advisory, ⟦CISA|org:cisa⟧ said.`,
  `⟦Volt Typhoon|actor:G1017⟧, a group that has been targeting ⟦American|country:US⟧ utilities, is the focus of the advisory, ⟦CISA|org:cisa⟧ said.`,
  `⟦Volt Typhoon|actor:G1017⟧ — the ⟦U.S.|country:US⟧ government's name for the group — is the subject of the advisory, ⟦CISA|org:cisa⟧ said.`,
  `In ⟦China|country:CN⟧, ⟦APT28|actor:G0007⟧ is rarely discussed in public, ⟦Mandiant|org:mandiant⟧ said.`,
  `⟪vague-source⟫⟦Iranian|country:IR⟧ officials said ⟦APT28|actor:G0007⟧ had no role in the leak.`,
];
