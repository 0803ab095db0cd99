import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { signIn, waitForForm } from "./support/session";

/**
 * Accounts for every participant: the admin invites a teacher from the roster as a mentor and a partner's employee
 * from the mentor base as an outside mentor, both sign up and reach the mentor's dashboard; a parent who has an
 * account links a second child by code; the admin resets a password and cannot remove the last admin role.
 */
const newPassword = "пароль-наставника-1";

async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

async function readCode(page: Page): Promise<string> {
  const code = (await page.getByTestId("invitation-code").first().textContent())?.trim() ?? "";
  expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{2}$/);
  return code;
}

async function signUpWithCode(browser: Browser, code: string, login: string) {
  const page = await freshPage(browser);
  await page.goto(`/join?code=${encodeURIComponent(code)}`);
  await waitForForm(page, "Создать аккаунт");
  await page.getByLabel("Логин").fill(login);
  await page.getByLabel("Пароль", { exact: true }).fill(newPassword);
  await page.getByLabel("Повторите пароль").fill(newPassword);
  await page.getByRole("button", { name: "Создать аккаунт" }).click();
  await expect(page.getByRole("heading", { name: "Аккаунт создан" })).toBeVisible();
  await signIn(page, login, newPassword);
  await page.goto("/mentor");
  await expect(page.getByRole("heading", { name: "Мои пары и группы" })).toBeVisible();
  await page.context().close();
}

test("the admin invites staff and outside mentors, a parent links a second child, passwords and the last admin", async ({
  browser,
  school,
}) => {
  test.setTimeout(180_000);
  // The curator adds a partner's employee to the mentor base (the admin only invites).
  const curator = await freshPage(browser);
  await school.signIn(curator, "curator");
  await curator.goto("/curator/mentors/new");
  await waitForForm(curator, "Добавить наставника");
  await curator.getByLabel("Человек не из школы").check();
  const partnerName = "Партнёров";
  await curator.getByLabel("Фамилия").fill(partnerName);
  await curator.getByLabel("Имя", { exact: true }).fill("Пётр");
  await curator.getByLabel("Категория").selectOption("PARTNER_EMPLOYEE");
  await curator.getByLabel("Организация-партнёр").selectOption({ index: 1 });
  await curator.getByRole("button", { name: "Добавить наставника" }).click();
  await expect(curator).toHaveURL(/\/curator\/mentors\/(?!new$)[^/?]+$/);
  await curator.context().close();

  const admin = await freshPage(browser);
  await school.signIn(admin, "admin");

  // A teacher from the roster, invited as a mentor.
  await admin.goto("/admin");
  const teacherRow = admin.locator('section[aria-labelledby="invite-staff"] li').filter({ hasText: "Учитель" }).first();
  const teacherName = (await teacherRow.locator("p.font-medium").textContent())!.trim();
  await teacherRow.getByRole("checkbox", { name: `Наставник: ${teacherName}` }).check();
  await teacherRow.getByRole("button", { name: "Выдать код" }).click();
  await expect(admin.getByRole("heading", { name: "Код приглашения сотрудника" })).toBeVisible();
  const teacherCode = await readCode(admin);

  // The partner's employee from the mentor base, as an outside mentor.
  await admin.goto(`/admin?who=${encodeURIComponent(partnerName)}`);
  await admin.getByRole("button", { name: new RegExp(`Выдать код наставнику: ${partnerName}`) }).click();
  await expect(admin.getByRole("heading", { name: "Код приглашения наставника" })).toBeVisible();
  const partnerCode = await readCode(admin);

  const teacherLogin = `teacher-${school.slug}`;
  await signUpWithCode(browser, teacherCode, teacherLogin);
  await signUpWithCode(browser, partnerCode, `partner-${school.slug}`);

  // A parent code for a pupil who has no parent account yet; the school's parent links it to their account.
  await admin.goto("/curator/invitations");
  const pupilRow = admin.locator("tbody tr").filter({ hasText: "Аккаунтов: 0" }).first();
  const pupilName = (await pupilRow.locator("th").textContent())!.trim();
  await pupilRow.getByRole("button", { name: `Код для родителя: ${pupilName}` }).click();
  const parentCode = await readCode(admin);
  const parent = await freshPage(browser);
  await parent.goto(`/join?code=${encodeURIComponent(parentCode)}`);
  await parent.getByLabel("У меня уже есть аккаунт — добавить к нему").check();
  await waitForForm(parent, "Добавить к моему аккаунту");
  await parent.getByLabel("Ваш логин").fill(school.login("parent"));
  await parent.getByLabel("Ваш пароль").fill(school.password);
  await parent.getByRole("button", { name: "Добавить к моему аккаунту" }).click();
  await expect(parent.getByRole("heading", { name: "Готово: код добавлен к вашему аккаунту" })).toBeVisible();
  await school.signIn(parent, "parent");
  await parent.goto("/parent");
  await expect(parent.getByText(pupilName).first()).toBeVisible();
  await parent.context().close();

  // The admin resets the new teacher's password, with confirmation; the password shown once works.
  await admin.goto(`/admin?q=${teacherLogin}`);
  const account = admin.getByRole("listitem", { name: /^Учётная запись:/ }).filter({ hasText: teacherLogin });
  await account.getByRole("button", { name: "Сбросить пароль" }).click();
  await account.getByRole("button", { name: "Да, сбросить пароль" }).click();
  const temporary = (await account.getByTestId("temporary-password").textContent())!.trim();
  const teacher = await freshPage(browser);
  await signIn(teacher, teacherLogin, temporary);
  // …and the teacher sets their own on «Мой профиль», reached from the name in the header; every session then ends.
  await teacher.getByRole("banner").getByRole("link", { name: teacherName }).click();
  await waitForForm(teacher, "Сменить пароль");
  await teacher.getByLabel("Текущий пароль").fill(temporary);
  await teacher.getByLabel("Новый пароль", { exact: true }).fill("свой-новый-пароль");
  await teacher.getByLabel("Повторите новый пароль").fill("свой-новый-пароль");
  await teacher.getByRole("button", { name: "Сменить пароль" }).click();
  await expect(teacher.getByText(/Пароль изменён/)).toBeVisible();
  await teacher.goto("/mentor");
  await expect(teacher).toHaveURL(/\/login/);
  await signIn(teacher, teacherLogin, "свой-новый-пароль");
  await teacher.context().close();

  // The only admin can neither switch themselves off nor change their own roles (the last admin stays).
  await admin.goto(`/admin?q=${school.login("admin")}&role=ADMIN`);
  const ownLabel = await admin
    .getByRole("listitem", { name: /^Учётная запись:/ })
    .filter({ hasText: "Это вы" })
    .getAttribute("aria-label");
  const own = admin.getByRole("listitem", { name: ownLabel!, exact: true });
  await expect(own.getByRole("button", { name: "Отключить" })).toHaveCount(0);
  await expect(own.getByRole("button", { name: "Роли" })).toHaveCount(0);
  await expect(own.getByText(/свои роли меняет другой администратор/)).toBeVisible();
});
