import type { Page } from 'playwright-core';

/**
 * Signs the page in to the staff console as a demo staff member (DEMO_STAFF in libs/demo-data)
 * through the console's own sign-in page, and waits for the overview.
 */
export async function signInAsStaff(page: Page, webUrl: string, staffId: string): Promise<void> {
  await page.goto(`${webUrl}/console`);
  await page.getByRole('button', { name: new RegExp(`\\(${staffId}\\)`) }).click();
  await page.getByRole('heading', { level: 1, name: /^Xin chào/ }).waitFor();
}
