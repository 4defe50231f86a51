package io.github.dftk.parser.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The command queries lint rules share: flags, operands, sub-commands and packages. */
class SimpleCommandTest {

    private static SimpleCommand only(String script) {
        List<SimpleCommand> commands = ShellParser.parse(script).commands();
        assertThat(commands).hasSize(1);
        return commands.get(0);
    }

    private static List<String> values(List<ShellWord> words) {
        return words.stream().map(ShellWord::value).toList();
    }

    @Test
    void flagBundlesSplitAndDoubleDashEndsFlags() {
        SimpleCommand command = only("apt-get -qy --no-install-recommends --opt=v install -- -x");
        assertThat(command.flags()).extracting(CommandFlag::name).containsExactly("q", "y", "no-install-recommends",
                "opt");
        assertThat(command.flag("opt").flatMap(CommandFlag::value)).contains("v");
        assertThat(command.hasFlag("y", "yes")).isTrue();
        assertThat(command.hasFlag("x")).isFalse();
        assertThat(values(command.operands())).containsExactly("install", "-x");
        assertThat(command.hasSubcommand("install", "add")).isTrue();
        assertThat(command.hasArgumentStartingWith("--opt=")).isTrue();
    }

    @Test
    void aCommandIsNamedByItsNameOrTheLastSegmentOfItsPath() {
        assertThat(only("apt-get update").isNamed("apk", "apt-get")).isTrue();
        assertThat(only("/usr/bin/apt-get update").isNamed("apt-get")).isTrue();
        assertThat(only("/usr/bin/apt-get update").isNamed("/usr/bin/apt-get")).isTrue();
        assertThat(only("/usr/bin/apt-get update").isNamed("bin/apt-get", "get", "/apt-get")).isFalse();
        assertThat(only("myapt-get update").isNamed("apt-get")).isFalse();
        assertThat(only("apt-get/ x").isNamed("apt-get")).isFalse();
        assertThat(only("get").isNamed("apt-get", "")).isFalse();
        assertThat(only("./ x").isNamed("")).isTrue();
        assertThat(only("A=1").isNamed("A", "")).isFalse();
    }

    @Test
    void flagsTakingAValueConsumeTheNextWord() {
        SimpleCommand command = only("apt-get -o Dpkg::Options::=--force-confnew -t buster install curl=7.1 git");
        assertThat(command.subcommand()).contains("Dpkg::Options::=--force-confnew");
        assertThat(command.subcommand("o", "t")).contains("install");
        assertThat(command.packages("o", "t")).extracting(PackageArgument::name).containsExactly("curl", "git");
        assertThat(command.packages("o", "t").get(0).version()).contains("7.1");
        assertThat(command.packages("o", "t").get(1).hasVersion()).isFalse();
    }

    @Test
    void packageVersionsSplitOnTheirSeparator() {
        SimpleCommand command = only("pip install 'flask==1.0' \"requests>=2\" @scope/pkg@1.2 pkg~=3 plain");
        assertThat(command.packages()).extracting(p -> p.name() + "|" + p.separator() + "|" + p.version().orElse(""))
                .containsExactly("flask|==|1.0", "requests|>=|2", "@scope/pkg|@|1.2", "pkg|~=|3", "plain||");
    }

    @Test
    void commandsAreFoundByNameOrPath() {
        ShellScript script = ShellParser.parse("/usr/bin/apt-get update; x=$(apk add y) && { yum -y install z; }");
        assertThat(script.commandsNamed("apt-get")).hasSize(1);
        assertThat(script.commandsNamed("apk", "yum")).extracting(SimpleCommand::commandName)
                .containsExactly("apk", "yum");
        assertThat(script.commands()).extracting(SimpleCommand::commandName)
                .containsExactly("/usr/bin/apt-get", "", "apk", "yum");
    }

    @Test
    void wordsKnowWhetherTheyAreLiteral() {
        SimpleCommand command = only("echo 'a b' \"$HOME\" c\\ d");
        assertThat(command.arguments()).extracting(w -> w.literal().orElse("<expands>"))
                .containsExactly("a b", "<expands>", "c d");
        assertThat(command.hasArgument("a b")).isTrue();
    }

    @Test
    void pipesAreFoundInsideSubstitutions() {
        ShellScript script = ShellParser.parse("echo $(curl x | sh) && wget -O- y | bash");
        assertThat(script.pipes()).hasSize(2);
    }
}
