import { expect, test as setup } from "@playwright/test";
import { demoAccount, storedSessionFile, type StoredRole } from "./support/stored-sessions";
import { signIn } from "./support/users";

// Runs before every project (playwright.config.ts: dependencies): one sign-in per role.
for (const role of ["student", "teacher"] satisfies StoredRole[]) {
  setup(`sign in once as the demo ${role}`, async ({ page }) => {
    await signIn(page, demoAccount(role));
    await expect(page).toHaveURL(role === "teacher" ? /\/teach$/ : /\/study$/);
    await page.context().storageState({ path: storedSessionFile(role) });
  });
}
