import { defineWriteRoute } from "@/lib/api/write-handler";

export const dynamic = "force-dynamic";

/** accept, reject, move: JSON body with `reason`, If-Match: "<version>". */
export const POST = defineWriteRoute("participation");
