import { lazy, type ComponentType } from "react";

/** Shown in place of a part whose script could not be fetched. */
const Nothing = () => null;

/**
 * A component whose script is fetched the first time it is shown. Where the script cannot be
 * fetched (the network failed before the service worker kept it), the part shows nothing and the
 * rest of the page goes on working, rather than the page failing with it.
 */
export const fetchedOnUse = <P extends object>(load: () => Promise<ComponentType<P>>) =>
  lazy(() =>
    load().then(
      (component) => ({ default: component }),
      () => ({ default: Nothing as ComponentType<P> }),
    ),
  );
