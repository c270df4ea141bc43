import { StatusPage } from "@/components/status-page";

export default function Forbidden() {
  return (
    <StatusPage code={403} title="This page is not for your account">
      <p>You are signed in, but this part of MiWell belongs to another kind of account.</p>
    </StatusPage>
  );
}
