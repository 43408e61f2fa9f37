import { expect, type Page } from '@playwright/test';

/** What the 登记求职者 form is given for a person who must be free at one time each weekday (a child's pick-up). */
export interface CarerEntry {
  readonly name: string;
  readonly idNumber: string;
  /** the availability preset button's label, e.g. 周一到五全天 */
  readonly preset: string;
  /** the time to keep free, typed into the care duty's 从 and 到 fields */
  readonly from: string;
  readonly to: string;
  /** priority groups to tick, by their labels */
  readonly groups?: readonly string[];
}

/** Registers the person from the 求职者 menu, with their consent, and waits for the saved message. */
export async function registerCarer(page: Page, entry: CarerEntry): Promise<void> {
  await page.getByRole('menuitem', { name: '求职者' }).click();
  await page.getByRole('button', { name: '登记求职者' }).click();
  await expect(page.getByRole('heading', { name: '登记求职者' })).toBeVisible();
  await page.getByLabel('姓名', { exact: true }).fill(entry.name);
  await page.getByLabel('身份证号').fill(entry.idNumber);
  await page.getByLabel('姓名', { exact: true }).click();
  await page.getByRole('button', { name: entry.preset }).click();
  await page.getByRole('button', { name: /添加要空出的时间/ }).click();
  const care = page.locator('.care-row');
  // Times can be typed (the list filters as you type): type it, take it with Enter, check what the field shows.
  const pick = async (field: string, time: string) => {
    await care.getByLabel(field).click();
    await page.keyboard.type(time);
    await page.keyboard.press('Enter');
    await expect(care.locator('.ant-select').filter({ hasText: time })).toHaveCount(1);
  };
  await pick('从', entry.from);
  await pick('到', entry.to);
  for (const group of entry.groups ?? []) await page.getByLabel(group).check();
  await page.getByLabel('本人同意把资料用于岗位匹配和推荐（必须）').check();
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText(`已保存 ${entry.name} 的资料。`)).toBeVisible();
}
