package io.github.dftk.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** Work spread over a thread pool whose results come back in the order of the work, whatever order it finishes in. */
public final class InOrder {

    private InOrder() {
    }

    /**
     * {@code task} applied to every item on up to {@code threads} threads (on the calling thread
     * when one is enough); the results in item order. An exception or error a task throws is
     * rethrown here, after the pool is stopped.
     */
    public static <T, R> List<R> map(List<T> items, int threads, Function<? super T, ? extends R> task) {
        int size = Math.min(threads, items.size());
        if (size <= 1) {
            List<R> results = new ArrayList<>(items.size());
            items.forEach(item -> results.add(task.apply(item)));
            return results;
        }
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(size, work -> {
            Thread thread = new Thread(work, "dftk-worker-" + count.incrementAndGet());
            thread.setDaemon(true); // never keeps the JVM alive after main ends
            return thread;
        });
        try {
            List<Future<R>> futures = new ArrayList<>(items.size());
            for (T item : items) {
                futures.add(pool.submit(() -> task.apply(item)));
            }
            List<R> results = new ArrayList<>(items.size());
            for (Future<R> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the workers", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
