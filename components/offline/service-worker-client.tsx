"use client";

import { useEffect } from "react";
import { whenIdle } from "@/lib/browser/idle-client";
import { SERVICE_WORKER_PATH } from "@/lib/paths";

/**
 * Registers the service worker that keeps pages for reading offline, once the page has loaded and
 * the browser is idle (so that it never competes with the page itself, nor holds up a reader's first
 * tap). Not in development, where no worker is built.
 */
export function ServiceWorkerClient() {
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    const register = () => {
      navigator.serviceWorker.register(SERVICE_WORKER_PATH, { scope: "/" }).catch(() => {
        // Refused (a private window, storage off): the site works as before, online only.
      });
    };
    let cancel = () => {};
    const afterLoad = () => (cancel = whenIdle(register, 5000));
    if (document.readyState === "complete") afterLoad();
    else window.addEventListener("load", afterLoad, { once: true });
    return () => {
      window.removeEventListener("load", afterLoad);
      cancel();
    };
  }, []);
  return null;
}
