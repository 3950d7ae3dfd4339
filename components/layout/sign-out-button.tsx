"use client";

import { useState } from "react";
import { forgetDeviceUser } from "@/components/offline/device-user";

/**
 * Sign out, first deleting what this device keeps for the user (their saved pages, offline cards
 * and session in progress) after sending any waiting answers. Signing out needs the server, so
 * with no network it says so instead of leaving the student half signed out.
 */
export function SignOutButton({ userId, action }: { userId: string; action: (form: FormData) => Promise<unknown> }) {
  const [message, setMessage] = useState<string | null>(null);
  return (
    <form
      className="sign-out"
      action={async () => {
        if (!navigator.onLine) {
          setMessage("You are offline: sign out once you are back online.");
          return;
        }
        await forgetDeviceUser(userId).catch(() => undefined);
        await action(new FormData());
      }}
    >
      <button type="submit" className="button button-quiet">
        Sign out
      </button>
      {message && (
        <p className="sign-out-message" role="alert">
          {message}
        </p>
      )}
    </form>
  );
}
