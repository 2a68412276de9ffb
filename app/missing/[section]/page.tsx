import type { Metadata } from "next";
import { missingPageOf, NotFoundMessage } from "@/components/layout/not-found-message";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ section: string }> };

/**
 * A section's 404 rendered as an ordinary page. Next 16 renders a page's `notFound()` as an
 * empty shell that script fills in (vercel/next.js#57583), so `proxy.ts` answers a 404 for
 * `/<section>/…` with this page's script-free HTML and status 404. Asked for directly, it
 * answers 404 too.
 */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: missingPageOf((await params).section).title, robots: { index: false } };
}

export default async function MissingPagePage({ params }: Props) {
  return <NotFoundMessage {...missingPageOf((await params).section)} />;
}
