import type { Metadata } from "next";
import { TaskForm } from "@/components/task-form";
import { requireRole } from "@/lib/auth/current-user";
import { createTaskAction } from "../actions";

export const metadata: Metadata = { title: "Add a task" };

export default async function NewTaskPage() {
  await requireRole("psychiatrist");
  return (
    <section className="mx-auto max-w-2xl">
      <h1 className="mb-4 text-3xl font-semibold text-calm-800">Add a task</h1>
      <TaskForm action={createTaskAction} submitLabel="Add to the library" />
    </section>
  );
}
