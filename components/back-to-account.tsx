import Link from "next/link";

/** The way back from one of the account's screens to the account itself. */
export function BackToAccount() {
  return (
    <p>
      <Link href="/account" className="font-medium text-calm-700 underline">
        Back to your account
      </Link>
    </p>
  );
}
