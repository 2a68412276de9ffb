import { landSvgDocument } from "@/components/world-map";

/** The map's land outline: the same bytes for every page, so browsers cache it for a day. */
export function GET(): Response {
  return new Response(landSvgDocument(), {
    headers: { "Content-Type": "image/svg+xml; charset=utf-8", "Cache-Control": "public, max-age=86400, stale-while-revalidate=604800" },
  });
}
