// Browsers ask for /favicon.ico whatever the page says; send them to the drawn icon instead of
// rendering a 404 page for every such request.
export function GET(request: Request) {
  return Response.redirect(new URL("/icons/miwell.svg", request.url), 308);
}
