/**
 * Word lists for finding people: titles, role nouns, speech verbs, given names and the capitalised
 * words that are never part of a person's name. Kept apart from the logic so they can grow.
 */

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/**
 * Honorifics and party labels: they announce a person but are no role ("Ms. Vogel", "Democrat Hillary
 * Clinton"). Compared without the period.
 */
export const HONORIFICS = set('mr mrs ms miss dr sir dame mx democrat republican');

/** Capitalised words of a title before a name ("Deputy Interior Minister", "Gen.", "Sen."). */
export const TITLE_WORDS = set(`
  president vice prime minister deputy foreign interior defense defence secretary state director general attorney
  sen sens senator senators rep reps representative representatives gov governor gen adm admiral col colonel lt lieutenant capt captain maj major sgt
  sergeant chief executive officer ambassador commissioner mayor judge justice speaker chancellor chairman chairwoman
  chair spokesman spokeswoman spokesperson press prof professor king queen prince princess pope sheikh crown special
  agent assistant acting principal senior former national security adviser advisor homeland cyber cybersecurity
  intelligence economy finance health energy digital technology home trade commerce treasury supreme leader commander
  premier analyst researcher ceo cto ciso cfo coo founder co-founder cofounder manager head lawmaker congressman
  congresswoman councilman councilwoman inspector superintendent detective officer marshal envoy counsel
  sheriff bishop cardinal rabbi imam archbishop emir crown chargé deputy-director undersecretary under first lady
  economic affairs external internal justice information communications education transport culture labor labour
  environment agriculture science federal regional district county city european public affairs policy strategy
  operations programme program research threat incident response vp svp evp md partner editor reporter correspondent
  interim administrator writer staff
`);

/** Role nouns that make a phrase a role ("the head of incident response at ..."). */
export const ROLE_NOUNS = set(`
  president vice-president director head chief minister secretary spokesperson spokesman spokeswoman analyst researcher
  officer official founder co-founder cofounder executive manager lead leader professor fellow expert consultant adviser
  advisor ambassador senator lawmaker representative commissioner chair chairman chairwoman partner engineer
  investigator attorney lawyer prosecutor judge reporter journalist editor correspondent general colonel commander ceo
  cto ciso cfo coo governor mayor member deputy strategist scientist specialist hunter architect principal vp counsel
  staffer aide agent inspector auditor economist historian author chancellor premier president-elect owner operator
  administrator coordinator superintendent detective diplomat envoy negotiator student researcher teacher lecturer
  physician doctor nurse activist campaigner organizer organiser candidate nominee justice veteran employee contractor
  worker manager technician developer programmer founder boss head spokesperson representative
  businessman businesswoman politician dissident oligarch tycoon billionaire entrepreneur
  blogger administrator captain lieutenant sergeant admiral
`);

/** Verbs that report speech; a capitalised name next to one is a person. */
export const SPEECH_VERBS = set(`
  said says told tells added adds wrote writes explained explains noted notes warned warns stated states argued argues
  insisted insists acknowledged acknowledges confirmed confirms declined cautioned cautions asked asks answered replied
  testified testifies recalled recalls continued announced announces claimed claims believes thinks according
  commented comments observed observes posted tweeted emphasized emphasised stressed stresses admitted admits added
  conceded concedes predicted predicts suggested suggests agreed agrees disagreed countered responded responds
  urged urges concluded concludes remarked
`);

/** Capitalised words that are never a person's name (days, months, institutions, products, places). */
export const NOT_NAME_WORDS = set(`
  the a an this that these those it its he she they we i you his her their our my your there here when where what
  who why how but and or if as at by for from in into of on to with after before during while since until about
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december today yesterday tomorrow
  windows server exchange online cloud office web access directory active azure outlook teams linux android ios
  iphone chrome firefox edge internet network networks system systems service services group team national
  international federal democratic republican party house senate congress parliament court street road avenue
  university college institute school department ministry agency committee council commission authority board
  bureau office center centre lab labs laboratory corporation corp inc ltd company companies bank foundation
  association union alliance forces force army navy police command unit division agency times post journal news
  daily tribune herald report review magazine press media security cyber intelligence threat threats zero day
  north south east west northern southern eastern western central europe european asia asian africa african
  america american americas pacific atlantic middle gulf sea ocean island islands river valley city state states
  county province region republic kingdom empire federation emirates ukraine operation campaign project program
  programme initiative act law bill treaty accord summit conference election elections war world cup olympics
  covid coronavirus google microsoft apple amazon meta facebook twitter telegram whatsapp signal x youtube tiktok
  linkedin instagram reddit github openai chatgpt bitcoin ethereum crypto blockchain
  breaking update updated exclusive analysis opinion editorial photo video watch read listen live
  new old great greater upper lower grand saint st fort mount lake cape port royal
  harbor harbour bay beach bridge square station airport heights springs falls canyon tower towers palace castle
  gardens stadium arena plaza memorial cathedral abbey hotel mall museum library gazette chronicle observer hebdo
  monthly weekly quarterly mirror courier ledger dispatch bulletin newsletter digest atoll club show shows poll polls
  belt catholics christians muslims jews organizations groups
  against across among amid behind beyond despite toward towards upon via without within near over under through
  is are was were be been being has have had will would can could should shall must may might do does did not no yes
`);

/** Articles of other languages that open the names of publications, not people ("Le Monde", "Die Zeit"). */
export const FOREIGN_ARTICLES = set('le la les el los las il lo die der das het');

/**
 * Common English words that open sentences; capitalised there, they are no part of a name that follows
 * ("Later Tan said", "Meanwhile Gao").
 */
export const OPENERS = set(`
  later earlier meanwhile still yet also however instead now then today tonight separately last next although though
  despite under over among asked according since only even both neither either each every all many some most several
  other another such one two three four five like unlike without within across through throughout beyond against
  around behind once unless whether so thus hence indeed otherwise perhaps maybe finally first second third initially
  eventually recently currently previously ultimately similarly likewise nonetheless nevertheless additionally
  furthermore moreover besides specifically notably officials investigators prosecutors police authorities
  researchers analysts experts critics sources hackers attackers please thanks
`);

/** Words before "by" that credit the name after it as the author ("Reporting by", "An analysis by"). */
export const CREDIT_WORDS = set(`
  analysis interview interviews reporting report editing edited writing written research photos photo photography
  photographs illustration illustrations translation translated graphics video column essay review commentary story
  words text produced compiled reported illustrated photographed additional opinion feature investigation
`);

/** Verbs of action after a name that only a person does ("Gao denied", "Tan pleaded guilty"). */
export const ACTION_VERBS = set(`
  pleaded pleads denied denies resigned resigns died dies fled flees founded co-founded joined smiled laughed shrugged
  nodded recalled testified
`);

/** Past participles after "was"/"were" that happen to people ("Tan was arrested"). */
export const PERSON_PASSIVES = set('arrested charged sentenced indicted born detained convicted extradited jailed released interviewed quoted fired hired elected appointed named');

/**
 * Common family names of China, Korea, Vietnam and the Chinese diaspora (Malaysia, Singapore). With a
 * romanised given name after them ("Tan Dailin", "Gao Wenlin") the pair is a person written family
 * name first, and the family name alone later refers to them.
 */
export const EAST_ASIAN_SURNAMES = set(`
  wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song tang han feng
  deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao fu zhong cui tan
  qian qin shi jin lei xiong meng kong bai mao hao gu hou shao wan qiu fang kang duan dai fan ou qu mo jia xia yin
  lyu niu zou shang gong yan wen tao yue zhai
  wong chan ng lim ong goh teo chua koh tay yeo chong cheung leung lau kwok tsang chow chiu yip siu lai
  kim lee park choi jung chung kang cho yoon jang jeon seo shin kwon hwang ahn yoo hong moon son bae baek nam noh kwak
  sung cha joo ryu
  nguyen tran le pham hoang phan vu vo dang bui do ngo duong ly
`);

/** One to three syllables of Chinese or Korean romanisation ("Dailin", "Haoran", "Qiang", "Hua"). */
const ROMANISED = /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|iao|ian|uai|uan|ang|eng|ong|ing|ai|ei|ao|ou|oo|eo|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|yu|a|o|e|i|u|v))(?:-?(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|iao|ian|uai|uan|ang|eng|ong|ing|ai|ei|ao|ou|oo|eo|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|yu|a|o|e|i|u|v)){0,2}$/i;

/** Whether a capitalised word reads as a romanised Chinese or Korean given name. */
export function isRomanisedGivenName(word: string): boolean {
  return word.length <= 10 && /^\p{Lu}/u.test(word) && ROMANISED.test(word);
}

/**
 * Common given names across languages. A capitalised pair starting with one is a person even with
 * no title or speech verb around it ("Hillary Clinton's campaign").
 */
export const GIVEN_NAMES = set(`
  aaron adam adrian ahmed ahmad aisha alan albert alejandro aleksandr alex alexander alexandra alexei alexey ali alice
  alicia alison amanda amber amir amy ana andre andrea andreas andrei andrew andrey andrzej angela angelina anna anne
  annie anthony antoine anton antonio anya arjun arthur ashley avril barack barbara ben benjamin bernie beth betsy bill
  bob boris brad bradley brandon brenda brian bruce bryan carl carla carlos carmen carol caroline catherine charles
  charlie charlotte chen chris christian christina christine christopher chuck claire claudia colin colleen connor craig
  cynthia dan dana daniel daniela danielle dante david dean deborah denis dennis diana diane dmitry dmitri dominic
  donald donna doug douglas dylan ed eddie edward elena eli elias elizabeth ellen emily emma emmanuel eric erik erin
  ethan eugene eva evan fatima felix fernando francesca francesco francis frank franz fred frederick gabriel gary george
  gerald gina giorgia giovanni gloria grace graham greg gregory guillaume hamid hana hannah hans harold harry hassan heather
  heinz helen helena henry hillary hiroshi hugo ian igor ilya ingrid irina isaac isabel isabella ivan jack jacob jake
  james jamie jan jane janet jason javier jean jeff jeffrey jen jennifer jeremy jerome jessica jill jim jin joan joanna
  joe johannes john jonathan jordan jorge jose joseph josh joshua juan judith julia julian julie justin kamala karen
  karim karl kate katherine kathleen kathryn katie katrin kay keir keith kelly ken kenneth kevin kim kimberly kirill
  klaus kristi kristin kurt larry laura lauren lee leila leo leon leonid linda lisa liz lucas lucia luis luke lukas
  łukasz lynn magdalena mai manuel marco marcus margaret maria marie marina mario mark markus marta martin mary
  matt matthew maxim maximilian megan mehmet melissa merrick michael michel michelle miguel mike mikhail min mohamed
  mohammad mohammed monica nadia nancy naomi natalia natalie nathan nicholas nick nicola nicolas nikita nina noah
  oksana olaf oleg oleh olga oliver olivia omar oscar pablo pamela patricia patrick paul paula pavel pedro peter
  petr philip philippe pierre pooja priya rachel rafael rahul raj ralph ramon raphael rebecca richard rick rishi rob
  robert roberto robin roger roman ron ronald rosa ross ruth ryan sabine sally sam samantha samir samira samuel sandra
  sara sarah scott sean sebastian sergei sergey seth shane sharon shawn sheila simon sofia sophie stefan stephanie
  stephen steve steven stuart susan suzanne svetlana sylvia tamara tanya tatiana ted teresa thomas tim timothy tina
  todd tom tomas tony tyler valentina valerie vanessa victor victoria viktor vincent vivek vladimir walter wang wei
  william xavier xi yael yan yang yasmin yevgeny yuri yusuf zach zachary zhang zoe zoë zhou ahmet ayşe emre farhan
  daniela jens jürgen sven lars nils anders mette jonas kai finn amelia ava mia chloe lily ella jack kyle tristan
  rohan anil sunil ravi deepak sanjay kavita anjali nikhil aditya ji-woo min-jun seo-yeon hyun jae-in yoon
  tomasz piotr krzysztof paweł pawel marek michał michal wojciech jakub kamil mateusz bartosz agnieszka katarzyna
  małgorzata malgorzata joanna ewa zofia dorota monika jana petra lucie tereza jiří jiri tomáš tomas ondřej lukáš
  dmytro andriy andrii oleksandr oleksii serhiy serhii volodymyr yulia yuliia olena iryna tetiana kateryna nikolai
  nikolay vladislav yaroslav konstantin anatoly grigory artem ivan muhammad abdul abdullah ibrahim ismail mustafa
  mahmoud hussein hossein reza javad mohsen abbas hamza tariq bilal khalid faisal nasser rashid saeed salman zainab
  maryam fatemeh nour layla noura siti aisyah azlan hafiz rahim razak anwar najib rizal budi agus dewi putri amit
  ankit rajesh suresh ramesh mahesh vikram vijay ajay manish sachin rakesh pradeep sunita anita neha shreya divya
  lakshmi kwame kofi kojo chinedu emeka ngozi oluwaseun tunde amara fatou moussa ibrahima abdoulaye mamadou aminata
  thabo sipho themba diego santiago mateo sebastián andrés felipe camila sofía lucía inés ines joão joao ricardo
  rodrigo gustavo paulo thiago bruno leonardo gonzalo beatriz mariana gabriela henrik magnus mikael johan astrid
  sigrid karin linnea takeshi kenji yuki haruto akira naoko yoko keiko satoshi kazuo shinzo fumio taro ichiro
  yoshihide hideki masato daisuke tatsuya emeka aleksander aleksandra jakob matthias tobias florian sebastian
  wolfgang günter gunter dieter uwe birgit ursula annalena olaf friedrich hannes marie-claude jean-pierre
  jean-marc françois francois amélie amelie étienne etienne benoît benoit mathieu thierry olivier sandrine
  véronique veronique isabelle nathalie sylvie matteo luca alessandro lorenzo giuseppe salvatore chiara giulia
  federica elisa
  aigerim aiko akiko alina alla amani amina anastasiya anja antje aoife ayesha azadeh bushra chidinma chioma dalia
  daria darya dilnoza eleni elif elke emine esra farah farida fatma folake hadiza halyna hanna hiba hina ilse inês
  ivanna julija kasia khadija kristina larysa liesbeth ludmila lyudmila mahsa mariam mehwish mina nadezhda nargiz
  narges nasrin nataliya nilufar oleksandra parisa polina roya sakura sanna shabnam shirin siobhan ulrike viktoriya
  vladislava wafa yaël yasmine yelena yukiko zahra zeynep zuzana adebayo aleksandar arash babak behrouz bogdan bohdan
  burak chidi dariusz davit fabian farhad giorgi kamran lukasz majid masoud mehdi moshe mykhailo mykola oleksiy pavlo
  recep rustam taras vasyl vitaly yossi yuriy
`);
