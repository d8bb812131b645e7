/**
 * Runs once as each `next start` starts. With several instances sharing Redis (REDIS_URL), each
 * listens for the publishes the others take and brings its content store up to date before their
 * pages are marked for rendering again (lib/publish/peers.ts).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || !process.env.REDIS_URL) return;
  const [{ listenForPublishes }, { followPublish }] = await Promise.all([
    import("./lib/publish/peers"),
    import("./lib/publish/publish"),
  ]);
  await listenForPublishes(followPublish);
}
