import type { Metadata } from "next";
import Link from "next/link";
import { TaskForm } from "@/components/task-form";
import { requireRole } from "@/lib/auth/current-user";
import { createTaskAction } from "../actions";

export const metadata: Metadata = { title: "Add a task" };

export default async function NewAdminTaskPage() {
  await requireRole("admin");
  return (
    <section className="mx-auto max-w-2xl">
      <p className="mb-1">
        <Link href="/admin/tasks" className="font-medium text-calm-700 underline">
          ← Tasks
        </Link>
      </p>
      <h1 className="mb-4 text-3xl font-semibold text-calm-800">Add a task</h1>
      <TaskForm action={createTaskAction} submitLabel="Add to the library" />
    </section>
  );
}
