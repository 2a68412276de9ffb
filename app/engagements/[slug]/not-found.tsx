import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/layout/not-found-message";

export const metadata: Metadata = { title: "Engagement not found" };

export default function NotFound() {
  return (
    <NotFoundMessage
      what="No engagement with this address"
      hint="Engagements are named by date and participants, for example 2023-11-15-biden-xi-woodside. Find it on the timeline."
      backHref="/"
      backLabel="Browse the timeline"
    />
  );
}
