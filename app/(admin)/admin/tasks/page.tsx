import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { ItemControls } from "@/components/library/item-controls";
import { LibraryList } from "@/components/library/library-list";
import { listLibraryTasks } from "@/lib/admin/library/admin-tasks";
import { libraryViewFrom } from "@/lib/admin/library/library-view";
import { requireRole } from "@/lib/auth/current-user";
import { requestAddress } from "@/lib/auth/request-address";
import { deactivateTaskAction, reactivateTaskAction } from "./actions";
import { TaskCard } from "./task-card";

export const metadata: Metadata = { title: "Mindfulness tasks" };

type Params = { status?: string; q?: string; page?: string; done?: string };

export default async function AdminTasksPage({ searchParams }: { searchParams: Promise<Params> }) {
  const me = await requireRole("admin");
  const [params, ip] = await Promise.all([searchParams, requestAddress()]);
  const list = await listLibraryTasks({ id: me.id, ip }, libraryViewFrom(params));
  if (!list) forbidden();
  return (
    <LibraryList
      kind="task"
      title="Mindfulness tasks"
      intro="After each check-in a patient is given one active task suited to their mood. A task patients have been given can be deactivated but not deleted, so their journals still show it."
      notice={params.done}
      list={list}
      item={(task, returnTo) => (
        <TaskCard task={task}>
          <ItemControls
            kind="task"
            item={task}
            context={`“${task.title}”`}
            returnTo={returnTo}
            deactivate={deactivateTaskAction}
            reactivate={reactivateTaskAction}
          />
        </TaskCard>
      )}
    />
  );
}
