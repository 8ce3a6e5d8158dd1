package org.taipan.modules;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.taipan.modules.io.IoModule;

/**
 * The process's standard streams at the level of bytes: what the raw layer of
 * {@code sys.stdin}/{@code stdout}/{@code stderr} ({@code io.FileIO} on descriptors 0, 1, 2)
 * reads and writes. Buffering is the job of the layers above, as in CPython. Tests redirect
 * output to Writers, and then the bytes are decoded as UTF-8.
 */
public final class Console {
    private Console() {}

    private static final OutputStream STDOUT_BYTES = new FileOutputStream(FileDescriptor.out);
    private static final OutputStream STDERR_BYTES = new FileOutputStream(FileDescriptor.err);
    private static final Writer STDERR = new OutputStreamWriter(STDERR_BYTES, StandardCharsets.UTF_8);
    private static Writer OUT;
    private static Writer ERR = STDERR;
    private static CharsetDecoder outDecoder, errDecoder;

    /** Sends output elsewhere (tests that run programs in-process); {@link #reset()} undoes it. */
    public static void redirect(Writer out, Writer err) {
        OUT = out;
        ERR = err;
        outDecoder = decoder();
        errDecoder = decoder();
    }

    /** Whether output to descriptor 1 or 2 goes to a Writer (tests), not to the process's own stream. */
    public static boolean isRedirected(int fd) {
        return fd == 2 ? ERR != STDERR : OUT != null;
    }

    public static void reset() {
        OUT = null;
        ERR = STDERR;
    }

    private static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    /** Writes bytes to descriptor 1 or 2 at once (the buffered layer above has done the buffering). */
    public static void writeBytes(int fd, byte[] b, int off, int len) throws IOException {
        Writer w = fd == 2 ? (ERR == STDERR ? null : ERR) : OUT;
        if (w == null) {
            if (fd == 2) {
                STDERR.flush();
            }
            (fd == 2 ? STDERR_BYTES : STDOUT_BYTES).write(b, off, len);
            return;
        }
        CharsetDecoder d = fd == 2 ? errDecoder : outDecoder;
        CharBuffer cb = CharBuffer.allocate(len + 1);
        d.decode(ByteBuffer.wrap(b, off, len), cb, false);
        cb.flip();
        w.append(cb);
        w.flush();
    }

    private static FileInputStream IN;

    /** Reads what standard input has (a line from a terminal), at most len bytes; -1 at the end. */
    public static int readBytes(byte[] b, int off, int len) throws IOException {
        if (IN == null) {
            IN = new FileInputStream(FileDescriptor.in);
        }
        return IN.read(b, off, len);
    }

    /** A line of standard input (through sys.__stdin__) with its newline, or null at the end. */
    public static String readLine() {
        return IoModule.readStdinLine();
    }

    /** The rest of standard input. */
    public static String readAll() {
        return IoModule.readStdinAll();
    }

    /** Whether standard output is a terminal: then it is line-buffered, as CPython's is. */
    public static final boolean INTERACTIVE = isTerminal(1);

    /**
     * Whether standard input (0) or output (1) is a terminal. The launcher tests both in the
     * shell and says so in -Dtaipan.tty ("01": stdout only), because System.console() costs tens
     * of milliseconds at start-up; without it, System.console() answers for both at once.
     */
    public static boolean isTerminal(int fd) {
        String tty = System.getProperty("taipan.tty");
        if (tty != null && tty.length() == 2) {
            return tty.charAt(Math.min(fd, 1)) == '1';
        }
        return System.console() != null && System.console().isTerminal();
    }
    /** -u or PYTHONUNBUFFERED: every write to stdout goes out at once. */
    public static boolean unbuffered = System.getenv("PYTHONUNBUFFERED") != null
            && !System.getenv("PYTHONUNBUFFERED").isEmpty();

    /** Where reports outside any program code go (after the program's own output is flushed). */
    public static Writer err() {
        IoModule.flushStd();
        return ERR;
    }

    /** Flushes the standard streams; called at exit and before the runtime writes to stderr itself. */
    public static void flush() {
        IoModule.flushStd();
        try {
            ERR.flush();
            if (OUT != null) {
                OUT.flush();
            }
        } catch (IOException e) {
            // Nowhere left to report a failing standard stream.
        }
    }
}
