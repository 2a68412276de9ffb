import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/layout/not-found-message";

export const metadata: Metadata = { title: "Source not found" };

export default function NotFound() {
  return (
    <NotFoundMessage
      what="No stored article with this name"
      hint="The article may not have been ingested, or the link may be mistyped."
      backHref="/sources"
      backLabel="See all sources"
    />
  );
}
