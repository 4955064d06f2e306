/**
 * Common given names that are nearly always borne by women or by men, so that "she said" does not
 * resolve to John Stumpf when Elizabeth Warren spoke last. Names used for both (Jordan, Taylor,
 * Alex) are left out on purpose: a name missing here only means the pronoun decides alone.
 */

const list = (names: string) => new Set(names.trim().split(/\s+/));

const FEMALE = list(`
  abigail ada adriana agnes aisha alexandra alice alicia alison amanda amber amelia amy ana anastasia andrea angela
  angelina anita ann anna anne annette antonia april ariana arlene audrey barbara beatrice becky belinda betsy
  betty beverly bonnie brenda bridget brittany camila carla carmen carol carolina caroline carolyn catherine cathy
  cecilia charlotte chelsea cheryl christina christine cindy claire clara claudia colleen connie cynthia daisy dana
  danielle daphne darlene dawn deborah debbie debra denise diana diane dianne dolores donna doris dorothy edith
  eileen elaine eleanor elena elisabeth elise eliza elizabeth ella ellen emily emma erica erin esther eva evelyn
  fatima felicia fiona florence frances gabriela gabrielle gail gina giselle gladys gloria grace gretchen gwen
  hannah harriet heather heidi helen helena hillary holly hope ida ingrid irene iris isabel isabella ivanka jacqueline
  jan jane janet janice jasmine jeanne jennifer jenny jessica jill joan joanna jocelyn josephine joy joyce judith judy
  julia julie juliet june karen kate katherine kathleen kathryn kathy katie katrin kayla kelly kellyanne kim kimberly
  kirsten kristen kristin laura lauren leila lena leslie lillian linda lisa lois loretta lori lorraine louise lucia
  lucy lydia lynn madeleine madison margaret maria marian marie marilyn marina marjorie marla martha mary maureen
  megan melania melanie melinda melissa meredith michelle mildred miriam molly monica nadia nancy naomi natalie
  natasha nicole nina nora norma oksana olga olivia pamela patricia paula pauline peggy penny phyllis priscilla
  rachel rebecca regina renee rita roberta rosa rosalind rose ruth sabrina sally samantha sandra sara sarah sharon
  sheila shirley sofia sonia sophia sophie stacey stephanie susan suzanne sylvia tamara tammy tanya teresa theresa
  tiffany tina tracy ursula valerie vanessa veronica victoria virginia vivian wanda wendy whitney yvonne zoe
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
  jerome jerry jesse jim jimmy joe joel john johnny jon jonathan jorge jose joseph josh joshua juan julian justin karl
  keith ken kenneth kevin kurt kyle lance larry lawrence lee leo leon leonard lewis lloyd louis lucas luis luke malcolm
  manuel marc marco marcus mario mark markus martin marvin matt matthew maurice max michael miguel mike mikhail mitch
  mitchell mitt mohammed muhammad nathan nathaniel neil nicholas nick nicolas noah norman oleg oliver omar oscar owen
  pablo patrick paul pedro pete peter phil philip pierre ralph randall randy ray raymond reince reuben ricardo richard
  rick rob robert roberto rodney roger roland ron ronald ross roy ruben rudy russell ryan salvador sam samuel scott
  sean sergei sergio seth shane shawn sidney simon stanley stephen steve steven stuart ted terry thomas tim timothy tod
  todd tom tommy tony travis trevor tyler vernon victor vincent vladimir walter warren wayne wesley william willie
  wolfgang xavier yuri zachary
`);

/** The pronoun a given name suggests ("he", "she"), or null when the name is rare or shared. */
export function pronounOfGivenName(given: string): 'he' | 'she' | null {
  const name = given.toLowerCase();
  if (FEMALE.has(name)) return 'she';
  if (MALE.has(name)) return 'he';
  return null;
}
