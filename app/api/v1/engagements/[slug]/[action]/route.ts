import { defineWriteRoute } from "@/lib/api/write-handler";

export const dynamic = "force-dynamic";

/** accept, reject, merge, split: JSON body with `reason`, If-Match: "<version>". */
export const POST = defineWriteRoute("engagement");
