package io.github.dftk.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code dftk --version}: the project version, filled into {@code version.properties} by
 * Maven resource filtering, and the Java runtime. Read only when asked for.
 */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        return new String[] {
            "dftk " + version(),
            "Java " + Runtime.version() + " (" + System.getProperty("java.vm.name", "unknown VM") + ")"
        };
    }

    /** The project version, e.g. {@code 0.1.0-SNAPSHOT}; {@code unknown} outside the packaged build. */
    public static String version() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/io/github/dftk/cli/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return properties.getProperty("version", "unknown");
    }
}
