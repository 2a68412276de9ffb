import { AppError } from "@/lib/errors";

/** The variables read here; process.env in the app. */
export type Environment = Record<string, string | undefined>;

/**
 * The public origin of every absolute link Readout writes (feeds, calendars, CSV, OpenAPI
 * `servers`, citations). Behind a proxy the request says localhost, so the deployment states
 * its origin in SITE_URL; without it the request's own origin is used (local runs, tests).
 */
export function siteOrigin(requestUrl?: URL, env: Environment = process.env): string {
  const configured = configuredSiteUrl(env);
  if (configured !== null) return configured.origin;
  return requestUrl?.origin ?? "http://localhost:3000";
}

/** SITE_URL parsed, or null when unset; a malformed value is a configuration error, said once and clearly. */
export function configuredSiteUrl(env: Environment = process.env): URL | null {
  const raw = env.SITE_URL?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AppError("BAD_USAGE", `SITE_URL must be an absolute http(s) URL, got ‘${raw.slice(0, 100)}’`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new AppError("BAD_USAGE", `SITE_URL must use http or https, got ‘${url.protocol}’`);
  return url;
}
