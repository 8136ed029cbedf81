// Converts the unpacked GeoNames packages into Sitrep's compact gazetteer resources.
// Usage: node convert-gazetteer.mjs cities500.txt admin1.json admin2.json countries.json OUTDIR [OUTLINES]
//
// OUTLINES (optional): the unpacked world-geojson package; where it has the outline of a first-level
// division (states/<country>/<division>.json, areas/<country>/<part>.json), that division's point is
// the area centroid of its outline instead of the settled-footprint centroid.
//
// places.tsv.gz  geonameid, name, feature code, country (ISO alpha-2), admin1 code, admin2 code,
//                population, lat, lon, lookup keys joined by '|': the name's key first, then the keys of
//                its Latin-script alternate names (keys as org.sitrep.geo.NameKey makes them)
// admin1.tsv     code (CC.A1), name, lat, lon, summed population, number of places, point source
//                (point source "outline": area centroid of the division's outline; "footprint":
//                area-weighted centroid of the 1-degree grid cells that hold at least one of the
//                division's places, i.e. of its settled footprint, so that dense towns do not pull the
//                point towards the populated part of a large province)
// admin2.tsv     code (CC.A1.A2), name, lat, lon, summed population, number of places, "box"
//                (point: centre of the 2nd..98th percentile box of its places)
// countries.tsv  ISO alpha-2, ISO alpha-3, common name, official name, lat, lon, area km2,
//                alternate names '|', English demonyms '|', capital
import fs from 'node:fs';
import zlib from 'node:zlib';
import path from 'node:path';

const [citiesFile, admin1File, admin2File, countriesFile, outDir, outlinesDir] = process.argv.slice(2);
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
// world-geojson's folder names for the countries whose divisions it outlines.
const OUTLINE_COUNTRIES = {
  australia: 'AU', canada: 'CA', india: 'IN', switzerland: 'CH', thailand: 'TH', usa: 'US',
  united_kingdom: 'GB', italy: 'IT', spain: 'ES', portugal: 'PT', france: 'FR',
};
// Spelling differences between world-geojson file names and GeoNames' admin1 names.
const OUTLINE_NAMES = {
  'IN:nct of delhi': 'delhi', 'IN:jammu kashmir': 'jammu and kashmir', 'IN:andaman nicobar island': 'andaman and nicobar',
  'IN:dadara nagar havelli': 'dadra and nagar haveli and daman and diu', 'IN:daman diu': null,
  'CH:berne': 'bern', 'CH:basel stadt': 'basel city', 'CH:st gallen': 'saint gallen',
  'TH:khonkean': 'khon kaen', 'TH:pranakhonsriayutthaya': 'phra nakhon si ayutthaya', 'TH:prathumthani': 'pathum thani',
};
const squash = (s) => key(s).replace(/\b(and|the|of|province|state|territory|changwat|canton of|kanton)\b/g, '').replace(/[^a-z]/g, '');

/** Area centroid (lat, lon) of a GeoJSON outline, weighting each ring by its area on the sphere. */
function outlineCentroid(geojson) {
  const polygons = [];
  const walk = (o) => {
    if (!o) return;
    if (o.type === 'FeatureCollection') o.features.forEach((f) => walk(f.geometry));
    else if (o.type === 'Feature') walk(o.geometry);
    else if (o.type === 'GeometryCollection') o.geometries.forEach(walk);
    else if (o.type === 'Polygon') polygons.push(o.coordinates);
    else if (o.type === 'MultiPolygon') o.coordinates.forEach((p) => polygons.push(p));
  };
  walk(geojson);
  // Some outlines were drawn a whole turn or two east of the usual range (lon + 360k): bring every
  // longitude into [-180, 180) first.
  for (const ring of polygons.flat(1)) for (const p of ring) p[0] = ((((p[0] + 180) % 360) + 360) % 360) - 180;
  const lons = polygons.flat(2).map((p) => p[0]);
  const wraps = lons.some((l) => l > 150) && lons.some((l) => l < -150); // straddles the antimeridian
  let w = 0, x = 0, y = 0;
  for (const polygon of polygons) {
    polygon.forEach((ring, i) => {
      let a = 0, cx = 0, cy = 0;
      for (let j = 0; j + 1 < ring.length; j++) {
        let [x0, y0] = ring[j], [x1, y1] = ring[j + 1];
        if (wraps) { if (x0 > 0) x0 -= 360; if (x1 > 0) x1 -= 360; }
        const f = x0 * y1 - x1 * y0;
        a += f; cx += (x0 + x1) * f; cy += (y0 + y1) * f;
      }
      if (a === 0) return;
      const rx = cx / (3 * a), ry = cy / (3 * a); // a is twice the planar area
      const area = Math.abs(a / 2) * Math.cos((ry * Math.PI) / 180) * (i === 0 ? 1 : -1); // holes subtract
      w += area; x += rx * area; y += ry * area;
    });
  }
  if (w <= 0) return null;
  let lon = x / w;
  if (lon < -180) lon += 360;
  return [(y / w).toFixed(4), lon.toFixed(4)];
}

/** Outline points by admin1 code, for the divisions world-geojson outlines. */
function outlinePoints(dir, admin1Table) {
  const points = new Map();
  if (!dir) return points;
  const byCountry = new Map();
  for (const { code, name } of admin1Table) {
    const cc = code.split('.')[0];
    if (!byCountry.has(cc)) byCountry.set(cc, new Map());
    byCountry.get(cc).set(squash(name), code);
  }
  const unmatched = [];
  for (const kind of ['states', 'areas']) {
    for (const [folder, cc] of Object.entries(OUTLINE_COUNTRIES)) {
      const countryDir = path.join(dir, kind, folder);
      if (!fs.existsSync(countryDir)) continue;
      for (const file of fs.readdirSync(countryDir).sort()) {
        if (!/\.(geo)?json$/.test(file)) continue;
        const raw = key(file.replace(/\.(geo)?json$/, ''));
        const alias = OUTLINE_NAMES[`${cc}:${raw}`];
        if (alias === null) continue; // merged into another division
        const code = byCountry.get(cc)?.get(squash(alias || raw));
        if (!code) {
          if (kind === 'states') unmatched.push(`${cc}:${raw}`);
          continue; // areas/ also holds mainlands and overseas territories, which are not divisions
        }
        const point = outlineCentroid(JSON.parse(fs.readFileSync(path.join(countryDir, file), 'utf8')));
        if (point) points.set(code, point);
      }
    }
  }
  if (unmatched.length) console.error(`convert-gazetteer: outlines without a GeoNames division: ${unmatched.join(', ')}`);
  return points;
}

function writeAdmin(file, table, stats, pointOf, pointSource, outlines = new Map()) {
  const out = [];
  for (const { code, name } of table) {
    const a = stats.get(code);
    if (!a) continue; // a division without any populated place in cities500 cannot be placed
    const outline = outlines.get(code);
    const [lat, lon] = outline || pointOf(a);
    out.push([code, clean(name), lat, lon, a.pop, a.lats.length, outline ? 'outline' : pointSource].join('\t'));
  }
  out.sort();
  fs.writeFileSync(path.join(outDir, file), out.join('\n') + '\n');
}
const admin1Table = JSON.parse(fs.readFileSync(admin1File, 'utf8'));
const outlines = outlinePoints(outlinesDir, admin1Table);
writeAdmin('admin1.tsv', admin1Table, byAdmin1, footprintCentroid, 'footprint', outlines);
writeAdmin('admin2.tsv', JSON.parse(fs.readFileSync(admin2File, 'utf8')), byAdmin2, point, 'box');

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
console.error(`convert-gazetteer: ${rows.length} places, ${byAdmin1.size} admin1 (${outlines.size} from outlines), ${byAdmin2.size} admin2, ${countries.length} countries`);
