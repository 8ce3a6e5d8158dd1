package org.taipan.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line, read the way CPython 3.11 reads {@code python [option] ... [-c cmd | -m mod
 * | file | -] [arg] ...}: options end at the first argument that is not one, or after -c/-m.
 */
final class CommandLine {
    /** A usage error: CPython prints the message, the usage line, and exits with status 2. */
    static final class UsageError extends Exception {
        UsageError(String message) {
            super(message, null, false, false);
        }
    }

    /** Flags without an argument; recorded but not acted on yet. */
    private static final String FLAGS = "bBdEhiIOPqsSuvVxR?";

    final Map<String, String> xoptions = new LinkedHashMap<>();
    final List<String> warnOptions = new ArrayList<>();
    final StringBuilder flags = new StringBuilder();
    String command;        // -c
    String module;         // -m
    String script;         // file, or "-" for stdin
    List<String> args = List.of();
    boolean help;
    boolean version;

    static CommandLine parse(String[] argv) throws UsageError {
        CommandLine c = new CommandLine();
        int i = 0;
        while (i < argv.length) {
            String a = argv[i];
            if (!a.startsWith("-") || a.equals("-")) {
                c.script = a;
                c.args = List.of(argv).subList(i, argv.length);
                return c;
            }
            i++;
            if (a.equals("--")) {
                if (i < argv.length) {
                    c.script = argv[i];
                    c.args = List.of(argv).subList(i, argv.length);
                }
                return c;
            }
            if (a.startsWith("--")) {
                switch (a) {
                    case "--help", "--help-env", "--help-xoptions", "--help-all" -> c.help = true;
                    case "--version" -> c.version = true;
                    case "--check-hash-based-pycs" -> {
                        if (i >= argv.length) {
                            throw new UsageError("Argument expected for the --check-hash-based-pycs option");
                        }
                        i++;
                    }
                    default -> throw new UsageError("unknown option " + a);
                }
                continue;
            }
            // A cluster of one-letter options such as -bBc; c, m, W and X take the rest of the
            // word or else the next argument.
            for (int j = 1; j < a.length(); j++) {
                char o = a.charAt(j);
                if ("cmWX".indexOf(o) >= 0) {
                    String value;
                    if (j + 1 < a.length()) {
                        value = a.substring(j + 1);
                    } else if (i < argv.length) {
                        value = argv[i++];
                    } else {
                        throw new UsageError("Argument expected for the -" + o + " option");
                    }
                    switch (o) {
                        case 'c' -> {
                            c.command = value;
                            c.args = withFirst("-c", argv, i);
                            return c;
                        }
                        case 'm' -> {
                            c.module = value;
                            c.args = withFirst(value, argv, i);
                            return c;
                        }
                        case 'W' -> c.warnOptions.add(value);
                        default -> {
                            int eq = value.indexOf('=');
                            c.xoptions.put(eq < 0 ? value : value.substring(0, eq), eq < 0 ? null : value.substring(eq + 1));
                        }
                    }
                    break;
                } else if (o == 'J') {
                    throw new UsageError("-J is reserved for Jython");
                } else if (FLAGS.indexOf(o) >= 0) {
                    if (o == 'h' || o == '?') {
                        c.help = true;
                    } else if (o == 'V') {
                        c.version = true;
                    }
                    c.flags.append(o);
                } else {
                    throw new UsageError("Unknown option: -" + o);
                }
            }
        }
        return c;
    }

    /** sys.argv for -c and -m: the marker, then the remaining arguments. */
    private static List<String> withFirst(String first, String[] argv, int from) {
        List<String> out = new ArrayList<>();
        out.add(first);
        out.addAll(List.of(argv).subList(from, argv.length));
        return out;
    }
}
