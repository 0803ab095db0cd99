import { expect, test } from "./support/fixtures";
import { signIn, waitForForm } from "./support/session";

test("curator forms a pair from the people eligible now; those without a certificate cannot be chosen", async ({
  page,
  school,
}) => {
  await school.signIn(page, "curator");
  await page.getByRole("link", { name: "Пары и группы" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Пары и группы" })).toBeVisible();
  await waitForForm(page, "Сформировать");

  const mentor = page.getByLabel("Наставник");
  // The alumnus in selection has no certificate of no criminal record: offered, but disabled with the reasons.
  await expect(mentor.locator("option", { hasText: "Нет справки о несудимости" }).first()).toBeDisabled();
  await expect(mentor.locator("option:not([disabled])", { hasText: "Нет справки о несудимости" })).toHaveCount(0);
  const teacher = mentor.locator("option:not([disabled])", { hasText: "(1 из 4)" }).first();
  await mentor.selectOption(await teacher.getAttribute("value"));

  const mentees = page.getByRole("group", { name: "Наставляемые" });
  const candidate = mentees
    .locator("label")
    .filter({ has: page.locator("input:not([disabled])") })
    .first();
  const candidateName = (await candidate.textContent())!.split(",")[0].trim();
  await candidate.getByRole("checkbox").check();
  await page.getByLabel("Цель работы").fill("Повысить интерес к учёбе");
  await page.getByRole("button", { name: "Сформировать" }).click();
  await expect(page.getByText("Пара или группа сформирована.")).toBeVisible();

  await page.reload();
  await expect(page.getByTestId("draft-row").filter({ hasText: candidateName })).toContainText("Принята");
  await expect(page.getByRole("group", { name: "Наставляемые" })).not.toContainText(candidateName);
});

// Only reads the demo school.
test("a mentor sees on the pair's page the facts the curator shared about a mentee", async ({ page }) => {
  await signIn(page, "mentor");
  await page
    .getByRole("link", { name: /^Группа:/ })
    .first()
    .click();
  const shared = page.locator("section", { has: page.getByRole("heading", { name: "Сведения от куратора" }) });
  await expect(shared).toContainText("Быстрая утомляемость");
  await expect(page.getByText("Тревожность в новых ситуациях")).toHaveCount(0);
});
