import { expect, test } from "./support/fixtures";
import { signIn, waitForForm } from "./support/session";

test("a mentor responsible for an item reports on it from their dashboard", async ({ page, school }) => {
  await school.signIn(page, "mentor");
  const mine = page
    .getByRole("region", { name: "Мои пункты дорожной карты" })
    .or(page.locator("section", { hasText: "Мои пункты дорожной карты" }));
  await mine.getByRole("link", { name: /6\.7/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Пункт 6.7" })).toBeVisible();
  await waitForForm(page, "Сохранить");
  await page.getByLabel("Статус").selectOption({ label: "В работе" });
  await page.getByLabel("Результат").fill("Зал забронирован, приглашения разосланы");
  await page.getByRole("button", { name: "Сохранить" }).click();
  await expect(page.getByRole("status")).toHaveText("Сохранено.");
  await expect(page.getByRole("list", { name: "История изменений" })).toContainText("Статус: Запланировано → В работе");
});

// Only reads the demo school.
test("a psychologist sees the roadmap read-only, month by month", async ({ page }) => {
  await signIn(page, "psychologist");
  await page.getByRole("link", { name: "Дорожная карта" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Дорожная карта программы" })).toBeVisible();
  await expect(page.getByRole("button", { name: /Отметить выполненным/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Перейти к этапу/ })).toHaveCount(0);
  await page.getByRole("link", { name: "По месяцам" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /^Сентябрь \d{4}$/ })).toBeVisible();
  await page.getByRole("link", { name: /^1\.1\s*Информирование педагогов/ }).click();
  await expect(page.getByRole("button", { name: "Сохранить" })).toHaveCount(0);
});

// Only reads the demo school.
test("the curator filters the roadmap by status", async ({ page }) => {
  await signIn(page, "curator");
  await page.getByLabel("Статус").selectOption({ label: "В работе" });
  await page.getByRole("button", { name: "Показать" }).click();
  await expect(page).toHaveURL(/status=IN_PROGRESS/);
  await expect(page.getByTestId("item-6.4")).toBeVisible();
  await expect(page.getByTestId("item-1.1")).toHaveCount(0);
});

test("the curator adds an item to a stage, moves it up and removes it", async ({ page, school }) => {
  await school.signIn(page, "curator");
  const stage1 = page.getByRole("region", { name: /^1\. Подготовка условий/ });
  await stage1.getByText("Добавить пункт в этап 1").click();
  await stage1.getByLabel("Мероприятие").fill("Педагогический совет о запуске программы");
  await stage1.getByLabel("Сроки").fill("Сентябрь 2026");
  await stage1.getByRole("button", { name: "Добавить" }).click();
  await expect(stage1.getByRole("status")).toHaveText("Пункт 1.5 добавлен.");
  await expect(page.getByTestId("item-1.5")).toContainText("Педагогический совет о запуске программы");
  await page.getByRole("button", { name: "Поднять пункт 1.5" }).click();
  await expect(page.getByTestId("item-1.4")).toContainText("Педагогический совет о запуске программы");
  await expect(page.getByTestId("item-1.5")).toContainText("Встреча с обучающимися");

  await page.getByTestId("item-1.4").getByRole("link").click();
  await waitForForm(page, "Сохранить");
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Удалить пункт" }).click();
  await expect(page).toHaveURL(/\/curator/);
  await expect(page.getByTestId("item-1.4")).toContainText("Встреча с обучающимися");
  await expect(page.getByTestId("item-1.5")).toHaveCount(0);
});

test("the curator attaches a protocol to an item and comments on it", async ({ page, school }) => {
  await school.signIn(page, "curator");
  await page.getByTestId("item-2.1").getByRole("link").click();
  await waitForForm(page, "Загрузить");
  await page
    .getByLabel("Добавить файл")
    .setInputFiles({ name: "Протокол анкетирования.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%тест\n") });
  await page.getByRole("button", { name: "Загрузить" }).click();
  await expect(page.getByRole("list", { name: "Подтверждающие документы" })).toContainText("Протокол анкетирования.pdf");
  await page
    .getByLabel("Добавить файл")
    .setInputFiles({ name: "вирус.pdf", mimeType: "application/pdf", buffer: Buffer.from("MZ not a pdf") });
  await page.getByRole("button", { name: "Загрузить" }).click();
  await expect(page.getByText("Содержимое файла не соответствует его расширению").first()).toBeVisible();

  await page.getByLabel("Новый комментарий").fill("Анкеты собраны у 7–9 классов, 10–11 досдают на неделе");
  await page.getByRole("button", { name: "Добавить комментарий" }).click();
  await expect(page.getByRole("list", { name: "Комментарии" })).toContainText("Анкеты собраны у 7–9 классов");
});

// Only reads the demo school.
test("pupils and parents are not offered the school's internal roadmap", async ({ page }) => {
  await signIn(page, "mentee");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Дорожная карта" })).toHaveCount(0);
});
