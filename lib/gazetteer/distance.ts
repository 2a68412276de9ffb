/**
 * Reports name a city, its suburb or the venue (San Francisco, Woodside, Filoli); within this
 * distance they are one place. Kept below the distance between neighbouring cities that host
 * separate meetings (Beijing–Tianjin is about 110 km).
 */
export const SAME_PLACE_KM = 50;
const EARTH_RADIUS_KM = 6371;

interface Point {
  latitude: number;
  longitude: number;
}

/** Great-circle distance (haversine) between two points, in kilometres. */
export function kilometresBetween(a: Point, b: Point): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const half = Math.sin(radians(b.latitude - a.latitude) / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(radians(b.longitude - a.longitude) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(half));
}
