import type { DateView } from "@/lib/queries/view";

export function DateText({ date, className }: { date: DateView; className?: string }) {
  if (date.start === null) return <span className={className}>{date.label}</span>;
  const machine = date.precision === "month" ? date.start.slice(0, 7) : date.start;
  return (
    <time dateTime={machine} className={className}>
      {date.label}
    </time>
  );
}
