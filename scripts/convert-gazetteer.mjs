// Converts the unpacked GeoNames packages into Sitrep's compact gazetteer resources.
// Usage: node convert-gazetteer.mjs cities500.txt admin1.json admin2.json countries.json OUTDIR
//
// places.tsv.gz  geonameid, name, feature code, country (ISO alpha-2), admin1 code, admin2 code,
//                population, lat, lon, lookup keys joined by '|': the name's key first, then the keys of
//                its Latin-script alternate names (keys as org.sitrep.geo.NameKey makes them)
// admin1.tsv     code (CC.A1), name, lat, lon, summed population, number of places
//                (point: area-weighted centroid of the 1-degree grid cells that hold at least one of the
//                division's places, i.e. of its settled footprint, so that dense towns do not pull the
//                point towards the populated part of a large province)
// admin2.tsv     code (CC.A1.A2), name, lat, lon, summed population, number of places
//                (point: centre of the 2nd..98th percentile box of its places)
// countries.tsv  ISO alpha-2, ISO alpha-3, common name, official name, lat, lon, area km2,
//                alternate names '|', English demonyms '|', capital
import fs from 'node:fs';
import zlib from 'node:zlib';
import path from 'node:path';

const [citiesFile, admin1File, admin2File, countriesFile, outDir] = process.argv.slice(2);
if (!outDir) {
  console.error('usage: node convert-gazetteer.mjs cities500.txt admin1.json admin2.json countries.json OUTDIR');
  process.exit(2);
}

const LATIN = /^[A-Za-z0-9 .,'\u2019()&\/-]+$/;
const SPECIAL = { '\u0131': 'i', '\u00f8': 'o', '\u00d8': 'O', '\u00df': 'ss', '\u00e6': 'ae', '\u0111': 'd',
  '\u0142': 'l', '\u0141': 'L', '\u02bf': '', '\u02be': '', '\u02bb': '', '\u02bc': '' };
const fold = (s) => s.normalize('NFD').replace(/\p{Mn}/gu, '').replace(/[\u0131\u00f8\u00d8\u00df\u00e6\u0111\u0142\u0141\u02bf\u02be\u02bb\u02bc]/g, (c) => SPECIAL[c]);
// Must agree with org.sitrep.geo.NameKey: fold, drop . ' ’ ‘ `, hyphens/underscores/space runs to one space, lower case.
const key = (s) => fold(s).replace(/[.'\u2019\u2018`]/g, '').replace(/[-\u2013\u2010_\s]+/g, ' ').trim().toLowerCase();
const clean = (s) => s.replace(/[\t|\r\n]/g, ' ').trim();

function latinNames(primary, names, keepCodes = false) {
  const seen = new Set([key(primary)]);
  const out = [];
  for (const raw of names) {
    const n = clean(raw);
    if (!n || n.length > 60) continue;
    if (!LATIN.test(fold(n))) continue;
    if (!keepCodes && /^[A-Z]{2,4}$/.test(n)) continue; // airport and postal codes
    if (!/[A-Z]/.test(n)) continue; // machine romanizations ("ba ge da") are never written in news
    if (/\d/.test(n) && !/\d/.test(primary)) continue;
    const k = key(n);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(n);
  }
  return out;
}

const rows = [];
const lines = fs.readFileSync(citiesFile, 'utf8').split('\n');
const byAdmin1 = new Map();
const byAdmin2 = new Map();
function collect(map, code, lat, lon, pop) {
  let a = map.get(code);
  if (!a) map.set(code, (a = { lats: [], lons: [], pop: 0 }));
  a.lats.push(lat);
  a.lons.push(lon);
  a.pop += pop;
}
for (const line of lines) {
  if (!line) continue;
  const f = line.split('\t');
  if (f.length < 19) continue;
  const [id, name, ascii, alts, lat, lon, , fcode, cc, , a1, a2] = f;
  const pop = Number(f[14]) || 0;
  const names = latinNames(name, [ascii, ...(alts ? alts.split(',') : [])]);
  const keys = [...new Set([key(name), ...names.map(key)])].filter((k) => k && !k.includes('|'));
  rows.push([id, clean(name), fcode, cc, a1, a2, pop, lat, lon, keys.join('|')].join('\t'));
  const la = Number(lat), lo = Number(lon);
  if (cc && a1 && a1 !== '00') collect(byAdmin1, `${cc}.${a1}`, la, lo, pop);
  if (cc && a1 && a2) collect(byAdmin2, `${cc}.${a1}.${a2}`, la, lo, pop);
}
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'places.tsv.gz'), zlib.gzipSync(rows.join('\n') + '\n', { level: 9 }));

function pct(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(p * (sorted.length - 1))))];
}
function point(a) {
  const lats = [...a.lats].sort((x, y) => x - y);
  const lons = [...a.lons].sort((x, y) => x - y);
  const lat = (pct(lats, 0.02) + pct(lats, 0.98)) / 2;
  const lon = (pct(lons, 0.02) + pct(lons, 0.98)) / 2;
  return [lat.toFixed(4), lon.toFixed(4)];
}
const CELL_DEGREES = 1;
function footprintCentroid(a) {
  const cells = new Set();
  for (let i = 0; i < a.lats.length; i++) {
    cells.add(Math.floor(a.lats[i] / CELL_DEGREES) * 1000 + Math.floor(a.lons[i] / CELL_DEGREES));
  }
  const lons = a.lons;
  const wraps = lons.some((l) => l > 150) && lons.some((l) => l < -150); // straddles the antimeridian
  let w = 0, y = 0, x = 0;
  for (const c of cells) {
    const row = Math.round(c / 1000), col = c - row * 1000;
    const lat = (row + 0.5) * CELL_DEGREES;
    let lon = (col + 0.5) * CELL_DEGREES;
    if (wraps && lon < 0) lon += 360;
    const area = Math.cos((lat * Math.PI) / 180);
    w += area; y += lat * area; x += lon * area;
  }
  const lon = x / w > 180 ? x / w - 360 : x / w;
  return [(y / w).toFixed(4), lon.toFixed(4)];
}
function writeAdmin(file, table, stats, pointOf) {
  const out = [];
  for (const { code, name } of JSON.parse(fs.readFileSync(table, 'utf8'))) {
    const a = stats.get(code);
    if (!a) continue; // a division without any populated place in cities500 cannot be placed
    const [lat, lon] = pointOf(a);
    out.push([code, clean(name), lat, lon, a.pop, a.lats.length].join('\t'));
  }
  out.sort();
  fs.writeFileSync(path.join(outDir, file), out.join('\n') + '\n');
}
writeAdmin('admin1.tsv', admin1File, byAdmin1, footprintCentroid);
writeAdmin('admin2.tsv', admin2File, byAdmin2, point);

const countries = [];
for (const c of JSON.parse(fs.readFileSync(countriesFile, 'utf8'))) {
  const alts = latinNames(c.name.common, [
    c.name.official,
    ...(c.altSpellings || []).filter((s) => s.length > 2 || /^[A-Z]\.[A-Z]\.$/.test(s)),
  ], true);
  const dem = new Set();
  for (const g of ['m', 'f']) {
    const d = c.demonyms && c.demonyms.eng && c.demonyms.eng[g];
    if (d) dem.add(clean(d));
  }
  const [lat, lon] = c.latlng || [0, 0];
  countries.push([c.cca2, c.cca3, clean(c.name.common), clean(c.name.official), lat, lon, c.area || 0,
    alts.join('|'), [...dem].join('|'), clean((c.capital || [''])[0] || '')].join('\t'));
}
countries.sort();
fs.writeFileSync(path.join(outDir, 'countries.tsv'), countries.join('\n') + '\n');
console.error(`convert-gazetteer: ${rows.length} places, ${byAdmin1.size} admin1, ${byAdmin2.size} admin2, ${countries.length} countries`);
