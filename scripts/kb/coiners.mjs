// Who coined an actor name, when MISP's name-attribution does not say: vendors name groups by
// published schemes (Mandiant's APTnn/FINnn/UNCnnnn, CrowdStrike's animals, Proofpoint's TAnnn ...),
// so the scheme itself identifies the coiner.

/** Chemical elements: Microsoft's naming scheme before 2023 (STRONTIUM, NOBELIUM, ZINC ...). */
const ELEMENTS = new Set(
  (
    'hydrogen helium lithium beryllium boron carbon nitrogen oxygen fluorine neon sodium magnesium aluminum aluminium ' +
    'silicon phosphorus sulfur chlorine argon potassium calcium scandium titanium vanadium chromium manganese iron ' +
    'cobalt nickel copper zinc gallium germanium arsenic selenium bromine krypton rubidium strontium yttrium zirconium ' +
    'niobium molybdenum technetium ruthenium rhodium palladium silver cadmium indium tin antimony tellurium iodine xenon ' +
    'cesium caesium barium lanthanum cerium praseodymium neodymium promethium samarium europium gadolinium terbium ' +
    'dysprosium holmium erbium thulium ytterbium lutetium hafnium tantalum tungsten rhenium osmium iridium platinum gold ' +
    'mercury thallium lead bismuth polonium astatine radon francium radium actinium thorium protactinium uranium ' +
    'neptunium plutonium americium curium berkelium californium einsteinium fermium mendelevium nobelium lawrencium ' +
    'rutherfordium dubnium seaborgium bohrium hassium meitnerium darmstadtium roentgenium copernicium nihonium flerovium ' +
    'moscovium livermorium tennessine oganesson'
  ).split(' '),
);

/** Whether `name` is one of Microsoft's element names as Microsoft writes them (all capitals). */
export const isElementName = (name) => /^[A-Z]+$/.test(name) && ELEMENTS.has(name.toLowerCase());

const CROWDSTRIKE_ANIMALS = 'Bear|Panda|Kitten|Chollima|Spider|Tiger|Leopard|Buffalo|Jackal|Crane|Ocelot|Lynx|Wolf|Hawk|Kangaroo|Saiga';
const UNIT42_CONSTELLATIONS = 'Ursa|Taurus|Serpens|Libra|Scorpius|Draco|Pisces|Aquarius|Orion|Lupus|Cygnus|Aries|Virgo|Capricornus|Ophiuchus|Vulpecula';
const MICROSOFT_WEATHER = 'Blizzard|Typhoon|Sandstorm|Sleet|Tempest|Cyclone|Hail|Rain|Tsunami|Flood|Dust';
const SECUREWORKS_METALS = 'IRON|BRONZE|COBALT|NICKEL|GOLD|TIN|ZINC|COPPER|PLATINUM|CARBON|ALUMINUM';

const SCHEMES = [
  [/^(?:Storm|DEV)-\d{3,4}$/i, 'Microsoft'],
  [new RegExp(`^[A-Z][a-z]+ (?:${MICROSOFT_WEATHER})$`), 'Microsoft'],
  [/^(?:APT|FIN)\s?\d{1,3}$/, 'Mandiant'],
  [/^UNC\d{2,5}$/, 'Mandiant'],
  [/^TEMP\.[A-Z]\w+$/i, 'Mandiant'],
  [new RegExp(`^[A-Za-z]+ (?:${CROWDSTRIKE_ANIMALS})$`, 'i'), 'CrowdStrike'],
  [/^TA\d{3,4}$/, 'Proofpoint'],
  [/^(?:TG|CTG)-\d{3,5}$/, 'Secureworks'],
  [new RegExp(`^(?:${SECUREWORKS_METALS}) [A-Z]+$`), 'Secureworks'],
  [/^UAC-\d{4}$/, 'CERT-UA'],
  [/^(?:Earth|Water) [A-Z][a-z]+$/, 'Trend Micro'],
  [/^APT-C-\d+$/, 'Qihoo 360'],
  [/^ITG\d+$/, 'IBM X-Force'],
  [/^TAG-\d+$/, 'Recorded Future'],
  [/^UAT-?\d+$/, 'Cisco Talos'],
  [new RegExp(`^[A-Z][a-z]+ (?:${UNIT42_CONSTELLATIONS})$`), 'Palo Alto Networks'],
];

/** MISP producer names, shortened to the names articles use for the vendor. */
const PRODUCER_NAMES = new Map([
  ['Palo Alto', 'Palo Alto Networks'],
  ['Cisco Talos Intelligence Group', 'Cisco Talos'],
  ['Google Cloud Blog', 'Google'],
  ['Broadcom Blog', 'Symantec'],
  ['BlackBerry Blog', 'BlackBerry'],
  ['McAfee Labs', 'McAfee'],
  ['Juniper Networks Blogs', 'Juniper Networks'],
  ['Wiz Blog', 'Wiz'],
  ['Kandji Blog', 'Kandji'],
]);

export const producerName = (name) => PRODUCER_NAMES.get(name) ?? name;

/** The coiner a naming scheme identifies, or undefined. */
export function schemeCoiner(name) {
  if (isElementName(name)) return 'Microsoft';
  for (const [pattern, coiner] of SCHEMES) if (pattern.test(name)) return coiner;
  return undefined;
}
