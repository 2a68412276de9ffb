import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import land110m from "world-atlas/land-110m.json";

/**
 * A world map of engagement places as server-rendered SVG: land outlines from Natural Earth
 * (world-atlas, 1:110m) drawn in the Natural Earth I projection, one linked marker per place,
 * sized by how many engagements happened there. No tiles, no script.
 */

export interface WorldMapPlace {
  key: string;
  latitude: number;
  longitude: number;
  count: number;
  href: string;
  label: string;
}

const WIDTH = 480;
const RADIANS = Math.PI / 180;
/** x extent of the projection at the equator (λ = ±π): scales the map to WIDTH */
const SCALE = WIDTH / (2 * Math.PI * 0.8707);
/** y extent at the poles */
const HEIGHT = Math.round(2 * 1.4224 * SCALE);

/** Natural Earth I (Šavrič, Jenny, Patterson, Petrovič, Hurni 2011): polynomial in latitude. */
export function project(longitude: number, latitude: number): [number, number] {
  const lambda = longitude * RADIANS;
  const phi = latitude * RADIANS;
  const phi2 = phi * phi;
  const phi4 = phi2 * phi2;
  const x = lambda * (0.8707 - 0.131979 * phi2 + phi4 * (-0.013791 + phi4 * (0.003971 * phi2 - 0.001529 * phi4)));
  const y = phi * (1.007226 + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4)));
  return [WIDTH / 2 + x * SCALE, HEIGHT / 2 - y * SCALE];
}

type Ring = number[][];

/** One path for all land, coordinates rounded to whole units with repeated points dropped. */
function landPath(): string {
  const topology = land110m as unknown as Topology<{ land: GeometryCollection }>;
  const collection = feature(topology, topology.objects.land);
  const rings: Ring[] = collection.features.flatMap((shape) => {
    const geometry = shape.geometry;
    if (geometry.type === "Polygon") return geometry.coordinates;
    if (geometry.type === "MultiPolygon") return geometry.coordinates.flat();
    return [];
  });
  return rings.map(ringPath).filter(Boolean).join("");
}

/**
 * A ring that crosses the antimeridian jumps between +180 and −180; unwrapping the longitudes
 * keeps it one shape that runs past the map edge (clipped by the viewBox) instead of a
 * sliver drawn across the whole world. The unwrapped ring is then moved back by whole turns
 * so most of it lies on the map.
 */
function unwrapRing(ring: Ring): [number, number][] {
  const unwrapped: [number, number][] = [];
  let shift = 0;
  for (const [longitude = 0, latitude = 0] of ring) {
    const previous = unwrapped.at(-1)?.[0];
    if (previous !== undefined && longitude + shift - previous > 180) shift -= 360;
    if (previous !== undefined && longitude + shift - previous < -180) shift += 360;
    unwrapped.push([longitude + shift, latitude]);
  }
  const mean = unwrapped.reduce((sum, [longitude]) => sum + longitude, 0) / Math.max(1, unwrapped.length);
  const turns = Math.round(mean / 360) * 360;
  return unwrapped.map(([longitude, latitude]) => [longitude - turns, latitude]);
}

function ringPath(ring: Ring): string {
  const points: string[] = [];
  for (const [longitude, latitude] of unwrapRing(ring)) {
    const [x, y] = project(longitude, latitude);
    const point = `${Math.round(x)} ${Math.round(y)}`;
    if (points.at(-1) !== point) points.push(point);
  }
  return points.length < 3 ? "" : `M${points.join("L")}Z`;
}

let cachedLand: string | undefined;
const LAND = () => (cachedLand ??= landPath());

/** Where the land outline is served (app/map/land.svg): one cached file instead of ~40 kB in every page and its flight data. */
export const LAND_SVG_PATH = "/map/land.svg";

/** The land outline as a standalone SVG document, the same size as the map. */
export function landSvgDocument(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}"><path d="${LAND()}" fill="#8a919c" fill-opacity="0.45"/></svg>`;
}

function markerRadius(count: number): number {
  return 3 + 2.5 * Math.sqrt(count);
}

export function WorldMap({ places, title, description }: { places: WorldMapPlace[]; title: string; description: string }) {
  const largestFirst = [...places].sort((a, b) => b.count - a.count);
  return (
    <div className="relative">
      {/*
        The land outline is decoration under the markers, and the map sits below the timeline:
        a lazy <img> is fetched only when the map nears the viewport. As an SVG <image> it was
        fetched at once, at medium priority, competing with the first paint on a slow connection.
      */}
      {/* eslint-disable-next-line @next/next/no-img-element -- a static SVG file: next/image would add a client component and nothing to optimise */}
      <img src={LAND_SVG_PATH} alt="" width={WIDTH} height={HEIGHT} loading="lazy" decoding="async" className="absolute inset-0 h-full w-full" />
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="relative h-auto w-full" aria-labelledby="world-map-title world-map-desc">
        <title id="world-map-title">{title}</title>
        <desc id="world-map-desc">{description}</desc>
        {largestFirst.map((place) => {
          const [x, y] = project(place.longitude, place.latitude);
          return (
            <a key={place.key} href={place.href} aria-label={place.label} className="group">
              <title>{place.label}</title>
              <circle
                cx={x.toFixed(1)}
                cy={y.toFixed(1)}
                r={markerRadius(place.count).toFixed(1)}
                className="fill-accent stroke-surface opacity-85 group-hover:opacity-100 group-focus-visible:stroke-ink"
                strokeWidth={1}
              />
              {place.count > 1 ? (
                <text x={x.toFixed(1)} y={(y + 3).toFixed(1)} textAnchor="middle" className="fill-surface text-[8px] font-semibold" aria-hidden="true">
                  {place.count}
                </text>
              ) : null}
            </a>
          );
        })}
      </svg>
    </div>
  );
}
