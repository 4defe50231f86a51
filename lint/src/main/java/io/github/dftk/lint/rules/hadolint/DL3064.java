package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.ast.ArgDeclaration;
import io.github.dftk.ast.ArgInstruction;
import io.github.dftk.ast.EnvInstruction;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.KeyValue;
import io.github.dftk.ast.OnbuildInstruction;
import io.github.dftk.ast.Word;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An ARG or ENV (also inside ONBUILD) whose name is a well-known secret variable or contains a
 * word such as {@code password} or {@code token}: its value ends up in the image history. Use
 * a secret mount instead.
 */
public final class DL3064 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3064", LintSeverity.WARNING, "security",
            "ARG or ENV named like a secret (e.g. `GITHUB_TOKEN`, `*_PASSWORD`)", false);

    private static final Set<String> KNOWN = Set.of("ACCESS_TOKEN", "APPLICATION_KEY", "APP_SECRET", "AUTH_TOKEN",
            "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "BITTREX_API_KEY", "BITTREX_API_SECRET", "CF_PASSWORD",
            "CF_USERNAME", "CIRCLE_TOKEN", "CI_DEPLOY_PASSWORD", "CI_DEPLOY_USER", "DOCKERHUB_PASSWORD",
            "DOCKER_EMAIL", "DOCKER_PASSWORD", "DOCKER_USERNAME", "FACEBOOK_ACCESS_TOKEN", "FACEBOOK_APP_ID",
            "FACEBOOK_APP_SECRET", "FIREBASE_API_TOKEN", "FIREBASE_TOKEN", "FOSSA_API_KEY", "GH_ENTERPRISE_TOKEN",
            "GH_TOKEN", "GITHUB_ENTERPRISE_TOKEN", "GITHUB_TOKEN", "HEROKU_API_KEY", "HEROKU_API_USER",
            "NPM_AUTH_TOKEN", "NPM_TOKEN", "OKTA_AUTHN_GROUPID", "OKTA_CLIENT_ORGURL", "OKTA_CLIENT_TOKEN",
            "OKTA_OAUTH2_CLIENTID", "OKTA_OAUTH2_CLIENTSECRET", "OPENAI_API_KEY", "OS_PASSWORD", "OS_USERNAME",
            "POSTGRES_PASSWORD", "SLACK_TOKEN", "STRIPE_API_KEY", "STRIPE_DEVICE_NAME", "TRAVIS_OS_NAME",
            "TRAVIS_SECURE_ENV_VARS", "TRAVIS_SUDO", "VAULT_CLIENT_KEY", "VAULT_TOKEN");
    private static final List<String> SUSPICIOUS = List.of("api_key", "client_key", "password", "private", "secret",
            "token", "username");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        for (Instruction instruction : context.dockerfile().instructions()) {
            Instruction checked = instruction instanceof OnbuildInstruction onbuild && onbuild.trigger().isPresent()
                    ? onbuild.trigger().get() : instruction;
            sensitiveName(checked).ifPresent(name -> context.report(this, name.range(), message()));
        }
    }

    /** The first name in an ARG or ENV that looks like a secret. */
    private static Optional<Word> sensitiveName(Instruction instruction) {
        List<Word> names = List.of();
        if (instruction instanceof ArgInstruction arg) {
            names = arg.declarations().stream().map(ArgDeclaration::name).toList();
        } else if (instruction instanceof EnvInstruction env) {
            names = env.pairs().stream().map(KeyValue::key).toList();
        }
        return names.stream().filter(name -> sensitive(name.text())).findFirst();
    }

    static boolean sensitive(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return KNOWN.contains(name.toUpperCase(Locale.ROOT)) || SUSPICIOUS.stream().anyMatch(lower::contains);
    }

    static String message() {
        return "Potentially sensitive data should not be used in the `ARG` or `ENV` commands";
    }
}
