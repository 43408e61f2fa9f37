import { expect, type Page } from '@playwright/test';
import { pinyin } from 'pinyin-pro';
import { nameKeys } from '#shared/registry/search-keys';

export { shoot } from './helpers';

/** The steps the training story repeats: screenshots at rest, logging in as someone else, a seeker's matches. */
export const COURSE = '缝纫工技能培训班（第一期）';
export const JOB = '缝纫工（上学时间班）';

const py = {
  full: (text: string) =>
    pinyin(text, { toneType: 'none', type: 'string', nonZh: 'consecutive', surname: 'head', v: true }),
};
/** A name's pinyin initials, as the search box and the roll-call's type-to-jump take them. */
export const initials = (name: string): string => nameKeys(name, py)[2] ?? '';

export async function logIn(page: Page, name: string, pin: string): Promise<void> {
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.getByRole('button', { name }).click();
  await page.getByLabel('登录密码', { exact: true }).fill(pin);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  // The app keeps the screen it was on; the header says who is logged in.
  await expect(page.locator('.app-user')).toContainText(name);
}

export async function openSeekerMatches(page: Page, name: string): Promise<void> {
  await page.getByRole('menuitem', { name: '求职者' }).click();
  await page.getByPlaceholder(/姓名/).first().fill(initials(name));
  await page.getByRole('row').filter({ hasText: name }).first().click();
  await page.getByRole('button', { name: '找合适的岗位' }).click();
  await expect(page.getByRole('heading', { name: `适合${name}的岗位` })).toBeVisible();
}

export const matchesCount = async (page: Page): Promise<number> =>
  Number(/（(\d+) 个）/.exec((await page.getByRole('heading', { name: /^合适的（/ }).textContent()) ?? '')?.[1] ?? NaN);

/** Where the job's card is on the seeker's page: matches come first (all of them: there are fewer than 30), near misses after. */
export async function jobCardIndex(page: Page): Promise<number> {
  await expect(page.getByTestId('match-card').filter({ hasText: JOB })).toBeVisible();
  const titles = await page.getByTestId('match-card').locator('.ant-card-head-title').allTextContents();
  return titles.findIndex((x) => x.includes(JOB));
}

/** The page's keyboard, counting key presses: a typed character is one press, a chord such as Shift+Enter one. */
export function countingKeyboard(page: Page) {
  let presses = 0;
  return {
    presses: (): number => presses,
    type: async (text: string): Promise<void> => {
      presses += text.length;
      await page.keyboard.type(text);
    },
    press: async (key: string): Promise<void> => {
      presses += 1;
      await page.keyboard.press(key);
    },
  };
}
