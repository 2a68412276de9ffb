import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  // Pages link with plain <a>: next/link prefetches every link in view (a request storm on long
  // lists) and needs the client router; the pages are server-rendered and work without it.
  { rules: { "@next/next/no-html-link-for-pages": "off" } },
  { ignores: ["node_modules/**", ".next/**", ".next-*/**", "lib/generated/**", "next-env.d.ts", "tests/.tmp/**"] },
];

export default config;
