package io.github.dftk.ir.internal;

import io.github.dftk.ir.Edge;
import io.github.dftk.ir.ExecMount;
import io.github.dftk.ir.FileAction;
import io.github.dftk.ir.Op;
import io.github.dftk.ir.source.CacheSharing;
import java.util.List;

/**
 * Digests of vertices: the definition digest covers the op's own fields; the digest adds the
 * inputs' roles and digests. Source positions never enter a digest, so comments, blank lines
 * and line continuations do not change one.
 */
final class VertexDigests {

    private VertexDigests() {
    }

    static String definition(Op op) {
        CanonicalEncoder e = CanonicalEncoder.start().field("kind", op.kind());
        if (op instanceof Op.ImageSource image) {
            e.field("ref", image.ref()).field("platform", image.platform().toString());
        } else if (op instanceof Op.ContextSource local) {
            e.field("name", local.name());
        } else if (op instanceof Op.GitSource git) {
            e.field("remote", git.remote()).field("ref", git.ref().orElse("")).field("subdir", git.subdir().orElse(""))
                    .field("keepGitDir", git.keepGitDir()).field("checksum", git.checksum().orElse(""))
                    .field("submodules", git.submodules());
        } else if (op instanceof Op.HttpSource http) {
            e.field("url", http.url()).field("checksum", http.checksum().orElse("")).field("filename", http.filename());
        } else if (op instanceof Op.Exec exec) {
            e.list("args", exec.args()).list("env", exec.env()).field("cwd", exec.cwd()).field("user", exec.user())
                    .field("network", exec.network()).field("security", exec.security())
                    .field("platform", exec.platform().toString()).field("mounts", exec.mounts().size());
            for (ExecMount m : exec.mounts()) {
                e.field("type", m.type().text()).field("target", m.target()).field("selector", m.selector().orElse(""))
                        .field("readOnly", m.readOnly()).field("id", m.cacheId().orElse(""))
                        .field("sharing", m.sharing().map(CacheSharing::text).orElse("")).field("mode", m.mode().orElse(-1))
                        .field("uid", m.uid().orElse(-1)).field("gid", m.gid().orElse(-1))
                        .field("size", m.size().orElse(-1)).field("required", m.required())
                        .field("env", m.env().orElse(""));
            }
        } else if (op instanceof Op.FileOp file) {
            action(e, file.action());
        }
        return e.digest();
    }

    private static void action(CanonicalEncoder e, FileAction action) {
        if (action instanceof FileAction.Copy copy) {
            e.field("action", "copy").list("sources", copy.sources()).field("destination", copy.destination())
                    .field("chown", copy.chown().orElse("")).field("chmod", copy.chmod().orElse(""))
                    .field("link", copy.link()).field("parents", copy.parents()).list("excludes", copy.excludes())
                    .field("wildcard", copy.allowWildcard()).field("unpack", copy.unpack())
                    .field("checksum", copy.checksum().orElse(""));
        } else if (action instanceof FileAction.Mkfile mkfile) {
            e.field("action", "mkfile").field("path", mkfile.path()).field("content", mkfile.content())
                    .field("mode", mkfile.mode());
        } else if (action instanceof FileAction.Mkdir mkdir) {
            e.field("action", "mkdir").field("path", mkdir.path()).field("mode", mkdir.mode())
                    .field("chown", mkdir.chown().orElse(""));
        }
    }

    static String of(String definitionDigest, List<Edge> inputs) {
        CanonicalEncoder e = CanonicalEncoder.start().field("definition", definitionDigest).field("inputs", inputs.size());
        for (Edge input : inputs) {
            e.field("role", input.role().label()).field("detail", input.detail()).field("digest", input.from().digest());
        }
        return e.digest();
    }
}
