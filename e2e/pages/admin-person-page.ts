import type { Locator, Response } from "@playwright/test";
import { BasePage } from "./base-page";

export type ChangeName = "Disable account" | "Enable account" | "Remove account";
export type Detail = "Email" | "Phone" | "Time zone" | "Joined" | "Psychiatrist" | "With them since" | "Check-ins" | "Last check-in" | "BACP number" | "Approved" | "New patients" | "Patients";

const CONFIRM_BUTTONS: Record<ChangeName, string> = {
  "Disable account": "Yes, disable the account",
  "Enable account": "Yes, enable the account",
  "Remove account": "Yes, remove the account for good",
};

/**
 * "/admin/people/[id]": one account headed by the person's name, with their role and status,
 * their details (a patient's care, a psychiatrist's practice), moving a patient, and links to
 * disable, enable or remove, each confirmed in a panel that says what will happen.
 */
export class AdminPersonPage extends BasePage {
  path = "/admin/people/0";

  async open(userId: number): Promise<Response | null> {
    this.path = `/admin/people/${userId}`;
    return this.goto();
  }

  /** The value beside a term of the details. */
  detail(term: Detail): Locator {
    // A <dd> has no role of its own, so the term's next sibling is found with XPath.
    return this.main.getByText(term, { exact: true }).locator("xpath=following-sibling::dd[1]");
  }

  /** The line under the name: role, status badge, and "(you)" on your own account. */
  get roleAndStatus(): Locator {
    return this.heading.locator("xpath=following-sibling::p[1]");
  }

  /** What the last change did. */
  get notice(): Locator {
    return this.main.getByRole("status");
  }

  changeLink(name: ChangeName): Locator {
    return this.main.getByRole("link", { name: `${name}…` });
  }

  /** The confirmation step, named "Disable Ann Lee’s account?" and so on. */
  get confirmation(): Locator {
    return this.main.getByRole("region", { name: /’s account\?$/ });
  }

  /** What the confirmation says will happen, line by line. */
  get consequences(): Locator {
    return this.confirmation.getByRole("listitem");
  }

  /** Said in the confirmation when the change will be refused as things stand. */
  get warning(): Locator {
    return this.confirmation.getByText(/this will be refused/);
  }

  get cancelLink(): Locator {
    return this.confirmation.getByRole("link", { name: "Cancel" });
  }

  /** Follows a change's link to its confirmation step. */
  async ask(name: ChangeName): Promise<void> {
    await this.changeLink(name).click();
    await this.page.waitForURL((url) => url.searchParams.has("confirm"));
    await this.waitForHydration();
  }

  /** Confirms the change asked for and waits to come back with what happened. */
  async confirm(name: ChangeName): Promise<void> {
    await this.confirmation.getByRole("button", { name: CONFIRM_BUTTONS[name] }).click();
    await this.page.waitForURL((url) => url.searchParams.has("notice"));
    await this.waitForHydration();
  }

  get moveSelect(): Locator {
    return this.main.getByRole("combobox", { name: "Move to" });
  }

  get moveButton(): Locator {
    return this.main.getByRole("button", { name: "Move patient" });
  }

  /** The message under the select, when the choice is missing or refused. */
  get moveError(): Locator {
    return this.main.locator("#field-psychiatristId-error");
  }

  /** The option for a psychiatrist, named "Priya Shah (5 patients)" and so on. */
  moveOption(psychiatristName: string): Locator {
    return this.moveSelect.getByRole("option", { name: new RegExp(`^${psychiatristName} \\(`) });
  }

  /** Chooses a psychiatrist by name, moves the patient, and waits to come back saying so. */
  async moveTo(psychiatristName: string): Promise<void> {
    const label = await this.moveOption(psychiatristName).innerText();
    await this.moveSelect.selectOption({ label });
    await this.moveButton.click();
    await this.page.waitForURL((url) => url.searchParams.get("notice") !== null);
    await this.waitForHydration();
  }
}
