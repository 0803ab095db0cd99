import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { waitForForm } from "./support/session";

const card = (page: Page, title: string | RegExp) =>
  page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: title }) });

test("an achievement with its evidence file shows on the pair; the curator sees its hours and health", async ({
  page,
  browser,
  school,
}) => {
  // Two people sign in and four pages load: more than the default minute on a busy machine.
  test.setTimeout(120_000);
  await school.signIn(page, "mentor");
  await page.getByRole("link", { name: /Группа:/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Наставническая группа" })).toBeVisible();
  const mentorshipId = page.url().split("/").pop()!;
  await expect(card(page, "Состояние пары").getByText(/В норме|Требует внимания|Под риском/)).toBeVisible();

  const achievements = card(page, /^Достижения \(\d+\)$/);
  await achievements.getByText("Добавить достижение").click();
  await waitForForm(page, "Записать достижение");
  // In a group the mentee is chosen: the form says so next to the field when it is not.
  await achievements.getByRole("button", { name: "Записать достижение" }).click();
  await expect(achievements.getByText("Выберите наставляемого")).toBeVisible();
  await achievements.getByLabel("Наставляемый").selectOption({ index: 1 });
  await achievements.getByLabel("Вид").selectOption({ label: "Олимпиада" });
  await achievements.getByLabel("Название").fill("Региональный этап олимпиады по математике");
  await achievements.getByLabel("Уровень").selectOption({ label: "Региональный" });
  await achievements.getByLabel("Результат").selectOption({ label: "Призёр" });
  await achievements.getByLabel(/Подтверждающий документ/).setInputFiles({
    name: "diplom.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n% диплом призёра\n"),
  });
  await achievements.getByRole("button", { name: "Записать достижение" }).click();
  await expect(achievements.getByText("Достижение записано.")).toBeVisible();
  const item = achievements.getByRole("listitem").filter({ hasText: "Региональный этап олимпиады по математике" });
  await expect(item).toContainText("призёр");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    item.getByRole("link", { name: "Документ: diplom.pdf" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("diplom.pdf");

  const context = await browser.newContext();
  const curator = await context.newPage();
  await school.signIn(curator, "curator");
  await curator.goto("/curator/pair-health");
  await expect(curator.getByRole("heading", { level: 1, name: "Контроль пар" })).toBeVisible();
  const row = curator.getByRole("row").filter({ has: curator.locator(`a[href="/curator/pair-health/${mentorshipId}"]`) });
  await expect(row).toContainText(/В норме|Требует внимания|Под риском/);
  await expect(row).toContainText(/\d+ · \d+(,\d)? ч/);

  // Filtering by a state keeps only the pairs in it.
  await curator.getByLabel("Состояние").selectOption({ label: "В норме" });
  await curator.getByRole("button", { name: "Показать" }).click();
  await expect(curator).toHaveURL(/status=OK/);
  for (const badge of await curator.getByRole("row").locator("td:nth-child(2) > span").allInnerTexts()) {
    expect(badge).toBe("В норме");
  }

  await curator.goto(`/curator/pair-health/${mentorshipId}`);
  await expect(card(curator, "Состояние и часы")).toContainText(/Встреч: \d+ · \d+(,\d)? ч/);
  await expect(card(curator, /^Достижения \(\d+\)$/).getByRole("link", { name: "Документ: diplom.pdf" })).toBeVisible();

  await curator.goto("/curator/mentor-hours");
  await expect(curator.getByRole("heading", { level: 1, name: "Часы наставников" })).toBeVisible();
  await expect(curator.getByRole("link", { name: "Скачать XLSX для бухгалтерии" })).toBeVisible();
  await context.close();
});
