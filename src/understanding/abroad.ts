/** Foreign places by canonical country; patterns match accent-free lower-case text. */
const PLACES: ReadonlyArray<[string, string]> = [
  [
    'Mexico',
    'mexico|guadalajara|zapopan|jalisco|monterrey|tijuana|cancun|puerto vallarta|oaxaca|cdmx|michoacan|sonora|',
  ],
  ['Canada', 'canada|toronto|vancouver|montreal|calgary|ottawa|quebec|british columbia|alberta|winnipeg|edmonton'],
  ['Germany', 'germany|alemania|munich|frankfurt|berlin|hamburg'],
  ['United Kingdom', 'united kingdom|uk|england|inglaterra|reino unido|scotland|wales|great britain'],
  ['France', 'france|francia'],
  ['Spain', 'spain|espana|madrid|barcelona'],
  ['Italy', 'italy|italia'],
  ['Portugal', 'portugal'],
  ['Ireland', 'ireland|irlanda'],
  ['Netherlands', 'netherlands|holland|holanda|paises bajos|amsterdam'],
  ['Switzerland', 'switzerland|suiza'],
  ['Japan', 'japan|japon|tokyo|osaka'],
  ['China', 'china'],
  ['South Korea', 'south korea|korea|corea|seoul'],
  ['India', 'india'],
  ['Philippines', 'philippines|filipinas|manila|cebu'],
  ['Vietnam', 'vietnam'],
  ['Thailand', 'thailand|tailandia'],
  ['Australia', 'australia|sydney'],
  ['New Zealand', 'new zealand|nueva zelanda'],
  ['Israel', 'israel|tel aviv'],
  ['United Arab Emirates', 'united arab emirates|uae|dubai'],
  ['Brazil', 'brazil|brasil'],
  ['Colombia', 'colombia|bogota|medellin'],
  ['Guatemala', 'guatemala'],
  ['El Salvador', 'el salvador|san salvador'],
  ['Honduras', 'honduras|tegucigalpa'],
  ['Nicaragua', 'nicaragua'],
  ['Costa Rica', 'costa rica'],
  ['Panama', 'panama(?! city)'],
  ['Dominican Republic', 'dominican republic|republica dominicana|santo domingo'],
  ['Venezuela', 'venezuela'],
  ['Peru', 'peru'],
  ['Ecuador', 'ecuador'],
  ['Chile', 'chile'],
  ['Argentina', 'argentina|buenos aires'],
  ['Bolivia', 'bolivia'],
  ['Jamaica', 'jamaica'],
  ['Haiti', 'haiti'],
  ['Nigeria', 'nigeria'],
  ['Ghana', 'ghana'],
  ['Kenya', 'kenya'],
  ['South Africa', 'south africa|sudafrica'],
  ['Poland', 'poland|polonia'],
  ['Ukraine', 'ukraine|ucrania'],
  ['Russia', 'russia|rusia'],
];
const PLACE_PATTERNS = PLACES.map(
  ([country, names]) => [country, new RegExp(`\\b(?:${names.replace(/\|$/, '')})\\b`, 'g')] as const,
);
/** US places whose names hold a foreign one; masked first. */
const US_LOOKALIKES =
  /\b(new mexico|mexico,? (?:missouri|mo|new york|ny|maine|me)|estados unidos|panama city|peru,? (?:indiana|in))\b/g;
const GENERIC =
  /\b(abroad|overseas|outside (?:of )?the (?:us|usa|u s|united states|country|states)|out of the country|en el extranjero|fuera de(?:l pais| los estados unidos| estados unidos| usa| eeuu))\b/;
const ORIGIN_ONLY =
  /\b(born in|came from|moved from|immigrated from|originally from|family (?:is )?in|parents (?:are |live )?in|soy de|naci en|vengo de|visit\w*|vacation\w*|trip to|viaje a|from)\s+(?:the\s+)?$/;
const LIVES =
  /\b(live|living|lives|reside|moved to|addressed to|mailed to|vivo|vivimos|resido|me mude a|en)\b[\w ,]{0,12}$/;

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
    .replace(US_LOOKALIKES, (m) => ' '.repeat(m.length));
  const hits: Array<{ country: string; index: number; lives: boolean }> = [];
  for (const [country, pattern] of PLACE_PATTERNS) {
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
