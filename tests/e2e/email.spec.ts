import { expect, test } from "./support/fixtures";
import { waitForForm } from "./support/session";

/**
 * E-mail in the browser on a server without SMTP_URL (mail off): the profile says so and still keeps an address;
 * the pages that links in mail open answer a signed-out visitor with a bad link politely, and change nothing.
 * Delivery, confirmation and unsubscribing with good links are tested against a real SMTP server in
 * tests/integration/mail-delivery.test.ts and email-confirmation.test.ts.
 */
test("the profile says mail is off here, validates the address and keeps it", async ({ page, school }) => {
  await school.signIn(page, "psychologist");
  await page.goto("/account");
  await expect(
    page.getByText("Электронная почта на этом сервере не настроена: уведомления видны только в приложении."),
  ).toBeVisible();
  await waitForForm(page, "Сохранить адрес");
  const field = page.getByLabel("Электронная почта", { exact: true });
  await field.fill("не почта");
  await page.getByRole("button", { name: "Сохранить адрес" }).click();
  await expect(page.getByText("Введите адрес вида name@example.ru")).toBeVisible();
  await expect(field).toHaveAttribute("aria-invalid", "true");

  await field.fill("psychologist-e2e@school.test");
  await page.getByRole("button", { name: "Сохранить адрес" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText(/Адрес сохранён\. Письма с этого сервера не отправляются/);
  await page.reload();
  await expect(page.getByTestId("email-state")).toHaveText(
    "Адрес psychologist-e2e@school.test не подтверждён: письма на него не приходят.",
  );

  await waitForForm(page, "Сохранить адрес");
  await field.fill("");
  await page.getByRole("button", { name: "Сохранить адрес" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Адрес удалён.");
});

test("a bad confirmation or unsubscribe link is refused politely without signing in", async ({ page }) => {
  const confirm = await page.goto("/email/confirm?token=no-such-token");
  expect(confirm?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Подтверждение адреса электронной почты" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/Ссылка недействительна/);
  await expect(page.getByRole("button")).toHaveCount(0);

  const unsubscribe = await page.goto("/email/unsubscribe?token=no-such-token");
  expect(unsubscribe?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Отписка от писем «Наставника»" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/Ссылка для отписки недействительна/);
  await expect(page.getByRole("button")).toHaveCount(0);
});
