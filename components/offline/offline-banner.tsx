"use client";

import { useReviewSync } from "@/components/study/use-review-sync";
import { useOnline } from "./use-online";

/**
 * Says when the app is offline and how many answers wait on the device. Mounted on every page a
 * student sees, it also sends waiting answers as soon as the network is back. The status region
 * is always present (empty when online) so screen readers announce the change.
 */
export function OfflineBanner({ userId }: { userId: string }) {
  const online = useOnline();
  const { pending } = useReviewSync(userId);
  const waiting = `${pending} answer${pending === 1 ? "" : "s"}`;
  return (
    <div className="offline-banner-slot" role="status">
      {!online && (
        <p className="offline-banner" data-pending={pending}>
          <strong>You are offline.</strong>{" "}
          {pending > 0
            ? `${waiting} wait${pending === 1 ? "s" : ""} to be sent when you reconnect.`
            : "You can keep studying: answers are kept on this device."}
        </p>
      )}
    </div>
  );
}
