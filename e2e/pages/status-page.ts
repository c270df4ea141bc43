import type { Locator, Response } from "@playwright/test";
import { BasePage } from "./base-page";

export const FORBIDDEN_TITLE = "This page is not for your account";
export const NOT_FOUND_TITLE = "We could not find that page";

/** The friendly 403 and 404 pages, reached at whatever address caused them. */
export class StatusPage extends BasePage {
  path = "/this-page-does-not-exist";

  /** Opens `path` (one that should answer with a status page) and returns its response. */
  async open(path: string): Promise<Response | null> {
    this.path = path;
    return this.goto();
  }

  /** "Error 403" / "Error 404" above the heading. */
  get code(): Locator {
    return this.main.getByText(/^Error \d{3}$/);
  }

  get homeLink(): Locator {
    return this.main.getByRole("link", { name: "Back to MiWell" });
  }
}
