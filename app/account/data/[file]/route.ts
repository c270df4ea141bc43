import { accountDownload, filesFor, isAccountFile } from "@/lib/accounts/export/account-download";
import { clientAddress } from "@/lib/auth/client-address";
import { currentUser } from "@/lib/auth/current-user";

export const dynamic = "force-dynamic";

const PRIVATE = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };

/** A session that ended (or an account disabled since) signs in again and comes back to the page, not the file. */
function toSignIn(request: Request): Response {
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", "/account/data");
  return new Response(null, { status: 303, headers: { ...PRIVATE, Location: login.toString() } });
}

function notFound(): Response {
  return new Response("Not found", { status: 404, headers: { ...PRIVATE, "Content-Type": "text/plain; charset=utf-8" } });
}

/** GET /account/data/miwell-data.json (everyone) and /account/data/miwell-entries.csv (patients): the caller's own data. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const me = await currentUser();
  if (!me) return toSignIn(request);
  // Checked before anything is read, so asking for a file one's role has none of leaves no trace of an export.
  if (!isAccountFile(file) || !filesFor(me.role).includes(file)) return notFound();

  const result = await accountDownload({ id: me.id, ip: clientAddress(request.headers) }, file);
  if (!result.ok) return result.reason === "refused" ? toSignIn(request) : notFound();
  const { fileName, contentType, body } = result.download;
  return new Response(body, {
    headers: { ...PRIVATE, "Content-Type": contentType, "Content-Disposition": `attachment; filename="${fileName}"` },
  });
}
