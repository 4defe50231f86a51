package io.github.dftk.ir.context;

/** The kinds of file a build context sends, named as dftk's context digest encodes them. */
public enum EntryType {
    FILE("file"),
    DIRECTORY("dir"),
    SYMLINK("symlink"),
    FIFO("fifo"),
    SOCKET("socket"),
    CHAR_DEVICE("char-device"),
    BLOCK_DEVICE("block-device");

    private final String token;

    EntryType(String token) {
        this.token = token;
    }

    /** The name in the digest encoding and in JSON. */
    public String token() {
        return token;
    }

    /** The type bits of a Unix {@code st_mode}. */
    static EntryType ofUnixMode(int mode) {
        switch (mode & 0170000) {
            case 0040000:
                return DIRECTORY;
            case 0120000:
                return SYMLINK;
            case 0010000:
                return FIFO;
            case 0140000:
                return SOCKET;
            case 0020000:
                return CHAR_DEVICE;
            case 0060000:
                return BLOCK_DEVICE;
            default:
                return FILE;
        }
    }
}
