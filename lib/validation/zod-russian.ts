import { z } from "zod";

// zod's own messages (lengths, types, formats) in Russian, once for the server and the browser;
// field-specific messages given in the schemas still win. Imported by defineAction and by zodResolver's wrapper.
z.config(z.locales.ru());

export { z };
