import fs from "node:fs";
import type { Browser, Page } from "@playwright/test";
import type { DemoLogin } from "@/prisma/seed/insert-demo-school";
import { docxText } from "../support/read-office-files";
import { pdfText } from "../support/read-pdf-text";
import { expect, test, type OwnSchool } from "./support/fixtures";
import { waitForForm } from "./support/session";

/**
 * Stage 5 from the group meeting to the order, in a school of the test's own: the curator records the meeting; a mentee
 * and a mentor rank each other on a phone; the curator runs the matching, accepts one proposed pair, removes another,
 * runs it again, accepts the rest and sends the draft; the director approves the order and downloads it.
 * (A petition, forming a pair by hand and the first meeting on a new pair: stage5-order.spec.ts.)
 */
const tag = Date.now().toString(36).slice(-4);
const phone = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true };

async function as(browser: Browser, school: OwnSchool, role: DemoLogin, options = {}): Promise<Page> {
  const page = await (await browser.newContext(options)).newPage();
  await school.signIn(page, role);
  return page;
}

async function rankFirst(page: Page, choice: RegExp | null) {
  await page.goto("/preferences");
  await waitForForm(page, "Сохранить выбор");
  const first = page.getByLabel("1-й выбор").first();
  const option = choice ? first.locator("option", { hasText: choice }) : first.locator("option:not([value=''])").first();
  await first.selectOption((await option.first().getAttribute("value"))!);
  await page.getByRole("button", { name: "Сохранить выбор" }).first().click();
  await expect(page.getByText("Ваш выбор сохранён.")).toBeVisible();
}

const menteeOf = async (row: ReturnType<Page["getByTestId"]>) => (await row.locator("td").first().textContent())!.trim();

test("the curator matches the cohort, accepts one pair and removes another, and the director's order fixes the pairs", async ({
  browser,
  school,
}) => {
  test.setTimeout(360_000);
  const curator = await as(browser, school, "curator");
  await curator.goto("/curator/group-meetings");
  await waitForForm(curator, "Сохранить встречу");
  await curator.getByLabel("Дата встречи").fill(new Date().toISOString().slice(0, 10));
  await curator.getByLabel("Место").fill(`Актовый зал ${tag}`);
  const mentors = curator.getByRole("group", { name: /^Наставники/ });
  await mentors.locator("label", { hasText: "Николаева Милана" }).getByRole("checkbox").check();
  await mentors.getByRole("checkbox").nth(0).check();
  const mentees = curator.getByRole("group", { name: /^Наставляемые/ });
  await mentees.locator("label", { hasText: "Смирнов Кирилл" }).getByRole("checkbox").check();
  for (const i of [0, 1, 2]) await mentees.getByRole("checkbox").nth(i).check();
  await curator.getByRole("button", { name: "Сохранить встречу" }).click();
  await expect(curator.getByText(`Актовый зал ${tag}`)).toBeVisible();

  // After the meeting the mentee and the mentor rank each other, each on a phone.
  await rankFirst(await as(browser, school, "mentee", phone), /Николаева/);
  await rankFirst(await as(browser, school, "mentor", phone), null);

  // The curator runs the matching: proposals with their reasons.
  await curator.goto("/curator/pairs");
  await waitForForm(curator, "Подобрать пары");
  await curator.getByRole("button", { name: "Подобрать пары" }).click();
  await expect(curator.getByRole("status").filter({ hasText: "Предложено пар:" })).toBeVisible();
  const rows = curator.getByTestId("draft-row");
  await expect(rows.nth(1)).toBeVisible();
  const kept = await menteeOf(rows.nth(0));
  const removed = await menteeOf(rows.nth(1));
  const removedMentor = (await rows.nth(1).locator("td").nth(1).textContent())!.trim();
  await rows.nth(0).getByText("Почему эта пара").click();
  await expect(rows.nth(0).getByRole("table")).toContainText("Запросы и компетенции");

  // Accept the first, remove the second.
  await rows
    .nth(0)
    .getByRole("button", { name: /^Принять пару:/ })
    .click();
  await expect(rows.filter({ hasText: kept })).toContainText("Принята");
  curator.once("dialog", (dialog) => dialog.accept());
  await rows
    .filter({ hasText: removed })
    .getByRole("button", { name: /^Убрать пару:/ })
    .click();
  await expect(curator.getByRole("list", { name: "Наставляемые без пары в черновике" })).toContainText(removed);
  await expect(curator.getByText("Убрано куратором пар: 1")).toBeVisible();

  // Run again: the accepted pair stays, the removed pair is not proposed again.
  await curator.getByRole("button", { name: "Подобрать пары" }).click();
  await expect(curator.getByRole("status").filter({ hasText: "Предложено пар:" })).toBeVisible();
  // The notice comes before the page's refresh: read the draft as it is now.
  await curator.reload();
  await waitForForm(curator, "Подобрать пары");
  await expect(rows.filter({ hasText: kept })).toContainText("Принята");
  const again = rows.filter({ hasText: removed });
  if (await again.count()) await expect(again.locator("td").nth(1)).not.toHaveText(removedMentor);

  await curator.getByRole("button", { name: "Принять все предложения" }).click();
  await expect(curator.getByTestId("proposed-count")).toHaveText("0");
  curator.once("dialog", (dialog) => dialog.accept());
  await curator.getByRole("button", { name: "Отправить на утверждение директору" }).click();
  await expect(curator.getByText(/на утверждении у директора/)).toBeVisible();

  // The director approves the supplementary order and downloads it.
  const director = await as(browser, school, "director");
  await director.goto("/director/orders");
  await director.getByRole("link", { name: "О дополнительном закреплении наставнических пар (групп)" }).first().click();
  const keptName = kept.split(",")[0];
  await expect(director.getByRole("article", { name: "Текст приказа" })).toContainText(keptName);
  await waitForForm(director, "Утвердить приказ");
  await director.getByLabel("Номер приказа").fill(`${tag}-п`);
  await director.getByRole("button", { name: "Утвердить приказ" }).click();
  await expect(director.getByText("Статус: Утверждён")).toBeVisible();
  for (const [link, read] of [
    ["Скачать DOCX", docxText],
    ["Скачать PDF", pdfText],
  ] as const) {
    const [download] = await Promise.all([director.waitForEvent("download"), director.getByRole("link", { name: link }).click()]);
    const content = (await read(fs.readFileSync((await download.path())!))).replace(/\s+/g, " ");
    expect(content).toContain(keptName);
  }
});
