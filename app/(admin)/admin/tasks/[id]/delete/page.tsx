import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DeleteConfirmation } from "@/components/library/delete-confirmation";
import { libraryTask } from "@/lib/admin/library/admin-tasks";
import { requireRole } from "@/lib/auth/current-user";
import { requestAddress } from "@/lib/auth/request-address";
import { parseId } from "@/lib/forms/parse-id";
import { deleteTaskAction } from "../../actions";
import { TaskCard } from "../../task-card";

export const metadata: Metadata = { title: "Delete a task" };

export default async function DeleteAdminTaskPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await requireRole("admin");
  const taskId = parseId((await params).id);
  const task = taskId === null ? null : await libraryTask({ id: me.id, ip: await requestAddress() }, taskId);
  if (!task) notFound();
  return (
    <DeleteConfirmation kind="task" item={task} action={deleteTaskAction}>
      <TaskCard task={task} />
    </DeleteConfirmation>
  );
}
