import { StatusPage } from "@/components/status-page";

export default function NotFound() {
  return (
    <StatusPage code={404} title="We could not find that page">
      <p>The link may be old, or the address may have a typo.</p>
    </StatusPage>
  );
}
