/**
 * Preloaded (`node --import`) into the API and the worker that the launcher starts. When the
 * launcher goes away without stopping them (killed with SIGKILL, say), their IPC channel closes
 * and they shut down as if stopped, rather than living on and holding the port.
 */
if (process.channel) {
  process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
  // The channel must not keep an app alive once it has shut down.
  process.channel.unref();
}

export {};
