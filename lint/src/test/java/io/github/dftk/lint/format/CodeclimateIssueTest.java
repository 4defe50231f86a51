package io.github.dftk.lint.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CodeclimateIssueTest {

    /**
     * hadolint hashes the issue as its JSON library encodes it: keys in name order, no
     * whitespace, non-ASCII as UTF-8. The text below is that encoding, written out by hand.
     */
    @Test
    void theFingerprintIsTheSha1OfTheIssueAsHadolintEncodesIt() throws Exception {
        CodeclimateIssue issue = new CodeclimateIssue("DL3006", "Always tag \"Café\" <x>", "sub dir/Dockerfile", 3,
                Optional.empty(), "major");
        String hadolintsJson = "{\"categories\":[\"Bug Risk\"],\"check_name\":\"DL3006\","
                + "\"description\":\"Always tag \\\"Café\\\" <x>\",\"location\":{\"lines\":{\"begin\":3,\"end\":3},"
                + "\"path\":\"sub dir/Dockerfile\"},\"severity\":\"major\",\"type\":\"issue\"}";
        String sha1 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                .digest(hadolintsJson.getBytes(StandardCharsets.UTF_8)));
        assertThat(issue.fingerprint()).isEqualTo(sha1);
    }

    @Test
    void theFingerprintChangesWithTheLocation() {
        CodeclimateIssue issue = new CodeclimateIssue("DL3006", "m", "Dockerfile", 3, Optional.empty(), "major");
        assertThat(issue.fingerprint()).isNotEqualTo(new CodeclimateIssue("DL3006", "m", "Dockerfile", 4, Optional.empty(), "major")
                .fingerprint());
    }
}
