import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { db } from "@/lib/db/client";
import { databaseUrl } from "@/lib/db/url";
import { readAuthSecret } from "./secret";

/** The Prisma adapter speaks the dialect of the database the URL names. */
export function adapterProvider(url: string = databaseUrl()): "sqlite" | "postgresql" {
  return /^postgres(ql)?:/i.test(url) ? "postgresql" : "sqlite";
}

function listFromEnv(name: string): string[] | undefined {
  const value = process.env[name]?.trim();
  return value ? value.split(",").map((item) => item.trim()).filter(Boolean) : undefined;
}

/**
 * Editor accounts. Sign-up is closed (accounts come from `npm run editor:add` or an admin at
 * /desk/editors); sessions, rate-limit counters and password hashes live in the database.
 *
 * Client addresses for rate limiting: the header in AUTH_IP_HEADER (default x-forwarded-for),
 * read from the right past the proxies in AUTH_TRUSTED_PROXIES (default loopback). Behind a
 * reverse proxy set both to what that proxy writes, or a client could pick its own bucket.
 */
function createAuth() {
  return betterAuth({
    appName: "Readout",
    secret: readAuthSecret(),
    ...(process.env.BETTER_AUTH_URL ? { baseURL: process.env.BETTER_AUTH_URL } : {}),
    trustedOrigins: listFromEnv("READOUT_TRUSTED_ORIGINS"),
    database: prismaAdapter(db(), { provider: adapterProvider() }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 12, maxPasswordLength: 256 },
    user: { additionalFields: { role: { type: "string", required: false, defaultValue: "editor", input: false } } },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    rateLimit: { enabled: true, storage: "database" },
    telemetry: { enabled: false },
    logger: { level: "error" },
    advanced: {
      // better-auth turns its origin check off under NODE_ENV=test; the tests must see it on.
      disableOriginCheck: false,
      ipAddress: {
        ipAddressHeaders: listFromEnv("AUTH_IP_HEADER") ?? ["x-forwarded-for"],
        trustedProxies: listFromEnv("AUTH_TRUSTED_PROXIES") ?? ["127.0.0.1/32", "::1/128"],
      },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { readoutAuth?: Auth };

/** Created on first use, so a build without the secret never needs it. */
export function auth(): Auth {
  globalForAuth.readoutAuth ??= createAuth();
  return globalForAuth.readoutAuth;
}
