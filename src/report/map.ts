/**
 * The offline map of the briefing: the places of a dossier drawn as inline SVG over country outlines from the
 * `world-atlas` package (Natural Earth, public domain), so the briefing needs no tiles and no network.
 *
 * The view is the bounding box of the places with a margin, in an equirectangular projection whose horizontal
 * scale is shrunk by cos(latitude of the centre) so that shapes near the view's centre keep their proportions.
 * Only the countries that reach into the view are drawn, each ring clipped to the view and rounded to whole SVG
 * units, which keeps a regional map to a few tens of kilobytes.
 */
import { createRequire } from "node:module";
import type { Geo } from "../types.js";

/** A place to mark: the caller gives its link (the entity's mentions) already as a fragment ("#ent-…"). */
export interface MapPlace {
  id: string;
  name: string;
  lat: number;
  lon: number;
  precision: Geo["precision"];
  href: string;
  /** How often the reports name it: larger markers, and labels placed first. */
  weight: number;
}

/** A view of the map: its geographic box and the projection into SVG units [0, width] × [0, height]. */
export interface MapView {
  west: number;
  east: number;
  south: number;
  north: number;
  width: number;
  height: number;
  project(lon: number, lat: number): [number, number];
}

type Point = [number, number];
type Ring = Point[];
type Polygon = Ring[];
interface CountryShape {
  name: string;
  polygons: Polygon[];
  bbox: [number, number, number, number]; // west, south, east, north
}
type Resolution = "110m" | "50m";

const WIDTH = 960;
/** The smallest box shown, in degrees of latitude: one city alone still gets its region around it. */
const MIN_SPAN_DEG = 7;
/** Width / height bounds of the map, so a north–south list of places does not make a needle-thin map. */
const MIN_ASPECT = 1.6;
const MAX_ASPECT = 2.1;
/** Views wider than this use the coarse outline: finer detail would be invisible and only weigh on the page. */
const FINE_OUTLINE_MAX_SPAN_DEG = 70;
const LABEL_FONT = 13;
const COUNTRY_FONT = 11;

/** The box around some points, with margin, widened to a sensible aspect ratio, projected to `width` units. */
export function mapView(points: { lat: number; lon: number }[], width = WIDTH): MapView {
  if (!points.length) throw new Error("mapView needs at least one point");
  let west = Math.min(...points.map((p) => p.lon));
  let east = Math.max(...points.map((p) => p.lon));
  let south = Math.min(...points.map((p) => p.lat));
  let north = Math.max(...points.map((p) => p.lat));

  // margin: a fifth of the extent, at least one degree, so markers and their labels never touch the frame
  const padLat = Math.max((north - south) * 0.2, 1);
  const padLon = Math.max((east - west) * 0.2, 1);
  [west, east, south, north] = [west - padLon, east + padLon, south - padLat, north + padLat];
  [south, north] = widen(south, north, MIN_SPAN_DEG);
  [south, north] = [Math.max(south, -85), Math.min(north, 85)];

  const k = Math.cos((((south + north) / 2) * Math.PI) / 180);
  [west, east] = widen(west, east, MIN_SPAN_DEG / k);
  const aspect = ((east - west) * k) / (north - south);
  if (aspect < MIN_ASPECT) [west, east] = widen(west, east, ((north - south) * MIN_ASPECT) / k);
  if (aspect > MAX_ASPECT) [south, north] = widen(south, north, ((east - west) * k) / MAX_ASPECT);
  [south, north] = [Math.max(south, -85), Math.min(north, 85)];
  [west, east] = [Math.max(west, -180), Math.min(east, 180)];

  const scale = width / ((east - west) * k);
  const height = Math.round((north - south) * scale);
  return { west, east, south, north, width, height, project: (lon, lat) => [(lon - west) * k * scale, (north - lat) * scale] };
}

/** [lo, hi] grown symmetrically to at least `span`. */
function widen(lo: number, hi: number, span: number): [number, number] {
  const grow = span - (hi - lo);
  return grow > 0 ? [lo - grow / 2, hi + grow / 2] : [lo, hi];
}

/**
 * The SVG map of the places, or "" when there are none. Country-level places ("Ukraine") are shaded and labelled
 * inside their visible part; finer places (cities, points) get a marker and a label. Every marker is a link.
 */
export function mapSvg(places: MapPlace[], opts: { width?: number; caption?: string } = {}): string {
  if (!places.length) return "";
  const width = opts.width ?? WIDTH;
  const countries = (res: Resolution) => countryShapes(res);
  const coarse = places.filter((p) => p.precision === "country");

  // Frame the precise places (cities, points) when there are any: a country or a region is a vague place, shown
  // where it reaches into the frame; then let a rarely named outlier go to a list beside the map rather than
  // shrink the story's region to a speck on a world map.
  const precise = places.filter((p) => p.precision === "city" || p.precision === "point");
  const allMentions = places.reduce((sum, p) => sum + Math.max(p.weight, 1), 0);
  const view = mapView(focus(precise.length ? precise : places, allMentions), width);
  const shapes = countries(resolutionFor(view));
  const clipBox: Box = [-8, -8, view.width + 8, view.height + 8];
  // countries named as places are shaded, each in one of a few tints so that neighbours stay apart
  const shaded = new Map([...new Set(coarse.map((p) => shapeAt(shapes, p)).filter((s): s is CountryShape => !!s))].map((s, i) => [s, i % 4]));
  const visible = shapes.filter((shape) => boxesOverlap(shape.bbox, [view.west, view.south, view.east, view.north]));
  const land: string[] = [];
  for (const shape of visible) {
    const d = polygonsPath(shape.polygons, view, clipBox);
    if (d) land.push(`<path class="land${shaded.has(shape) ? ` named tint${shaded.get(shape)}` : ""}" d="${d}"><title>${escapeXml(shape.name)}</title></path>`);
  }

  const occupied: Box[] = [];
  const markers: string[] = [];
  const ordered = [...places].sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name));
  const anchors = new Map<MapPlace, Point>();
  for (const p of ordered) {
    const at = placeAnchor(p, shapes, view);
    if (!at) continue;
    anchors.set(p, at);
    const r = markerRadius(p);
    occupied.push([at[0] - r, at[1] - r, at[0] + r, at[1] + r]);
  }
  for (const p of ordered) {
    const at = anchors.get(p);
    if (!at) continue;
    const [x, y] = at;
    const r = markerRadius(p);
    const label = placeLabel(p.name, x, y, r, occupied, view);
    occupied.push(label.box);
    markers.push(
      `<a class="place ${escapeXml(p.precision)}" href="${escapeXml(p.href)}" data-place="${escapeXml(p.id)}">` +
        `<title>${escapeXml(`${p.name} (${p.precision}, ${p.weight} mention${p.weight === 1 ? "" : "s"})`)}</title>` +
        `<circle cx="${round1(x)}" cy="${round1(y)}" r="${r}"/>` +
        `<text x="${round1(label.x)}" y="${round1(label.y)}" text-anchor="${label.anchor}">${escapeXml(p.name)}</text></a>`,
    );
  }
  // Names of the other countries in view, where they fit and leave the places' labels alone: the reader's bearings.
  const countryLabels = visible
    .filter((shape) => !shaded.has(shape))
    .flatMap((shape) => {
      const spot = labelSpot(shape, view, shape.name.length * COUNTRY_FONT * 0.62);
      if (!spot || occupied.some((o) => overlapArea(o, spot.box) > 0)) return [];
      occupied.push(spot.box);
      return [`<text x="${Math.round(spot.x)}" y="${Math.round(spot.y)}">${escapeXml(shape.name)}</text>`];
    });

  const offMap = ordered.filter((p) => !anchors.has(p));
  const beyond = offMap.length
    ? `<p class="off-map">Also named, beyond this map: ${offMap.map((p) => `<a href="${escapeXml(p.href)}" data-place="${escapeXml(p.id)}">${escapeXml(p.name)}</a>`).join(", ")}.</p>`
    : "";
  const caption = opts.caption ?? "Country outlines: Natural Earth via world-atlas; equirectangular projection.";
  return (
    `<figure class="map"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${view.width} ${view.height}" role="img" aria-label="Map of the places named in the reports" ` +
    `data-bbox="${[view.west, view.south, view.east, view.north].map(round2).join(",")}">` +
    `<rect class="sea" width="${view.width}" height="${view.height}"/>` +
    graticule(view) +
    `<g class="countries">${land.join("")}</g><g class="country-names">${countryLabels.join("")}</g><g class="places">${markers.join("")}</g></svg>` +
    `<figcaption>${beyond}${escapeXml(caption)}</figcaption></figure>`
  );
}

/** A place named this rarely (share of all mentions of places) may be left off the frame when it lies far out. */
const OUTLIER_SHARE = 0.1;
/** ... but no more than this share in all: what most of the reports name stays on the map. */
const MAX_LEFT_OUT_SHARE = 0.25;
/** A frame this small (degrees) needs no trimming. */
const SMALL_FRAME_DEG = 12;

/**
 * The places the map is framed on: all of them, less far-out places named rarely — the farthest from the
 * mention-weighted median first, while each is a small share of `total` (the mentions of all places, countries
 * included: "Ukraine" named twelve times says where the story is) and the frame is still large.
 */
export function focus<P extends { lat: number; lon: number; weight: number }>(places: P[], total = places.reduce((sum, p) => sum + Math.max(p.weight, 1), 0)): P[] {
  const weightOf = (p: P) => Math.max(p.weight, 1);
  let kept = [...places];
  let leftOut = 0;
  while (kept.length > 1 && frameSpan(kept) > SMALL_FRAME_DEG) {
    const lon = weightedMedian(kept.map((p) => [p.lon, weightOf(p)]));
    const lat = weightedMedian(kept.map((p) => [p.lat, weightOf(p)]));
    const k = Math.cos((lat * Math.PI) / 180);
    const distance = (p: P) => Math.hypot((p.lon - lon) * k, p.lat - lat);
    const far = kept.reduce((a, b) => (distance(b) > distance(a) ? b : a));
    const share = weightOf(far) / total;
    if (share > OUTLIER_SHARE || leftOut + share > MAX_LEFT_OUT_SHARE) break;
    leftOut += share;
    kept = kept.filter((p) => p !== far);
  }
  return kept;
}

function frameSpan(points: { lat: number; lon: number }[]): number {
  const lats = points.map((p) => p.lat);
  const lons = points.map((p) => p.lon);
  const k = Math.cos((((Math.min(...lats) + Math.max(...lats)) / 2) * Math.PI) / 180);
  return Math.max(Math.max(...lats) - Math.min(...lats), (Math.max(...lons) - Math.min(...lons)) * k);
}

function weightedMedian(values: [number, number][]): number {
  const sorted = [...values].sort((a, b) => a[0] - b[0]);
  const half = sorted.reduce((sum, [, w]) => sum + w, 0) / 2;
  let acc = 0;
  for (const [v, w] of sorted) if ((acc += w) >= half) return v;
  return sorted[sorted.length - 1][0];
}

const markerRadius = (p: MapPlace) => (p.precision === "country" ? 4 : Math.min(4 + Math.log2(1 + p.weight), 9));

function resolutionFor(view: MapView): Resolution {
  return Math.max(view.east - view.west, view.north - view.south) > FINE_OUTLINE_MAX_SPAN_DEG ? "110m" : "50m";
}

/** Where a place's marker goes: its own point when in view, else (a country) a point inside its visible part. */
function placeAnchor(p: MapPlace, shapes: CountryShape[], view: MapView): Point | undefined {
  const own = view.project(p.lon, p.lat);
  if (inside(own, view)) return own;
  if (p.precision !== "country") return undefined;
  return visibleAnchor(shapeAt(shapes, p), view);
}

/** A point inside the largest visible piece of a country, or undefined when hardly any of it is in view. */
function visibleAnchor(shape: CountryShape | undefined, view: MapView): Point | undefined {
  if (!shape) return undefined;
  const box: [number, number, number, number] = [0, 0, view.width, view.height];
  let best: { ring: Ring; area: number } | undefined;
  for (const polygon of shape.polygons) {
    const ring = clipRing(polygon[0].map(([lon, lat]) => view.project(lon, lat)), box);
    const area = Math.abs(ringArea(ring));
    if (ring.length >= 3 && (!best || area > best.area)) best = { ring, area };
  }
  // less than a 30-unit square visible: the country is effectively off the map
  if (!best || best.area < 900) return undefined;
  return pointInside(best.ring);
}

/** The country whose outline holds the place's point (the gazetteer puts a country at its largest landmass). */
function shapeAt(shapes: CountryShape[], p: { lat: number; lon: number }): CountryShape | undefined {
  const pt: Point = [p.lon, p.lat];
  return shapes.find((s) => s.bbox[0] <= p.lon && p.lon <= s.bbox[2] && s.bbox[1] <= p.lat && p.lat <= s.bbox[3] && s.polygons.some((poly) => inPolygon(pt, poly)));
}

const inside = ([x, y]: Point, v: MapView) => x >= 0 && x <= v.width && y >= 0 && y <= v.height;

// ---------------------------------------------------------------------------------------------------------------
// labels

type Box = [number, number, number, number]; // x0, y0, x1, y1

/** The label position, of right / left / above / below the marker, that overlaps other labels and markers least. */
function placeLabel(name: string, x: number, y: number, r: number, occupied: Box[], view: MapView) {
  const w = name.length * LABEL_FONT * 0.56;
  const h = LABEL_FONT;
  const gap = r + 3;
  const candidates = [
    { x: x + gap, y: y + h * 0.35, anchor: "start", box: [x + gap, y - h / 2, x + gap + w, y + h / 2] as Box },
    { x: x - gap, y: y + h * 0.35, anchor: "end", box: [x - gap - w, y - h / 2, x - gap, y + h / 2] as Box },
    { x, y: y - gap - 2, anchor: "middle", box: [x - w / 2, y - gap - h, x + w / 2, y - gap] as Box },
    { x, y: y + gap + h - 2, anchor: "middle", box: [x - w / 2, y + gap, x + w / 2, y + gap + h] as Box },
  ];
  const cost = (b: Box) => occupied.reduce((sum, o) => sum + overlapArea(b, o), 0) + outsideArea(b, view) * 4;
  return candidates.reduce((best, c) => (cost(c.box) < cost(best.box) ? c : best));
}

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
  const h = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
  return w > 0 && h > 0 ? w * h : 0;
}

function outsideArea(b: Box, v: MapView): number {
  const area = (b[2] - b[0]) * (b[3] - b[1]);
  return area - overlapArea(b, [0, 0, v.width, v.height]);
}

// ---------------------------------------------------------------------------------------------------------------
// outlines

const cache = new Map<Resolution, CountryShape[]>();

/** Country outlines from world-atlas, decoded from TopoJSON once per resolution and kept (loaded only when a map is drawn). */
function countryShapes(res: Resolution): CountryShape[] {
  const hit = cache.get(res);
  if (hit) return hit;
  const require = createRequire(import.meta.url);
  const topojson = require("topojson-client") as { feature: (topology: unknown, object: unknown) => { features: GeoFeature[] } };
  const world = require(`world-atlas/countries-${res}.json`) as { objects: { countries: unknown } };
  const shapes = topojson.feature(world, world.objects.countries).features.flatMap((f): CountryShape[] => {
    const g = f.geometry;
    const polygons = !g ? [] : g.type === "Polygon" ? [g.coordinates as Polygon] : g.type === "MultiPolygon" ? (g.coordinates as Polygon[]) : [];
    if (!polygons.length) return [];
    const all = polygons.flatMap((p) => p[0]);
    const lons = all.map((q) => q[0]);
    const lats = all.map((q) => q[1]);
    return [{ name: f.properties?.name ?? "", polygons, bbox: [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)] }];
  });
  cache.set(res, shapes);
  return shapes;
}

interface GeoFeature {
  properties?: { name?: string };
  geometry: { type: string; coordinates: unknown } | null;
}

const boxesOverlap = (a: number[], b: number[]) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/** An SVG path (relative moves between whole units) of the polygons, clipped to the box; "" when nothing shows. */
function polygonsPath(polygons: Polygon[], view: MapView, box: Box): string {
  let d = "";
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const pts = dedupeRounded(clipRing(ring.map(([lon, lat]) => view.project(lon, lat)), box));
      if (pts.length < 3) continue;
      d += `M${pts[0][0]} ${pts[0][1]}`;
      for (let i = 1; i < pts.length; i++) d += `l${pts[i][0] - pts[i - 1][0]} ${pts[i][1] - pts[i - 1][1]}`;
      d += "z";
    }
  }
  return d;
}

/** Points rounded to whole units, with runs that round to the same point (and straight-line middles) dropped. */
function dedupeRounded(ring: Ring): Ring {
  const out: Ring = [];
  for (const [x, y] of ring) {
    const p: Point = [Math.round(x), Math.round(y)];
    const last = out[out.length - 1];
    if (last && last[0] === p[0] && last[1] === p[1]) continue;
    // a point on the straight line through its two predecessors adds nothing (long clipped edges are such runs)
    const prev = out[out.length - 2];
    if (last && prev && (last[0] - prev[0]) * (p[1] - last[1]) === (last[1] - prev[1]) * (p[0] - last[0])) out.pop();
    out.push(p);
  }
  return out;
}

/** Sutherland–Hodgman clipping of a ring to an axis-aligned box (enough for filled shapes with evenodd fill). */
export function clipRing(ring: Ring, [x0, y0, x1, y1]: Box): Ring {
  const edges: { inside: (p: Point) => boolean; cut: (a: Point, b: Point) => Point }[] = [
    { inside: (p) => p[0] >= x0, cut: (a, b) => [x0, a[1] + ((b[1] - a[1]) * (x0 - a[0])) / (b[0] - a[0])] },
    { inside: (p) => p[0] <= x1, cut: (a, b) => [x1, a[1] + ((b[1] - a[1]) * (x1 - a[0])) / (b[0] - a[0])] },
    { inside: (p) => p[1] >= y0, cut: (a, b) => [a[0] + ((b[0] - a[0]) * (y0 - a[1])) / (b[1] - a[1]), y0] },
    { inside: (p) => p[1] <= y1, cut: (a, b) => [a[0] + ((b[0] - a[0]) * (y1 - a[1])) / (b[1] - a[1]), y1] },
  ];
  let out = ring;
  for (const edge of edges) {
    if (!out.length) break;
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i];
      const prev = input[(i + input.length - 1) % input.length];
      if (edge.inside(cur)) {
        if (!edge.inside(prev)) out.push(edge.cut(prev, cur));
        out.push(cur);
      } else if (edge.inside(prev)) out.push(edge.cut(prev, cur));
    }
  }
  return out;
}

function ringArea(ring: Ring): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j][0] + ring[i][0]) * (ring[j][1] - ring[i][1]);
  return a / 2;
}

/** Even-odd test against a polygon with holes. */
function inPolygon(p: Point, polygon: Polygon): boolean {
  let inside = false;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** A point surely inside a ring: the middle of the widest inside stretch of the horizontal line through its vertical middle. */
function pointInside(ring: Ring): Point {
  return widestStretch(ring).at;
}

/** Where a country's name fits inside the largest visible piece of it, or undefined when it does not fit. */
function labelSpot(shape: CountryShape, view: MapView, textWidth: number): { x: number; y: number; box: Box } | undefined {
  const box: Box = [4, 4, view.width - 4, view.height - 4];
  let best: { ring: Ring; area: number } | undefined;
  for (const polygon of shape.polygons) {
    const ring = clipRing(polygon[0].map(([lon, lat]) => view.project(lon, lat)), box);
    const area = Math.abs(ringArea(ring));
    if (ring.length >= 3 && (!best || area > best.area)) best = { ring, area };
  }
  if (!best) return undefined;
  const { at, width } = widestStretch(best.ring);
  if (width < textWidth + 16) return undefined;
  const [x, y] = at;
  return { x, y: y + COUNTRY_FONT * 0.35, box: [x - textWidth / 2, y - COUNTRY_FONT / 2, x + textWidth / 2, y + COUNTRY_FONT / 2] };
}

function widestStretch(ring: Ring): { at: Point; width: number } {
  const ys = ring.map((p) => p[1]);
  const y = (Math.min(...ys) + Math.max(...ys)) / 2 + 0.01;
  const xs: number[] = [];
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y) xs.push(xi + ((xj - xi) * (y - yi)) / (yj - yi));
  }
  xs.sort((a, b) => a - b);
  let at: Point = ring[0];
  let width = 0;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    if (xs[i + 1] - xs[i] > width) [width, at] = [xs[i + 1] - xs[i], [(xs[i] + xs[i + 1]) / 2, y]];
  }
  return { at, width };
}

/** Light meridians and parallels at a round step, so the reader can tell the scale. */
function graticule(view: MapView): string {
  const span = Math.max(view.east - view.west, view.north - view.south);
  const step = [1, 2, 5, 10, 15, 30].find((s) => span / s <= 10) ?? 30;
  let d = "";
  for (let lon = Math.ceil(view.west / step) * step; lon <= view.east; lon += step) d += `M${Math.round(view.project(lon, 0)[0])} 0V${view.height}`;
  for (let lat = Math.ceil(view.south / step) * step; lat <= view.north; lat += step) d += `M0 ${Math.round(view.project(0, lat)[1])}H${view.width}`;
  return d ? `<path class="graticule" d="${d}"/>` : "";
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const round2 = (x: number) => Math.round(x * 100) / 100;

/** The five characters that would turn text into markup; SVG inline in HTML is parsed by the HTML parser. */
function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
