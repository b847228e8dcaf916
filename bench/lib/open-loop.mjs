// An open-loop load: requests leave at evenly spaced moments, `rate` per second, whether or not
// earlier answers have come back. autocannon's `overallRate` is not one: each connection sends as
// fast as answers come until it has used its share of the second, then waits for the next second,
// so every second starts with a burst of one request per connection, and the p99 measures that
// burst's queue.
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Offers `rate` requests per second to `url` for `seconds`, over at most `connections` kept-alive
 * sockets (a request that finds them all busy waits for one, and the wait counts). Each latency
 * runs from the request's planned moment, not from when it was written, so a late client does
 * not hide a slow server. Calls `onAnswer(status, latencyMs, plannedMs)` for each answer, with its planned
 * moment counted from the start (status 0 for an error or a time-out), and resolves with how many it sent once every answer is in.
 */
export async function openLoop(url, { rate, seconds, connections, headers = {}, timeoutMs = 30_000, onAnswer }) {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const total = Math.round(rate * seconds);
  const gapMs = 1000 / rate;
  const start = performance.now();
  const answers = [];
  for (let sent = 0; sent < total; ) {
    // Everything whose moment has come leaves now; then sleep until the next moment.
    const now = performance.now();
    for (; sent < total && start + sent * gapMs <= now; sent++) answers.push(send(url, agent, headers, timeoutMs, start, start + sent * gapMs, onAnswer));
    if (sent < total) await sleep(Math.max(0, start + sent * gapMs - performance.now()));
  }
  await Promise.all(answers);
  agent.destroy();
  return total;
}

function send(url, agent, headers, timeoutMs, start, planned, onAnswer) {
  return new Promise((resolve) => {
    let done = false;
    const finish = (status) => {
      if (done) return;
      done = true;
      onAnswer(status, performance.now() - planned, planned - start);
      resolve();
    };
    const req = request(url, { agent, headers, timeout: timeoutMs }, (res) => {
      res.on('data', () => {});
      res.on('end', () => finish(res.statusCode ?? 0));
      res.on('error', () => finish(0));
    });
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', () => finish(0));
    req.end();
  });
}
