#!/usr/bin/env node
// Writes server/data/countries.json: every ISO 3166-1 country with the forms an article may use for it.
// The English short names and their alternatives come from the i18n-iso-countries package (MIT,
// a devDependency used only here); common short forms, demonyms and government metonyms are facts
// written below. The output is deterministic: same package version and tables, same bytes.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const english = require('i18n-iso-countries/langs/en.json').countries;
const packageVersion = require('i18n-iso-countries/package.json').version;

/** The name an English-language newsroom uses, where the ISO list's first name is a formal one. */
const SHORT_NAME = {
  BN: 'Brunei', BO: 'Bolivia', CD: 'Democratic Republic of the Congo', CG: 'Republic of the Congo', CN: 'China',
  CZ: 'Czech Republic', FK: 'Falkland Islands', FM: 'Micronesia', GB: 'United Kingdom', GM: 'Gambia',
  IR: 'Iran', KR: 'South Korea', LA: 'Laos', MD: 'Moldova', MK: 'North Macedonia', NL: 'Netherlands',
  PS: 'Palestine', RU: 'Russia', SY: 'Syria', TR: 'Turkey', TW: 'Taiwan', TZ: 'Tanzania',
  US: 'United States', VA: 'Vatican City', VE: 'Venezuela', VG: 'British Virgin Islands',
  VI: 'U.S. Virgin Islands', MF: 'Saint Martin', SX: 'Sint Maarten', CI: 'Ivory Coast', AX: 'Åland Islands',
};

/** Alternative names the ISO list lacks, or that articles use more than the formal ones. */
const EXTRA_ALIASES = {
  US: ['America', 'U.S. of A.', 'United States of America'],
  GB: ['Britain', 'U.K.', 'Great Britain'],
  RU: ['Russian Federation'],
  KP: ["Democratic People's Republic of Korea", 'DPRK', 'D.P.R.K.'],
  KR: ['Republic of Korea', 'ROK'],
  CN: ["People's Republic of China", 'PRC', 'P.R.C.', 'Mainland China'],
  TW: ['Republic of China'],
  AE: ['UAE', 'U.A.E.', 'Emirates'],
  CZ: ['Czechia'],
  TR: ['Türkiye', 'Turkiye'],
  VA: ['Holy See', 'Vatican'],
  NL: ['Holland'],
  SY: ['Syrian Arab Republic'],
  MM: ['Burma'],
  SZ: ['Swaziland'],
  CV: ['Cabo Verde'],
  TL: ['East Timor'],
  SA: ['Kingdom of Saudi Arabia', 'KSA'],
  CD: ['DRC', 'DR Congo'],
};

/** Demonyms and adjectives; plural nouns ("Russians") are derived where English forms them with -s. */
const DEMONYMS = {
  AF: ['Afghan'], AL: ['Albanian'], DZ: ['Algerian'], AD: ['Andorran'], AO: ['Angolan'], AR: ['Argentine', 'Argentinian'],
  AM: ['Armenian'], AU: ['Australian'], AT: ['Austrian'], AZ: ['Azerbaijani'], BS: ['Bahamian'], BH: ['Bahraini'],
  BD: ['Bangladeshi'], BB: ['Barbadian'], BY: ['Belarusian'], BE: ['Belgian'], BZ: ['Belizean'], BJ: ['Beninese'],
  BT: ['Bhutanese'], BO: ['Bolivian'], BA: ['Bosnian'], BW: ['Botswanan'], BR: ['Brazilian'], BN: ['Bruneian'],
  BG: ['Bulgarian'], BF: ['Burkinabe'], BI: ['Burundian'], KH: ['Cambodian'], CM: ['Cameroonian'], CA: ['Canadian'],
  CV: ['Cape Verdean'], CF: ['Central African'], TD: ['Chadian'], CL: ['Chilean'], CN: ['Chinese'], CO: ['Colombian'],
  KM: ['Comoran'], CG: ['Congolese'], CR: ['Costa Rican'], CI: ['Ivorian'], HR: ['Croatian'], CU: ['Cuban'],
  CY: ['Cypriot'], CZ: ['Czech'], DK: ['Danish'], DJ: ['Djiboutian'], DO: ['Dominican'], EC: ['Ecuadorian'],
  EG: ['Egyptian'], SV: ['Salvadoran'], GQ: ['Equatorial Guinean'], ER: ['Eritrean'], EE: ['Estonian'],
  ET: ['Ethiopian'], FJ: ['Fijian'], FI: ['Finnish'], FR: ['French'], GA: ['Gabonese'], GM: ['Gambian'],
  GE: ['Georgian'], DE: ['German'], GH: ['Ghanaian'], GR: ['Greek'], GD: ['Grenadian'], GT: ['Guatemalan'],
  GN: ['Guinean'], GY: ['Guyanese'], HT: ['Haitian'], HN: ['Honduran'], HK: ['Hongkonger'], HU: ['Hungarian'],
  IS: ['Icelandic'], IN: ['Indian'], ID: ['Indonesian'], IR: ['Iranian'], IQ: ['Iraqi'], IE: ['Irish'],
  IL: ['Israeli'], IT: ['Italian'], JM: ['Jamaican'], JP: ['Japanese'], JO: ['Jordanian'], KZ: ['Kazakh', 'Kazakhstani'],
  KE: ['Kenyan'], KP: ['North Korean'], KR: ['South Korean'], KW: ['Kuwaiti'], KG: ['Kyrgyz'], LA: ['Laotian', 'Lao'],
  LV: ['Latvian'], LB: ['Lebanese'], LS: ['Basotho'], LR: ['Liberian'], LY: ['Libyan'], LI: ['Liechtensteiner'],
  LT: ['Lithuanian'], LU: ['Luxembourgish'], MG: ['Malagasy'], MW: ['Malawian'], MY: ['Malaysian'], MV: ['Maldivian'],
  ML: ['Malian'], MT: ['Maltese'], MR: ['Mauritanian'], MU: ['Mauritian'], MX: ['Mexican'], MD: ['Moldovan'],
  MC: ['Monegasque'], MN: ['Mongolian'], ME: ['Montenegrin'], MA: ['Moroccan'], MZ: ['Mozambican'], MM: ['Burmese', 'Myanmar'],
  NA: ['Namibian'], NP: ['Nepali', 'Nepalese'], NL: ['Dutch'], NZ: ['New Zealander'], NI: ['Nicaraguan'],
  NE: ['Nigerien'], NG: ['Nigerian'], MK: ['North Macedonian', 'Macedonian'], NO: ['Norwegian'], OM: ['Omani'],
  PK: ['Pakistani'], PW: ['Palauan'], PS: ['Palestinian'], PA: ['Panamanian'], PG: ['Papua New Guinean'],
  PY: ['Paraguayan'], PE: ['Peruvian'], PH: ['Filipino', 'Philippine'], PL: ['Polish'], PT: ['Portuguese'],
  PR: ['Puerto Rican'], QA: ['Qatari'], RO: ['Romanian'], RU: ['Russian'], RW: ['Rwandan'], WS: ['Samoan'],
  SA: ['Saudi', 'Saudi Arabian'], SN: ['Senegalese'], RS: ['Serbian'], SC: ['Seychellois'], SL: ['Sierra Leonean'],
  SG: ['Singaporean'], SK: ['Slovak'], SI: ['Slovenian'], SO: ['Somali'], ZA: ['South African'], SS: ['South Sudanese'],
  ES: ['Spanish'], LK: ['Sri Lankan'], SD: ['Sudanese'], SR: ['Surinamese'], SZ: ['Swazi'], SE: ['Swedish'],
  CH: ['Swiss'], SY: ['Syrian'], TW: ['Taiwanese'], TJ: ['Tajik'], TZ: ['Tanzanian'], TH: ['Thai'], TL: ['Timorese'],
  TG: ['Togolese'], TT: ['Trinidadian'], TN: ['Tunisian'], TR: ['Turkish'], TM: ['Turkmen'], UG: ['Ugandan'],
  UA: ['Ukrainian'], AE: ['Emirati'], GB: ['British'], US: ['American'], UY: ['Uruguayan'], UZ: ['Uzbek'],
  VU: ['Ni-Vanuatu'], VE: ['Venezuelan'], VN: ['Vietnamese'], YE: ['Yemeni'], ZM: ['Zambian'], ZW: ['Zimbabwean'],
  XK: ['Kosovar'], GL: ['Greenlandic'],
};

/** Plural nouns English forms irregularly or that articles use for a country's people. */
const EXTRA_PEOPLE = {
  GB: ['Britons', 'Brits'], NL: ['Dutchman'], FR: ['Frenchman'], DK: ['Danes'], FI: ['Finns'], PL: ['Poles'],
  SE: ['Swedes'], TR: ['Turks'], ES: ['Spaniards'], PH: ['Filipinos'], CH: ['Swiss'], IE: ['Irishman'],
  SA: ['Saudis'], AF: ['Afghans'], TJ: ['Tajiks'], UZ: ['Uzbeks'], KZ: ['Kazakhs'], CZ: ['Czechs'],
  SK: ['Slovaks'], GR: ['Greeks'], TH: ['Thais'], IQ: ['Iraqis'], KW: ['Kuwaitis'], QA: ['Qataris'],
  YE: ['Yemenis'], PK: ['Pakistanis'], BD: ['Bangladeshis'], IL: ['Israelis'], AE: ['Emiratis'], OM: ['Omanis'],
  BH: ['Bahrainis'], AZ: ['Azerbaijanis'], SO: ['Somalis'], NZ: ['Kiwis'],
};

/** Capitals and seats of government that stand for the state in news copy. */
const METONYMS = {
  RU: ['Kremlin', 'Moscow'], CN: ['Beijing', 'Zhongnanhai'], US: ['Washington', 'White House'],
  GB: ['London', 'Downing Street', 'Whitehall'], IR: ['Tehran', 'Teheran'], KP: ['Pyongyang'],
  UA: ['Kyiv', 'Kiev'], FR: ['Paris', 'Élysée', 'Elysee'], DE: ['Berlin'], IL: ['Tel Aviv'],
  KR: ['Seoul'], JP: ['Tokyo'], IN: ['New Delhi'], PK: ['Islamabad'], BY: ['Minsk'], TW: ['Taipei'],
  TR: ['Ankara'], SA: ['Riyadh'], AE: ['Abu Dhabi'], VN: ['Hanoi'], SY: ['Damascus'], CA: ['Ottawa'],
  AU: ['Canberra'], IT: ['Rome'], ES: ['Madrid'], PL: ['Warsaw'], NL: ['The Hague'], EG: ['Cairo'],
  QA: ['Doha'], IQ: ['Baghdad'], AF: ['Kabul'], VE: ['Caracas'], CU: ['Havana'], HU: ['Budapest'],
  SE: ['Stockholm'], NO: ['Oslo'], FI: ['Helsinki'], DK: ['Copenhagen'], EE: ['Tallinn'], LT: ['Vilnius'],
  LV: ['Riga'], RO: ['Bucharest'], CZ: ['Prague'], AT: ['Vienna'], BE: ['Brussels'], GR: ['Athens'],
  RS: ['Belgrade'], GE: ['Tbilisi'], AM: ['Yerevan'], AZ: ['Baku'], KZ: ['Astana'], MX: ['Mexico City'],
  BR: ['Brasilia', 'Brasília'], ID: ['Jakarta'], MY: ['Kuala Lumpur'], SG: [], TH: ['Bangkok'], PH: ['Manila'],
  NG: ['Abuja'], ZA: ['Pretoria'], KE: ['Nairobi'], ET: ['Addis Ababa'], LB: ['Beirut'], JO: ['Amman'],
  MD: ['Chisinau', 'Chișinău'], IE: ['Dublin'], CH: ['Bern'], PT: ['Lisbon'], NZ: ['Wellington'],
};

/**
 * Names that are listing forms rather than what prose says ("Korea, Republic of"), or that name two
 * countries at once ("Congo").
 */
const isListingForm = (name) => /[,()]/.test(name) || name === 'Congo';

function countryRecord(code, raw) {
  const isoNames = Array.isArray(raw) ? raw : [raw];
  const name = SHORT_NAME[code] ?? isoNames.find((n) => !isListingForm(n)) ?? isoNames[0];
  const aliases = unique([...isoNames, ...(EXTRA_ALIASES[code] ?? [])].filter((n) => n !== name && !isListingForm(n)));
  const adjectives = DEMONYMS[code] ?? [];
  // "Russian" -> "Russians", "Israeli" -> "Israelis"; "Chinese", "Swiss", "French" have no -s plural.
  const plurals = adjectives.filter((d) => /(an|i)$/.test(d)).map((d) => `${d}s`);
  const demonyms = unique([...adjectives, ...plurals, ...(EXTRA_PEOPLE[code] ?? [])]);
  return { code, name, aliases, demonyms, metonyms: METONYMS[code] ?? [] };
}

function unique(list) {
  const seen = new Set();
  return list.filter((item) => !seen.has(item) && seen.add(item));
}

const countries = Object.entries(english)
  .map(([code, raw]) => countryRecord(code, raw))
  .sort((a, b) => (a.code < b.code ? -1 : 1));

const header =
  `Generated by scripts/build-countries.mjs from i18n-iso-countries ${packageVersion} (MIT) plus the ` +
  'short forms, demonyms and metonyms written in that script. Do not edit by hand: edit the script and run npm run build:countries.';
const lines = countries.map((c) => `  ${JSON.stringify(c)}`);
const out = `{\n"header": ${JSON.stringify(header)},\n"countries": [\n${lines.join(',\n')}\n]}\n`;
const target = join(root, 'server/data/countries.json');
const before = (() => {
  try {
    return readFileSync(target, 'utf8');
  } catch {
    return '';
  }
})();
writeFileSync(target, out);
console.log(`countries.json: ${countries.length} countries${before === out ? ' (unchanged)' : ''}`);
