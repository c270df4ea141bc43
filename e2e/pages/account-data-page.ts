import { readFile } from "node:fs/promises";
import type { Locator } from "@playwright/test";
import { BasePage } from "./base-page";

export type DownloadedFile = { fileName: string; bytes: Buffer; text: string };

/**
 * "/account/data": what each download holds for the viewer's role, a link to all their data as
 * JSON (everyone) and to their check-ins as CSV (patients). The links are attachments the
 * browser saves, not pages.
 */
export class AccountDataPage extends BasePage {
  path = "/account/data";

  get jsonLink(): Locator {
    return this.main.getByRole("link", { name: "Download all your data (JSON)" });
  }

  get csvLink(): Locator {
    return this.main.getByRole("link", { name: "Download your check-ins (CSV)" });
  }

  /** The lines saying what the JSON download holds. */
  get contents(): Locator {
    return this.main.getByRole("region", { name: "All your data" }).getByRole("listitem");
  }

  get backLink(): Locator {
    return this.main.getByRole("link", { name: "Back to your account" });
  }

  downloadJson(): Promise<DownloadedFile> {
    return this.download(this.jsonLink);
  }

  downloadCsv(): Promise<DownloadedFile> {
    return this.download(this.csvLink);
  }

  /** Clicks the link and reads back what the browser saved, as bytes and as UTF-8 text. */
  private async download(link: Locator): Promise<DownloadedFile> {
    const [download] = await Promise.all([this.page.waitForEvent("download"), link.click()]);
    const bytes = await readFile(await download.path());
    return { fileName: download.suggestedFilename(), bytes, text: bytes.toString("utf8") };
  }
}
