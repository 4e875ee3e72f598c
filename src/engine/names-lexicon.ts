/**
 * General word lists for finding names in running text: titles, organisation and place words,
 * function words, common given names. All lower case. None of them is a list of names from any
 * benchmark: they are ordinary English vocabulary and common given names.
 */

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}

/** Words that stand before a person's name and are not part of it ("Foreign Minister Cho Tae-yul"). */
export const TITLES = set(`
 president president-elect vice-president minister premier chancellor secretary secretary-general
 undersecretary under-secretary director-general governor gov mayor senator sen representative rep
 congressman congresswoman congressmember assemblyman assemblywoman councilman councilwoman councillor
 councilor alderman ambassador envoy consul diplomat general gen lieutenant lt colonel col captain capt
 sergeant sgt corporal cpl private pvt admiral adm commander cmdr marshal brigadier brig commodore
 chief director chairman chairwoman chairperson ceo cfo coo cto spokesman spokeswoman spokesperson
 judge justice attorney prosecutor sheriff detective inspector superintendent supt commissioner
 officer constable king queen prince princess duke duchess lord lady sir dame emperor empress sultan
 sheikh sheik emir crown pope cardinal archbishop bishop reverend rev rabbi imam ayatollah mullah
 pastor patriarch mr mrs ms mx miss dr prof professor coach manager mp mep speaker leader
 chairman chief-executive founder co-founder cofounder owner publisher editor anchor correspondent
 reporter columnist economist analyst lawyer dr. mr. mrs. ms. comrade president-elect premier-elect
 head headmaster principal provost rector chaplain deacon father brother sister nun monk lama
 actor actress singer rapper player striker goalkeeper midfielder defender pitcher
 quarterback skier champion author writer poet novelist artist designer architect scientist
 physicist astronaut student teacher officials official member spokesmen
`);

/** Abbreviated titles written with a full stop ("Gen. Smith", "Mr. Lee"): the stop does not end the sentence. */
export const TITLE_ABBREVIATIONS = set(`
  mr mrs ms mx dr gen sen rep gov lt col capt sgt maj adm cmdr prof rev sr jr st mt ft pres supt insp
  det cpl pvt brig hon gens messrs mme mlle fr sgts lt-col lt-gen maj-gen
`);

/** Words that may stand between a title and the name and belong to the title ("Secretary of State"). */
export const TITLE_DOMAINS = set(`
  state defense defence foreign affairs interior justice finance treasury trade commerce health
  education labor labour energy agriculture environment transport transportation culture home
  economy economic development housing veterans security homeland war navy army air force police
  information communications science technology industry tourism sport sports youth women welfare
  public works planning budget internal external national the staff joint chiefs general
`);

/** Last words of organisation names. */
export const ORG_WORDS = set(`
 agency agencies association authority administration airline airlines airways alliance army
 assembly bank bancorp board brigade brigades bureau cabinet caucus church club coalition college
 commission committee company companies congress consortium corporation corp co cos
 council court corps department dept directorate division federation foundation front fund
 government group guard guards inc incorporated industries institute institution league ltd llc
 plc gmbh ag sa media ministry movement navy network news newspaper office organization
 organisation parliament party police press radio senate service services society studio
 studios systems television tv times post herald journal tribune gazette telegraph daily chronicle
 observer review magazine weekly trust union university school academy hospital clinic laboratory
 laboratories labs secretariat tribunal unit division marines regiment battalion squad exchange
 reserve holdings enterprises technologies technology motors pharmaceuticals electronics
 communications partners airways railway railways broadcasting associates insurance securities
 worldwide international fc brotherhood sisterhood order synod diocese mission council cooperative
 co-operative federation ministries commissions councils forces force command garrison police
 prosecutors intelligence agency initiative centers institutes
 museum library orchestra ensemble band choir team troupe label records publishing publishers
 communications telecom software systems solutions consulting capital ventures investments
  financial industry treasury program programme project initiative org
`);

/** Organisation words that also end names of places or events: weaker evidence. */
export const ORG_HEADS_OF = set(`
 agency association authority bank board bureau church commission committee council court
 department directorate federation foundation fund institute league ministry office organization
 organisation party school society union university college academy secretary army navy
 house hall museum center centre order
`);

/** Last words of place names. */
export const PLACE_WORDS = set(`
  city county province river lake lakes mountain mountains mount island islands isle
  isles bay sea ocean gulf strait straits valley desert peninsula coast beach square street avenue
  road boulevard highway bridge airport harbor harbour canyon falls springs heights hills hill forest
  zone strip region territory territories prefecture oblast village town township borough parish
  plaza grounds stadium arena hall palace castle cathedral basilica temple mosque synagogue tower
  towers building highlands plains basin delta glacier pass canal reef park district quarter
  neighborhood neighbourhood field fields camp base circle crossing checkpoint lane drive way
  oasis archipelago atoll peak volcano cape point shore shores coastline jungle wood woods marsh
  station terminal port headland republic kingdom emirate principality center centre planetarium
  hotel memorial factory facility cave complex mall resort
`);

/** First words of place names ("Lake Victoria", "San Diego", "Fort Worth"). */
export const PLACE_FIRST_WORDS = set(`
  lake mount mt fort ft port cape san santa são sao st saint sainte las los el la le gulf isle
  new north south east west upper lower greater central northern southern eastern western
`);

/** Words that end names of events, laws, prizes and works, which are not actors. */
export const EVENT_WORDS = set(`
 cup olympics olympic games championship championships open tournament festival prize award awards
 day week war wars summit election elections revolution series marathon expo fair show conference
 act treaty accord accords agreement resolution bill amendment constitution convention declaration
 protocol plan doctrine rally race grand prix derby bowl trophy classic 
 crisis scandal affair massacre uprising offensive operation storm hurricane typhoon cyclone
 earthquake flood disaster pandemic epidemic virus syndrome disease law code era age period
 dynasty year christmas easter ramadan eid hanukkah thanksgiving halloween hajj umrah diwali passover kippur
 hashanah kwanzaa chanukah hanukah holi nowruz pentecost
`);

/** Function words, pronouns, adverbs and other words that are capitalised only at the start of a sentence. */
export const STOP_WORDS = set(`
 a an the this that these those it its it's he she we they i you me him her us them his hers our
 ours their theirs my mine your yours in on at by for from with without about after before during
 since until till as if when whenever while where wherever what whatever who whoever whom whose which
 why how and but or nor so yet not no yes there here all some many most several each every both
 either neither any other another such more less few fewer much one two three four five six seven
 eight nine ten eleven twelve twenty thirty forty fifty hundred hundreds thousand thousands million
 millions billion dozens first second third fourth fifth last next also however meanwhile moreover
 although though despite because according instead still even only just now then today yesterday
 tomorrow tonight earlier later recently currently once twice again already perhaps maybe indeed
 thus therefore furthermore additionally finally overall nevertheless nonetheless please thanks
 thank well oh ok okay do does did done is are was were be been being has have had will would can
 could should may might must shall let lets like unlike among amid amidst between against under over
 through throughout into onto upon within across along around behind beyond near off out up down
 to of than via per whether unless whereas wherein thereby hence otherwise besides beside toward
 towards regarding concerning including excluding following given asked told said says saying
 says added noted according reportedly officially initially eventually ultimately previously
 subsequently similarly likewise accordingly consequently specifically especially particularly
 notably generally usually typically often sometimes never always almost nearly about above below
 every everyone everything everybody someone something somebody anyone anything anybody nobody
 nothing none whatever whichever whoever whose ago 
 former yes hey dear sorry hello hi goodbye welcome congratulations
 mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday
 january february march april june july august september october november december jan feb mar
 apr jun jul aug sep sept oct nov dec spring summer autumn fall winter
 breaking update updated exclusive analysis opinion editorial photo photos image images video
 watch read listen live note correction source sources credit copyright 
`);

/** Capitalised words that are not names of actors: religions, ethnic and other groups, common nouns. */
export const NOT_ACTORS = set(`
 god gods lord allah bible koran quran torah gospel internet web online net islam
 islamic muslim muslims christian christians christianity catholic catholics catholicism protestant
 protestants jewish jew jews judaism hindu hindus hinduism buddhist buddhists buddhism sikh sikhs
 sunni sunnis shia shiite shiites arab arabs arabic kurd kurds kurdish latino latinos hispanic
 hispanics asian asians african africans european europeans western westerners eastern nordic latin
 anglo saxon celtic slavic orthodox evangelical evangelicals pentecostal mormon mormons caucasian
 black white native indigenous aboriginal roma gypsy gypsies tamil tamils pashtun pashtuns
 holocaust constitution bible tv vip ceo cfo gdp dna aids hiv ok am pm
 id phd pr ufo faq usb pc cd dvd gps sms html http www url ai it ip iq ivf lgbt lgbtq t-shirt
 t-shirts i-phone nobel oscar oscars emmy grammy celsius fahrenheit 
  mr mrs ms dr sir madam state states republic kingdom north south east west northeast northwest
  southeast southwest middle central northern southern eastern western midwest
  serb serbs croat croats bosniak bosniaks slav slavs hutu hutus tutsi tutsis yoruba igbo hausa zulu
  xhosa maasai masai berber berbers bedouin bedouins druze alawite alawites copt copts maronite
  uighur uighurs uyghur uyghurs rohingya tibetans cajun cajuns creole creoles inuit sami celt celts
  sumerian sumerians roman romans ottoman ottomans viking vikings aztec aztecs maya mayan inca
  persian persians pharaoh gentile gentiles baltic nordic scandinavian olympian olympians
  jr sr esq ngo ngos gmt utc est edt pst bst cet english arabic hebrew mandarin cantonese hindi urdu
  swahili night morning evening afternoon noon midnight categories category
`);

/** Name particles that may stand in lower case inside a person's name ("Charles de Gaulle"). */
export const NAME_PARTICLES = set(`
  de del della dei di da das do dos du der den van von ter ten le la bin ibn binti bint al el y e
  arap zu af av
`);

/** Connectors inside organisation and place names ("Bank of America", "Council on Foreign Relations"). */
export const NAME_CONNECTORS = set(`of for on and the`);

/**
 * Common given names from many languages, in lower case. A capitalised word from this list that
 * starts a sequence of capitalised words marks a person's name.
 */
export const GIVEN_NAMES = set(`
 aaron abdul abdullah abdel abu adam adel adrian ahmad ahmed aisha akira alan albert alberto alex
 alexander alexandra alexei alexey alfred ali alice alicia alison amanda amber amir amy ana anatoly
 anders andre andrea andreas andrei andrew andrey andy angela angelina angus ann anna anne annie
 anthony antonio anton arnold arthur ashley ashraf ayman barack barbara barry basil ben benjamin
 bernard bernie betty beverly bill billy bob bobby boris brad bradley brandon brenda brett brian
 bruce bruno bryan carl carla carlos carmen carol caroline catherine cecilia charles charlie
 charlotte chen cheryl chris christian christina christine christopher claire claudia colin
 connor craig cristina cynthia dale dan daniel daniela danny darren dave david dawn dean deborah
 debra denis dennis derek diana diane dick dieter dmitry dmitri dominic don donald donna doris
 dorothy doug douglas duncan dylan ed eddie edgar edith edward eileen elena elizabeth ellen emily
 emma emmanuel enrique eric erik erin ernest ethan eugene eva evan evelyn fatima felipe felix
 fernando fiona francesca francesco francis francisco frank franz fred frederick gabriel gareth
 gary george georg gerald gerhard gloria gordon grace graham greg gregory guillermo gustavo hamid
 hans harold harry hassan heather hector heidi helen helmut henry herbert hillary howard hugh hugo
 hussein ian igor ibrahim ilya imran ingrid irene isaac isabel ivan jack jackie jacob jacques james
 jamie jan jane janet janice jason javier jean jeff jeffrey jennifer jenny jeremy jerome jerry jesse
 jessica jill jim jimmy joan joanna joe joel johann johannes john johnny jon jonathan jorge jose
 josé josef joseph josh joshua joyce juan judith judy julia julian julie justin kamal karen
 karl kate katherine kathleen kathy katie keith kelly ken kenneth kevin khalid kim kimberly kirk
 klaus kurt kyle larry laura lauren lawrence lee leon leonard leslie li liam lily linda lisa lois
 lorenzo louis louise luc lucas lucy luis luke lynn magdalena mahmoud malcolm manuel marc marcus
 margaret maria marie marina mario mark marko martha martin mary mathieu matt matthew maurice max
 maxim megan melanie melissa michael michel michelle miguel mikhail mike miles mohamed mohammad
 mohammed monica muhammad nancy natalia natalie nathan neil nicholas nick nicola nicolas nicole
 nigel nikolai nina noah norman olga oliver olivia omar oscar otto pablo pamela patricia patrick
 paul paula pedro peter petra phil philip philippe phillip pierre rachel rafael ralph ramon randy
 raul ray raymond rebecca richard rick rita rob robert roberto robin roger roland ronald rosa
 ross roy ruby russell ruth ryan saddam salim sally salman sam samantha samuel sandra sara
 sarah scott sean sebastian sergei sergey sharon shawn sheila shirley simon sophie stanley stefan
 stephanie stephen steve steven stuart susan suzanne svetlana tanya ted teresa terry theresa
 thomas tim timothy tina todd tom tommy tony tracy valerie vanessa victor viktor vincent virginia
 vladimir walter wayne wendy william willie xavier yasser yuri yusuf zachary zhang wang liu yang
 huang zhao wu zhou xu zhu hu guo lin luo gao xi jin kim lee park choi cho jung kang yoon
 jang lim han shin seo kwon hwang ahn yoo nguyen tran pham hoang vu
 hiroshi takeshi yuki kenji shinzo naoto taro ichiro haruki akihito narendra rahul sonia indira
 rajiv amit anil sunil vijay sanjay priya deepak ravi arjun imran nawaz benazir asif ashraf hamid
 recep ahmet mehmet mustafa emine kemal olaf angela gerhard helmut emmanuel nicolas
 francois françois jacques giorgia silvio matteo mario sergio giuseppe pedro mariano jose luiz
 lula dilma jair andrés andres manuel gustavo javier cristina nestor evo hugo nicolas fidel raul
 volodymyr petro viktor yulia vitali oleksandr dmytro mykola taras serhiy 
 ursula jean-claude jean-marie jean-paul jean-jacques jean-luc jean-pierre
 marie-claire anne-marie hans-dietrich frank-walter karl-heinz abdulaziz abdel fattah bashar hafez
 hosni anwar gamal jamal khaled mahmoud mohammed nasser faisal fahd salman tamim zayed
 benjamin yitzhak shimon ehud ariel naftali yair golda menachem ismail haniyeh yahya
 kofi antonio boutros nelson jacob cyril thabo desmond winnie robert morgan emmerson paul
 uhuru william raila daniel mwai jomo yoweri paul goodluck olusegun muhammadu bola ellen
 george barack donald joe kamala hillary mitt nancy chuck mitch ted marco bernie elizabeth pete
 rudy rudolph bernadette margaret tony gordon david theresa boris liz rishi keir jeremy nicola
 justin stephen pierre malcolm scott anthony kevin julia jacinda
 aleksandr alexandr alexei aleksei anatoli andrei arkady boris dmitri evgeny gennady grigory igor
 konstantin leonid mikhail nikita oleg pavel roman ruslan sergei stanislav timur vadim valentin
 valery vasily vitaly vladislav vyacheslav yevgeny yuri zhanna tatiana tatyana yelena irina
 larisa lyudmila natalya nadezhda oksana galina svetlana ekaterina yekaterina anastasia
 abraham abe adolf alf alfonso alistair amos angelo archibald august augusto barney bart bertrand
 blake boyd brent brooke caleb calvin cameron carlo cesar chad chester clara clarence claude
 clifford clint clyde cody cole conrad cornelius curtis daisy damian damon dana darius
 darryl dave dean delia desmond devon dexter diego dolores dominique doreen drew dwight earl edmund
 edwin eleanor elias eliza elliot ellis elmer elsa emil enzo esther ethel eugenia eunice ezra fabio
 faith felicity floyd forrest francine fritz gavin gene geoffrey gilbert gina giovanni gisele glen
 glenn grant gregg gwen hannah harriet harvey hazel helga herman hilda homer horace ida ingo irma
 isabella ivy jake jared jay jeanne jenna jerald jessie joanne jodie jody jordan josephine
 josie joy juliet june karim kareem karina kay kendall kent kirsten lance lars leo leonardo leroy
 lester lionel lloyd lorraine lottie lucia luigi luther mabel mack madeleine madison maggie mandy
 marcel marcia marco margarita marian marilyn marion marjorie marshall marvin mateo matilda
 maureen mavis maxine melvin mercedes meredith mia milton miranda molly monty myra naomi nathaniel
 ned nell nelson nora olive owen pat patsy pearl peggy penny perry phyllis preston quentin quincy
 randall reginald rex rhonda ricardo rocco rod rodney rory rosalind rose roxanne rupert russ
 sabrina sadie salvatore sasha seth shane shannon sidney silvia sofia spencer stacy stella sterling
 stuart sylvia tamara tara terence thelma theo theodore tobias toby travis trevor troy tyler ulrich
 vera vernon veronica vicky viola violet wade wallace warren wesley wilbur wilfred willard wilma
 winston yolanda yvonne zoe zoltan
 
`);

/** Abbreviations of US states as news agencies write them after a town ("Little Rock, Ark."), without the dots. */
export const STATE_ABBREVIATIONS = set(`
  ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb
  nev n.h n.j n.m n.y n.c n.d okla ore pa r.i s.c s.d tenn tex vt va wash w.va wis wyo d.c
`);

/** Words that name vehicles and craft ("Space Shuttle Atlantis"): such names are not actors. */
export const VEHICLE_WORDS = set(`
  shuttle spacecraft spaceship rocket satellite probe rover capsule submarine frigate destroyer
  cruiser warship battleship aircraft airliner jet locomotive yacht ferry tanker
`);
