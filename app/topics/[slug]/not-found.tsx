import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/layout/not-found-message";

export const metadata: Metadata = { title: "Topic not found" };

export default function NotFound() {
  return (
    <NotFoundMessage
      what="No topic with this name"
      hint="Topic addresses use the taxonomy's names, such as fentanyl or military-communication."
      backHref="/topics"
      backLabel="See all topics"
    />
  );
}
