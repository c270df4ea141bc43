import { unsubscribeFromReminders } from "@/lib/notifications/unsubscribe";

export const dynamic = "force-dynamic";

/**
 * One-click unsubscribe (RFC 8058): mail apps POST here to the URL in a reminder's
 * List-Unsubscribe header, with the signed token in the query string.
 */
export async function POST(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const ok = await unsubscribeFromReminders(token);
  return Response.json(ok ? { status: "unsubscribed" } : { error: "This unsubscribe link is not valid." }, {
    status: ok ? 200 : 400,
    headers: { "Cache-Control": "no-store" },
  });
}

/** A mail app that opens the header's link instead of posting to it gets the page with the button. */
export async function GET(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  return Response.redirect(new URL(`/unsubscribe?token=${encodeURIComponent(token)}`, request.url), 303);
}
