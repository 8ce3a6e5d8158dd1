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
 * terminal, and standard input. {@code sys.stdout}, {@code sys.stderr} and {@code sys.stdin}
 * ({@link SysModule.TextStream}) read and write through here.
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

    private static java.io.BufferedReader IN;

    /** A line of standard input with its newline, or null at the end. */
    public static String readLine() {
        try {
            flush();
            StringBuilder sb = new StringBuilder();
            int c;
            while ((c = in().read()) >= 0) {
                sb.append((char) c);
                if (c == '\n') {
                    break;
                }
            }
            return sb.length() == 0 ? null : sb.toString();
        } catch (IOException e) {
            return null;
        }
    }

    /** The rest of standard input. */
    public static String readAll() {
        try {
            flush();
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            int n;
            while ((n = in().read(buf)) > 0) {
                sb.append(buf, 0, n);
            }
            return sb.toString();
        } catch (IOException e) {
            return "";
        }
    }

    private static java.io.BufferedReader in() {
        if (IN == null) {
            IN = new java.io.BufferedReader(new java.io.InputStreamReader(new java.io.FileInputStream(
                    FileDescriptor.in), StandardCharsets.UTF_8));
        }
        return IN;
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
            return tty.charAt(fd) == '1';
        }
        return System.console() != null && System.console().isTerminal();
    }
    /** -u or PYTHONUNBUFFERED: every write to stdout goes out at once. */
    public static boolean unbuffered = System.getenv("PYTHONUNBUFFERED") != null
            && !System.getenv("PYTHONUNBUFFERED").isEmpty();

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
