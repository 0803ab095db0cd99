import { z } from "zod";
// The one locale by its own path: `z.locales.ru()` would bundle all of zod's locales (~60) into the browser's forms.
import ru from "zod/v4/locales/ru.js";

// zod's own messages (lengths, types, formats) in Russian, once for the server and the browser;
// field-specific messages given in the schemas still win. Imported by defineAction and by zodResolver's wrapper.
z.config(ru());

export { z };
