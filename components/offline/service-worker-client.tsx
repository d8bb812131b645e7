"use client";

import { useEffect } from "react";
import { SERVICE_WORKER_PATH } from "@/lib/paths";

/**
 * Registers the service worker that keeps pages for reading offline, once the page has loaded (so
 * that it never competes with the page itself). Not in development, where no worker is built.
 */
export function ServiceWorkerClient() {
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    const register = () => {
      navigator.serviceWorker.register(SERVICE_WORKER_PATH, { scope: "/" }).catch(() => {
        // Refused (a private window, storage off): the site works as before, online only.
      });
    };
    if (document.readyState === "complete") register();
    else window.addEventListener("load", register, { once: true });
  }, []);
  return null;
}
