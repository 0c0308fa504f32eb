// Timing helpers shared by the benchmark sections. Single-thread figures are CPU time of this process
// (process.cpuUsage, user + system): on a shared machine, wall time mostly measures the neighbours' load.
import { performance } from 'node:perf_hooks';

/** This process's CPU time so far, in milliseconds. */
export function cpuNow() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** The median of a list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The p-th percentile (0..1) of a list of numbers, nearest rank. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

/** Runs `run` `passes` times and returns the median CPU time of one pass, in milliseconds. */
export function medianPass(passes, run) {
  const times = [];
  for (let pass = 0; pass < passes; pass++) {
    const start = cpuNow();
    run();
    times.push(cpuNow() - start);
  }
  return median(times);
}

/** The async version of {@link medianPass}. */
export async function medianPassAsync(passes, run) {
  const times = [];
  for (let pass = 0; pass < passes; pass++) {
    const start = cpuNow();
    await run();
    times.push(cpuNow() - start);
  }
  return median(times);
}

/** Times each of `count` calls after `warm` warm-up calls; median and p95 in milliseconds, CPU and wall. */
export function sampleCalls(count, warm, run) {
  for (let index = 0; index < warm; index++) run();
  const cpu = new Array(count);
  const wall = new Array(count);
  for (let index = 0; index < count; index++) {
    const cpuStart = cpuNow();
    const wallStart = performance.now();
    run();
    wall[index] = performance.now() - wallStart;
    cpu[index] = cpuNow() - cpuStart;
  }
  return {
    median: median(cpu),
    p95: percentile(cpu, 0.95),
    wallMedian: median(wall),
    wallP95: percentile(wall, 0.95),
  };
}
