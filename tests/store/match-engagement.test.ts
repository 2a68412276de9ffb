import { describe, expect, it } from "vitest";
import { placeByName } from "@/lib/gazetteer/places";
import { samePlace } from "@/lib/store/match-engagement";

const known = (name: string) => {
  const place = placeByName(name);
  if (!place) throw new Error(`${name} is not in the gazetteer`);
  return { name: place.name, country: place.country, latitude: place.latitude, longitude: place.longitude };
};
const unknown = (name: string | null, country: string | null = null) => ({ name, country, latitude: null, longitude: null });

describe("samePlace", () => {
  it("takes a venue, its suburb and the nearby city for one place", () => {
    expect(samePlace(known("Woodside"), known("San Francisco"))).toBe(true);
    expect(samePlace(known("Filoli"), known("Woodside"))).toBe(true);
  });

  it("keeps neighbouring cities apart", () => {
    expect(samePlace(known("Beijing"), known("Tianjin"))).toBe(false);
    expect(samePlace(known("Jakarta"), known("Bali"))).toBe(false);
  });

  it("finds no agreement in an unknown place", () => {
    expect(samePlace(unknown(null), known("Beijing"))).toBe(false);
    expect(samePlace(unknown(null), unknown(null))).toBe(false);
    expect(samePlace(unknown(""), unknown(""))).toBe(false);
  });

  it("compares places outside the gazetteer by name, without qualifiers, and never across countries", () => {
    expect(samePlace(unknown("Nairobi"), unknown("Nairobi, Kenya"))).toBe(true);
    expect(samePlace(unknown("Nairobi"), known("Jakarta"))).toBe(false);
    expect(samePlace(unknown("York"), known("New York"))).toBe(false);
    expect(samePlace(unknown("Georgetown", "Guyana"), unknown("Georgetown", "Malaysia"))).toBe(false);
  });
});
