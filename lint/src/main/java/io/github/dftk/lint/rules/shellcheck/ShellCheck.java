package io.github.dftk.lint.rules.shellcheck;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The {@code shellcheck} program: where it is and how it is run. Each script is checked by its
 * own process, {@code shellcheck --format=json1 --norc --shell=DIALECT -}, started directly
 * (never through a shell) and fed the script on standard input; the scripts of one call run
 * side by side, as many at once as there are processors. Standard input is written and
 * standard output and error are read on their own threads, so neither a large script nor a
 * large report can stall on a full pipe, and a program that never reads or never exits
 * cannot block the JVM: it is killed (with its children) when the timeout passes, and not
 * run again by this instance. Results are cached by dialect and text, so re-checking a file
 * whose fix changed one RUN runs ShellCheck on that RUN only.
 */
public final class ShellCheck {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    /** ShellCheck's codes hadolint never reports: sourced files cannot be followed from a Dockerfile; ash is checked as dash. */
    static final String EXCLUDED = "1090,1091,2187";

    private static final int CACHE_SIZE = 1024;

    /** ShellCheck is CPU-bound: more processes than processors, across all callers, only queue. */
    private static final int PARALLELISM = Math.max(1, Runtime.getRuntime().availableProcessors());
    private static final Semaphore RUNNING = new Semaphore(PARALLELISM);

    /** Threads that check scripts and feed and drain their pipes; idle ones end after a minute. */
    private static final ExecutorService THREADS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "dftk-shellcheck");
        thread.setDaemon(true);
        return thread;
    });

    private final Optional<Path> program;
    /** Why there is no program, for the notice. */
    private final String missing;
    private final Duration timeout;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Map<String, List<ShellCheckComment>> cache = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<ShellCheckComment>> eldest) {
                    return size() > CACHE_SIZE;
                }
            });

    private ShellCheck(Optional<Path> program, String missing, Duration timeout) {
        this.program = program;
        this.missing = missing;
        this.timeout = timeout;
    }

    /** {@code shellcheck} on this process's {@code PATH}. */
    public static ShellCheck onPath() {
        return find(Optional.empty(), System.getenv());
    }

    /**
     * The configured program ({@code --shellcheck PATH}, {@code dftk: shellcheck:}) if given,
     * else {@code shellcheck} on the {@code PATH} of {@code environment}. Found or not, the
     * result is usable: without a program every check fails with a notice.
     */
    public static ShellCheck find(Optional<Path> configured, Map<String, String> environment) {
        if (configured.isPresent()) {
            Path path = configured.get();
            return new ShellCheck(Optional.of(path).filter(ShellCheck::executable), path + " is not an executable file",
                    DEFAULT_TIMEOUT);
        }
        String searchPath = environment.getOrDefault("PATH", "");
        Optional<Path> found = Stream.of(searchPath.split(File.pathSeparator)).filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, "shellcheck")).filter(ShellCheck::executable).findFirst();
        return new ShellCheck(found, "no shellcheck on the PATH", DEFAULT_TIMEOUT);
    }

    /** The same program with another limit on each process's run time. */
    public ShellCheck withTimeout(Duration limit) {
        return new ShellCheck(program, missing, limit);
    }

    /** The program that runs; empty when it was not found. */
    public Optional<Path> program() {
        return program;
    }

    private static boolean executable(Path path) {
        return Files.isRegularFile(path) && Files.isExecutable(path);
    }

    /** Whether every script's result is cached, so that {@link #check} starts no process. */
    boolean cached(List<String> scripts, String dialect) {
        return scripts.stream().allMatch(script -> cache.containsKey(key(script, dialect)));
    }

    private static String key(String script, String dialect) {
        return dialect + '\0' + script;
    }

    /**
     * ShellCheck's comments on each script, all of one dialect ({@code sh}, {@code bash},
     * {@code dash}, {@code ksh}), in the order given.
     *
     * @throws ShellCheckException when ShellCheck is missing, fails or times out on any of
     *     them; the message is one line for the user
     */
    public List<List<ShellCheckComment>> check(List<String> scripts, String dialect) throws ShellCheckException {
        Map<String, List<ShellCheckComment>> found = new LinkedHashMap<>();
        LinkedHashSet<String> fresh = new LinkedHashSet<>();
        for (String script : scripts) {
            List<ShellCheckComment> known = cache.get(key(script, dialect));
            if (known != null) {
                found.put(script, known);
            } else {
                fresh.add(script);
            }
        }
        if (!fresh.isEmpty()) {
            if (program.isEmpty()) {
                throw new ShellCheckException("ShellCheck not run: " + missing + " — the SC rules were skipped — install"
                        + " it (apt-get install shellcheck) or name it with --shellcheck PATH or 'dftk: shellcheck:' in"
                        + " .hadolint.yaml");
            }
            if (stopped.get()) {
                throw new ShellCheckException(stoppedNotice());
            }
            List<String> toCheck = List.copyOf(fresh);
            List<List<ShellCheckComment>> comments = checkAll(toCheck, dialect);
            for (int i = 0; i < toCheck.size(); i++) {
                found.put(toCheck.get(i), comments.get(i));
                cache.put(key(toCheck.get(i), dialect), comments.get(i));
            }
        }
        return scripts.stream().map(found::get).toList();
    }

    /**
     * Checks the scripts on up to {@link #PARALLELISM} threads, this one among them, each
     * taking the next script until none is left or one has failed.
     */
    private List<List<ShellCheckComment>> checkAll(List<String> scripts, String dialect) throws ShellCheckException {
        List<List<ShellCheckComment>> out = Collections.synchronizedList(
                new ArrayList<>(Collections.nCopies(scripts.size(), null)));
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean failed = new AtomicBoolean();
        List<Future<Void>> helpers = new ArrayList<>();
        for (int i = 1; i < Math.min(PARALLELISM, scripts.size()); i++) {
            helpers.add(THREADS.submit(() -> {
                takeScripts(scripts, dialect, next, failed, out);
                return null;
            }));
        }
        ShellCheckException failure = null;
        try {
            takeScripts(scripts, dialect, next, failed, out);
        } catch (ShellCheckException e) {
            failure = e;
        }
        for (Future<Void> helper : helpers) {
            try {
                helper.get(); // each of its processes is stopped at the timeout
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof ShellCheckException problem)) {
                    throw new IllegalStateException(e.getCause());
                }
                failure = failure == null ? problem : failure;
            } catch (InterruptedException e) {
                helpers.forEach(h -> h.cancel(true));
                Thread.currentThread().interrupt();
                throw interrupted();
            }
        }
        if (failure != null) {
            throw failure;
        }
        return List.copyOf(out);
    }

    /** Checks script after script, the next one not taken yet, until none is left or a check has failed. */
    private void takeScripts(List<String> scripts, String dialect, AtomicInteger next, AtomicBoolean failed,
            List<List<ShellCheckComment>> out) throws ShellCheckException {
        for (int i = next.getAndIncrement(); i < scripts.size() && !failed.get(); i = next.getAndIncrement()) {
            try {
                out.set(i, checkOne(scripts.get(i), dialect));
            } catch (ShellCheckException | RuntimeException e) {
                failed.set(true);
                throw e;
            }
        }
    }

    private List<ShellCheckComment> checkOne(String script, String dialect) throws ShellCheckException {
        try {
            RUNNING.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted();
        }
        try {
            if (stopped.get()) {
                throw new ShellCheckException(stoppedNotice());
            }
            return run(script, dialect);
        } finally {
            RUNNING.release();
        }
    }

    private List<ShellCheckComment> run(String script, String dialect) throws ShellCheckException {
        Path path = program.orElseThrow();
        long deadline = System.nanoTime() + timeout.toNanos();
        Process process;
        try {
            process = new ProcessBuilder(path.toString(), "--format=json1", "--norc", "--shell=" + dialect,
                    "--exclude=" + EXCLUDED, "-").start();
        } catch (IOException e) {
            throw new ShellCheckException("ShellCheck not run: " + path + " could not be started (" + e.getMessage()
                    + ") — the SC rules report nothing — check that it is ShellCheck and executable");
        }
        byte[] input = script.getBytes(StandardCharsets.UTF_8);
        THREADS.submit(() -> {
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write(input);
            } catch (IOException e) {
                // It stopped reading: its exit status and report say why.
            }
        });
        Future<byte[]> stdout = THREADS.submit(() -> process.getInputStream().readAllBytes());
        Future<byte[]> stderr = THREADS.submit(() -> process.getErrorStream().readAllBytes());
        try {
            if (!process.waitFor(remaining(deadline), TimeUnit.NANOSECONDS)) {
                throw timedOut();
            }
            // A child that outlives the program may hold its output open: the deadline covers reading too.
            byte[] report = stdout.get(remaining(deadline), TimeUnit.NANOSECONDS);
            int exit = process.exitValue();
            if (exit != 0 && exit != 1) { // 0: no comment, 1: comments; anything else is ShellCheck failing
                String why = new String(stderr.get(remaining(deadline), TimeUnit.NANOSECONDS), StandardCharsets.UTF_8)
                        .strip().lines().findFirst().orElse("");
                throw new ShellCheckException("ShellCheck failed: " + path + " exited with " + exit
                        + (why.isEmpty() ? "" : " (" + why + ")") + " — SC findings are missing —"
                        + " check that it is ShellCheck 0.7 or later");
            }
            try {
                return ShellCheckComment.parse(new String(report, StandardCharsets.UTF_8));
            } catch (RuntimeException e) { // not json1: another program, or a ShellCheck too old
                throw new ShellCheckException("ShellCheck failed: " + path + " did not write a json1 report"
                        + " — SC findings are missing — check that it is ShellCheck 0.7 or later");
            }
        } catch (TimeoutException e) {
            throw timedOut();
        } catch (ExecutionException e) {
            throw new ShellCheckException("ShellCheck failed: " + path + "'s output could not be read ("
                    + e.getCause().getMessage() + ") — SC findings are missing — check the RUN scripts with shellcheck"
                    + " directly");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted();
        } finally {
            if (process.isAlive()) { // timed out or interrupted; its children would hold its output open
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
    }

    private ShellCheckException timedOut() {
        stopped.set(true); // a program that hung once is not waited for again, file after file
        return new ShellCheckException(stoppedNotice());
    }

    private static long remaining(long deadline) {
        return Math.max(0, deadline - System.nanoTime());
    }

    private String stoppedNotice() {
        String limit = timeout.toSeconds() > 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
        return "ShellCheck timed out: " + program.orElseThrow() + " ran longer than " + limit + " and was stopped —"
                + " SC findings are missing from then on — check the RUN scripts with shellcheck directly";
    }

    private static ShellCheckException interrupted() {
        return new ShellCheckException("ShellCheck not run: interrupted — SC findings are missing");
    }
}
