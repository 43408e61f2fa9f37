import { expect, test, type Page } from '@playwright/test';
import { checkCharacter } from '#shared/identifiers/resident-id';
import { onFreshStation, settle, SHOTS } from './helpers';
import { shoot, stationDates } from './new-user-steps';

/**
 * A new station's staff on a 1366×768 screen: a woman in work is enrolled on a course to upskill, another
 * station's course says who holds its trainees instead of pointing at a button that is not there, and the sync
 * counts agree on the 同步 page, the home page and the USB export.
 */
const ID = ((first17: string) => first17 + checkCharacter(first17))('52262619750304002');
let page: Page;
onFreshStation((p) => (page = p));

test('someone in work can be enrolled on a course (upskilling)', async () => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('menuitem', { name: '求职者' }).click();
  await page.getByRole('button', { name: '登记求职者' }).click();
  await expect(page.getByRole('heading', { name: '登记求职者' })).toBeVisible();
  await page.getByLabel('姓名', { exact: true }).fill('张桂兰');
  await page.getByLabel('身份证号').fill(ID);
  await page.getByLabel('姓名', { exact: true }).click();
  await page.getByLabel('本人同意把资料用于岗位匹配和推荐（必须）').check();
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('已保存 张桂兰 的资料。')).toBeVisible();
  // she has found work since
  await page.getByRole('row').filter({ hasText: '张桂兰' }).click();
  await page.getByLabel('状态').click();
  await page.getByTitle('已就业').click();
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('已保存 张桂兰 的资料。')).toBeVisible();

  await page.getByRole('menuitem', { name: '培训课程' }).click();
  await page.getByRole('button', { name: /新建课程/ }).click();
  await page.getByLabel('课程名称').fill('缝纫工提升班');
  await page.getByLabel('教的技能').click();
  await page.keyboard.type('缝纫');
  await page.getByTitle('缝纫机操作').click();
  await page.getByLabel('证书名称（打印在证书上）').fill('专项职业能力证书（缝纫机操作）');
  await page.getByLabel('名额（人）').fill('5');
  await page.getByRole('button', { name: '添加一天（上午和下午）' }).click();
  await page.getByLabel('最少要上的课时').fill('8');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('课程已保存。')).toBeVisible();

  await page.getByRole('button', { name: '报名学员' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('在岗的人也可以报名（提升技能）');
  await dialog.getByLabel('输入姓名、拼音或首字母查找求职者').fill('zgl');
  const row = dialog.locator('.ant-table-row').filter({ hasText: '张桂兰' });
  await expect(row).toContainText('已就业（可提升技能）');
  await dialog.getByRole('checkbox', { name: '张桂兰', exact: true }).check();
  await shoot(page, 'ux-enrol-employed-zh', false);
  await dialog.getByRole('button', { name: /报名选中的 1 人/ }).click();
  await expect(page.getByText('已报名 1 人，候补 0 人。')).toBeVisible();
  await expect(page.getByText('在读 1/5 人，候补 0 人')).toBeVisible();
});

test("another station's course says who holds its trainees, and points at no missing button", async () => {
  // a course another station runs, as the county sends it down (the same record with that station's id)
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('doorstep');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const store = db.transaction('courses', 'readwrite').objectStore('courses');
          const all = store.getAll();
          all.onsuccess = () => {
            const [mine] = all.result as Record<string, unknown>[];
            store.put({
              ...mine,
              id: '01936b2a-0000-7000-8000-00000000c0de',
              stationId: '01936b2a-0000-7000-8000-0000000057a7',
              title: '电工培训（邻村站）',
            });
            store.transaction.oncomplete = () => resolve();
          };
        };
      }),
  );
  await page.getByRole('menuitem', { name: '首页' }).click();
  await page.getByRole('menuitem', { name: '培训课程' }).click();
  const listed = page.locator('.ant-table-row').filter({ hasText: '电工培训（邻村站）' });
  await expect(listed).toContainText('5 个名额');
  await expect(listed).not.toContainText('0/5');
  await listed.click();
  await expect(page.getByText('共 5 个名额（报名情况由开课的服务站掌握）')).toBeVisible();
  await expect(page.getByText('学员名单由开课的服务站保管，这里看不到。')).toBeVisible();
  await expect(page.getByText(/报名学员/)).toHaveCount(0);
  await expect(page.getByText(/在读 0\/5/)).toHaveCount(0);
  await shoot(page, 'ux-other-station-course-zh');
});

test('the 同步 page, the home page and the USB export count the same changes; the file has the China date', async () => {
  await page.getByRole('menuitem', { name: '同步' }).click();
  // the count is read from the database as the page opens (it says 正在加载… until it has counted)
  await expect(page.getByTestId('sync-pending')).toHaveText(/^[1-9]\d* 条$/);
  const pending = (await page.getByTestId('sync-pending').textContent()) ?? '';
  const count = Number(/(\d+) 条/.exec(pending)?.[1]);
  expect(count).toBeGreaterThan(0);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出待上传数据' }).click();
  expect((await download).suggestedFilename()).toBe(`doorstep-sync-${stationDates().today}.json`);
  // This PC has never enrolled with the county, so the file carries no station signature, and the message says
  // what the county's admin will need to import it.
  await expect(
    page.getByText(
      `已导出 ${count} 条。这台电脑还没有在县里注册，文件没有本站签名：县管理员导入时需要本站的注册码，并确认导入的内容。`,
    ),
  ).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/ux-sync-export-zh.png` });
  await settle(page);
  await page.getByRole('menuitem', { name: '首页' }).click();
  await expect(page.locator('.ant-statistic').filter({ hasText: '还没上传到县里的资料' })).toContainText(`${count} 条`);
});
