package org.taipan.imports;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.taipan.modules.Marshal;
import org.taipan.objects.PyException;
import org.taipan.objects.PyObject;
import org.taipan.vm.PyCode;

/**
 * The bytecode cache: {@code __pycache__/NAME.taipan-311.pyc} beside each imported source file.
 * The layout is PEP 552's: a 16-byte header of the magic number, flags (0: checked against the
 * source's timestamp), the source's mtime and size (each a little-endian uint32), then the
 * module's code object in marshal format.
 */
public final class PycCache {
    private PycCache() {}

    /**
     * Taipan's bytecode version, written at the start of every .pyc (two little-endian bytes,
     * then CR LF as in CPython's). It is not CPython's (3495 for 3.11): the instructions differ.
     * Change it whenever the compiler's output or the code-object layout changes (opcodes,
     * inline caches, tables, marshal of code), so that every existing cache is recompiled.
     */
    public static final int MAGIC = 7002;

    /** The four magic bytes. */
    public static byte[] magicBytes() {
        return new byte[] {(byte) MAGIC, (byte) (MAGIC >> 8), '\r', '\n'};
    }

    /** The tag in cache file names ({@code sys.implementation.cache_tag}). */
    public static final String CACHE_TAG = "taipan-311";

    public static final int HEADER_SIZE = 16;

    /** {@code importlib.util.cache_from_source}: {@code dir/__pycache__/name.TAG[.opt-N].pyc}. */
    public static String cacheFromSource(String source, int optimize) {
        int slash = source.lastIndexOf('/');
        String dir = source.substring(0, slash + 1);
        String file = source.substring(slash + 1);
        int dot = file.lastIndexOf('.');
        String base = dot < 0 ? file : file.substring(0, dot);
        String opt = optimize > 0 ? ".opt-" + optimize : "";
        return dir + "__pycache__/" + base + "." + CACHE_TAG + opt + ".pyc";
    }

    /** The header for a source of this mtime (seconds) and size. */
    static byte[] header(long mtime, long size) {
        byte[] h = new byte[HEADER_SIZE];
        System.arraycopy(magicBytes(), 0, h, 0, 4);
        putInt(h, 8, (int) mtime);
        putInt(h, 12, (int) size);
        return h;
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >> 8);
        b[at + 2] = (byte) (v >> 16);
        b[at + 3] = (byte) (v >> 24);
    }

    private static int getInt(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | b[at + 3] << 24;
    }

    /** Why a cache cannot be used, as {@code -v} reports it, or null when it matches the source. */
    static String problem(byte[] data, String name, long mtime, long size) {
        if (data.length < 4 || getInt(data, 0) != getInt(magicBytes(), 0)) {
            byte[] head = java.util.Arrays.copyOf(data, Math.min(4, data.length));
            return "bad magic number in '" + name + "': " + org.taipan.util.PyRepr.bytes(head);
        }
        if (data.length < HEADER_SIZE) {
            return "reached EOF while reading pyc header of '" + name + "'";
        }
        if (getInt(data, 4) != 0) {
            return "invalid flags " + getInt(data, 4) + " in '" + name + "'";
        }
        if (getInt(data, 8) != (int) mtime || getInt(data, 12) != (int) size) {
            return "bytecode is stale for '" + name + "'";
        }
        return null;
    }

    /** The code in a cache whose header was checked; null if the data after it is corrupt. */
    static PyCode codeAfterHeader(byte[] data, String sourcePath) {
        try {
            PyObject code = Marshal.loadsCode(data, HEADER_SIZE, sourcePath);
            return code instanceof PyCode c ? c : null;
        } catch (RuntimeException e) {
            // A corrupt cache is only a missed chance to skip compiling.
            return null;
        }
    }

    /** The code of a sourceless .pyc; raises ImportError when it is not Taipan's. */
    static PyCode sourceless(byte[] data, String name, String path) {
        if (data.length < HEADER_SIZE || getInt(data, 0) != getInt(magicBytes(), 0)) {
            throw Importer.importError("bad magic number in " + org.taipan.util.PyRepr.str(name) + ": "
                    + org.taipan.util.PyRepr.bytes(java.util.Arrays.copyOf(data, Math.min(4, data.length))), name, path);
        }
        return (PyCode) Marshal.loadsCode(data, HEADER_SIZE, null);
    }

    /**
     * Writes a cache, silently giving up when the directory cannot be made or written: through
     * a temporary file renamed into place, so a reader never sees half a file.
     */
    static boolean write(String cachePath, long mtime, long size, PyCode code) {
        byte[] body;
        try {
            body = Marshal.dumps(code, Marshal.VERSION);
        } catch (PyException e) {
            return false;
        }
        Path target = Path.of(cachePath);
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            tmp = target.resolveSibling(target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            byte[] all = new byte[HEADER_SIZE + body.length];
            System.arraycopy(header(mtime, size), 0, all, 0, HEADER_SIZE);
            System.arraycopy(body, 0, all, HEADER_SIZE, body.length);
            Files.write(tmp, all);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException | SecurityException ignored) {
                    // nothing more to tidy
                }
            }
            return false;
        }
    }
}
