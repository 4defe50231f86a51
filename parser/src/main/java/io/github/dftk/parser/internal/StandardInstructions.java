package io.github.dftk.parser.internal;

import io.github.dftk.parser.GoStrings;

import io.github.dftk.ast.AddInstruction;
import io.github.dftk.ast.ArgDeclaration;
import io.github.dftk.ast.ArgInstruction;
import io.github.dftk.ast.CmdInstruction;
import io.github.dftk.ast.CommandLine;
import io.github.dftk.ast.CopyInstruction;
import io.github.dftk.ast.Diagnostic;
import io.github.dftk.ast.EntrypointInstruction;
import io.github.dftk.ast.EnvInstruction;
import io.github.dftk.ast.ExposeInstruction;
import io.github.dftk.ast.Flag;
import io.github.dftk.ast.FromInstruction;
import io.github.dftk.ast.HealthcheckInstruction;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.InstructionSyntax;
import io.github.dftk.ast.KeyValue;
import io.github.dftk.ast.LabelInstruction;
import io.github.dftk.ast.MaintainerInstruction;
import io.github.dftk.ast.OnbuildInstruction;
import io.github.dftk.ast.RunInstruction;
import io.github.dftk.ast.ShellInstruction;
import io.github.dftk.ast.SourceRange;
import io.github.dftk.ast.StopSignalInstruction;
import io.github.dftk.ast.UserInstruction;
import io.github.dftk.ast.VolumeInstruction;
import io.github.dftk.ast.Word;
import io.github.dftk.ast.WorkdirInstruction;
import io.github.dftk.parser.ArgumentSyntax;
import io.github.dftk.parser.BuildContext;
import io.github.dftk.parser.InstructionSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The instructions of the Dockerfile reference: argument syntax, accepted flags, and the
 * checks BuildKit's {@code instructions} package makes (same messages), each reported as a
 * diagnostic on the instruction instead of aborting the parse.
 */
public final class StandardInstructions {

    private StandardInstructions() {
    }

    private static final FlagSet NO_FLAGS = new FlagSet();
    private static final FlagSet FROM_FLAGS = new FlagSet().string("platform");
    private static final FlagSet RUN_FLAGS = new FlagSet().strings("mount").string("network").string("security");
    private static final FlagSet COPY_FLAGS = new FlagSet().string("chown").string("from").string("chmod").bool("link")
            .bool("parents").strings("exclude");
    private static final FlagSet ADD_FLAGS = new FlagSet().string("chown").string("chmod").bool("link")
            .bool("keep-git-dir").string("checksum").bool("unpack").strings("exclude");
    private static final FlagSet HEALTHCHECK_FLAGS = new FlagSet().string("interval").string("timeout")
            .string("start-period").string("start-interval").string("retries");

    public static List<InstructionSpec> specs() {
        return List.of(
                new InstructionSpec("add", ArgumentSyntax.MAYBE_JSON_TO_LIST, StandardInstructions::add,
                        "Add local or remote files and directories."),
                new InstructionSpec("arg", ArgumentSyntax.NAME_OR_NAME_VALUE, StandardInstructions::arg,
                        "Use build-time variables."),
                new InstructionSpec("cmd", ArgumentSyntax.MAYBE_JSON, StandardInstructions::cmd,
                        "Specify default commands."),
                new InstructionSpec("copy", ArgumentSyntax.MAYBE_JSON_TO_LIST, StandardInstructions::copy,
                        "Copy files and directories."),
                new InstructionSpec("entrypoint", ArgumentSyntax.MAYBE_JSON, StandardInstructions::entrypoint,
                        "Specify default executable."),
                new InstructionSpec("env", ArgumentSyntax.KEY_VALUE, StandardInstructions::env,
                        "Set environment variables."),
                new InstructionSpec("expose", ArgumentSyntax.WHITESPACE_DELIMITED, StandardInstructions::expose,
                        "Describe which ports your application is listening on."),
                new InstructionSpec("from", ArgumentSyntax.WHITESPACE_DELIMITED, StandardInstructions::from,
                        "Create a new build stage from a base image."),
                new InstructionSpec("healthcheck", ArgumentSyntax.HEALTHCHECK, StandardInstructions::healthcheck,
                        "Check a container's health on startup."),
                new InstructionSpec("label", ArgumentSyntax.KEY_VALUE, StandardInstructions::label,
                        "Add metadata to an image."),
                new InstructionSpec("maintainer", ArgumentSyntax.STRING, StandardInstructions::maintainer,
                        "Specify the author of an image (deprecated: use LABEL)."),
                new InstructionSpec("onbuild", ArgumentSyntax.SUB_COMMAND, StandardInstructions::onbuild,
                        "Specify instructions for when the image is used in a build."),
                new InstructionSpec("run", ArgumentSyntax.MAYBE_JSON, StandardInstructions::run,
                        "Execute build commands."),
                new InstructionSpec("shell", ArgumentSyntax.MAYBE_JSON, StandardInstructions::shell,
                        "Set the default shell of an image."),
                new InstructionSpec("stopsignal", ArgumentSyntax.STRING, StandardInstructions::stopSignal,
                        "Specify the system call signal for exiting a container."),
                new InstructionSpec("user", ArgumentSyntax.STRING, StandardInstructions::user,
                        "Set user and group ID."),
                new InstructionSpec("volume", ArgumentSyntax.MAYBE_JSON_TO_LIST, StandardInstructions::volume,
                        "Create volume mounts."),
                new InstructionSpec("workdir", ArgumentSyntax.STRING, StandardInstructions::workdir,
                        "Change working directory."));
    }

    // ---- instructions ----

    static Instruction from(InstructionSyntax s, BuildContext c) {
        List<Word> args = s.arguments();
        boolean named = args.size() == 3 && args.get(1).text().equalsIgnoreCase("as");
        // BuildKit checks the arguments first, the flags only when the arguments are fine.
        if (named && !isValidStageName(args.get(2).text().toLowerCase(Locale.ROOT))) {
            c.report(Diagnostic.error("invalid-stage-name", "invalid name for build stage: "
                    + GoStrings.quote(args.get(2).text()) + ", name can't start with a number or contain symbols",
                    args.get(2).range()).withFix("use lower-case letters, digits, '-', '_' and '.', starting with a letter"));
        } else if (!named && args.size() != 1) {
            c.report(Diagnostic.error("argument-count", "FROM requires either one or three arguments", argsOrKeyword(s))
                    .withFix("write FROM <image> [AS <name>]"));
        } else {
            checkFlags(s, c, FROM_FLAGS, "FROM");
        }
        return new FromInstruction(s, first(args), named ? Optional.of(args.get(1)) : Optional.empty(),
                named ? Optional.of(args.get(2)) : Optional.empty(), s.flag("platform"));
    }

    /** BuildKit's {@code ^[a-z][a-z0-9-_.]*$}. */
    static boolean isValidStageName(String name) {
        if (name.isEmpty() || name.charAt(0) < 'a' || name.charAt(0) > 'z') {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char ch = name.charAt(i);
            boolean ok = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == '_' || ch == '.';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static Instruction run(InstructionSyntax s, BuildContext c) {
        checkFlags(s, c, RUN_FLAGS, "RUN");
        return new RunInstruction(s, commandLine(s), s.flags("mount"), s.flag("network"), s.flag("security"));
    }

    static Instruction cmd(InstructionSyntax s, BuildContext c) {
        checkFlags(s, c, NO_FLAGS, "CMD");
        return new CmdInstruction(s, commandLine(s));
    }

    static Instruction entrypoint(InstructionSyntax s, BuildContext c) {
        checkFlags(s, c, NO_FLAGS, "ENTRYPOINT");
        return new EntrypointInstruction(s, commandLine(s));
    }

    static Instruction shell(InstructionSyntax s, BuildContext c) {
        if (!checkFlags(s, c, NO_FLAGS, "SHELL")) {
            if (s.arguments().isEmpty()) {
                c.report(atLeastOne(s, "SHELL").withFix("write SHELL [\"executable\", \"parameters\"]"));
            } else if (!s.json()) {
                c.report(Diagnostic.error("not-json", "SHELL requires the arguments to be in JSON form", s.rest().range())
                        .withFix("write SHELL [\"" + first(s.arguments()).map(Word::text).orElse("/bin/sh")
                                .split("[ \t]+")[0] + "\", ...]"));
            }
        }
        return new ShellInstruction(s, s.json() ? s.arguments() : List.of());
    }

    static Instruction env(InstructionSyntax s, BuildContext c) {
        List<KeyValue> pairs = keyValues(s);
        if (!checkFlags(s, c, NO_FLAGS, "ENV")) {
            checkKeyValues(s, c, pairs, "ENV");
        }
        return new EnvInstruction(s, pairs);
    }

    static Instruction label(InstructionSyntax s, BuildContext c) {
        List<KeyValue> pairs = keyValues(s);
        if (!checkFlags(s, c, NO_FLAGS, "LABEL")) {
            checkKeyValues(s, c, pairs, "LABEL");
        }
        return new LabelInstruction(s, pairs);
    }

    private static List<KeyValue> keyValues(InstructionSyntax s) {
        List<Word> args = s.arguments();
        List<KeyValue> pairs = new ArrayList<>(args.size() / 3);
        for (int i = 0; i + 2 < args.size(); i += 3) {
            Word key = args.get(i);
            Word value = args.get(i + 1);
            pairs.add(new KeyValue(key, value, args.get(i + 2).text().isEmpty(), SourceRange.span(key.range(), value.range())));
        }
        return pairs;
    }

    private static void checkKeyValues(InstructionSyntax s, BuildContext c, List<KeyValue> pairs, String name) {
        if (pairs.isEmpty()) {
            c.report(atLeastOne(s, name).withFix("write " + name + " <key>=<value>"));
            return;
        }
        for (KeyValue pair : pairs) {
            if (pair.key().text().isEmpty()) {
                c.report(Diagnostic.error("blank-name", name + " names can not be blank", pair.range())
                        .withFix("put a name before '='"));
                return;
            }
        }
    }

    static Instruction arg(InstructionSyntax s, BuildContext c) {
        List<ArgDeclaration> declarations = new ArrayList<>(s.arguments().size());
        boolean reported = false;
        if (s.arguments().isEmpty()) {
            c.report(atLeastOne(s, "ARG").withFix("write ARG <name>[=<default>]"));
            reported = true;
        }
        for (Word word : s.arguments()) {
            int eq = word.text().indexOf('=');
            if (eq < 0) {
                declarations.add(new ArgDeclaration(word, Optional.empty(), word.range()));
                continue;
            }
            if (eq == 0 && !reported) {
                c.report(Diagnostic.error("blank-name", "ARG names can not be blank", word.range())
                        .withFix("put a name before '='"));
                reported = true;
            }
            declarations.add(new ArgDeclaration(c.subWord(word, 0, eq),
                    Optional.of(c.subWord(word, eq + 1, word.text().length())), word.range()));
        }
        return new ArgInstruction(s, declarations);
    }

    static Instruction copy(InstructionSyntax s, BuildContext c) {
        if (s.arguments().size() < 2) {
            c.report(noDestination(s, "COPY"));
        } else if (!checkFlags(s, c, COPY_FLAGS, "COPY")) {
            checkHeredocDestination(s, c, "COPY");
        }
        List<Word> args = s.arguments();
        return new CopyInstruction(s, sources(args), last(args), s.flag("from"), s.flag("chown"), s.flag("chmod"),
                s.flag("link"), s.flag("parents"), s.flags("exclude"));
    }

    static Instruction add(InstructionSyntax s, BuildContext c) {
        if (s.arguments().size() < 2) {
            c.report(noDestination(s, "ADD"));
        } else if (!checkFlags(s, c, ADD_FLAGS, "ADD")) {
            checkHeredocDestination(s, c, "ADD");
        }
        List<Word> args = s.arguments();
        return new AddInstruction(s, sources(args), last(args), s.flag("chown"), s.flag("chmod"), s.flag("link"),
                s.flag("keep-git-dir"), s.flag("checksum"), s.flag("unpack"), s.flags("exclude"));
    }

    private static Diagnostic noDestination(InstructionSyntax s, String name) {
        return Diagnostic.error("argument-count", name + " requires at least two arguments, but only one was provided."
                + " Destination could not be determined", argsOrKeyword(s)).withFix("write " + name + " <src>... <dest>");
    }

    private static void checkHeredocDestination(InstructionSyntax s, BuildContext c, String name) {
        Word dest = s.arguments().get(s.arguments().size() - 1);
        List<Heredocs.Marker> markers = new ArrayList<>(1);
        Heredocs.parse(dest.text(), markers);
        if (!markers.isEmpty()) {
            c.report(Diagnostic.error("heredoc-destination", name + " cannot accept a heredoc as a destination",
                    dest.range()).withFix("give a path as the last argument"));
        }
    }

    private static List<Word> sources(List<Word> args) {
        return args.size() < 2 ? List.of() : args.subList(0, args.size() - 1);
    }

    static Instruction expose(InstructionSyntax s, BuildContext c) {
        if (s.arguments().isEmpty()) {
            c.report(atLeastOne(s, "EXPOSE").withFix("write EXPOSE <port>[/<protocol>]"));
        } else {
            checkFlags(s, c, NO_FLAGS, "EXPOSE");
        }
        return new ExposeInstruction(s, s.arguments());
    }

    static Instruction volume(InstructionSyntax s, BuildContext c) {
        if (s.arguments().isEmpty()) {
            c.report(atLeastOne(s, "VOLUME").withFix("write VOLUME <path>"));
        } else if (!checkFlags(s, c, NO_FLAGS, "VOLUME")) {
            for (Word path : s.arguments()) {
                if (GoStrings.trimSpace(path.text()).isEmpty()) {
                    c.report(Diagnostic.error("empty-volume", "VOLUME specified can not be an empty string",
                            path.range()).withFix("remove the empty path"));
                    break;
                }
            }
        }
        return new VolumeInstruction(s, s.arguments());
    }

    static Instruction user(InstructionSyntax s, BuildContext c) {
        exactlyOne(s, c, "USER", "USER <user>[:<group>]", true);
        return new UserInstruction(s, first(s.arguments()));
    }

    static Instruction workdir(InstructionSyntax s, BuildContext c) {
        exactlyOne(s, c, "WORKDIR", "WORKDIR <path>", true);
        return new WorkdirInstruction(s, first(s.arguments()));
    }

    static Instruction stopSignal(InstructionSyntax s, BuildContext c) {
        exactlyOne(s, c, "STOPSIGNAL", "STOPSIGNAL <signal>", false);
        return new StopSignalInstruction(s, first(s.arguments()));
    }

    static Instruction maintainer(InstructionSyntax s, BuildContext c) {
        exactlyOne(s, c, "MAINTAINER", "LABEL org.opencontainers.image.authors=\"<name>\"", true);
        return new MaintainerInstruction(s, first(s.arguments()));
    }

    private static void exactlyOne(InstructionSyntax s, BuildContext c, String name, String usage, boolean flags) {
        if (s.arguments().size() != 1) {
            c.report(Diagnostic.error("argument-count", name + " requires exactly one argument", argsOrKeyword(s))
                    .withFix("write " + usage));
        } else if (flags) {
            checkFlags(s, c, NO_FLAGS, name);
        }
    }

    static Instruction healthcheck(InstructionSyntax s, BuildContext c) {
        List<Word> args = s.arguments();
        Optional<Word> type = first(args);
        Optional<CommandLine> command = Optional.empty();
        if (args.isEmpty()) {
            c.report(atLeastOne(s, "HEALTHCHECK").withFix("write HEALTHCHECK CMD <command> or HEALTHCHECK NONE"));
            return new HealthcheckInstruction(s, type, command);
        }
        String kind = args.get(0).text().toUpperCase(Locale.ROOT);
        List<Word> rest = args.subList(1, args.size());
        if (kind.equals("NONE")) {
            if (!rest.isEmpty()) {
                c.report(Diagnostic.error("argument-count", "HEALTHCHECK NONE takes no arguments",
                        SourceRange.span(rest.get(0).range(), rest.get(rest.size() - 1).range()))
                        .withFix("remove the arguments after NONE"));
            }
            return new HealthcheckInstruction(s, type, command);
        }
        if (!rest.isEmpty()) {
            command = Optional.of(commandLine(s.json(), rest, rest.get(0).range()));
        }
        if (checkFlags(s, c, HEALTHCHECK_FLAGS, "HEALTHCHECK")) {
            return new HealthcheckInstruction(s, type, command);
        }
        if (!kind.equals("CMD")) {
            c.report(Diagnostic.error("healthcheck-type", "Unknown type " + GoStrings.quote(kind)
                    + " in HEALTHCHECK (try CMD)", args.get(0).range()).withFix("write HEALTHCHECK CMD <command>"));
            return new HealthcheckInstruction(s, type, command);
        }
        if (rest.isEmpty()) {
            c.report(Diagnostic.error("argument-count", "Missing command after HEALTHCHECK CMD", args.get(0).range())
                    .withFix("write HEALTHCHECK CMD <command>"));
            return new HealthcheckInstruction(s, type, command);
        }
        for (String name : List.of("interval", "timeout", "start-period", "start-interval")) {
            Optional<Flag> flag = s.flag(name);
            if (flag.isEmpty() || flag.get().valueOrEmpty().isEmpty()) {
                continue;
            }
            GoDuration.Parsed d = GoDuration.parse(flag.get().valueOrEmpty());
            if (d.error().isPresent()) {
                c.report(Diagnostic.error("healthcheck-duration", d.error().get(), flag.get().range())
                        .withFix("write a duration such as 30s, 1m30s or 500ms"));
                return new HealthcheckInstruction(s, type, command);
            }
            if (d.nanos() != 0 && d.nanos() < 1_000_000) {
                c.report(Diagnostic.error("healthcheck-duration", "Interval " + GoStrings.quote(name)
                        + " cannot be less than 1ms", flag.get().range()).withFix("use at least 1ms"));
                return new HealthcheckInstruction(s, type, command);
            }
        }
        s.flag("retries").ifPresent(flag -> checkRetries(flag, c));
        return new HealthcheckInstruction(s, type, command);
    }

    private static void checkRetries(Flag flag, BuildContext c) {
        String value = flag.valueOrEmpty();
        if (value.isEmpty()) {
            return;
        }
        long retries;
        try {
            retries = Integer.parseInt(value.startsWith("+") ? value.substring(1) : value);
        } catch (NumberFormatException e) {
            boolean syntax = !value.matches("[+-]?[0-9]+");
            c.report(Diagnostic.error("healthcheck-retries", "strconv.ParseInt: parsing " + GoStrings.quote(value) + ": "
                    + (syntax ? "invalid syntax" : "value out of range"), flag.range()).withFix("write a whole number"));
            return;
        }
        if (retries < 0) {
            c.report(Diagnostic.error("healthcheck-retries", "--retries cannot be negative (" + retries + ")",
                    flag.range()).withFix("write 0 or more"));
        }
    }

    static Instruction onbuild(InstructionSyntax s, BuildContext c) {
        if (s.nested().isEmpty()) {
            c.report(atLeastOne(s, "ONBUILD").withFix("write ONBUILD <instruction>"));
            return new OnbuildInstruction(s, Optional.empty());
        }
        InstructionSyntax nested = s.nested().get();
        if (!checkFlags(s, c, NO_FLAGS, "ONBUILD")) {
            String trigger = GoStrings.trimSpace(nested.keyword().text()).toUpperCase(Locale.ROOT);
            if (trigger.equals("ONBUILD")) {
                c.report(Diagnostic.error("onbuild-trigger", "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed",
                        nested.keyword().range()).withFix("remove one ONBUILD"));
            } else if (trigger.equals("MAINTAINER") || trigger.equals("FROM")) {
                c.report(Diagnostic.error("onbuild-trigger", trigger + " isn't allowed as an ONBUILD trigger",
                        nested.keyword().range()));
            }
        }
        return new OnbuildInstruction(s, Optional.of(c.build(nested)));
    }

    // ---- shared ----

    /** Reports the first flag problem; true if there was one. */
    private static boolean checkFlags(InstructionSyntax s, BuildContext c, FlagSet allowed, String name) {
        if (s.flags().isEmpty()) {
            return false;
        }
        Optional<Diagnostic> problem = allowed.check(s.flags(), name);
        problem.ifPresent(c::report);
        return problem.isPresent();
    }

    private static CommandLine commandLine(InstructionSyntax s) {
        return commandLine(s.json(), s.arguments(), s.rest().range());
    }

    private static CommandLine commandLine(boolean json, List<Word> args, SourceRange where) {
        if (json) {
            SourceRange range = args.isEmpty() ? where : SourceRange.span(args.get(0).range(), args.get(args.size() - 1).range());
            return new CommandLine.ExecForm(args, range);
        }
        return new CommandLine.ShellForm(args.isEmpty() ? new Word("", where) : args.get(0));
    }

    private static Diagnostic atLeastOne(InstructionSyntax s, String name) {
        return Diagnostic.error("argument-count", name + " requires at least one argument", s.keyword().range());
    }

    private static SourceRange argsOrKeyword(InstructionSyntax s) {
        List<Word> args = s.arguments();
        return args.isEmpty() ? s.keyword().range() : SourceRange.span(args.get(0).range(), args.get(args.size() - 1).range());
    }

    private static Optional<Word> first(List<Word> words) {
        return words.isEmpty() ? Optional.empty() : Optional.of(words.get(0));
    }

    private static Optional<Word> last(List<Word> words) {
        return words.size() < 2 ? Optional.empty() : Optional.of(words.get(words.size() - 1));
    }
}
