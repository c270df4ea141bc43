import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActiveBadge } from "@/components/library/active-badge";
import { TaskForm } from "@/components/task-form";
import { libraryTask } from "@/lib/admin/library/admin-tasks";
import { usageText } from "@/lib/admin/library/library-view";
import { requireRole } from "@/lib/auth/current-user";
import { requestAddress } from "@/lib/auth/request-address";
import { parseId } from "@/lib/forms/parse-id";
import { updateTaskAction } from "../../actions";

export const metadata: Metadata = { title: "Edit a task" };

export default async function EditAdminTaskPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await requireRole("admin");
  const taskId = parseId((await params).id);
  const task = taskId === null ? null : await libraryTask({ id: me.id, ip: await requestAddress() }, taskId);
  if (!task) notFound();
  return (
    <section className="mx-auto flex max-w-2xl flex-col gap-4">
      <p>
        <Link href="/admin/tasks" className="font-medium text-calm-700 underline">
          ← Tasks
        </Link>
      </p>
      <h1 className="text-3xl font-semibold text-calm-800 wrap-break-word">Edit “{task.title}”</h1>
      <p className="flex flex-wrap items-center gap-2">
        <ActiveBadge active={task.active} />
        <span>{usageText(task.usage)}</span>
      </p>
      {!task.deletable && (
        <p className="rounded-md border border-amber-700 bg-amber-50 px-4 py-3 text-amber-900">
          Patients have been given this task: their journals will show what you save here.
        </p>
      )}
      <TaskForm
        action={updateTaskAction}
        taskId={task.id}
        values={{ title: task.title, instructions: task.instructions, durationMinutes: String(task.durationMinutes), moodBand: task.moodBand }}
        submitLabel="Save changes"
      />
    </section>
  );
}
