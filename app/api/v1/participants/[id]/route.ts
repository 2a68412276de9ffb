import { defineWriteRoute } from "@/lib/api/write-handler";

export const dynamic = "force-dynamic";

/** Edit: JSON body of the changed fields plus `reason`, with If-Match: "<version>". */
export const PATCH = defineWriteRoute("participation", "edit");
