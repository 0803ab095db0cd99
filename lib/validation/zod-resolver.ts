import "./zod-russian";

/** react-hook-form's zod resolver, with zod's messages in Russian in the browser too. */
export { zodResolver } from "@hookform/resolvers/zod";
