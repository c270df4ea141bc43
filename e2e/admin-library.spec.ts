import { expect, test, uniqueToken } from "./fixtures";
import { AdminMessageFormPage } from "./pages/admin-message-form-page";
import { AdminMessagesPage } from "./pages/admin-messages-page";
import { AdminTaskFormPage } from "./pages/admin-task-form-page";
import { AdminTasksPage } from "./pages/admin-tasks-page";
import { LibraryDeletePage } from "./pages/library-delete-page";
import { reactivateMessages, removeAdded, seededMessageId } from "./library-data";

// The admin's task library and daily messages. Each test adds items of its own (their words carry
// a unique marker) and removes them again; the one seeded message it deactivates it reactivates.

const PHONE = { width: 360, height: 800 };
const SEEDED_MESSAGE = "Rest isn't something you have to earn.";

test("an admin adds a task, edits it, deactivates and reactivates it, then deletes it", async ({ adminPage }) => {
  const marker = uniqueToken();
  const title = `Hands on a warm mug ${marker}`;
  const edited = `Hands around a warm mug ${marker}`;
  const tasks = new AdminTasksPage(adminPage);
  const form = new AdminTaskFormPage(adminPage);
  try {
    await tasks.goto();
    await expect(tasks.heading).toHaveText("Mindfulness tasks");
    await expect(tasks.cards.first()).toBeVisible();
    await tasks.expectAccessible();

    await tasks.addLink.click();
    await adminPage.waitForURL("**/admin/tasks/new");
    await form.waitForHydration();
    await expect(form.heading).toHaveText("Add a task");
    // The form's own rules answer next to the fields, before anything is saved.
    await form.fill({ title: " ", instructions: "Hold it.", durationMinutes: 0 });
    await form.submitButton.click();
    await expect(form.titleField).toHaveAccessibleDescription("Give the task a title");
    await expect(form.instructionsField).toHaveAccessibleDescription(/Write instructions of at least 10 characters/);
    await expect(form.durationField).toHaveAccessibleDescription("Give the duration in minutes, from 1 to 120");
    await form.expectAccessible();
    await form.save({ title, instructions: "Hold a warm mug in both hands.\nNotice its warmth for a minute.", durationMinutes: 2, band: "low" });

    await expect(tasks.notice).toHaveText("The task is added to the library.");
    const card = tasks.card(title);
    await expect(card.status).toHaveText("Active");
    await expect(card.usage).toHaveText("Never shown");
    await expect(tasks.authorOf(title)).toHaveText(/Written by Alex Morgan$/);
    // Newest first: the task just added leads the list.
    await expect(tasks.cards.first()).toHaveAccessibleName(title);

    await tasks.openEdit(card);
    await expect(form.heading).toHaveText(`Edit “${title}”`);
    await expect(form.titleField).toHaveValue(title);
    await expect(form.givenWarning).toHaveCount(0);
    await form.expectAccessible();
    await form.save({ title: edited, durationMinutes: 3 });
    await expect(tasks.notice).toHaveText("The task is saved.");
    await expect(tasks.card(title).root).toHaveCount(0);

    const editedCard = tasks.card(edited);
    await tasks.press(editedCard.deactivateButton);
    await expect(tasks.notice).toHaveText(/^The task is deactivated: patients will not be given it again\./);
    await expect(editedCard.status).toHaveText("Deactivated");
    await tasks.search(marker);
    await tasks.filter("Active");
    await expect(tasks.main.getByText(`No tasks match “${marker}”.`)).toBeVisible();
    await tasks.filter("Deactivated");
    await expect(tasks.filterLink("Deactivated")).toHaveText("Deactivated (1)");
    await tasks.expectAccessible();

    await tasks.press(editedCard.reactivateButton);
    // Back on the view it was pressed on: the deactivated tasks matching the search, now none.
    expect(new URL(adminPage.url()).searchParams.get("status")).toBe("inactive");
    await expect(tasks.notice).toHaveText(/^The task is active again/);
    await tasks.filter("Active");
    await expect(editedCard.status).toHaveText("Active");

    // Nobody was given it, so it may go altogether.
    await tasks.openDelete(editedCard);
    const deletePage = new LibraryDeletePage(adminPage);
    await expect(deletePage.heading).toHaveText("Delete this task?");
    await expect(deletePage.item).toHaveAccessibleName(edited);
    await deletePage.expectAccessible();
    await deletePage.confirm();
    await expect(tasks.notice).toHaveText("The task is deleted.");
    await tasks.search(marker);
    await expect(tasks.cards).toHaveCount(0);
  } finally {
    await removeAdded(marker);
  }
});

test("an admin adds a message, edits it, deactivates and reactivates it, then deletes it", async ({ adminPage }) => {
  const marker = uniqueToken();
  const text = `A cup of tea and five quiet minutes count as care. ${marker}`;
  const edited = `A cup of tea and five quiet minutes count as self-care. ${marker}`;
  const messages = new AdminMessagesPage(adminPage);
  const form = new AdminMessageFormPage(adminPage);
  try {
    await messages.goto();
    await expect(messages.heading).toHaveText("Daily messages");
    await messages.expectAccessible();

    await messages.addLink.click();
    await adminPage.waitForURL("**/admin/messages/new");
    await form.waitForHydration();
    await form.textField.fill("   ");
    await form.submitButton.click();
    await expect(form.textField).toHaveAccessibleDescription(/Write the message$/);
    await form.expectAccessible();
    // Line breaks become spaces: a message shows as one paragraph.
    await form.save(text.replace("count as care.", "count\nas care."));

    await expect(messages.notice).toHaveText("The message is added to the library.");
    const card = messages.card(text);
    await expect(card.status).toHaveText("Active");
    await expect(card.usage).toHaveText("Never shown");

    await messages.openEdit(card);
    await expect(form.textField).toHaveValue(text);
    await form.expectAccessible();
    await form.save(edited);
    await expect(messages.notice).toHaveText("The message is saved.");

    const editedCard = messages.card(edited);
    await messages.press(editedCard.deactivateButton);
    await expect(messages.notice).toHaveText(/^The message is deactivated/);
    await expect(editedCard.status).toHaveText("Deactivated");
    await messages.press(editedCard.reactivateButton);
    await expect(messages.notice).toHaveText(/^The message is active again/);
    await expect(editedCard.status).toHaveText("Active");

    await messages.openDelete(editedCard);
    const deletePage = new LibraryDeletePage(adminPage);
    await expect(deletePage.heading).toHaveText("Delete this message?");
    await deletePage.expectAccessible();
    await deletePage.confirm();
    await expect(messages.notice).toHaveText("The message is deleted.");
    await expect(editedCard.root).toHaveCount(0);
  } finally {
    await removeAdded(marker);
  }
});

test("a seeded message patients were shown can be deactivated and reactivated, never deleted", async ({ adminPage }) => {
  const id = await seededMessageId(SEEDED_MESSAGE);
  const messages = new AdminMessagesPage(adminPage);
  try {
    await messages.goto();
    await messages.search("Rest isn");
    const card = messages.card(SEEDED_MESSAGE);
    await expect(card.usage).toHaveText(/^Shown [\d,]+ times$/);
    await expect(card.deleteLink).toHaveCount(0);

    await messages.press(card.deactivateButton);
    await expect(card.status).toHaveText("Deactivated");
    await expect(card.deleteLink).toHaveCount(0);

    // Even asked for directly, its delete page only explains.
    const deletePage = new LibraryDeletePage(adminPage);
    await deletePage.open("messages", id);
    await expect(deletePage.heading).toHaveText("This message cannot be deleted");
    await expect(deletePage.confirmButton).toHaveCount(0);
    await deletePage.expectAccessible();

    const form = new AdminMessageFormPage(adminPage);
    await form.openEdit(id);
    await expect(form.shownWarning).toBeVisible();
    await form.expectAccessible();

    await messages.goto();
    await messages.search("Rest isn");
    await messages.press(card.reactivateButton);
    await expect(card.status).toHaveText("Active");
  } finally {
    await reactivateMessages([id]);
  }
});

test("both lists fit a phone's width", async ({ adminPage }) => {
  await adminPage.setViewportSize(PHONE);
  for (const list of [new AdminTasksPage(adminPage), new AdminMessagesPage(adminPage)]) {
    await list.goto();
    await expect(list.cards.first()).toBeVisible();
    expect(await list.scrollWidth()).toBeLessThanOrEqual(PHONE.width);
    await list.expectAccessible();
  }
});
