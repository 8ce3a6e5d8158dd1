package org.taipan.modules;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The process's standard streams as UTF-8 writers, buffered like CPython's when not a
 * terminal. TODO(issue 5): replace with real sys.stdout/sys.stderr text-stream objects.
 */
public final class Console {
    private Console() {}

    private static final Writer STDOUT = new BufferedWriter(
            new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 8192);
    private static final Writer STDERR = new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
            StandardCharsets.UTF_8);
    private static Writer OUT = STDOUT;
    private static Writer ERR = STDERR;

    /** Sends output elsewhere (tests that run programs in-process); {@link #reset()} undoes it. */
    public static void redirect(Writer out, Writer err) {
        OUT = out;
        ERR = err;
    }

    public static void reset() {
        OUT = STDOUT;
        ERR = STDERR;
    }

    public static Writer out() {
        return OUT;
    }

    public static Writer err() {
        return ERR;
    }

    /** Flushes both streams; called at exit and before anything is written to stderr. */
    public static void flush() {
        try {
            OUT.flush();
            ERR.flush();
        } catch (IOException e) {
            // Nowhere left to report a failing standard stream.
        }
    }
}
