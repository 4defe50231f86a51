package io.github.dftk.ir.source;

import io.github.dftk.ir.internal.CsvRecord;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the value of one {@code RUN --mount=} flag as BuildKit does, from the CSV split to the
 * defaults the lowering fills in, with BuildKit's error texts. Never throws on user input.
 *
 * <p>The order of errors is BuildKit's: a CSV error, then a variable in {@code from} (BuildKit
 * finds it while parsing), then the first bad field (including a value whose expansion fails),
 * then the checks on the whole mount, then
 * what BuildKit finds while lowering ({@code invalid mount target "/"},
 * {@code ssh does not support source}). Not done here: the check that {@code from} names no
 * stage defined after this {@code RUN} ({@code cannot mount from stage …}), which needs the
 * stages; BuildKit makes it before the lowering errors above, and quotes
 * {@link Mount#writtenTarget()}. BuildKit also parses every {@code --mount} of a {@code RUN}
 * before lowering any, so a parse error in a later flag wins over a lowering error in an
 * earlier one.
 */
public final class MountSpecs {

    private MountSpecs() {
    }

    public static MountParse parse(String flagValue, MountContext ctx) {
        Objects.requireNonNull(flagValue, "flagValue");
        Objects.requireNonNull(ctx, "ctx");
        CsvRecord.Result csv = CsvRecord.read(flagValue);
        if (!csv.ok()) {
            return new MountError("failed to parse csv mounts: " + csv.error(), csv.errorOffset());
        }
        Optional<MountError> error = MountOptions.checkFrom(csv.fields());
        if (error.isPresent()) {
            return error.get();
        }
        MountDraft draft = new MountDraft();
        error = MountOptions.read(draft, csv.fields(), ctx.expand());
        if (error.isEmpty()) {
            error = MountChecks.check(draft);
        }
        if (error.isPresent()) {
            return error.get();
        }
        return MountResolution.resolve(draft, ctx);
    }
}
