import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/current-user";
import { createMessageAction } from "../actions";
import { MessageForm } from "../message-form";

export const metadata: Metadata = { title: "Add a message" };

export default async function NewMessagePage() {
  await requireRole("admin");
  return (
    <section className="mx-auto max-w-2xl">
      <p className="mb-1">
        <Link href="/admin/messages" className="font-medium text-calm-700 underline">
          ← Messages
        </Link>
      </p>
      <h1 className="mb-4 text-3xl font-semibold text-calm-800">Add a message</h1>
      <MessageForm action={createMessageAction} submitLabel="Add to the library" />
    </section>
  );
}
