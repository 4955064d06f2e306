/**
 * Common given names that are nearly always borne by women or by men, so that "she said" does not
 * resolve to John Stumpf when Elizabeth Warren spoke last. Names used for both (Jordan, Taylor,
 * Alex) are left out on purpose: a name missing here only means the pronoun decides alone.
 */

const list = (names: string) => new Set(names.trim().split(/\s+/));

/*
 * Names from many languages are here because reporting on cyber threats and geopolitics quotes
 * Ukrainian, Russian, Persian, Arabic, Turkish, Polish, German, Nigerian, Japanese and other
 * officials and researchers as often as English-speaking ones.
 */

const FEMALE = list(`
  abigail ada adriana agnes aisha alexandra alice alicia alison amanda amber amelia amy ana anastasia andrea angela
  angelina anita ann anna anne annette antonia april ariana arlene audrey barbara beatrice becky belinda betsy betty
  beverly bonnie brenda bridget brittany camila carla carmen carol carolina caroline carolyn catherine cathy cecilia
  charlotte chelsea cheryl christina christine cindy claire clara claudia colleen connie cynthia daisy dana danielle
  daphne darlene dawn deborah debbie debra denise diana diane dianne dolores donna doris dorothy edith eileen elaine
  eleanor elena elisabeth elise eliza elizabeth ella ellen emily emma erica erin esther eva evelyn fatima felicia
  fiona florence frances gabriela gabrielle gail gina giselle gladys gloria grace gretchen gwen hannah harriet
  heather heidi helen helena hillary holly hope ida ingrid irene iris isabel isabella ivanka jacqueline jan jane
  janet janice jen jasmine jeanne jennifer jenny jessica jill joan joanna jocelyn josephine joy joyce judith judy
  julia julie juliet june karen kate katherine kathleen kathryn kathy katie katrin kayla kelly kellyanne kim
  kimberly kirsten kristen kristin laura lauren leila lena leslie lillian linda lisa lois loretta lori lorraine
  louise lucia lucy lydia lynn madeleine madison margaret maria marian marie marilyn marina marjorie marla martha
  mary maureen megan melania melanie melinda melissa meredith michelle mildred miriam molly monica nadia nancy naomi
  natalie natasha nicole nina nora norma oksana olga olivia pamela patricia paula pauline peggy penny phyllis
  priscilla rachel rebecca regina renee rita roberta rosa rosalind rose ruth sabrina sally samantha sandra sara
  sarah sharon sheila shirley sofia sonia sophia sophie stacey stephanie susan suzanne sylvia tamara tammy tanya
  teresa theresa tiffany tina tracy ursula valerie vanessa veronica victoria virginia vivian wanda wendy whitney
  yvonne zoe aigerim aiko akiko alina alla amani amara amina aminata anastasiya annalena anja antje aoife ayesha
  ayşe azadeh beatriz birgit bushra chiara chidinma chioma dalia daria darya dilnoza divya dorota eleni elif elke
  emine esra ewa farah farida fatemeh fatou fatma federica folake francesca giulia hadiza halyna hanna hiba hina
  ilse inês ines isabelle iryna ivanna jana joanna julija kasia katarzyna kateryna keiko khadija kristina larysa
  layla liesbeth linnea ludmila lyudmila magdalena mahsa małgorzata malgorzata mariam mariana maryam mehwish mette
  mina monika nadezhda nargiz narges nasrin natalia nataliya nathalie neha ngozi nilufar noura nurul olena
  oleksandra parisa petra polina priya pooja roya sabine sakura sandrine sanna sarah shabnam shirin shreya sigrid
  siobhan sunita svetlana sylvie tetiana tatiana tereza ulrike valentina véronique veronique viktoriya vladislava
  wafa yaël yael yasmin yasmine yelena yoko yukiko yulia yuliia zahra zainab zeynep zofia zuzana
`);

const MALE = list(`
  aaron abdul abraham adam adrian ahmed alan albert alberto alejandro alexander alfred ali allen alvin andre andrew
  andy angelo anthony antonio arnold arthur barack barry ben benjamin bernard bernie bill billy bob bobby boris brad
  bradley brandon brendan brett brian bruce bryan carl carlos chad charles charlie chris christopher chuck clarence
  clark claude clifford clint colin craig curtis dale dan daniel danny darrell dave david dean dennis derek diego
  dmitry dominic don donald doug douglas duncan dwight earl eddie edgar eduardo edward edwin elijah elliot emmanuel
  eric ernest eugene evan felix fernando francis francisco frank franklin fred frederick gabriel gary gavin gene
  geoffrey george gerald gilbert glenn gordon graham greg gregory guy hans harold harry harvey hassan hector henry
  herbert howard hugh hugo ian igor isaac ivan jack jacob jake james jared jason javier jay jeb jeff jeffrey jeremy
  jerome jerry jesse jim jimmy joe joel john johnny jon jonathan jorge jose joseph josh joshua juan julian justin
  karl keith ken kenneth kevin kurt kyle lance larry lawrence lee leo leon leonard lewis lloyd louis lucas luis luke
  malcolm manuel marc marco marcus mario mark markus martin marvin matt matthew maurice max michael miguel mike
  mikhail mitch mitchell mitt mohammed muhammad nathan nathaniel neil nicholas nick nicolas noah norman oleg oliver
  omar oscar owen pablo patrick paul pedro pete peter phil philip pierre ralph randall randy ray raymond reince
  reuben ricardo richard rick rob robert roberto rodney roger roland ron ronald ross roy ruben rudy russell ryan
  salvador sam samuel scott sean sergei sergio seth shane shawn sidney simon stanley stephen steve steven stuart ted
  terry thomas tim timothy tod todd tom tommy tony travis trevor tyler vernon victor vincent vladimir walter warren
  wayne wesley william willie wolfgang xavier yuri zachary abdoulaye abdullah adebayo aditya ahmet akira aleksander
  aleksandr aleksandar alessandro alexei alexey anatoly andrei andrey andriy andrii anil ankit arash arjun artem
  babak behrouz bilal bogdan bohdan burak chidi chinedu daisuke dariusz davit dieter dmitri dmytro emeka emre fabian
  faisal farhad florian françois francois friedrich fumio giorgi giuseppe grigory gunter günter hamid hamza heinz
  hideki hiroshi hossein ibrahim ibrahima igor ilya ismail ivan jakub javad jiří jiri joão joao jürgen kamran kazuo
  kenji khalid kirill klaus kofi konstantin krzysztof kwame lars lorenzo luca łukasz lukasz mahmoud majid mamadou
  marek masato masoud mateusz matteo mehdi mehmet michał michal mohamed mohammad mohsen moshe moussa mustafa
  mykhailo mykola nasser nikolai nikolay oleh oleksandr oleksii oleksiy olaf ondřej pavel pavlo paweł pawel petr
  piotr rahul rajesh ramesh rashid reza recep rustam saeed salman salvatore samir sanjay satoshi sergey serhiy
  serhii shinzo sipho suresh takeshi taras tariq thabo thierry tomasz tunde uwe vasyl vikram viktor vitaly vladislav
  volodymyr wojciech yaroslav yevgeny yossi yuriy yusuf
`);

/** The pronoun a given name suggests ("he", "she"), or null when the name is rare or shared. */
export function pronounOfGivenName(given: string): 'he' | 'she' | null {
  const name = given.toLowerCase();
  if (FEMALE.has(name)) return 'she';
  if (MALE.has(name)) return 'he';
  return null;
}
