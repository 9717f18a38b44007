/**
 * Actor resolution: who is behind a source phrase.
 *
 * Canonical forms (one per entity, so that the cross-referencer can group):
 * - countries by their short English name ("North Korea", "South Korea",
 *   "Russia", "Ukraine", "USA", "UK", "China", "Germany", …), reached from
 *   German and English names, genitives ("Nordkoreas"), adjectives
 *   ("südkoreanischen Angaben", "South Korean"), demonyms ("Ukrainer"),
 *   "US-"/"EU-" prefixes, capitals and metonyms ("Seoul", "Pjöngjang",
 *   "Kreml", "Weißes Haus", "Pentagon");
 * - state institutions without a personal name resolve to their country:
 *   "der südkoreanische Geheimdienst", "die US-Regierung", "das Präsidialamt
 *   in Moskau" → "South Korea", "USA", "Russia". This keeps every claim of a
 *   government and its agencies in one group, which is what a reader comparing
 *   figures across sources wants ("South Korea says 11,000").
 * - named organisations and media keep their own name ("KCNA", "NATO", "European Union",
 *   "RIA Novosti", "Reuters", "CNN"); "die nordkoreanische Agentur KCNA" →
 *   "KCNA" (the name wins over the adjective);
 * - persons by their full name as first given in the article ("Kirby" →
 *   "John Kirby"); a small table of people who are often in the news maps
 *   German and English spellings to one form, German transliteration for
 *   Russian and Ukrainian names ("Dmitry Peskov" → "Dmitri Peskow",
 *   "Putin" → "Wladimir Putin");
 * - lexicon aliases (`Lexicon.actors`) are checked before all built-in
 *   tables, so a workspace can override and extend every mapping.
 * - unnamed sources ("Berichten zufolge", "reports say") → UNKNOWN_ACTOR.
 */
import { latin } from './sources/latin';
import { GIVEN_NAMES } from './sources/names';
import type { Lexicon } from './types';

/** Actor of an unnamed source ("Berichten zufolge"). */
export const UNKNOWN_ACTOR = 'unknown';

export type ActorType = 'person' | 'country' | 'org' | 'media' | 'group' | 'unknown';

export interface ResolvedActor {
  actor: string;
  type: ActorType;
}

interface CountryDef {
  /** canonical English short name */
  c: string;
  /** names (German and English), lower-case; multi-word allowed */
  n: string[];
  /** adjective stems, lower-case, German without inflection ("südkoreanisch") and English ("south korean") */
  a: string[];
  /** demonym nouns (base forms, lower-case) */
  d: string[];
  /** capitals, seats of government and metonyms */
  m: string[];
}

const COUNTRIES: CountryDef[] = [
  { c: 'North Korea', n: ['nordkorea', 'north korea', 'dprk', 'demokratische volksrepublik korea'], a: ['nordkoreanisch', 'north korean'], d: ['nordkoreaner'], m: ['pjöngjang', 'pyongyang', 'pjongjang'] },
  { c: 'South Korea', n: ['südkorea', 'south korea', 'republik korea', 'republic of korea'], a: ['südkoreanisch', 'south korean'], d: ['südkoreaner'], m: ['seoul', 'national intelligence service'] },
  { c: 'Russia', n: ['russland', 'russia', 'russische föderation', 'russian federation'], a: ['russisch', 'russian'], d: ['russe', 'russen', 'russin'], m: ['moskau', 'moscow', 'kreml', 'kremlin', 'duma', 'staatsduma', 'state duma', 'föderationsrat'] },
  { c: 'Ukraine', n: ['ukraine'], a: ['ukrainisch', 'ukrainian'], d: ['ukrainer'], m: ['kiew', 'kyiv', 'kiev', 'kyjiw', 'werchowna rada', 'verkhovna rada'] },
  { c: 'USA', n: ['usa', 'us', 'u.s.', 'u.s.a.', 'vereinigte staaten', 'vereinigten staaten', 'united states', 'amerika', 'america'], a: ['us-amerikanisch', 'amerikanisch', 'american'], d: ['amerikaner', 'us-amerikaner'], m: ['washington', 'weißes haus', 'weiße haus', 'weißen haus', 'weißen hauses', 'white house', 'pentagon', 'state department', 'us-kongress', 'us-außenministerium', 'us-verteidigungsministerium'] },
  { c: 'China', n: ['china', 'volksrepublik china', "people's republic of china", 'prc'], a: ['chinesisch', 'chinese'], d: ['chinese', 'chinesen', 'chinesin'], m: ['peking', 'beijing'] },
  { c: 'Japan', n: ['japan'], a: ['japanisch', 'japanese'], d: ['japaner'], m: ['tokio', 'tokyo'] },
  { c: 'Germany', n: ['deutschland', 'germany', 'bundesrepublik'], a: ['deutsch', 'german', 'bundesdeutsch'], d: ['deutsche', 'deutschen'], m: ['berlin', 'bundesregierung', 'kanzleramt', 'auswärtiges amt', 'auswärtige amt', 'auswärtigen amt', 'auswärtigen amtes', 'bundeswehr', 'bundesnachrichtendienst', 'bnd', 'bundeskanzleramt', 'bundestag'] },
  { c: 'Austria', n: ['österreich', 'austria'], a: ['österreichisch', 'austrian'], d: ['österreicher'], m: ['wien', 'vienna', 'ballhausplatz'] },
  { c: 'Switzerland', n: ['schweiz', 'switzerland'], a: ['schweizerisch', 'schweizer', 'swiss'], d: ['schweizer'], m: ['bern'] },
  { c: 'France', n: ['frankreich', 'france'], a: ['französisch', 'french'], d: ['franzose', 'franzosen', 'französin'], m: ['paris', 'élysée', 'elysee', 'élysée-palast', 'quai d’orsay'] },
  { c: 'United Kingdom', n: ['großbritannien', 'vereinigtes königreich', 'vereinigten königreich', 'vereinigten königreichs', 'united kingdom', 'britain', 'great britain', 'england', 'uk', 'u.k.'], a: ['britisch', 'british', 'englisch'], d: ['brite', 'briten', 'britin'], m: ['london', 'downing street', 'whitehall'] },
  { c: 'Italy', n: ['italien', 'italy'], a: ['italienisch', 'italian'], d: ['italiener'], m: ['rom', 'rome'] },
  { c: 'Spain', n: ['spanien', 'spain'], a: ['spanisch', 'spanish'], d: ['spanier'], m: ['madrid'] },
  { c: 'Poland', n: ['polen', 'poland'], a: ['polnisch', 'polish'], d: ['pole', 'polen', 'polin'], m: ['warschau', 'warsaw'] },
  { c: 'Belarus', n: ['belarus', 'weißrussland', 'belarussland'], a: ['belarussisch', 'weißrussisch', 'belarusian'], d: [], m: ['minsk'] },
  { c: 'Hungary', n: ['ungarn', 'hungary'], a: ['ungarisch', 'hungarian'], d: ['ungar', 'ungarn'], m: ['budapest'] },
  { c: 'Czech Republic', n: ['tschechien', 'tschechische republik', 'czech republic', 'czechia'], a: ['tschechisch', 'czech'], d: ['tscheche', 'tschechen'], m: ['prag', 'prague'] },
  { c: 'Slovakia', n: ['slowakei', 'slovakia'], a: ['slowakisch', 'slovak'], d: ['slowake', 'slowaken'], m: ['bratislava', 'pressburg'] },
  { c: 'Romania', n: ['rumänien', 'romania'], a: ['rumänisch', 'romanian'], d: ['rumäne', 'rumänen'], m: ['bukarest', 'bucharest'] },
  { c: 'Bulgaria', n: ['bulgarien', 'bulgaria'], a: ['bulgarisch', 'bulgarian'], d: ['bulgare', 'bulgaren'], m: ['sofia'] },
  { c: 'Greece', n: ['griechenland', 'greece'], a: ['griechisch', 'greek'], d: ['grieche', 'griechen'], m: ['athen', 'athens'] },
  { c: 'Turkey', n: ['türkei', 'turkey', 'türkiye'], a: ['türkisch', 'turkish'], d: ['türke', 'türken'], m: ['ankara'] },
  { c: 'Netherlands', n: ['niederlande', 'holland', 'netherlands'], a: ['niederländisch', 'holländisch', 'dutch'], d: ['niederländer', 'holländer'], m: ['den haag', 'amsterdam', 'the hague'] },
  { c: 'Belgium', n: ['belgien', 'belgium'], a: ['belgisch', 'belgian'], d: ['belgier'], m: [] },
  { c: 'Sweden', n: ['schweden', 'sweden'], a: ['schwedisch', 'swedish'], d: ['schwede', 'schweden'], m: ['stockholm'] },
  { c: 'Finland', n: ['finnland', 'finland'], a: ['finnisch', 'finnish'], d: ['finne', 'finnen'], m: ['helsinki'] },
  { c: 'Norway', n: ['norwegen', 'norway'], a: ['norwegisch', 'norwegian'], d: ['norweger'], m: ['oslo'] },
  { c: 'Denmark', n: ['dänemark', 'denmark'], a: ['dänisch', 'danish'], d: ['däne', 'dänen'], m: ['kopenhagen', 'copenhagen'] },
  { c: 'Serbia', n: ['serbien', 'serbia'], a: ['serbisch', 'serbian'], d: ['serbe', 'serben'], m: ['belgrad', 'belgrade'] },
  { c: 'Croatia', n: ['kroatien', 'croatia'], a: ['kroatisch', 'croatian'], d: ['kroate', 'kroaten'], m: ['zagreb'] },
  { c: 'Portugal', n: ['portugal'], a: ['portugiesisch', 'portuguese'], d: ['portugiese', 'portugiesen'], m: ['lissabon', 'lisbon'] },
  { c: 'Ireland', n: ['irland', 'ireland'], a: ['irisch', 'irish'], d: ['ire', 'iren'], m: ['dublin'] },
  { c: 'Georgia', n: ['georgien'], a: ['georgisch', 'georgian'], d: ['georgier'], m: ['tiflis', 'tbilisi'] },
  { c: 'Moldova', n: ['moldau', 'moldawien', 'republik moldau', 'moldova'], a: ['moldauisch', 'moldawisch', 'moldovan'], d: [], m: ['chisinau', 'chișinău'] },
  { c: 'Armenia', n: ['armenien', 'armenia'], a: ['armenisch', 'armenian'], d: ['armenier'], m: ['eriwan', 'yerevan'] },
  { c: 'Azerbaijan', n: ['aserbaidschan', 'azerbaijan'], a: ['aserbaidschanisch', 'azerbaijani'], d: [], m: ['baku'] },
  { c: 'Kazakhstan', n: ['kasachstan', 'kazakhstan'], a: ['kasachisch', 'kazakh'], d: [], m: ['astana'] },
  { c: 'Israel', n: ['israel'], a: ['israelisch', 'israeli'], d: ['israeli', 'israelis'], m: ['jerusalem', 'tel aviv', 'knesset', 'mossad', 'schin bet', 'shin bet', 'zahal'] },
  { c: 'Palestinian territories', n: ['palästina', 'palestine', 'gazastreifen', 'westjordanland', 'gaza strip', 'west bank'], a: ['palästinensisch', 'palestinian'], d: ['palästinenser'], m: ['ramallah'] },
  { c: 'Iran', n: ['iran'], a: ['iranisch', 'iranian'], d: ['iraner'], m: ['teheran', 'tehran'] },
  { c: 'Iraq', n: ['irak', 'iraq'], a: ['irakisch', 'iraqi'], d: ['iraker'], m: ['bagdad', 'baghdad'] },
  { c: 'Syria', n: ['syrien', 'syria'], a: ['syrisch', 'syrian'], d: ['syrer'], m: ['damaskus', 'damascus'] },
  { c: 'Lebanon', n: ['libanon', 'lebanon'], a: ['libanesisch', 'lebanese'], d: ['libanese', 'libanesen'], m: ['beirut'] },
  { c: 'Jordan', n: ['jordanien', 'jordan'], a: ['jordanisch', 'jordanian'], d: ['jordanier'], m: ['amman'] },
  { c: 'Egypt', n: ['ägypten', 'egypt'], a: ['ägyptisch', 'egyptian'], d: ['ägypter'], m: ['kairo', 'cairo'] },
  { c: 'Saudi Arabia', n: ['saudi-arabien', 'saudi arabia'], a: ['saudi-arabisch', 'saudisch', 'saudi'], d: ['saudi', 'saudis'], m: ['riad', 'riyadh'] },
  { c: 'Qatar', n: ['katar', 'qatar'], a: ['katarisch', 'qatari'], d: [], m: ['doha'] },
  { c: 'Yemen', n: ['jemen', 'yemen'], a: ['jemenitisch', 'yemeni'], d: [], m: ['sanaa'] },
  { c: 'Libya', n: ['libyen', 'libya'], a: ['libysch', 'libyan'], d: ['libyer'], m: ['tripolis', 'tripoli'] },
  { c: 'Afghanistan', n: ['afghanistan'], a: ['afghanisch', 'afghan'], d: ['afghane', 'afghanen'], m: ['kabul'] },
  { c: 'Pakistan', n: ['pakistan'], a: ['pakistanisch', 'pakistani'], d: [], m: ['islamabad'] },
  { c: 'India', n: ['indien', 'india'], a: ['indisch', 'indian'], d: ['inder'], m: ['neu-delhi', 'new delhi', 'delhi'] },
  { c: 'Taiwan', n: ['taiwan'], a: ['taiwanisch', 'taiwanese'], d: [], m: ['taipeh', 'taipei'] },
  { c: 'Vietnam', n: ['vietnam'], a: ['vietnamesisch', 'vietnamese'], d: [], m: ['hanoi'] },
  { c: 'Philippines', n: ['philippinen', 'philippines'], a: ['philippinisch', 'philippine', 'filipino'], d: [], m: ['manila'] },
  { c: 'Indonesia', n: ['indonesien', 'indonesia'], a: ['indonesisch', 'indonesian'], d: [], m: ['jakarta'] },
  { c: 'Australia', n: ['australien', 'australia'], a: ['australisch', 'australian'], d: ['australier'], m: ['canberra'] },
  { c: 'Canada', n: ['kanada', 'canada'], a: ['kanadisch', 'canadian'], d: ['kanadier'], m: ['ottawa'] },
  { c: 'Mexico', n: ['mexiko', 'mexico'], a: ['mexikanisch', 'mexican'], d: ['mexikaner'], m: ['mexiko-stadt', 'mexico city'] },
  { c: 'Brazil', n: ['brasilien', 'brazil'], a: ['brasilianisch', 'brazilian'], d: ['brasilianer'], m: ['brasília', 'brasilia'] },
  { c: 'Venezuela', n: ['venezuela'], a: ['venezolanisch', 'venezuelan'], d: [], m: ['caracas'] },
  { c: 'Argentina', n: ['argentinien', 'argentina'], a: ['argentinisch', 'argentine', 'argentinian'], d: [], m: ['buenos aires'] },
  { c: 'South Africa', n: ['südafrika', 'south africa'], a: ['südafrikanisch', 'south african'], d: [], m: ['pretoria'] },
  { c: 'Nigeria', n: ['nigeria'], a: ['nigerianisch', 'nigerian'], d: [], m: ['abuja'] },
];

/**
 * The other UN members (and Kosovo, Vatican), compactly:
 * English name | German and other names | adjective stems | demonyms | capitals.
 * Left out where they collide with common words or given names: English "Chad",
 * "Jordan" (given names), "Georgia" (the US state), capitals "Santiago", "Victoria".
 */
const MORE_COUNTRIES = `
Slovenia|slowenien,slovenia|slowenisch,slovenian|slowene,slowenen|ljubljana,laibach
Bosnia and Herzegovina|bosnien-herzegowina,bosnien und herzegowina,bosnien,bosnia and herzegovina,bosnia|bosnisch,bosnian|bosnier|sarajevo
North Macedonia|nordmazedonien,mazedonien,north macedonia,macedonia|nordmazedonisch,mazedonisch,macedonian|mazedonier|skopje
Albania|albanien,albania|albanisch,albanian|albaner|tirana
Montenegro|montenegro|montenegrinisch,montenegrin|montenegriner|podgorica
Kosovo|kosovo|kosovarisch,kosovar|kosovare,kosovaren|pristina,prishtina
Estonia|estland,estonia|estnisch,estonian|este,esten|tallinn,reval
Latvia|lettland,latvia|lettisch,latvian|lette,letten|riga
Lithuania|litauen,lithuania|litauisch,lithuanian|litauer|vilnius,wilna
Luxembourg|luxemburg,luxembourg|luxemburgisch,luxembourgish|luxemburger|
Liechtenstein|liechtenstein|liechtensteinisch|liechtensteiner|vaduz
Monaco|monaco|monegassisch|monegasse,monegassen|
Andorra|andorra|andorranisch|andorraner|
San Marino|san marino|san-marinesisch||
Malta|malta|maltesisch,maltese|malteser|valletta
Cyprus|zypern,cyprus|zypriotisch,cypriot|zypriot,zyprioten|nikosia,nicosia
Iceland|iceland|isländisch,icelandic|isländer|reykjavik,reykjavík
Vatican|vatikan,vatikanstadt,heiliger stuhl,heilige stuhl,heiligen stuhl,holy see,vatican|vatikanisch,vatican||
Thailand|thailand|thailändisch,thai|thailänder|bangkok
Malaysia|malaysia|malaysisch,malaysian|malaysier|kuala lumpur
Singapore|singapur,singapore|singapurisch,singaporean|singapurer|
Cambodia|kambodscha,cambodia|kambodschanisch,cambodian|kambodschaner|phnom penh
Laos|laos|laotisch,laotian|laote,laoten|vientiane
Myanmar|myanmar,birma,burma|myanmarisch,birmanisch,burmese|birmane,birmanen|naypyidaw,naypyitaw
Bangladesh|bangladesch,bangladesh|bangladeschisch,bangladeshi|bangladescher|dhaka,dacca
Nepal|nepal|nepalesisch,nepali,nepalese|nepalese,nepalesen|kathmandu
Sri Lanka|sri lanka|sri-lankisch,srilankisch,sri lankan|srilanker|colombo
Bhutan|bhutan|bhutanisch,bhutanese||thimphu
Maldives|malediven,maldives|maledivisch,maldivian||malé
Mongolia|mongolei,mongolia|mongolisch,mongolian|mongole,mongolen|ulan bator,ulaanbaatar
Kyrgyzstan|kirgisistan,kirgistan,kyrgyzstan|kirgisisch,kyrgyz|kirgise,kirgisen|bischkek,bishkek
Tajikistan|tadschikistan,tajikistan|tadschikisch,tajik|tadschike,tadschiken|duschanbe,dushanbe
Turkmenistan|turkmenistan|turkmenisch,turkmen|turkmene,turkmenen|aschgabat,ashgabat
Uzbekistan|usbekistan,uzbekistan|usbekisch,uzbek|usbeke,usbeken|taschkent,tashkent
Kuwait|kuwait|kuwaitisch,kuwaiti||kuwait-stadt
Bahrain|bahrain|bahrainisch,bahraini||manama
Oman|oman|omanisch,omani||maskat,muscat
United Arab Emirates|vereinigte arabische emirate,vereinigten arabischen emirate,vae,united arab emirates,uae|emiratisch,emirati||abu dhabi,abu dhabi
Brunei|brunei|bruneiisch||bandar seri begawan
East Timor|osttimor,timor-leste,east timor|osttimoresisch||dili
Tunisia|tunesien,tunisia|tunesisch,tunisian|tunesier|tunis
Algeria|algerien,algeria|algerisch,algerian|algerier|algier,algiers
Morocco|marokko,morocco|marokkanisch,moroccan|marokkaner|rabat
Sudan|sudan|sudanesisch,sudanese|sudanese,sudanesen|khartum,khartoum
South Sudan|südsudan,south sudan|südsudanesisch,south sudanese|südsudanese,südsudanesen|juba,dschuba
Ethiopia|äthiopien,ethiopia|äthiopisch,ethiopian|äthiopier|addis abeba,addis ababa
Eritrea|eritrea|eritreisch,eritrean|eritreer|asmara
Djibouti|dschibuti,djibouti|dschibutisch,djiboutian||
Somalia|somalia|somalisch,somali|somalier|mogadischu,mogadishu
Kenya|kenia,kenya|kenianisch,kenyan|kenianer|nairobi
Uganda|uganda|ugandisch,ugandan|ugander|kampala
Tanzania|tansania,tanzania|tansanisch,tanzanian|tansanier|dodoma
Rwanda|ruanda,rwanda|ruandisch,rwandan|ruander|kigali
Burundi|burundi|burundisch,burundian|burundier|gitega
DR Congo|demokratische republik kongo,dr kongo,kongo-kinshasa,dr congo|kongolesisch,congolese|kongolese,kongolesen|kinshasa
Republic of the Congo|republik kongo,kongo-brazzaville,republic of the congo,kongo|||brazzaville
Angola|angola|angolanisch,angolan|angolaner|luanda
Zambia|sambia,zambia|sambisch,zambian|sambier|lusaka
Zimbabwe|simbabwe,zimbabwe|simbabwisch,zimbabwean|simbabwer|harare
Mozambique|mosambik,mozambique|mosambikanisch,mozambican|mosambikaner|maputo
Namibia|namibia|namibisch,namibian|namibier|windhuk,windhoek
Botswana|botswana,botsuana|botswanisch,botsuanisch,botswanan||gaborone
Madagascar|madagaskar,madagascar|madagassisch,malagasy|madagasse,madagassen|antananarivo
Malawi|malawi|malawisch,malawian|malawier|lilongwe
Mali|mali|malisch,malian|malier|bamako
Niger|niger|nigrisch,nigerien||niamey
Chad|tschad|tschadisch,chadian||n’djamena,n'djamena,ndjamena
Senegal|senegal|senegalesisch,senegalese|senegalese,senegalesen|dakar
Ghana|ghana|ghanaisch,ghanaian|ghanaer|accra
Ivory Coast|elfenbeinküste,côte d’ivoire,côte d'ivoire,ivory coast|ivorisch,ivorian|ivorer|yamoussoukro
Cameroon|kamerun,cameroon|kamerunisch,cameroonian|kameruner|jaunde,yaoundé,yaounde
Gabon|gabun,gabon|gabunisch,gabonese||libreville
Guinea|guinea|guineisch,guinean||conakry
Guinea-Bissau|guinea-bissau|||bissau
Equatorial Guinea|äquatorialguinea,equatorial guinea|äquatorialguineisch||malabo
Liberia|liberia|liberianisch,liberian|liberianer|monrovia
Sierra Leone|sierra leone|sierra-leonisch,sierra leonean||freetown
Mauritania|mauretanien,mauritania|mauretanisch,mauritanian|mauretanier|nouakchott
Burkina Faso|burkina faso|burkinisch,burkinabe||ouagadougou
Benin|benin|beninisch,beninese||porto-novo
Togo|togo|togoisch,togolese||lomé,lome
Gambia|gambia|gambisch,gambian|gambier|banjul
Central African Republic|zentralafrikanische republik,zentralafrikanischen republik,central african republic|zentralafrikanisch||bangui
Cape Verde|kap verde,cabo verde,cape verde|kapverdisch||praia
Lesotho|lesotho|||maseru
Eswatini|eswatini,swasiland,swaziland|swasiländisch||mbabane
Comoros|komoren,comoros|komorisch||moroni
Mauritius|mauritius|mauritisch,mauritian||port louis
Seychelles|seychellen,seychelles|seychellisch||
Sao Tome and Principe|são tomé und príncipe,sao tome und principe,são tomé and príncipe|||
Colombia|kolumbien,colombia|kolumbianisch,colombian|kolumbianer|bogotá,bogota
Ecuador|ecuador|ecuadorianisch,ecuadorian|ecuadorianer|quito
Peru|peru|peruanisch,peruvian|peruaner|lima
Bolivia|bolivien,bolivia|bolivianisch,bolivian|bolivianer|la paz,sucre
Chile|chile|chilenisch,chilean|chilene,chilenen|
Paraguay|paraguay|paraguayisch,paraguayan|paraguayer|asunción,asuncion
Uruguay|uruguay|uruguayisch,uruguayan|uruguayer|montevideo
Guyana|guyana|guyanisch,guyanese||georgetown
Suriname|suriname,surinam|surinamisch,surinamese||paramaribo
Guatemala|guatemala|guatemaltekisch,guatemalan|guatemalteke,guatemalteken|guatemala-stadt
Honduras|honduras|honduranisch,honduran|honduraner|tegucigalpa
El Salvador|el salvador|salvadorianisch,salvadoran|salvadorianer|san salvador
Nicaragua|nicaragua|nicaraguanisch,nicaraguan|nicaraguaner|managua
Costa Rica|costa rica|costa-ricanisch,costa rican|costa-ricaner|san josé
Panama|panama|panamaisch,panamanian|panamaer|panama-stadt
Cuba|kuba,cuba|kubanisch,cuban|kubaner|havanna,havana
Dominican Republic|dominikanische republik,dominikanischen republik,dominican republic|||santo domingo
Haiti|haiti|haitianisch,haitian|haitianer|port-au-prince
Jamaica|jamaika,jamaica|jamaikanisch,jamaican|jamaikaner|kingston
Trinidad and Tobago|trinidad und tobago,trinidad and tobago|trinidadisch||port of spain
Bahamas|bahamas|bahamaisch||nassau
Barbados|barbados|barbadisch||bridgetown
Dominica|dominica|||roseau
Grenada|grenada|||
Saint Lucia|st lucia,saint lucia|||castries
Saint Vincent and the Grenadines|st vincent,saint vincent|||kingstown
Saint Kitts and Nevis|st kitts und nevis,saint kitts and nevis|||basseterre
Antigua and Barbuda|antigua und barbuda,antigua and barbuda|||
Belize|belize|belizisch||belmopan
New Zealand|neuseeland,new zealand|neuseeländisch,new zealand|neuseeländer|wellington
Papua New Guinea|papua-neuguinea,papua new guinea|papua-neuguineisch||port moresby
Fiji|fidschi,fiji|fidschianisch,fijian||suva
Solomon Islands|salomonen,solomon islands|||honiara
Vanuatu|vanuatu|||port vila
Samoa|samoa|samoanisch,samoan||apia
Tonga|tonga|tongaisch,tongan||nukuʻalofa
Kiribati|kiribati|||tarawa
Tuvalu|tuvalu|||funafuti
Nauru|nauru|||
Marshall Islands|marshallinseln,marshall islands|||majuro
Micronesia|mikronesien,micronesia|||palikir
Palau|palau|||ngerulmud
`;
for (const line of MORE_COUNTRIES.split('\n')) {
  if (!line.trim()) continue;
  const [c, n, a, d, m] = line.split('|');
  // at most four words: longer n-grams would slow every phrase lookup
  const list = (x: string | undefined) => (x ? x.split(',').map((w) => w.trim()).filter((w) => w && w.split(' ').length <= 4) : []);
  COUNTRIES.push({ c, n: list(n), a: list(a), d: list(d), m: list(m) });
}

interface OrgDef {
  c: string;
  type: ActorType;
  /** aliases; entries in upper case are matched case-sensitively */
  a: string[];
}

const ORGS: OrgDef[] = [
  { c: 'NATO', type: 'org', a: ['NATO', 'Nato', 'Nordatlantikrat', 'Nordatlantische Allianz', 'North Atlantic Council'] },
 { c: 'European Union', type: 'org', a: ['EU', 'Europäische Union', 'Europäischen Union', 'European Union', 'EU-Kommission', 'Europäische Kommission', 'Europäischen Kommission', 'European Commission', 'Brüssel', 'Brussels'] },
  { c: 'UN', type: 'org', a: ['UN', 'UNO', 'Vereinte Nationen', 'Vereinten Nationen', 'United Nations', 'U.N.', 'Uno'] },
  { c: 'IAEA', type: 'org', a: ['IAEA', 'IAEO', 'Internationale Atomenergiebehörde', 'Internationalen Atomenergiebehörde'] },
  { c: 'WHO', type: 'org', a: ['WHO', 'Weltgesundheitsorganisation', 'World Health Organization'] },
  { c: 'IMF', type: 'org', a: ['IMF', 'IWF', 'Internationale Währungsfonds', 'Internationalen Währungsfonds', 'International Monetary Fund'] },
  { c: 'OSCE', type: 'org', a: ['OSZE', 'OSCE'] },
  { c: 'Red Cross', type: 'org', a: ['Rotes Kreuz', 'Roten Kreuz', 'Roten Kreuzes', 'IKRK', 'ICRC', 'Red Cross'] },
  { c: 'KCNA', type: 'media', a: ['KCNA', 'KCNA-Agentur'] },
  { c: 'Yonhap', type: 'media', a: ['Yonhap'] },
  { c: 'RIA Novosti', type: 'media', a: ['RIA Nowosti', 'RIA Novosti', 'RIA'] },
  { c: 'TASS', type: 'media', a: ['TASS', 'Tass', 'Itar-Tass'] },
  { c: 'Interfax', type: 'media', a: ['Interfax'] },
  { c: 'Ukrinform', type: 'media', a: ['Ukrinform'] },
  { c: 'Xinhua', type: 'media', a: ['Xinhua'] },
  { c: 'Reuters', type: 'media', a: ['Reuters'] },
  { c: 'AFP', type: 'media', a: ['AFP', 'Agence France-Presse'] },
  { c: 'AP', type: 'media', a: ['AP', 'Associated Press'] },
  { c: 'dpa', type: 'media', a: ['dpa', 'DPA', 'Deutsche Presse-Agentur'] },
  { c: 'APA', type: 'media', a: ['APA', 'Austria Presse Agentur'] },
  { c: 'Bloomberg', type: 'media', a: ['Bloomberg'] },
  { c: 'CNN', type: 'media', a: ['CNN'] },
  { c: 'BBC', type: 'media', a: ['BBC'] },
  { c: 'ORF', type: 'media', a: ['ORF'] },
  { c: 'ARD', type: 'media', a: ['ARD'] },
  { c: 'ZDF', type: 'media', a: ['ZDF'] },
  { c: 'The Washington Post', type: 'media', a: ['Washington Post'] },
  { c: 'The New York Times', type: 'media', a: ['New York Times', 'NYT'] },
  { c: 'The Wall Street Journal', type: 'media', a: ['Wall Street Journal', 'WSJ'] },
  { c: 'Financial Times', type: 'media', a: ['Financial Times'] },
  { c: 'Der Spiegel', type: 'media', a: ['Spiegel', 'Der Spiegel'] },
  { c: 'Bild', type: 'media', a: ['Bild', 'Bild-Zeitung'] },
  { c: 'Süddeutsche Zeitung', type: 'media', a: ['Süddeutsche Zeitung', 'SZ'] },
  { c: 'Frankfurter Allgemeine Zeitung', type: 'media', a: ['Frankfurter Allgemeine', 'FAZ'] },
  { c: 'Der Standard', type: 'media', a: ['Standard', 'derStandard'] },
  { c: 'Al Jazeera', type: 'media', a: ['Al Jazeera', 'Al-Dschasira'] },
  { c: 'Amnesty International', type: 'org', a: ['Amnesty International', 'Amnesty'] },
  { c: 'Human Rights Watch', type: 'org', a: ['Human Rights Watch', 'HRW'] },
  { c: 'Hamas', type: 'org', a: ['Hamas'] },
  // Austrian, German and Swiss institutions, parties and bodies that speak in their own name
  { c: 'Statistik Austria', type: 'org', a: ['Statistik Austria'] },
  { c: 'AMS', type: 'org', a: ['AMS', 'Arbeitsmarktservice'] },
  { c: 'Rechnungshof', type: 'org', a: ['Rechnungshof', 'Rechnungshofs', 'Rechnungshofes'] },
  { c: 'WIFO', type: 'org', a: ['WIFO', 'Wifo', 'Wirtschaftsforschungsinstitut'] },
  { c: 'IHS', type: 'org', a: ['IHS', 'Institut für Höhere Studien'] },
  { c: 'OeNB', type: 'org', a: ['OeNB', 'Nationalbank', 'Oesterreichische Nationalbank', 'Österreichische Nationalbank'] },
  { c: 'ÖBB', type: 'org', a: ['ÖBB'] },
  { c: 'Arbeiterkammer', type: 'org', a: ['Arbeiterkammer', 'AK'] },
  { c: 'Wirtschaftskammer', type: 'org', a: ['Wirtschaftskammer', 'WKÖ'] },
  { c: 'ÖGB', type: 'org', a: ['ÖGB', 'Gewerkschaftsbund'] },
  { c: 'VfGH', type: 'org', a: ['VfGH', 'Verfassungsgerichtshof', 'Verfassungsgerichtshofs'] },
  { c: 'VwGH', type: 'org', a: ['VwGH', 'Verwaltungsgerichtshof', 'Verwaltungsgerichtshofs'] },
  { c: 'OGH', type: 'org', a: ['OGH', 'Oberste Gerichtshof', 'Obersten Gerichtshof', 'Obersten Gerichtshofs'] },
  { c: 'WKStA', type: 'org', a: ['WKStA', 'Korruptionsstaatsanwaltschaft'] },
  { c: 'Volksanwaltschaft', type: 'org', a: ['Volksanwaltschaft'] },
  { c: 'ÖVP', type: 'org', a: ['ÖVP', 'Volkspartei'] },
  { c: 'SPÖ', type: 'org', a: ['SPÖ'] },
  { c: 'FPÖ', type: 'org', a: ['FPÖ', 'Freiheitlichen'] },
  { c: 'Grüne', type: 'org', a: ['Grüne', 'Grünen'] },
  { c: 'NEOS', type: 'org', a: ['NEOS', 'Neos'] },
  { c: 'Team Stronach', type: 'org', a: ['Team Stronach'] },
  { c: 'CDU', type: 'org', a: ['CDU'] },
  { c: 'CSU', type: 'org', a: ['CSU'] },
  { c: 'SPD', type: 'org', a: ['SPD'] },
  { c: 'AfD', type: 'org', a: ['AfD'] },
  { c: 'FDP', type: 'org', a: ['FDP'] },
  { c: 'SVP', type: 'org', a: ['SVP'] },
  { c: 'UNHCR', type: 'org', a: ['UNHCR', 'UN-Flüchtlingshilfswerk', 'UNO-Flüchtlingshilfswerk', 'Flüchtlingshilfswerk'] },
  { c: 'UNICEF', type: 'org', a: ['UNICEF', 'Unicef', 'Kinderhilfswerk'] },
  { c: 'FAO', type: 'org', a: ['FAO', 'Welternährungsorganisation', 'Organisation für Ernährung und Landwirtschaft', 'Ernährungs- und Landwirtschaftsorganisation', 'Food and Agriculture Organization'] },
  { c: 'WFP', type: 'org', a: ['WFP', 'Welternährungsprogramm', 'World Food Programme'] },
  { c: 'OECD', type: 'org', a: ['OECD'] },
  { c: 'ECB', type: 'org', a: ['EZB', 'ECB', 'Europäische Zentralbank', 'Europäischen Zentralbank'] },
  { c: 'Federal Reserve', type: 'org', a: ['Fed', 'US-Notenbank', 'Federal Reserve'] },
  { c: 'Eurostat', type: 'org', a: ['Eurostat'] },
  { c: 'Greenpeace', type: 'org', a: ['Greenpeace'] },
  { c: 'Caritas', type: 'org', a: ['Caritas'] },
  { c: 'Ärzte ohne Grenzen', type: 'org', a: ['Ärzte ohne Grenzen', 'MSF'] },
  { c: 'Kathpress', type: 'media', a: ['Kathpress'] },
  { c: 'Die Presse', type: 'media', a: ['Presse', 'Die Presse'] },
  { c: 'Kurier', type: 'media', a: ['Kurier'] },
  { c: 'Kronen Zeitung', type: 'media', a: ['Kronen Zeitung', 'Krone'] },
  { c: 'profil', type: 'media', a: ['profil', 'Profil'] },
  { c: 'News', type: 'media', a: ['News'] },
  { c: 'Falter', type: 'media', a: ['Falter'] },
  { c: 'Ö1', type: 'media', a: ['Ö1', 'Ö3', 'Ö24'] },
  { c: 'Die Zeit', type: 'media', a: ['Zeit', 'Die Zeit'] },
  { c: 'Die Welt', type: 'media', a: ['Welt am Sonntag', 'Die Welt'] },
  { c: 'Guardian', type: 'media', a: ['Guardian'] },
  { c: 'Le Monde', type: 'media', a: ['Le Monde'] },
  { c: 'Neue Zürcher Zeitung', type: 'media', a: ['Neue Zürcher Zeitung', 'NZZ'] },
  { c: 'Handelsblatt', type: 'media', a: ['Handelsblatt'] },
  { c: 'Focus', type: 'media', a: ['Focus'] },
  { c: 'Stern', type: 'media', a: ['Stern'] },
  { c: 'kicker', type: 'media', a: ['kicker', 'Kicker'] },
  { c: 'Hisbollah', type: 'org', a: ['Hisbollah', 'Hezbollah'] },
  // companies whose names hold a country or its adjective: they speak for themselves, not for the state
  { c: 'Deutsche Bank', type: 'org', a: ['Deutsche Bank', 'Deutschen Bank'] },
  { c: 'Deutsche Telekom', type: 'org', a: ['Deutsche Telekom', 'Deutschen Telekom', 'Telekom'] },
  { c: 'Deutsche Bahn', type: 'org', a: ['Deutsche Bahn', 'Deutschen Bahn'] },
  { c: 'Deutsche Post', type: 'org', a: ['Deutsche Post', 'Deutschen Post'] },
  { c: 'Deutsche Börse', type: 'org', a: ['Deutsche Börse', 'Deutschen Börse'] },
  { c: 'Deutsche Welle', type: 'media', a: ['Deutsche Welle', 'Deutschen Welle'] },
  { c: 'Österreichische Post', type: 'org', a: ['Österreichische Post', 'Österreichischen Post'] },
  { c: 'Austrian Airlines', type: 'org', a: ['Austrian Airlines', 'AUA'] },
  { c: 'Air France', type: 'org', a: ['Air France', 'Air France-KLM'] },
  { c: 'Bank Austria', type: 'org', a: ['Bank Austria'] },
  { c: 'Telekom Austria', type: 'org', a: ['Telekom Austria'] },
  { c: 'Credit Suisse', type: 'org', a: ['Credit Suisse'] },
  { c: 'Swiss Re', type: 'org', a: ['Swiss Re'] },
  { c: 'British Airways', type: 'org', a: ['British Airways'] },
  { c: 'Russia Today', type: 'media', a: ['RT', 'Russia Today'] },
  { c: 'NBC', type: 'media', a: ['NBC'] },
  { c: 'CBS', type: 'media', a: ['CBS'] },
  { c: 'ABC', type: 'media', a: ['ABC'] },
  { c: 'Fox News', type: 'media', a: ['Fox News'] },
  { c: 'Politico', type: 'media', a: ['Politico'] },
  { c: 'Sky', type: 'media', a: ['Sky', 'Sky News'] },
  // German-language papers, broadcasters and tech sites often cited in Austrian and German news; a bare "Heise" or
  // "Golem" is a medium, not a person
  { c: 'heise online', type: 'media', a: ['Heise', 'heise', 'heise online', 'Heise Online', 'heise.de'] },
  { c: 'golem.de', type: 'media', a: ['Golem', 'golem.de', 'Golem.de'] },
  { c: 't3n', type: 'media', a: ['t3n'] },
  { c: 'netzpolitik.org', type: 'media', a: ['netzpolitik.org', 'Netzpolitik.org'] },
  { c: 'Der Tagesspiegel', type: 'media', a: ['Tagesspiegel'] },
  { c: 'taz', type: 'media', a: ['taz', 'Tageszeitung taz'] },
  { c: 'Kleine Zeitung', type: 'media', a: ['Kleine Zeitung', 'Kleinen Zeitung'] },
  { c: 'Salzburger Nachrichten', type: 'media', a: ['Salzburger Nachrichten', 'SN'] },
  { c: 'Oberösterreichische Nachrichten', type: 'media', a: ['Oberösterreichische Nachrichten', 'Oberösterreichischen Nachrichten', 'OÖN'] },
  { c: 'Tiroler Tageszeitung', type: 'media', a: ['Tiroler Tageszeitung', 'TT'] },
  { c: 'Vorarlberger Nachrichten', type: 'media', a: ['Vorarlberger Nachrichten', 'VN'] },
  { c: 'Wiener Zeitung', type: 'media', a: ['Wiener Zeitung'] },
  { c: 'Puls 4', type: 'media', a: ['Puls 4', 'Puls4'] },
  { c: 'ATV', type: 'media', a: ['ATV'] },
  { c: 'Servus TV', type: 'media', a: ['Servus TV', 'ServusTV'] },
  { c: 'Daily Mail', type: 'media', a: ['Daily Mail'] },
  { c: 'The Daily Telegraph', type: 'media', a: ['Telegraph', 'Daily Telegraph'] },
  { c: 'The Independent', type: 'media', a: ['Independent'] },
  { c: 'The Times', type: 'media', a: ['Times of London', 'The Times'] },
  { c: 'The Sun', type: 'media', a: ['The Sun'] },
  { c: 'TechCrunch', type: 'media', a: ['TechCrunch'] },
  { c: 'The Verge', type: 'media', a: ['The Verge', 'Verge'] },
  { c: 'Wired', type: 'media', a: ['Wired'] },
  { c: 'Engadget', type: 'media', a: ['Engadget'] },
  // European and other papers and agencies that German news cites by name
  { c: 'Het Laatste Nieuws', type: 'media', a: ['Het Laatste Nieuws'] },
  { c: 'De Standaard', type: 'media', a: ['De Standaard'] },
  { c: 'Le Soir', type: 'media', a: ['Le Soir'] },
  { c: 'La Dernière Heure', type: 'media', a: ['La Dernière Heure'] },
  { c: 'De Telegraaf', type: 'media', a: ['De Telegraaf', 'Telegraaf'] },
  { c: 'Le Figaro', type: 'media', a: ['Le Figaro', 'Figaro'] },
  { c: 'Libération', type: 'media', a: ['Libération', 'Liberation'] },
  { c: 'Le Parisien', type: 'media', a: ['Le Parisien'] },
  { c: 'Corriere della Sera', type: 'media', a: ['Corriere della Sera', 'Corriere'] },
  { c: 'La Repubblica', type: 'media', a: ['La Repubblica', 'Repubblica'] },
  { c: 'La Stampa', type: 'media', a: ['La Stampa'] },
  { c: 'El País', type: 'media', a: ['El País', 'El Pais'] },
  { c: 'El Mundo', type: 'media', a: ['El Mundo'] },
  { c: 'Gazeta Wyborcza', type: 'media', a: ['Gazeta Wyborcza'] },
  { c: 'Hürriyet', type: 'media', a: ['Hürriyet', 'Hurriyet'] },
  { c: 'Cumhuriyet', type: 'media', a: ['Cumhuriyet'] },
  { c: 'Haaretz', type: 'media', a: ['Haaretz'] },
  { c: 'Jerusalem Post', type: 'media', a: ['Jerusalem Post'] },
  { c: 'Kommersant', type: 'media', a: ['Kommersant', 'Kommersanth'] },
  { c: 'Iswestija', type: 'media', a: ['Iswestija', 'Izvestia'] },
  { c: 'Nowaja Gaseta', type: 'media', a: ['Nowaja Gaseta', 'Novaya Gazeta'] },
  { c: 'Kyodo', type: 'media', a: ['Kyodo'] },
  { c: 'NHK', type: 'media', a: ['NHK'] },
  { c: 'Al Arabiya', type: 'media', a: ['Al Arabiya', 'Al-Arabija'] },
  { c: 'Anadolu', type: 'media', a: ['Anadolu'] },
  { c: 'ANSA', type: 'media', a: ['ANSA', 'Ansa'] },
  { c: 'Belga', type: 'media', a: ['Belga'] },
  { c: 'ČTK', type: 'media', a: ['ČTK', 'CTK'] },
  { c: 'PAP', type: 'media', a: ['PAP'] },
  { c: 'MTI', type: 'media', a: ['MTI'] },
  { c: 'PTI', type: 'media', a: ['PTI'] },
  { c: 'Sana', type: 'media', a: ['Sana', 'SANA'] },
  { c: 'IRNA', type: 'media', a: ['IRNA', 'Irna'] },
  { c: 'Kathpress', type: 'media', a: ['KAP'] },
  { c: 'Gazzetta dello Sport', type: 'media', a: ['Gazzetta dello Sport', 'Gazzetta'] },
  { c: "L'Équipe", type: 'media', a: ["L'Équipe", 'Équipe', 'LEquipe'] },
  { c: 'Marca', type: 'media', a: ['Marca'] },
  { c: 'Sport Bild', type: 'media', a: ['Sport Bild', 'Sport-Bild'] },
  { c: 'Blick', type: 'media', a: ['Blick'] },
  { c: 'Tages-Anzeiger', type: 'media', a: ['Tages-Anzeiger', 'Tagesanzeiger'] },
  { c: 'Heute', type: 'media', a: ['Gratiszeitung Heute'] },
  { c: 'oe24', type: 'media', a: ['oe24', 'Österreich-Zeitung'] },
];

/** People often in the news whose names are spelled differently in German and English. */
const PERSONS: Array<[string, string[]]> = [
  ['Wladimir Putin', ['Vladimir Putin', 'Putin']],
  ['Wolodymyr Selenskyj', ['Volodymyr Zelensky', 'Selenskyj', 'Zelensky', 'Zelenskyy', 'Volodymyr Zelenskyy', 'Wolodimir Selenski', 'Selenski']],
  ['Dmitri Peskow', ['Dmitry Peskov', 'Peskow', 'Peskov', 'Dmitrij Peskow']],
  ['Sergej Lawrow', ['Sergey Lavrov', 'Lawrow', 'Lavrov', 'Sergei Lavrov']],
  ['Maria Sacharowa', ['Maria Zakharova', 'Sacharowa', 'Zakharova']],
  ['Sergej Schoigu', ['Sergei Shoigu', 'Schoigu', 'Shoigu']],
  ['Waleri Gerassimow', ['Valery Gerasimov', 'Gerassimow', 'Gerasimov', 'Valeri Gerasimov']],
  ['Kim Jong Un', ['Kim Jong-un', 'Kim Jong-Un', 'Kim Jong Un', 'Kim Dschong Un']],
  ['Kim Yo Jong', ['Kim Yo-jong', 'Kim Yo Jong']],
  ['Xi Jinping', ['Xi Jinping', 'Xi']],
  ['Alexander Lukaschenko', ['Alexander Lukashenko', 'Lukaschenko', 'Lukashenko']],
  ['Recep Tayyip Erdoğan', ['Recep Tayyip Erdogan', 'Erdogan', 'Erdoğan']],
  ['Benjamin Netanyahu', ['Benjamin Netanjahu', 'Netanjahu', 'Netanyahu']],
  ['Dmitri Medwedew', ['Dmitry Medvedev', 'Medwedew', 'Medvedev']],
  ['Vitali Klitschko', ['Vitali Klitschko', 'Klitschko']],
  ['Yoon Suk Yeol', ['Yoon Suk-yeol', 'Yoon Suk Yeol', 'Yoon']],
  ['Andrzej Duda', ['Andrzej Duda']],
];

// ---------------------------------------------------------------------------
// Lookup structures, built once.

const NAME_MAP = new Map<string, string>(); // lower-case name / capital / metonym → country
const ADJ_MAP = new Map<string, string>(); // lower-case adjective stem → country
const DEMONYM_MAP = new Map<string, string>();
const ORG_CS = new Map<string, OrgDef>(); // case-sensitive aliases
const ORG_CI = new Map<string, OrgDef>(); // lower-case aliases
const PERSON_MAP = new Map<string, string>(); // lower-case alias → canonical
let MAX_NGRAM = 1;

for (const def of COUNTRIES) {
  for (const n of [...def.n, ...def.m]) {
    NAME_MAP.set(n, def.c);
    MAX_NGRAM = Math.max(MAX_NGRAM, n.split(' ').length);
  }
  NAME_MAP.set(def.c.toLowerCase(), def.c);
  for (const a of def.a) {
    ADJ_MAP.set(a, def.c);
    MAX_NGRAM = Math.max(MAX_NGRAM, a.split(' ').length);
  }
  for (const d of def.d) DEMONYM_MAP.set(d, def.c);
}
for (const o of ORGS) {
  for (const a of [o.c, ...o.a]) {
    if (a.length <= 5 && a === a.toUpperCase()) ORG_CS.set(a, o);
    else ORG_CI.set(a.toLowerCase(), o);
    MAX_NGRAM = Math.max(MAX_NGRAM, a.split(' ').length);
  }
}
for (const [c, aliases] of PERSONS) {
  PERSON_MAP.set(c.toLowerCase(), c);
  for (const a of aliases) PERSON_MAP.set(a.toLowerCase(), c);
}
// "us" only as an upper-case acronym (never the English pronoun)
NAME_MAP.delete('us');

const CASE_SENSITIVE_COUNTRY = new Map<string, string>([
  ['US', 'USA'],
  ['USA', 'USA'],
  ['U.S.', 'USA'],
  ['UK', 'United Kingdom'],
  ['U.K.', 'United Kingdom'],
  // intelligence services, armies and parliaments that speak for their state
  ['NIS', 'South Korea'],
  ['CIA', 'USA'],
  ['FBI', 'USA'],
  ['NSA', 'USA'],
  ['DIA', 'USA'],
  ['FSB', 'Russia'],
  ['GRU', 'Russia'],
  ['SBU', 'Ukraine'],
  ['HUR', 'Ukraine'],
  ['GUR', 'Ukraine'],
  ['MI5', 'United Kingdom'],
  ['MI6', 'United Kingdom'],
  ['GCHQ', 'United Kingdom'],
  ['IDF', 'Israel'],
  ['BND', 'Germany'],
  ['BfV', 'Germany'],
  ['DGSE', 'France'],
  ['MSS', 'China'],
]);

/**
 * Lower-case first words of every name of more than one word ("new" of "New York", "rotes" of "Rotes Kreuz"):
 * a run of words is looked up as a whole only when it starts with one of these.
 */
const MULTI_WORD_FIRST = new Set<string>();
for (const map of [NAME_MAP, ADJ_MAP, ORG_CS, ORG_CI, CASE_SENSITIVE_COUNTRY] as Array<Map<string, unknown>>) {
  for (const k of map.keys()) if (k.includes(' ')) MULTI_WORD_FIRST.add(k.split(' ')[0].toLowerCase());
}

/** Whether words[i] may open a name of several words (see MULTI_WORD_FIRST). */
function opensMultiWord(words: PWord[], i: number): boolean {
  return MULTI_WORD_FIRST.has(words[i].w.toLowerCase());
}

/** German adjective inflection endings, longest first. */
const ADJ_ENDINGS = ['en', 'em', 'er', 'es', 'e', ''];

function adjCountry(lw: string): string | undefined {
  for (const end of ADJ_ENDINGS) {
    if (end && !lw.endsWith(end)) continue;
    const stem = end ? lw.slice(0, -end.length) : lw;
    const c = ADJ_MAP.get(stem);
    if (c) return c;
  }
  return undefined;
}

function demonymCountry(lw: string): string | undefined {
  const d = DEMONYM_MAP.get(lw);
  if (d) return d;
  for (const end of ['innen', 'in', 'n', 's']) {
    if (lw.endsWith(end)) {
      const c = DEMONYM_MAP.get(lw.slice(0, -end.length));
      if (c) return c;
    }
  }
  return undefined;
}

function nameCountry(lw: string): string | undefined {
  const c = NAME_MAP.get(lw);
  if (c) return c;
  // genitives: "Nordkoreas", "Kremls", "Moskaus", "Russia's"
  if (lw.endsWith("'s") || lw.endsWith('’s')) return NAME_MAP.get(lw.slice(0, -2));
  if (lw.endsWith('es') && NAME_MAP.has(lw.slice(0, -2))) return NAME_MAP.get(lw.slice(0, -2));
  if (lw.endsWith('s')) return NAME_MAP.get(lw.slice(0, -1));
  return undefined;
}

// ---------------------------------------------------------------------------
// Words of the source phrase.

const WORD_RE = latin(/[\p{L}\p{M}\p{N}]+(?:[.'’][\p{L}\p{M}]+)*\.?/gu);

interface PWord {
  w: string;
  /** index of the word in the phrase */
  i: number;
  /** true when joined to the next word with a hyphen ("US-Regierung") */
  hyph: boolean;
  /** true when a comma follows the word */
  comma: boolean;
}

function phraseWords(phrase: string): PWord[] {
  const out: PWord[] = [];
  WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(phrase)) !== null) {
    let w = m[0];
    const end = m.index + w.length;
    // keep the dot only for dotted abbreviations ("U.S.")
    if (w.endsWith('.') && !/\p{L}\.\p{L}/u.test(w)) w = w.slice(0, -1);
    const next = phrase[end] ?? '';
    out.push({ w, i: out.length, hyph: next === '-' || next === '‐' || next === '‑', comma: commaWithin3(phrase, end) });
  }
  return out;
}

/** Exactly `/^\s*,/.test(s.slice(i, i + 3))`, without the slice and the regex. */
function commaWithin3(s: string, i: number): boolean {
  for (let k = i; k < i + 3 && k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 44) return true;
    if (!isJsSpace(c)) return false;
  }
  return false;
}

/** The characters of the regex class `\s`. */
function isJsSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

// ---------------------------------------------------------------------------
// Roles, determiners, pronouns.

/** Role nouns: a capitalised name that follows one is a person ("Kreml-Sprecher Dmitri Peskow"). */
const ROLE_RE =
  /(?:sprecher|sprecherin|minister|ministerin|präsident|präsidentin|kanzler|kanzlerin|chef|chefin|führer|führerin|leiter|leiterin|machthaber|botschafter|botschafterin|general|generalin|generalsekretär|generalsekretärin|sekretär|sekretärin|abgeordnete|abgeordneter|bürgermeister|bürgermeisterin|gouverneur|gouverneurin|kommandeur|befehlshaber|berater|beraterin|beauftragte|beauftragter|delegierte|delegierter|unterhändler|unterhändlerin|gesandte|gesandter|direktor|direktorin|vorsitzende|vorsitzender|premier|premierministerin|regierungschef|staatschef|könig|königin|papst|senator|senatorin|analyst|analystin|experte|expertin|professor|professorin|forscher|forscherin|ökonom|ökonomin|korrespondent|korrespondentin|reporter|reporterin|anwalt|anwältin|richter|richterin|oberst|admiral|marschall|diktator|prinz|kronprinz|spokesman|spokeswoman|spokesperson|minister|president|secretary|chancellor|leader|director|chief|ambassador|governor|senator|representative|general|admiral|envoy|adviser|advisor|official|commander|mayor|premier|chairman|chairwoman|ceo|economist|analyst|professor|lawmaker|legislator|prosecutor|researcher|landeshauptmann|landeshauptfrau|landesrat|landesrätin|stadtrat|stadträtin|obmann|obfrau|intendant|intendantin|trainer|trainerin|coach|politologe|politologin|historiker|historikerin|soziologe|soziologin|ökonom|unternehmer|unternehmerin|sänger|sängerin|schauspieler|schauspielerin|regisseur|regisseurin|autor|autorin|künstler|künstlerin|politiker|politikerin|staatsanwalt|staatsanwältin|verteidiger|verteidigerin|bischof|kardinal|rektor|rektorin|ermittler|ermittlerin|kommissar|kommissarin|rechtler|rechtlerin|wissenschafter|wissenschafterin|wissenschaftler|wissenschaftlerin|mediziner|medizinerin|arzt|ärztin|vorstand|vizekanzler|vizekanzlerin|gründer|gründerin|manager|managerin|aktivist|aktivistin)$/i;

const DETERMINERS = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'einem', 'einen', 'eines', 'dieser', 'diese',
  'dieses', 'diesem', 'diesen', 'jener', 'sein', 'seine', 'seiner', 'seinem', 'seinen', 'seines', 'ihr', 'ihre',
  'ihrer', 'ihrem', 'ihren', 'ihres', 'eigenen', 'eigener', 'the', 'a', 'an', 'its', 'his', 'her', 'their', 'this',
  'that', 'these', 'those',
]);

const PRONOUNS = new Set(['er', 'sie', 'he', 'she', 'they', 'ihm', 'man']);

/** Common nouns that head unnamed sources: they are never person names. */
const GENERIC_SOURCES = new Map<string, string>([
  ['berichten', UNKNOWN_ACTOR], ['berichte', UNKNOWN_ACTOR], ['medienberichten', UNKNOWN_ACTOR],
  // "laut einem Medienbericht", "einem Zeitungsbericht zufolge": an unnamed report
  ['bericht', UNKNOWN_ACTOR], ['medienbericht', UNKNOWN_ACTOR], ['zeitungsbericht', UNKNOWN_ACTOR], ['pressebericht', UNKNOWN_ACTOR], ['fernsehbericht', UNKNOWN_ACTOR], ['medienberichte', UNKNOWN_ACTOR],
  ['medienberichte', UNKNOWN_ACTOR], ['reports', UNKNOWN_ACTOR], ['media reports', UNKNOWN_ACTOR],
  ['angaben', UNKNOWN_ACTOR], ['informationen', UNKNOWN_ACTOR], ['schätzungen', UNKNOWN_ACTOR],
  ['quellen', UNKNOWN_ACTOR], ['kreisen', UNKNOWN_ACTOR], ['sources', UNKNOWN_ACTOR],
  ...'erkenntnissen erkenntnisse darstellung einschätzung einschätzungen daten zahlen berechnungen recherchen umfragen umfrage prognosen prognose statistiken studien studie untersuchungen ermittlungen worten ansicht auffassung meinung aussagen aussage experten expertinnen fachleute fachleuten beobachter beobachtern analysten kritiker kritikern augenzeugen augenzeugenberichten zeugen anwohner anwohnern insider insidern diplomaten diplomatenkreisen beobachterkreisen medien medienberichte experts analysts observers witnesses officials critics'
    .split(' ')
    .map((w): [string, string] => [w, UNKNOWN_ACTOR]),
]);

/** German/English nouns that look like names when capitalised but are not. */
const COMMON_NOUN_SUFFIX_RE =
  /(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|ismus|ium|ien|tät|täten|amt|amtes|rat|rates|rats|kreise|kreisen|leute|leuten|ern|erin|erinnen|isten|enten|anten|aten|eten|ier|iere|ieren|gen|zeugen|behörde|behörden|dienst|dienstes|dienste|ministerium|ministeriums|regierung|polizei|armee|militär|medien|quelle|quellen|zahlen|daten|agentur|zeitung|sender|büro|haus|ment|ments)$/i;

/** Honorifics are whole words ("Dr.", "Mr"): as suffixes they would make "NDR" a role. */
const HONORIFIC_RE = /^(?:dr|mr|mrs|ms|prof)\.?$/i;

export function isRole(word: string): boolean {
  return ROLE_RE.test(word) || HONORIFIC_RE.test(word);
}

export function isPronoun(lw: string): boolean {
  return PRONOUNS.has(lw);
}

const PAREN_RE = /\s*\([^()]{0,40}\)/g;
/** An acronym in brackets after a name: "(PNO)", "(IPN)", "(ÖGB)". */
const ACRONYM_PAREN_RE = /\s*\(((?:[A-ZÄÖÜ][A-Za-zÄÖÜäöü]?){1,3}[A-ZÄÖÜ]|[A-ZÄÖÜ]{2,6})\)/;
/** Heads of state institutions, which speak for their country whatever their short form ("des Innenministeriums (BMI)"). */
const STATE_HEAD_RE = /(?:ministerium|ministeriums|regierung|armee|militär|militärs|streitkräfte|geheimdienst|geheimdienstes|behörde|präsidialamt|präsidialamts|sprecher|sprecherin)\b/i;
/** The country of a phrase comes only from a place after its name: "(IPN) in Warschau". */
const LOCATIVE_COUNTRY_RE = /^\s*\([^()]*\)\s+(?:in|aus|im)\s/;

const NAME_PARTICLES = new Set(['von', 'van', 'de', 'der', 'da', 'di', 'del', 'la', 'le', 'bin', 'al', 'ibn', 'zu', 'ter', 'den', 'dos']);

/** "der"/"den" are particles only after another ("van der Bellen", "von der Leyen"); "Kaminski der Agentur PAP" is a genitive. */
function particleOk(w: string, prev: string, next = ''): boolean {
  // "Lea Maričić von ADRA": an acronym after "von" is an organisation, not part of the name
  if (/^[A-ZÄÖÜ]{2,}$/.test(next)) return false;
  return (w !== 'der' && w !== 'den') || /^(?:van|von|Van|Von|ten|ter)$/.test(prev);
}

function capitalised(w: string): boolean {
  const c = w[0];
  return c !== c.toLowerCase();
}

// ---------------------------------------------------------------------------

export interface ResolveContext {
  /** The actor of the last named speaker (for pronouns). */
  lastSpeaker?: string | null;
}

/**
 * Resolves source phrases of one article to actors. Keeps the persons named
 * so far, so that a surname alone ("Kirby") maps to the full name ("John
 * Kirby") given earlier in the article.
 */
export class ActorResolver {
  private readonly lexAlias = new Map<string, string>();
  private lexMaxN = 1;
  /** lower-case surname (or full name) → full name */
  private readonly persons = new Map<string, string>();

  constructor(lexicon?: Lexicon) {
    if (lexicon) {
      for (const [canon, aliases] of Object.entries(lexicon.actors ?? {})) {
        for (const a of [canon, ...(aliases ?? [])]) {
          const k = a.trim().toLowerCase();
          if (!k) continue;
          this.lexAlias.set(k, canon);
          this.lexMaxN = Math.max(this.lexMaxN, k.split(/\s+/).length);
        }
      }
    }
  }

  /** Register a full person name seen in the article ("John Kirby"). Returns its canonical form. */
  registerPerson(full: string): string {
    const canon = this.canonicalPerson(full);
    const parts = full.split(/\s+/).filter(Boolean);
    if (parts.length >= 2) {
      const last = parts[parts.length - 1].toLowerCase();
      const had = this.persons.get(last);
      // "Chefentwickler Miyamoto" first, "Shigeru Miyamoto" later: the name with a given name wins
      if (had === undefined || !had.includes(' ') || (GIVEN_NAMES.has(parts[0]) && !GIVEN_NAMES.has(had.split(' ')[0]) && !PERSON_MAP.has(had.toLowerCase()))) this.persons.set(last, canon);
      this.persons.set(full.toLowerCase(), canon);
      const cparts = canon.split(/\s+/);
      const clast = cparts[cparts.length - 1].toLowerCase();
      if (!this.persons.has(clast)) this.persons.set(clast, canon);
      // "Husam M.": later "schildert M." names him by the initial alone
      if (/^\p{Lu}\.$/u.test(parts[parts.length - 1]) && !this.persons.has(last.slice(0, 1))) this.persons.set(last.slice(0, 1), canon);
    } else if (parts.length === 1 && !this.persons.has(full.toLowerCase())) {
      // "Papst Franziskus", "Trainer Stöger": a single name after a role is known for later pronouns and mentions
      this.persons.set(full.toLowerCase(), canon);
    }
    return canon;
  }

  /** The known full name of a person named `name` (full name or surname), if any. */
  knownPerson(name: string): string | undefined {
    const l = name.toLowerCase();
    return this.lexAlias.get(l) ?? this.persons.get(l) ?? PERSON_MAP.get(l);
  }

  private canonicalPerson(full: string): string {
    const l = full.toLowerCase();
    const lex = this.lexAlias.get(l);
    if (lex) return lex;
    const p = PERSON_MAP.get(l);
    if (p) return p;
    // a known surname with a different first-name spelling ("Dmitri Peskow")
    const parts = full.split(/\s+/);
    const surname = parts[parts.length - 1].toLowerCase();
    const ps = PERSON_MAP.get(surname);
    if (ps && parts.length >= 2) return ps;
    return full;
  }

  /** Look for lexicon aliases in the words of a phrase (longest n-gram first). */
  private lexiconMatch(words: PWord[]): string | undefined {
    if (this.lexAlias.size === 0) return undefined;
    for (let n = Math.min(this.lexMaxN, words.length); n >= 1; n--) {
      for (let i = 0; i + n <= words.length; i++) {
        const k = words.slice(i, i + n).map((w) => w.w.toLowerCase()).join(' ');
        const c = this.lexAlias.get(k);
        if (c) return c;
        // genitive of an alias ("Pjöngjangs")
        if (n === 1 && k.endsWith('s')) {
          const g = this.lexAlias.get(k.slice(0, -1));
          if (g) return g;
        }
      }
    }
    return undefined;
  }

  /** Person name inside the phrase: apposition after a comma, or the words after a role noun. */
  private personIn(words: PWord[]): string | undefined {
    // a name first, its role after the comma: "Andreas Schoo, Chef der Bauer Media Group"
    const lead = words.findIndex((w) => w.comma);
    if (lead >= 1 && lead <= 3 && words.slice(0, lead + 1).every((w) => capitalised(w.w) && !isRole(w.w) && !COMMON_NOUN_SUFFIX_RE.test(w.w))) {
      const name = this.nameRun(words.slice(0, lead + 1), 0);
      if (name && name.includes(' ') && !this.entityOf(name) && !orgMatch(words.slice(0, lead + 1))) return name;
    }
    // apposition: "der Sprecher des Rates, John Kirby"
    for (let i = 0; i < words.length - 1; i++) {
      if (!words[i].comma) continue;
      const name = this.nameRun(words, i + 1);
      if (name) return name;
    }
    // role noun + name: "Kreml-Sprecher Dmitri Peskow", "Präsident Wladimir Putin"
    for (let i = 0; i < words.length - 1; i++) {
      if (words[i].hyph) continue;
      if (!isRole(words[i].w)) continue;
      const name = this.nameRun(words, i + 1);
      if (name) return name;
    }
    // a noun and a two-word name at the end: "der Kollege Paul Timm", "Ökonomin Lena Graf"
    let r = words.length;
    while (r > 0 && capitalised(words[r - 1].w) && !words[r - 1].hyph && !words[r - 1].comma) r--;
    if (words.length - r >= 3) {
      const a = words[words.length - 2].w;
      const b = words[words.length - 1].w;
      const name = `${a} ${b}`;
      // "das Wall Street Journal", "Het Laatste Nieuws", "das Pew Research Center" are titles, not persons
      const personLike = GIVEN_NAMES.has(a) || isRole(words[words.length - 3].w) || PERSON_HEAD_RE.test(words[words.length - 3].w);
      if (personLike && !this.entityOf(name) && !this.entityOf(a) && !COMMON_NOUN_SUFFIX_RE.test(a) && !COMMON_NOUN_SUFFIX_RE.test(b) && !adjCountry(a.toLowerCase())) return name;
    }
    return undefined;
  }

  /** A run of capitalised words from `i` to the end of the phrase (or to a comma) that looks like a name. */
  private nameRun(words: PWord[], i: number): string | undefined {
    const parts: string[] = [];
    for (let j = i; j < words.length; j++) {
      const w = words[j].w;
      if (capitalised(w) || (j > i && words[j - 1].hyph) || (parts.length > 0 && NAME_PARTICLES.has(w) && j + 1 < words.length && particleOk(w, parts[parts.length - 1], words[j + 1].w) && (capitalised(words[j + 1].w) || (NAME_PARTICLES.has(words[j + 1].w) && j + 2 < words.length && capitalised(words[j + 2].w))))) {
        parts.push(words[j].hyph ? w + '-' : w);
        if (words[j].comma) break;
      } else break;
    }
    if (parts.length === 0 || parts.length > 5) return undefined;
    const name = parts.join(' ').replace(/- /g, '-');
    if (this.entityOf(name)) return undefined; // "…, Russland" is no person
    const lw = name.toLowerCase();
    if (parts.length === 1 && !this.persons.has(lw) && !PERSON_MAP.has(lw) && (COMMON_NOUN_SUFFIX_RE.test(name) || isRole(name))) return undefined;
    return name;
  }

  /** Org or country for a single name ("Russland", "KCNA"). */
  private entityOf(name: string): ResolvedActor | undefined {
    const whole = nameCountry(name.toLowerCase());
    if (whole) return { actor: whole, type: 'country' };
    const words = phraseWords(name);
    const org = orgMatch(words);
    if (org && words.length <= 3) return org;
    const c = countryMatch(words);
    if (c && words.length <= 2) return { actor: c, type: 'country' };
    return undefined;
  }

  /**
   * Resolve a source phrase as written ("der Sprecher des Nationalen
   * Sicherheitsrates in Washington, John Kirby", "ukrainischen Angaben",
   * "Seoul", "er") to an actor.
   */
  resolve(phrase0: string, ctx: ResolveContext = {}): ResolvedActor {
    // "Peter Kaiser (SPÖ)", "Anna Berger (41)": the parenthesis qualifies, it is no part of the name
    const phrase = phrase0.indexOf('(') >= 0 ? phrase0.replace(PAREN_RE, ' ').trim() : phrase0;
    // "die Gewerkschaft der Seeleute (PNO)", "des Instituts für Nationales Gedenken (IPN) in Warschau": an organisation's
    // short name in brackets is its name; a person's party ("Peter Kaiser (SPÖ)") and a ministry's short form are not
    const acro = phrase0.indexOf('(') >= 0 ? ACRONYM_PAREN_RE.exec(phrase0) : null;
    // (a bare abstract noun before it is the tail of a coordination: "Ernährung und Landwirtschaft (FAO)")
    const pre = acro ? phrase0.slice(0, acro.index).trim() : '';
    if (acro && !STATE_HEAD_RE.test(pre) && (/\s/.test(pre) || !/(?:ung|heit|keit|schaft|tion|tät|ismus)$/.test(pre))) {
      const r = this.resolve(phrase0.slice(0, acro.index), ctx);
      if (r.type === 'org' || r.type === 'media') return r;
      if (r.type === 'group' || r.type === 'unknown' || (r.type === 'country' && LOCATIVE_COUNTRY_RE.test(phrase0.slice(acro.index)))) {
        return { actor: this.lexAlias.get(acro[1].toLowerCase()) ?? orgMatch(phraseWords(acro[1]))?.actor ?? acro[1], type: 'org' };
      }
    }
    const words = phraseWords(phrase);
    if (words.length === 0) return { actor: UNKNOWN_ACTOR, type: 'unknown' };
    // "Viele", "Einige Experten": an anonymous group
    if (/^(?:viele|einige|manche|mehrere)$/i.test(words[0].w)) return { actor: UNKNOWN_ACTOR, type: 'unknown' };
    // "Euro", "rund 58 Mio. Euro": a unit or an amount names no one
    if (NUMBERISH_RE.test(words[words.length - 1].w.replace(/\.$/, ''))) return { actor: UNKNOWN_ACTOR, type: 'unknown' };
    // "die Energie Steiermark AG", "der Novomatic GmbH": a legal form makes a company, whatever its name looks like
    const legal = LEGAL_FORMS.has(phrase.slice(phrase.lastIndexOf(' ') + 1)) ? LEGAL_FORM_PHRASE_RE.exec(phrase) : null;
    if (legal && !this.lexiconMatch(words)) return { actor: legal[1], type: 'org' };
    const first = words[0].w.toLowerCase();
    if (words.length === 1 && PRONOUNS.has(first)) {
      return ctx.lastSpeaker ? { actor: ctx.lastSpeaker, type: 'person' } : { actor: UNKNOWN_ACTOR, type: 'unknown' };
    }
    // 1. lexicon
    const lex = this.lexiconMatch(words);
    // 2. a person named in the phrase
    const person = this.personIn(words);
    if (person) {
      const canon = this.registerPerson(person);
      if (person.split(/\s+/).length === 1) {
        return { actor: this.knownPerson(person) ?? canon, type: 'person' };
      }
      return { actor: lex && this.lexAlias.get(person.toLowerCase()) ? lex : canon, type: 'person' };
    }
    if (lex) return { actor: lex, type: 'group' };
    // 2b. a medium or organisation named after its generic noun: "der US-Sender NBC", "das Magazin Time",
    // "die Hilfsorganisation Ärzte ohne Grenzen" — the name, not the country of a prefix or adjective
    const named = namedAfterNoun(words);
    if (named) return named;
    // 3. a bare name ("Kirby", "John Kirby", "Putin")
    const content = words.filter((w) => !DETERMINERS.has(w.w.toLowerCase()));
    const hasDet = content.length < words.length;
    if (!hasDet && content.length >= 1 && content.length <= 4 && content.every((w, k) => capitalised(w.w) || NAME_PARTICLES.has(w.w) || (k > 0 && content[k - 1].hyph))) {
      const name = content.map((w) => (w.hyph ? w.w + '-' : w.w)).join(' ').replace(/- /g, '-');
      const known = this.knownPerson(name);
      if (known) return { actor: known, type: 'person' };
      // "Oskar Deutsch", "Israel Katz", "Riad Haddad": a given name, or a place as first word of a two-word name, opens a person's name
      // ("Peter Heise", "Julia Stern": a given name before a medium's one-word name is a person; "Bank Austria" is none)
      const om = content.length >= 2 && content.length <= 3 ? orgMatch(content) : undefined;
      const whole = content.map((w) => w.w).join(' ');
      const givenFirst = GIVEN_NAMES.has(content[0].w) && !content[0].hyph && !orgMatch([content[0]]) && !ORG_CS.get(whole) && !ORG_CI.get(whole.toLowerCase());
      if (content.length >= 2 && content.length <= 3 && (!om || givenFirst)) {
        const w0 = content[0].w;
        const w1 = content[1].w;
        const plain = (w: string) => !COMMON_NOUN_SUFFIX_RE.test(w) && !isRole(w) && !countryMatch(phraseWords(w)) && /^\p{Lu}\p{Ll}+$/u.test(w);
        if ((GIVEN_NAMES.has(w0) && !content[0].hyph) || (content.length === 2 && !content[0].hyph && nameCountry(w0.toLowerCase()) && plain(w1))) {
          return { actor: this.registerPerson(name), type: 'person' };
        }
        // "Air France", "Bank Austria", "Air Berlin": a name ending in a country or capital is a company
        if (content.length === 2 && !content[0].hyph && /^\p{Lu}\p{Ll}+$/u.test(w0) && !isRole(w0) && !COMMON_NOUN_SUFFIX_RE.test(w0) && !countryMatch(phraseWords(w0)) && nameCountry(w1.toLowerCase()) && !/s$/.test(w1)) {
          return { actor: name, type: 'org' };
        }
      }
      // "Chefentwickler Miyamoto": a person noun before a single name
      if (content.length === 2 && !GIVEN_NAMES.has(content[0].w) && (isRole(content[0].w) || PERSON_HEAD_RE.test(content[0].w)) && /^\p{Lu}\p{Ll}+$/u.test(content[1].w) && !countryMatch([content[1]]) && !COMMON_NOUN_SUFFIX_RE.test(content[1].w)) {
        const sur = content[1].w;
        return { actor: this.knownPerson(sur) ?? this.registerPerson(sur), type: 'person' };
      }
      const ent = this.entityOf(name);
      if (ent) return ent;
      if (content.length >= 2 && !content.some((w) => COMMON_NOUN_SUFFIX_RE.test(w.w) || isRole(w.w) || adjCountry(w.w.toLowerCase()) || NUMBERISH_RE.test(w.w))) {
        return { actor: this.registerPerson(name), type: 'person' };
      }
      if (content.length === 1 && !COMMON_NOUN_SUFFIX_RE.test(name) && !GENERIC_SOURCES.has(name.toLowerCase()) && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(name) && !adjCountry(name.toLowerCase()) && !demonymCountry(name.toLowerCase())) {
        return { actor: name, type: 'person' };
      }
    }
    // 4. organisations and media by name
    const org = orgMatch(words);
    if (org) return org;
    // 5. countries: names, capitals, metonyms, adjectives, demonyms
    const c = countryMatch(words);
    if (c) return { actor: c, type: 'country' };
    // 6. unnamed: "Berichten zufolge", "Medienberichten"
    const head = content.length ? content[content.length - 1].w.toLowerCase() : first;
    if (content.length <= 2 && GENERIC_SOURCES.has(head)) return { actor: UNKNOWN_ACTOR, type: 'unknown' };
    // 7. the phrase itself, without leading determiners
    let s = 0;
    while (s < words.length - 1 && DETERMINERS.has(words[s].w.toLowerCase())) s++;
    const text = phrase.slice(phrase.indexOf(words[s].w)).replace(/\s+/g, ' ').replace(/[\s,.:;]+$/, '');
    return { actor: text, type: 'group' };
  }
}

function orgMatch(words: PWord[]): ResolvedActor | undefined {
  // a hyphenated prefix ("UN-Flüchtlingshilfswerk UNHCR", "EU-Kommissar") yields to a name of its own in the phrase
  let prefixHit: ResolvedActor | undefined;
  const opens = words.map((_, i) => opensMultiWord(words, i));
  for (let n = Math.min(MAX_NGRAM, words.length); n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      if (n > 1 && !opens[i]) continue;
      const seq = words.slice(i, i + n).map((w) => w.w);
      const raw = seq.join(' ');
      const hit = ORG_CS.get(raw) ?? ORG_CI.get(raw.toLowerCase());
      if (hit && n === 1 && words[i].hyph && i + 1 < words.length) {
        prefixHit ??= { actor: hit.c, type: hit.type };
        continue;
      }
      const cs = ORG_CS.get(raw);
      if (cs) return { actor: cs.c, type: cs.type };
      const ci = ORG_CI.get(raw.toLowerCase());
      if (ci) return { actor: ci.c, type: ci.type };
      if (n === 1 && raw.endsWith('s')) {
        const g = ORG_CS.get(raw.slice(0, -1)) ?? ORG_CI.get(raw.slice(0, -1).toLowerCase());
        if (g && g.c.length > 3) return { actor: g.c, type: g.type };
      }
    }
  }
  return prefixHit;
}

function countryMatch(words: PWord[]): string | undefined {
  for (let i = 0; i < words.length; i++) {
    for (let n = opensMultiWord(words, i) ? Math.min(MAX_NGRAM, words.length - i) : 1; n >= 1; n--) {
      const seq = words.slice(i, i + n);
      const raw = seq.map((w) => w.w).join(' ');
      const cs = CASE_SENSITIVE_COUNTRY.get(raw);
      if (cs) return cs;
      const lw = raw.toLowerCase();
      const c = nameCountry(lw) ?? adjCountry(lw) ?? (n === 1 ? demonymCountry(lw) : undefined);
      if (c) return c;
    }
  }
  return undefined;
}

/** Country of a single word or name, if any ("Seoul" → "South Korea", "südkoreanischen" → "South Korea"). */
export function countryOf(phrase: string): string | undefined {
  return countryMatch(phraseWords(phrase));
}

/**
 * Places inside a country that are no capitals: US states, German, Austrian and Swiss states and big cities, other
 * large cities. Used only where a place locates an unnamed official ("der Staatsanwalt … des Bundesstaates Illinois")
 * or an article's dateline ("Chicago –"), never to resolve a bare name: "Bayern" is also a
 * football club, "Texas Instruments" a company.
 */
const PLACES = `
USA|alabama,alaska,arizona,arkansas,kalifornien,california,colorado,connecticut,delaware,florida,hawaii,idaho,illinois,indiana,iowa,kansas,kentucky,louisiana,maine,maryland,massachusetts,michigan,minnesota,mississippi,missouri,montana,nebraska,nevada,new hampshire,new jersey,new mexico,new york,north carolina,nord-carolina,north dakota,ohio,oklahoma,oregon,pennsylvania,pennsylvanien,rhode island,south carolina,süd-carolina,south dakota,tennessee,texas,utah,vermont,virginia,west virginia,wisconsin,wyoming,chicago,los angeles,san francisco,boston,houston,dallas,philadelphia,phoenix,seattle,miami,atlanta,detroit,denver,las vegas,baltimore,new orleans,san diego,orlando,minneapolis,silicon valley,manhattan,brooklyn
Germany|bayern,baden-württemberg,sachsen,sachsen-anhalt,thüringen,brandenburg,mecklenburg-vorpommern,niedersachsen,nordrhein-westfalen,rheinland-pfalz,saarland,schleswig-holstein,hessen,hamburg,bremen,münchen,köln,frankfurt,stuttgart,düsseldorf,dortmund,essen,leipzig,dresden,hannover,nürnberg,karlsruhe,mannheim,wiesbaden,mainz,kiel,potsdam,magdeburg,erfurt,schwerin,saarbrücken
Austria|niederösterreich,oberösterreich,steiermark,kärnten,tirol,vorarlberg,burgenland,salzburg,graz,linz,innsbruck,klagenfurt,villach,st. pölten,sankt pölten,bregenz,eisenstadt,wels,dornbirn,leoben,waldviertel,weinviertel,mühlviertel,innviertel
Switzerland|zürich,genf,basel,lausanne,luzern,st. gallen,tessin,graubünden,wallis,aargau
Italy|mailand,milano,neapel,turin,florenz,venedig,bologna,genua,palermo,südtirol,sizilien,sardinien,lombardei,toskana
Spain|barcelona,valencia,sevilla,bilbao,katalonien,andalusien,mallorca
France|marseille,lyon,toulouse,nizza,bordeaux,straßburg,lille,korsika
United Kingdom|manchester,liverpool,birmingham,glasgow,edinburgh,schottland,scotland,wales,nordirland,cardiff,belfast
Russia|sankt petersburg,st. petersburg,petersburg,tschetschenien,sibirien,wladiwostok,kaliningrad,jekaterinburg,nowosibirsk
Turkey|istanbul,izmir,antalya
China|shanghai,hongkong,hong kong,guangzhou,shenzhen,wuhan,tibet,xinjiang
India|mumbai,bombay,kalkutta,bangalore,kaschmir
Japan|osaka,kyoto,fukushima,hiroshima,okinawa
Australia|sydney,melbourne,brisbane,perth
Canada|toronto,montreal,vancouver,quebec
Brazil|rio de janeiro,são paulo,sao paulo
Ukraine|charkiw,odessa,lwiw,donezk,luhansk,dnipro,mariupol,saporischschja,cherson,krim
Israel|haifa,eilat
`;
const PLACE_MAP = new Map<string, string>();
for (const line of PLACES.split('\n')) {
  const bar = line.indexOf('|');
  if (bar < 0) continue;
  const c = line.slice(0, bar);
  for (const n of line.slice(bar + 1).split(',')) if (n) PLACE_MAP.set(n, c);
}

/**
 * Country of a place named in a phrase: a country, capital or metonym ("Washington"), or a state, region or big city
 * ("Illinois", "Chicago", "Bayern", "Tirol"); looks at single words and two-word names. For unnamed officials and
 * datelines only (see PLACES).
 */
export function placeCountry(phrase: string): string | undefined {
  const words = phrase.split(/[\s,/()]+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const two = i + 1 < words.length ? `${w} ${words[i + 1]}`.toLowerCase() : '';
    const hit = (two && (PLACE_MAP.get(two) ?? NAME_MAP.get(two))) || PLACE_MAP.get(w.toLowerCase()) || countryNameOf(w);
    if (hit) return hit;
    // genitive: "des Bundesstaates Illinois" has none, "Bayerns", "Kaliforniens" have
    if (w.length > 4 && w.endsWith('s')) {
      const g = PLACE_MAP.get(w.slice(0, -1).toLowerCase()) ?? countryNameOf(w.slice(0, -1));
      if (g) return g;
    }
  }
  return undefined;
}

/** Country of a country's name or capital only ("Wien", "Russland"), not of an adjective or demonym ("Deutsch", "Schweizer"). */
export function countryNameOf(word: string): string | undefined {
  return CASE_SENSITIVE_COUNTRY.get(word) ?? NAME_MAP.get(word.toLowerCase());
}

/** Stateless convenience: resolve one phrase without article context. */
export function resolveActor(phrase: string, lexicon?: Lexicon): string {
  return new ActorResolver(lexicon).resolve(phrase).actor;
}

/** Whether a phrase names a medium (news agency, newspaper, broadcaster). */
export function isMedia(phrase: string): boolean {
  const o = orgMatch(phraseWords(phrase));
  return o?.type === 'media' || /(?:agentur|zeitung|sender|blatt|magazin|portal|agency|newspaper|broadcaster)\b/i.test(phrase);
}

/** Number words and units: "Zwei Millionen Euro" is no name. */
const LEGAL_FORMS = new Set(['AG', 'GmbH', 'Gmbh', 'GesmbH', 'KG', 'SE', 'Inc', 'Inc.', 'Ltd', 'Ltd.', 'Corp', 'Corp.', 'plc']);
/** A company by its legal form at the end: the name without the article before it. */
const LEGAL_FORM_PHRASE_RE = latin(/^(?:(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]em|[Dd]en|[Dd]es)\s+)?(\p{Lu}[\p{L}\d&.'-]*(?:\s+\p{Lu}[\p{L}\d&.'-]*){0,3}\s+(?:AG|GmbH|Gmbh|GesmbH|KG|SE|Inc\.?|Ltd\.?|Corp\.?|plc))$/u);
const NUMBERISH_RE = /^(?:\d.*|ein|eine|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|hundert|tausend|million|millionen|milliarde|milliarden|mio|mrd|euro|dollar|prozent|franken|pfund|cent|stück)$/i;

/** Nouns for persons that can stand before a name ("Chefentwickler", "Defensive-Line-Spieler", "Sora-Forscher"). */
const PERSON_HEAD_RE = latin(/(?:^|-)\p{L}*(?:entwickler|spieler|spielerin|forscher|forscherin|trainer|trainerin|kollege|kollegin|ökonom|ökonomin|stürmer|torhüter|tormann|verteidiger|kapitän|moderator|moderatorin|kandidat|kandidatin|vertreter|vertreterin|funktionär|funktionärin|mitarbeiter|mitarbeiterin|aktivist|aktivistin|anwalt|anwältin|experte|expertin|sprecher|sprecherin|chef|chefin|leiter|leiterin|gründer|gründerin|manager|managerin|journalist|journalistin|kommentator|analyst|analystin|blogger|bloggerin|insider|mediziner|ärztin|arzt|pilot|pilotin|mitglied|abgeordnete|abgeordneter|politiker|politikerin|kritiker|kritikerin|weinbauer|landwirt|landwirtin|winzer|winzerin|bäuerin|wirt|wirtin|unternehmer|unternehmerin|investor|investorin|historiker|historikerin|soziologe|soziologin|psychologe|psychologin|biologe|biologin|ökologe|politologe|politologin)$/iu);

/** Generic nouns of media and organisations that may precede their name ("der US-Sender NBC", "die Hilfsorganisation Care"). */
const MEDIA_NOUN_RE = latin(/(?:^|-)\p{L}*(?:sender|zeitung|zeitungen|magazin|nachrichtenmagazin|blatt|portal|agentur|zeitschrift|fernsehen|kanal|sendung|plattform|website|webseite|newsletter|blog|netzwerk|dienst|network|channel|newspaper|magazine|broadcaster|agency|outlet|site)$/iu);
const ORG_NAMED_NOUN_RE = latin(/(?:^|-)\p{L}*(?:organisation|unternehmen|konzern|firma|gesellschaft|hersteller|händler|anbieter|betreiber|versicherer|kette|verein|verband|gewerkschaft|bank|stiftung|institut|partei|gruppe|initiative|bewegung|miliz|kampagne|netzwerk|allianz|bündnis|vereinigung|company|group|firm|organisation|organization|foundation|institute|party|mobilfunker|netzbetreiber|provider|autobauer|autohersteller|flugzeugbauer|maschinenbauer|fluglinie|fluggesellschaft|airline|reederei|brauerei|verlag|diskonter|discounter|versandhändler|onlinehändler|einzelhändler|energieversorger|versorger|zulieferer|dienstleister|startup|start-up|modekette|möbelhaus|carrier|retailer|automaker|carmaker)(?:e?s)?$/iu);
const NAME_LINK = new Set(['ohne', 'für', 'of', 'for', 'de', 'du', 'des', 'la', 'le', 'am', 'the', 'and', 'und']);

/** "der US-Sender NBC" → NBC (media), "das Magazin Time" → Time, "die Hilfsorganisation Ärzte ohne Grenzen" → its name. */
function namedAfterNoun(words: PWord[]): ResolvedActor | undefined {
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i].w;
    if (words[i].comma || words[i].hyph) continue;
    const media = MEDIA_NOUN_RE.test(w);
    if (!media && !ORG_NAMED_NOUN_RE.test(w)) continue;
    // the name: capitalised words (and digits: "Rossija 24"), linked by "ohne", "für", "of" …
    const parts: PWord[] = [];
    for (let j = i + 1; j < words.length && parts.length < 6; j++) {
      const x = words[j].w;
      if (capitalised(x) || /^\d+$/.test(x) && parts.length > 0) parts.push(words[j]);
      else if (parts.length > 0 && NAME_LINK.has(x) && j + 1 < words.length && capitalised(words[j + 1].w)) parts.push(words[j]);
      else break;
      if (words[j].comma) break;
    }
    if (parts.length === 0) return undefined;
    const first = parts[0].w;
    const lf = first.toLowerCase();
    // "die Zeitung der Regierung", "der Sender Russland": no name of its own
    if (DETERMINERS.has(lf) && parts.length === 1) return undefined;
    if (parts.length === 1 && (COMMON_NOUN_SUFFIX_RE.test(first) || GENERIC_SOURCES.has(lf) || isRole(first))) return undefined;
    if (countryMatch(parts) && parts.length === 1) return undefined;
    const name = parts.map((p) => (p.hyph ? p.w + '-' : p.w)).join(' ').replace(/- /g, '-');
    const known = orgMatch(parts);
    if (known) return known;
    return { actor: name, type: media ? 'media' : 'org' };
  }
  return undefined;
}
