"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useEffect, useState } from "react";

/** TanStack Query for live client state; also tells the server the device's UTC offset (for "today"). */
export function Providers({ children }: { children: React.ReactNode }) {
  const [client] = useState(
    () =>
      new QueryClient({
        defaultOptions: { queries: { staleTime: 30_000, refetchOnWindowFocus: false } },
      }),
  );
  useEffect(() => {
    const offset = String(-new Date().getTimezoneOffset());
    if (!document.cookie.includes(`kizuna-tz=${offset}`)) {
      document.cookie = `kizuna-tz=${offset}; path=/; max-age=31536000; samesite=lax`;
    }
  }, []);
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
