/** Foreign places by canonical country; patterns match accent-free lower-case text. */
const PLACES: ReadonlyArray<[string, string]> = [
  [
    'Mexico',
    'mexico|guadalajara|zapopan|jalisco|monterrey|tijuana|cancun|puerto vallarta|oaxaca|cdmx|michoacan|sonora|merida|puebla|queretaro|leon,? (?:gto|guanajuato)|guanajuato|san miguel de allende|ensenada|mazatlan|chihuahua|hermosillo|',
  ],
  [
    'Canada',
    'canada|toronto|vancouver|montreal|calgary|ottawa|quebec|british columbia|alberta|winnipeg|edmonton|mississauga|ontario|nova scotia|halifax',
  ],
  ['Germany', 'germany|alemania|deutschland|munich|munchen|frankfurt|berlin|hamburg|cologne|stuttgart|dusseldorf'],
  [
    'United Kingdom',
    'united kingdom|uk|u k|england|inglaterra|reino unido|scotland|wales|great britain|london,? (?:uk|england)|manchester,? (?:uk|england)|edinburgh|glasgow',
  ],
  ['France', 'france|francia|paris|lyon|marseille|nice,? france'],
  ['Spain', 'spain|espana|madrid|barcelona|valencia,? (?:spain|espana)|sevilla|seville|malaga|bilbao'],
  ['Italy', 'italy|italia|rome|roma|milan|milano|naples,? italy|florence,? italy|venice,? italy|turin'],
  ['Portugal', 'portugal|lisbon|lisboa|porto'],
  ['Ireland', 'ireland|irlanda|dublin,? ireland|cork,? ireland'],
  ['Netherlands', 'netherlands|holland|holanda|paises bajos|amsterdam|rotterdam|the hague'],
  ['Belgium', 'belgium|belgica|brussels|bruselas|antwerp'],
  ['Switzerland', 'switzerland|suiza|zurich|geneva|ginebra|basel'],
  ['Austria', 'austria|vienna|viena'],
  ['Sweden', 'sweden|suecia|stockholm'],
  ['Norway', 'norway|noruega|oslo'],
  ['Denmark', 'denmark|dinamarca|copenhagen'],
  ['Greece', 'greece|grecia|athens,? greece'],
  ['Turkey', 'turkey,? (?:the country)|turkiye|istanbul|ankara'],
  ['Japan', 'japan|japon|tokyo|osaka|kyoto|yokohama|okinawa'],
  ['China', 'china|beijing|shanghai|shenzhen|guangzhou'],
  ['Hong Kong', 'hong kong'],
  ['Taiwan', 'taiwan|taipei'],
  ['South Korea', 'south korea|korea|corea|seoul|busan|incheon'],
  ['India', 'india|mumbai|bombay|new delhi|delhi|bangalore|bengaluru|hyderabad|chennai|kolkata|pune'],
  ['Pakistan', 'pakistan|karachi|lahore|islamabad'],
  ['Philippines', 'philippines|filipinas|manila|cebu|davao|quezon city|makati'],
  ['Vietnam', 'vietnam|hanoi|ho chi minh|saigon'],
  ['Thailand', 'thailand|tailandia|bangkok|chiang mai|phuket'],
  ['Singapore', 'singapore|singapur'],
  ['Malaysia', 'malaysia|kuala lumpur'],
  ['Indonesia', 'indonesia|jakarta|bali'],
  ['Australia', 'australia|sydney|melbourne|brisbane|perth,? australia|adelaide'],
  ['New Zealand', 'new zealand|nueva zelanda|auckland|wellington,? (?:nz|new zealand)'],
  ['Israel', 'israel|tel aviv|jerusalem|haifa'],
  ['United Arab Emirates', 'united arab emirates|uae|dubai|abu dhabi'],
  ['Saudi Arabia', 'saudi arabia|arabia saudita|riyadh|jeddah'],
  ['Qatar', 'qatar|doha'],
  ['Egypt', 'egypt|egipto|cairo'],
  ['Brazil', 'brazil|brasil|sao paulo|rio de janeiro'],
  ['Colombia', 'colombia|bogota|medellin|cali,? colombia|cartagena|barranquilla'],
  ['Guatemala', 'guatemala|antigua,? guatemala'],
  ['El Salvador', 'el salvador|san salvador'],
  ['Honduras', 'honduras|tegucigalpa'],
  ['Nicaragua', 'nicaragua'],
  ['Costa Rica', 'costa rica'],
  ['Panama', 'panama(?! city)'],
  ['Dominican Republic', 'dominican republic|republica dominicana|santo domingo|punta cana'],
  ['Venezuela', 'venezuela|caracas'],
  ['Peru', 'peru|lima,? peru'],
  ['Ecuador', 'ecuador|quito|guayaquil'],
  ['Chile', 'chile|santiago,? chile|santiago de chile'],
  ['Argentina', 'argentina|buenos aires|cordoba,? argentina'],
  ['Bolivia', 'bolivia'],
  ['Jamaica', 'jamaica|montego bay'],
  ['Haiti', 'haiti|port au prince'],
  ['Nigeria', 'nigeria|lagos|abuja'],
  ['Ghana', 'ghana|accra'],
  ['Kenya', 'kenya|nairobi'],
  ['South Africa', 'south africa|sudafrica|johannesburg|cape town'],
  ['Poland', 'poland|polonia|warsaw|krakow'],
  ['Czech Republic', 'czech republic|czechia|prague'],
  ['Ukraine', 'ukraine|ucrania|kyiv|kiev'],
  ['Russia', 'russia|rusia'],
];
const PLACE_PATTERNS = PLACES.map(
  ([country, names]) => [country, new RegExp(`\\b(?:${names.replace(/\|$/, '')})\\b`, 'g')] as const,
);
/** Any place at all, in one pass: most texts name none, and then the per-country patterns need not run. */
const ANY_PLACE = new RegExp(`\\b(?:${PLACES.map(([, names]) => names.replace(/\|$/, '')).join('|')})\\b`);
/** US places whose names hold a foreign one; masked first. */
const US_LOOKALIKES =
  /\b(new mexico|mexico,? (?:missouri|mo|new york|ny|maine|me)|estados unidos|panama city|peru,? (?:indiana|in)|paris,? (?:texas|tx|tennessee|tn|kentucky|ky|illinois|il)|berlin,? (?:new hampshire|nh|connecticut|ct|maryland|md|wisconsin|wi)|rome,? (?:georgia|ga|new york|ny)|vancouver,? (?:washington|wa)|hamburg,? (?:new york|ny)|milan,? (?:tennessee|tn|michigan|mi)|new england|lima,? (?:ohio|oh)|moscow,? (?:idaho|id)|cairo,? (?:illinois|il|georgia|ga)|lisbon,? (?:maine|me|ohio|oh)|athens|cordoba|leon|perth amboy|florence|naples|dublin|london|manchester|valencia|cali|santiago|wellington)\b/g;
const GENERIC =
  /\b(abroad|overseas|outside (?:of )?the (?:us|usa|u s|united states|country|states)|out of the country|en el extranjero|fuera de(?:l pais| los estados unidos| estados unidos| usa| eeuu))\b/;
const ORIGIN_ONLY =
  /\b(born in|came from|moved from|immigrated from|originally from|family (?:is )?in|parents (?:are |live )?in|soy de|naci en|vengo de|visit\w*|vacation\w*|trip to|viaje a|from|lived in|worked in|stayed in|used to (?:live|work) in|was (?:\w+ing|based|stationed) in)\s+(?:the\s+)?$/;
/** Where the person is: living, based or working there now, or where the notice went ("mi direccion en Madrid"). */
const LIVES =
  /\b(live|living|lives|reside|resides|residing|moved to|relocated to|addressed to|mailed to|sent to|address in|based in|stationed in|settled in|(?:im|i am|were|we are|hes|shes|currently|now|here) in|(?:im|i am|were|we are|hes|shes) (?:a|an)(?: \w+){1,3} in|(?:i|we) (?:teach|work) in|(?:teacher|teaching|working|work|job|retired|expat|expatriate) in|vivo|vivimos|resido|me mude a|direccion|domicilio|enviada a|enviaron a|mandaron a|llego a|en)\b[\w ,]{0,12}$/;

/** Pure: the foreign country the person lives in or the notice went to ('Mexico'), 'abroad' when unnamed, else undefined. */
export function detectAbroad(text: string): string | undefined {
  return findAbroad(text)?.country;
}

/** Pure: like detectAbroad, and whether the text says the person lives there ("vivo en", "I live in"). */
export function findAbroad(text: string): { country: string; lives: boolean } | undefined {
  const plain = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(US_LOOKALIKES, (m) => ' '.repeat(m.length));
  const hits: Array<{ country: string; index: number; lives: boolean }> = [];
  for (const [country, pattern] of ANY_PLACE.test(plain) ? PLACE_PATTERNS : []) {
    for (const m of plain.matchAll(pattern)) {
      const before = plain.slice(Math.max(0, m.index - 30), m.index);
      if (ORIGIN_ONLY.test(before)) continue;
      hits.push({ country, index: m.index, lives: LIVES.test(before) });
    }
  }
  hits.sort((a, b) => Number(b.lives) - Number(a.lives) || a.index - b.index);
  const [best] = hits;
  if (best) return { country: best.country, lives: best.lives };
  return GENERIC.test(plain) ? { country: 'abroad', lives: true } : undefined;
}
