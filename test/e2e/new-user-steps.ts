import { expect, type Page } from '@playwright/test';

export { shoot } from './helpers';

/** Steps the new-user stories share: screenshots at rest, logging in as someone else, dragging across the week grid. */

export async function logIn(page: Page, name: string, pin: string): Promise<void> {
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.getByRole('button', { name }).click();
  await page.getByLabel('登录密码', { exact: true }).fill(pin);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.locator('.app-user')).toContainText(name);
}

/** Today and the day 39 days ago (a placement on its 40th day), in China time as the app counts days. */
export function stationDates(): { today: string; daysAgo40: string } {
  const fmt = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(d);
  const now = new Date();
  return { today: fmt(now), daysAgo40: fmt(new Date(now.getTime() - 39 * 86_400_000)) };
}

/** Presses on one cell of the week grid (e.g. "一 08:00") and drags to another, as a mouse would, in small steps. */
export async function drag(page: Page, from: string, to: string): Promise<void> {
  const cell = async (name: string) => {
    const box = await page.getByRole('button', { name, exact: true }).boundingBox();
    if (!box) throw new Error(`No cell ${name}`);
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  };
  // the whole grid on screen, so both cells can be reached with the mouse
  await page.locator('.week-grid').evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const a = await cell(from);
  const b = await cell(to);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(b.x, b.y, { steps: 25 });
  await page.mouse.up();
}
