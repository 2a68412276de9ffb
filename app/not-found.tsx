import type { Metadata } from "next";
import { MISSING_PAGES, NotFoundMessage } from "@/components/layout/not-found-message";

export const metadata: Metadata = { title: MISSING_PAGES.other.title };

export default function NotFound() {
  return <NotFoundMessage {...MISSING_PAGES.other} />;
}
