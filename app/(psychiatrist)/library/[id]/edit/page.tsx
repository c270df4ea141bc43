import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { TaskForm } from "@/components/task-form";
import { requireRole } from "@/lib/auth/current-user";
import { requestAddress } from "@/lib/auth/request-address";
import { parseId } from "@/lib/forms/parse-id";
import { ownTask } from "@/lib/tasks/manage-tasks";
import { updateTaskAction } from "../../actions";

export const metadata: Metadata = { title: "Edit a task" };

export default async function EditTaskPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await requireRole("psychiatrist");
  const taskId = parseId((await params).id);
  const task = taskId === null ? null : await ownTask({ id: me.id, ip: await requestAddress() }, taskId);
  if (!task || taskId === null) forbidden();
  return (
    <section className="mx-auto max-w-2xl">
      <h1 className="mb-4 text-3xl font-semibold text-calm-800">Edit “{task.title}”</h1>
      <TaskForm
        action={updateTaskAction}
        taskId={taskId}
        values={{ ...task, durationMinutes: String(task.durationMinutes) }}
        submitLabel="Save changes"
      />
    </section>
  );
}
