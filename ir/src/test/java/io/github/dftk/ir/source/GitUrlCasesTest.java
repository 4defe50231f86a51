package io.github.dftk.ir.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code testdata/git-urls/cases.txt}: each line is a string and what {@link SourceUrls} makes
 * of it. A bare input is read with {@link SourceUrls#parseGit}: {@code git remote=… [ref=]
 * [subdir=] [keep-git-dir=] [checksum=] [submodules=] [mtime=] [fetch-by-commit] [deprecated]
 * [unencrypted]}, {@code not git: <why>} or {@code error: <message>}. {@code ADD <src>} and
 * {@code CONTEXT <ref>} classify with {@link SourceUrls#forAdd} / {@link SourceUrls#forContext}
 * ({@code git …}, {@code http}, {@code local}, {@code error: …}); {@code HTTP? <src>} is
 * {@link SourceUrls#isHttp}.
 */
class GitUrlCasesTest {

    @TestFactory
    Stream<DynamicTest> cases() {
        CaseFile file = CaseFile.load("git-urls/cases.txt");
        List<DynamicTest> tests = new ArrayList<>();
        for (CaseFile.Line line : file.lines()) {
            if (line.directive() != null) {
                throw new IllegalStateException(file.path() + ":" + line.number() + ": no parameters here");
            }
            tests.add(DynamicTest.dynamicTest(line.name(),
                    () -> assertThat(actual(line.input())).isEqualTo(line.expected())));
        }
        return tests.stream();
    }

    private static String actual(String input) {
        if (input.startsWith("ADD ")) {
            return text(SourceUrls.forAdd(input.substring(4)));
        }
        if (input.startsWith("CONTEXT ")) {
            return text(SourceUrls.forContext(input.substring(8)));
        }
        if (input.startsWith("HTTP? ")) {
            return String.valueOf(SourceUrls.isHttp(input.substring(6)));
        }
        GitRefParse parse = SourceUrls.parseGit(input);
        if (parse instanceof GitRefError e) {
            return (e.git() ? "error: " : "not git: ") + e.message();
        }
        assertThat(SourceUrls.git(input)).contains((GitRef) parse);
        return text((GitRef) parse);
    }

    private static String text(SourceKind kind) {
        if (kind instanceof SourceKind.Git g) {
            return text(g.ref());
        }
        if (kind instanceof SourceKind.Invalid i) {
            return "error: " + i.message();
        }
        return kind instanceof SourceKind.Http ? "http" : "local";
    }

    static String text(GitRef g) {
        StringBuilder out = new StringBuilder("git remote=").append(g.remote());
        g.ref().ifPresent(s -> out.append(" ref=").append(s));
        g.subdir().ifPresent(s -> out.append(" subdir=").append(s));
        g.keepGitDir().ifPresent(b -> out.append(" keep-git-dir=").append(b));
        g.checksum().ifPresent(s -> out.append(" checksum=").append(s));
        g.submodules().ifPresent(b -> out.append(" submodules=").append(b));
        g.mtime().ifPresent(s -> out.append(" mtime=").append(s));
        if (g.fetchByCommit()) {
            out.append(" fetch-by-commit");
        }
        if (g.indistinguishableFromLocal()) {
            out.append(" deprecated");
        }
        if (g.unencryptedTcp()) {
            out.append(" unencrypted");
        }
        return out.toString();
    }
}
