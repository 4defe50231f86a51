package io.github.dftk.lint.rules.shellcheck;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * The {@code shellcheck} program: where it is and how it is run. Scripts are written to a
 * private temporary directory and checked by one process per call ({@code shellcheck
 * --format=json1 --shell=DIALECT 0.sh 1.sh …}: ShellCheck checks each file on its own, so
 * batching changes no result), never through a shell. Standard input, output and error are
 * files, so a program that never reads or never exits cannot block the JVM: it is killed when
 * the timeout passes, and not run again by this instance. Results are cached by dialect and text, so re-checking a file whose
 * fix changed one RUN runs ShellCheck on that RUN only.
 */
public final class ShellCheck {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    /** ShellCheck's codes hadolint never reports: sourced files cannot be followed from a Dockerfile; ash is checked as dash. */
    static final String EXCLUDED = "1090,1091,2187";

    private static final int CACHE_SIZE = 1024;

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
        return scripts.stream().allMatch(script -> cache.containsKey(dialect + '\0' + script));
    }

    /**
     * ShellCheck's comments on each script, all of one dialect ({@code sh}, {@code bash},
     * {@code dash}, {@code ksh}), in the order given.
     *
     * @throws ShellCheckException when ShellCheck is missing, fails or times out; the message is
     *     one line for the user
     */
    public List<List<ShellCheckComment>> check(List<String> scripts, String dialect) throws ShellCheckException {
        List<List<ShellCheckComment>> out = new ArrayList<>(Collections.nCopies(scripts.size(), null));
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < scripts.size(); i++) {
            List<ShellCheckComment> known = cache.get(dialect + '\0' + scripts.get(i));
            if (known != null) {
                out.set(i, known);
            } else {
                missing.add(i);
            }
        }
        if (!missing.isEmpty()) {
            if (stopped.get()) {
                throw new ShellCheckException(stoppedNotice());
            }
            List<List<ShellCheckComment>> fresh = run(missing.stream().map(scripts::get).toList(), dialect);
            for (int k = 0; k < missing.size(); k++) {
                int i = missing.get(k);
                out.set(i, fresh.get(k));
                cache.put(dialect + '\0' + scripts.get(i), fresh.get(k));
            }
        }
        return out;
    }

    private String stoppedNotice() {
        String limit = timeout.toSeconds() > 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
        return "ShellCheck timed out: " + program.orElseThrow() + " ran longer than " + limit + " and was stopped —"
                + " SC findings are missing from then on — check the RUN scripts with shellcheck directly";
    }

    private List<List<ShellCheckComment>> run(List<String> scripts, String dialect) throws ShellCheckException {
        if (program.isEmpty()) {
            throw new ShellCheckException("ShellCheck not run: " + missing + " — the SC rules were skipped — install"
                    + " it (apt-get install shellcheck) or name it with --shellcheck PATH or 'dftk: shellcheck:' in"
                    + " .hadolint.yaml");
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("dftk-shellcheck");
            List<String> command = new ArrayList<>(List.of(program.get().toString(), "--format=json1", "--norc",
                    "--shell=" + dialect, "--exclude=" + EXCLUDED));
            for (int i = 0; i < scripts.size(); i++) {
                Files.writeString(dir.resolve(i + ".sh"), scripts.get(i), StandardCharsets.UTF_8);
                command.add(i + ".sh");
            }
            Path stdout = dir.resolve("out.json");
            Path stderr = dir.resolve("err.txt");
            Process process = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Files.createFile(dir.resolve("in")).toFile()))
                    .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                stopped.set(true); // a program that hung once is not waited for again, file after file
                throw new ShellCheckException(stoppedNotice());
            }
            int exit = process.exitValue();
            if (exit != 0 && exit != 1) { // 0: no comment, 1: comments; anything else is ShellCheck failing
                String why = Files.readString(stderr, StandardCharsets.UTF_8).strip().lines().findFirst().orElse("");
                throw new ShellCheckException("ShellCheck failed: " + program.get() + " exited with " + exit
                        + (why.isEmpty() ? "" : " (" + why + ")") + " — SC findings are missing —"
                        + " check that it is ShellCheck 0.7 or later");
            }
            String report = Files.readString(stdout, StandardCharsets.UTF_8);
            try {
                return ShellCheckComment.parse(report, scripts.size());
            } catch (RuntimeException e) { // not json1: another program, or a ShellCheck too old
                throw new ShellCheckException("ShellCheck failed: " + program.get() + " did not write a json1 report"
                        + " — SC findings are missing — check that it is ShellCheck 0.7 or later");
            }
        } catch (IOException e) {
            throw new ShellCheckException("ShellCheck not run: " + program.get() + " could not be started ("
                    + e.getMessage() + ") — the SC rules report nothing — check that it is ShellCheck and executable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ShellCheckException("ShellCheck not run: interrupted — SC findings are missing");
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // A leftover temporary file is harmless; the findings are what matters.
        }
    }
}
