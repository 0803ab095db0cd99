/** Refusals the admin's account actions share with their tests and screens. */
export const otherSchoolsMessage =
  "Этот аккаунт есть и в другой школе: пароль общий, поэтому сбросить его здесь нельзя. Человек может сменить пароль сам в «Моём профиле».";

export const hasAccountMessage =
  "У этого человека уже есть аккаунт. Роли меняются в списке учётных записей (раздел «Учётные записи»).";
