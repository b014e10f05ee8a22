/**
 * Runs `stop` once on SIGINT or SIGTERM and ignores repeats. A terminal's Ctrl-C
 * reaches every process of the group, and wrappers (npm, tsx) relay it once more;
 * with `process.once` the second signal would fall back to Node's default and kill
 * the process mid-shutdown, orphaning its children or losing unacked work.
 */
export function onShutdown(stop: () => Promise<void> | void) {
  let stopping = false;
  const handler = () => {
    if (stopping) return;
    stopping = true;
    void stop();
  };
  process.on("SIGINT", handler);
  process.on("SIGTERM", handler);
}
