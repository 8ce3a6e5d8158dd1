package org.taipan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.taipan.parser.PySyntaxError;
import org.taipan.parser.ast.AstDump;
import org.taipan.parser.ast.Mod;

/** The developer commands behind {@code -X ast-dump}, {@code -X parse-compare}, {@code -X parse-bench}. */
final class DevCommands {
    private DevCommands() {}

    /** {@code -X ast-dump FILE} or {@code -X ast-dump -c SOURCE}. */
    static int astDump(CommandLine cl) {
        Mod mod;
        String filename;
        try {
            if (cl.command != null) {
                filename = "<string>";
                mod = FrontEnd.parse(cl.command, filename, "exec");
            } else if (cl.script != null) {
                byte[] source;
                if (cl.script.equals("-")) {
                    filename = "<stdin>";
                    source = System.in.readAllBytes();
                } else {
                    filename = cl.script;
                    int status = Launcher.checkReadable(filename);
                    if (status != 0) {
                        return status;
                    }
                    source = Files.readAllBytes(Path.of(filename));
                }
                mod = FrontEnd.parse(source, filename, "exec");
            } else {
                return usage("-X ast-dump needs a FILE, - or -c SOURCE");
            }
        } catch (PySyntaxError e) {
            Launcher.ERR.print(e.format());
            return 1;
        } catch (IOException e) {
            Launcher.ERR.print("taipan: " + e + "\n");
            return 2;
        } catch (RuntimeException | StackOverflowError e) {
            return internalError(e);
        }
        Launcher.OUT.print(AstDump.dump(mod, true));
        Launcher.OUT.print('\n');
        return 0;
    }

    private static int usage(String message) {
        Launcher.ERR.print("taipan: " + message + "\nTry `taipan -h' for more information.\n");
        return 2;
    }

    /** A Java exception escaped the front end: a Taipan bug, reported as such. */
    private static int internalError(Throwable e) {
        StringWriter w = new StringWriter();
        e.printStackTrace(new PrintWriter(w));
        Launcher.ERR.print("taipan: internal error (a bug in Taipan):\n" + w);
        return 3;
    }

    private static List<String> readList(String listFile) throws IOException {
        List<String> paths = new ArrayList<>();
        for (String l : Files.readAllLines(Path.of(listFile), StandardCharsets.UTF_8)) {
            if (!l.isBlank()) {
                paths.add(l);
            }
        }
        return paths;
    }

    /**
     * {@code -X parse-compare LIST}: one line per path, {@code PATH<TAB>DUMP<TAB>ERROR}, where DUMP
     * is the sha1 of {@code ast.dump(ast.parse(bytes, PATH), include_attributes=True)} or "-" if
     * parsing failed, and ERROR is "-", "TYPE LINE" for the first SyntaxError of parsing and the
     * compile-time checks, or "crash DESCRIPTION" for a Java exception or a time-out.
     */
    static int parseCompare(CommandLine cl) {
        if (cl.script == null) {
            return usage("-X parse-compare needs a LIST file");
        }
        List<String> paths;
        try {
            paths = readList(cl.script);
        } catch (IOException e) {
            Launcher.ERR.print("taipan: cannot read " + cl.script + ": " + e + "\n");
            return 2;
        }
        int threads = Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(null, r, "parse-compare", 512L << 20);
            t.setDaemon(true);
            return t;
        });
        List<Future<String>> results = new ArrayList<>();
        for (String p : paths) {
            results.add(pool.submit(() -> compareOne(p)));
        }
        for (int i = 0; i < paths.size(); i++) {
            String line;
            try {
                line = results.get(i).get(60, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                results.get(i).cancel(true);
                line = "-\tcrash time-out (60 s)";
            } catch (Exception e) {
                line = "-\tcrash " + oneLine(e.toString());
            }
            Launcher.OUT.print(paths.get(i) + "\t" + line + "\n");
        }
        pool.shutdownNow();
        return 0;
    }

    private static String compareOne(String path) {
        byte[] source;
        try {
            source = Files.readAllBytes(Path.of(path));
        } catch (NoSuchFileException e) {
            return "-\tcrash no such file";
        } catch (IOException e) {
            return "-\tcrash " + oneLine(e.toString());
        }
        Mod mod;
        try {
            mod = FrontEnd.parse(source, path, "exec");
        } catch (PySyntaxError e) {
            return "-\t" + e.type + " " + e.lineno;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return "-\tcrash " + describe(e);
        }
        String dump;
        try {
            dump = sha1(AstDump.dump(mod, true));
        } catch (RuntimeException | StackOverflowError e) {
            return "-\tcrash in AstDump: " + describe(e);
        }
        try {
            FrontEnd.compile(source, path);
            return dump + "\t-";
        } catch (PySyntaxError e) {
            return dump + "\t" + e.type + " " + e.lineno;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return dump + "\tcrash " + describe(e);
        }
    }

    private static String describe(Throwable e) {
        StackTraceElement[] st = e.getStackTrace();
        String where = st.length > 0 ? " at " + st[0] : "";
        return oneLine(e + where);
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\t', ' ');
    }

    static String sha1(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-1");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code -X parse-bench[=ROUNDS] LIST}: parses every file of LIST ROUNDS times (default 5)
     * in this thread and prints {@code round N SECONDS} per round, then {@code rejected COUNT}.
     */
    static int parseBench(CommandLine cl) {
        if (cl.script == null) {
            return usage("-X parse-bench needs a LIST file");
        }
        String r = cl.xoptions.get("parse-bench");
        int rounds;
        try {
            rounds = r == null ? 5 : Integer.parseInt(r);
        } catch (NumberFormatException e) {
            return usage("-X parse-bench=N needs a number");
        }
        List<String> paths;
        List<byte[]> sources = new ArrayList<>();
        try {
            paths = readList(cl.script);
            for (String p : paths) {
                sources.add(Files.readAllBytes(Path.of(p)));
            }
        } catch (IOException e) {
            Launcher.ERR.print("taipan: " + e + "\n");
            return 2;
        }
        int rejected = 0;
        for (int round = 1; round <= rounds; round++) {
            rejected = 0;
            long t0 = System.nanoTime();
            for (int i = 0; i < sources.size(); i++) {
                try {
                    FrontEnd.parse(sources.get(i), paths.get(i), "exec");
                } catch (RuntimeException | StackOverflowError e) {
                    rejected++; // PySyntaxError, or a crash that parse-compare reports
                }
            }
            long t1 = System.nanoTime();
            Launcher.OUT.printf(java.util.Locale.ROOT, "round %d %.6f%n", round, (t1 - t0) / 1e9);
            Launcher.OUT.flush();
        }
        Launcher.OUT.print("rejected " + rejected + "\n");
        return 0;
    }
}
