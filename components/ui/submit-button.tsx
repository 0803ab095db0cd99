"use client";

import { useSyncExternalStore } from "react";
import { Button } from "./button";

const subscribe = () => () => {};

/**
 * A form's submit button, enabled only once React has hydrated the form: a click before that would submit
 * the form natively and lose what the user entered, so on a slow phone the button waits.
 */
export function SubmitButton({
  pending,
  pendingLabel,
  children,
  className,
}: {
  pending: boolean;
  pendingLabel: string;
  children: React.ReactNode;
  className?: string;
}) {
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  return (
    <Button type="submit" disabled={!hydrated || pending} className={className}>
      {pending ? pendingLabel : children}
    </Button>
  );
}
