import fs from "node:fs";
import type { Browser, Download, Page } from "@playwright/test";
import type { DemoLogin } from "@/prisma/seed/insert-demo-school";
import { docxText } from "../support/read-office-files";
import { pdfText } from "../support/read-pdf-text";
import { expect, test, type OwnSchool } from "./support/fixtures";
import { waitForForm } from "./support/session";

/**
 * Stage 5 end to end, in a copy of the demo school of the test's own, making what it needs through the UI: a mentee's
 * petition frees a place of the school's mentor; the curator forms a pair on it and sends the draft; the director
 * approves the order and downloads it; the mentor logs the pair's first meeting and the coverage figure goes up.
 */
const tag = Date.now().toString(36).slice(-4);

async function as(browser: Browser, school: OwnSchool, role: DemoLogin): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await school.signIn(page, role);
  return page;
}

/** «N из M обучающихся …» on the director's report: N, the pupils in working pairs. */
async function coveredPupils(page: Page): Promise<number> {
  await page.goto("/director");
  const text = await page.getByText(/из \d+ обучающихся/).textContent();
  return Number(/^(\d+) из/.exec(text ?? "")?.[1]);
}

const downloaded = async (download: Download) => fs.readFileSync((await download.path())!);

test("a petition is approved, a new pair is fixed by the director's order, and the mentor logs its first meeting", async ({
  browser,
  school,
}) => {
  test.setTimeout(180_000);
  // The mentee asks to replace the mentor.
  const mentee = await as(browser, school, "mentee");
  await mentee.goto("/mentee");
  await mentee.getByText("Попросить заменить наставника").click();
  await waitForForm(mentee, "Отправить ходатайство");
  await mentee.getByLabel("Почему нужна замена").fill(`Не получается договориться о встречах (${tag})`);
  await mentee.getByRole("button", { name: "Отправить ходатайство" }).click();
  await expect(mentee.getByRole("status").filter({ hasText: "На рассмотрении у директора" })).toBeVisible();

  // The director approves it: the mentee leaves the pair and the mentor has a free place.
  const director = await as(browser, school, "director");
  await director.goto("/director");
  await director.getByRole("link", { name: "Рассмотреть ходатайства" }).click();
  const petition = director.getByRole("listitem").filter({ hasText: tag });
  const menteeName = (await petition.getByRole("heading", { level: 2 }).textContent())!.split(",")[0].trim();
  const mentorName = /Наставник: (.+?) ·/.exec((await petition.textContent())!)![1];
  await waitForForm(director, "Принять решение");
  await petition.getByLabel("Одобрить замену").check();
  await petition.getByRole("button", { name: "Принять решение" }).click();
  await expect(petition).toContainText("Одобрено: наставника заменят");
  const coveredBefore = await coveredPupils(director);

  // The mentee is back among those to match; the curator forms a new pair with that mentor and sends the draft.
  const curator = await as(browser, school, "curator");
  await curator.goto("/curator/pairs");
  await waitForForm(curator, "Сформировать");
  const candidates = curator.getByRole("group", { name: "Наставляемые" });
  await expect(candidates.locator("label", { hasText: menteeName }).getByRole("checkbox")).toBeEnabled();
  const mentorSelect = curator.getByLabel("Наставник");
  await mentorSelect.selectOption(
    (await mentorSelect.locator("option", { hasText: `${mentorName} (3 из 4)` }).getAttribute("value"))!,
  );
  const candidate = candidates
    .locator("label")
    .filter({ has: curator.locator("input:not([disabled])") })
    .filter({ hasNotText: menteeName })
    .first();
  const pupilName = (await candidate.textContent())!.split(",")[0].trim();
  await candidate.getByRole("checkbox").check();
  await curator.getByLabel("Цель работы").fill(`Интерес к математике ${tag}`);
  await curator.getByRole("button", { name: "Сформировать" }).click();
  await expect(curator.getByText("Пара или группа сформирована.")).toBeVisible();
  await curator.reload();
  curator.once("dialog", (dialog) => dialog.accept());
  await curator.getByRole("button", { name: "Отправить на утверждение директору" }).click();
  await expect(curator.getByText(/на утверждении у директора/)).toBeVisible();

  // The director reads the order, approves it with a number and date, and downloads it as DOCX and PDF.
  await director.goto("/director");
  // The demo's pairs were fixed by order № 112-о: pairs formed since go into a supplementary order.
  await director.getByRole("link", { name: "О дополнительном закреплении наставнических пар (групп)" }).click();
  const text = director.getByRole("article", { name: "Текст приказа" });
  await expect(text).toContainText("В дополнение к приказу от");
  await expect(text).toContainText("№ 112-о");
  await expect(text).toContainText(pupilName);
  await expect(text).toContainText(mentorName);
  await waitForForm(director, "Утвердить приказ");
  await director.getByLabel("Номер приказа").fill(`${tag}-о`);
  await director.getByRole("button", { name: "Утвердить приказ" }).click();
  // The form's own «Приказ утверждён» goes with the form when the page refreshes into the approved order: read the status.
  await expect(director.getByText("Статус: Утверждён")).toBeVisible();
  await expect(text).toContainText(`№ ${tag}-о`);
  for (const [link, read] of [
    ["Скачать DOCX", docxText],
    ["Скачать PDF", pdfText],
  ] as const) {
    const [download] = await Promise.all([director.waitForEvent("download"), director.getByRole("link", { name: link }).click()]);
    const content = (await read(await downloaded(download))).replace(/\s+/g, " ");
    expect(content).toContain(`№ ${tag}-о`);
    expect(content).toContain(pupilName);
    expect(content).toContain(mentorName);
  }
  expect(await coveredPupils(director)).toBeGreaterThan(coveredBefore);

  // The mentor logs the first meeting on the new pair.
  const mentor = await as(browser, school, "mentor");
  await mentor.goto("/mentor");
  const [last, first, middle] = pupilName.split(" ");
  const short = `${last} ${first[0]}.${middle ? ` ${middle[0]}.` : ""}`;
  await mentor.getByRole("link", { name: short, exact: true }).first().click();
  await waitForForm(mentor, "Записать встречу");
  const log = mentor.locator("section").filter({ has: mentor.getByRole("heading", { level: 2, name: "Записать встречу" }) });
  await log.getByLabel("Тип встречи").selectOption({ label: "Встреча-знакомство" });
  await log.getByLabel("Тема").fill(`Знакомство ${tag}`);
  await mentor.getByRole("button", { name: "Записать встречу" }).click();
  await expect(mentor.getByRole("status").filter({ hasText: "Встреча записана." })).toBeVisible();
});
