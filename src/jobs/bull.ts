// What the gateway's BullMQ queues share: how a worker starts and reports, and how a job is retried and kept.
import { Worker, type JobsOptions, type Processor, type Queue } from 'bullmq'
import type { FastifyBaseLogger } from 'fastify'
import type { RedisConnections } from '../redis/redis-connections.ts'

export interface QueueSetup { connections: RedisConnections, prefix: string, log: FastifyBaseLogger }

/**
 * Starts this process's worker for a queue once Redis is there (BullMQ cannot close one whose connections
 * still wait for Redis without an unhandled rejection) and hands it to `started`. With no concurrency there
 * is none: the instance only queues work for the others.
 */
export function startWorker<T> (setup: QueueSetup, queue: string, processor: Processor<T>, concurrency: number, started: (worker: Worker<T>) => void): void {
  if (concurrency === 0) return
  setup.connections.whenReady(() => {
    const worker = new Worker<T>(queue, processor, { connection: setup.connections.blocking(), prefix: setup.prefix, concurrency })
    setup.connections.adopt(worker)
    worker.on('error', (err) => setup.log.warn({ queue, err: err.message }, 'queue worker: redis unreachable; retrying'))
    worker.on('failed', (job, err) => setup.log.warn({ queue, job: job?.id, attempt: job?.attemptsMade, err: err.message }, 'queue job failed'))
    started(worker)
  })
}

/** Retried with jittered exponential backoff; kept for a while once done, and once failed (or, with false, until replayed). */
export function retried (attempts: number, delayMs: number, keepSeconds: { completed: number, failed: number | false }): JobsOptions {
  return {
    attempts,
    backoff: { type: 'exponential', delay: delayMs, jitter: 0.5 },
    removeOnComplete: { age: keepSeconds.completed },
    removeOnFail: keepSeconds.failed === false ? false : { age: keepSeconds.failed }
  }
}

export interface QueueDepth { waiting: number, active: number, delayed: number, failed: number }

/** How many jobs wait, run, wait for a retry, and failed (kept until their age runs out, or a replay). */
export async function depthOf (queue: Queue): Promise<QueueDepth> {
  const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'failed')
  return { waiting: counts.waiting ?? 0, active: counts.active ?? 0, delayed: counts.delayed ?? 0, failed: counts.failed ?? 0 }
}
