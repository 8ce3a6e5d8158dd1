package org.taipan.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.taipan.vm.Config;

/**
 * The command line, read the way CPython 3.11 reads {@code python [option] ... [-c cmd | -m mod
 * | file | -] [arg] ...}: options end at the first argument that is not one, or after -c/-m.
 * {@link #configure} then merges in the {@code PYTHON*} environment variables.
 */
final class CommandLine {
    /** A usage error: CPython prints the message, the usage line, and exits with status 2. */
    static final class UsageError extends Exception {
        UsageError(String message) {
            super(message, null, false, false);
        }
    }

    /** A configuration CPython refuses at start-up ("Fatal Python error: ..."), exit status 1. */
    static final class FatalError extends Exception {
        FatalError(String message) {
            super(message, null, false, false);
        }
    }

    /** Flags without an argument. */
    private static final String FLAGS = "bBdEhiIOPqRsSuvVx?";

    final Map<String, String> xoptions = new LinkedHashMap<>();
    final List<String> warnOptions = new ArrayList<>();
    /** The one-letter flags in the order given (repeats kept: -OO, -vv, -bb). */
    final StringBuilder flags = new StringBuilder();
    String command;        // -c
    String module;         // -m
    String script;         // file, or "-" for stdin
    List<String> args = List.of();
    boolean help;
    int version;           // how many -V
    String checkHashPycs = "default";

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
                    case "--version" -> c.version++;
                    case "--check-hash-based-pycs" -> {
                        if (i >= argv.length) {
                            // sic: CPython says "options" here.
                            throw new UsageError("Argument expected for the --check-hash-based-pycs options");
                        }
                        String mode = argv[i++];
                        if (!mode.equals("default") && !mode.equals("always") && !mode.equals("never")) {
                            throw new UsageError(
                                    "--check-hash-based-pycs must be one of 'default', 'always', or 'never'");
                        }
                        c.checkHashPycs = mode;
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
                        c.version++;
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

    private int count(char flag) {
        int n = 0;
        for (int i = 0; i < flags.length(); i++) {
            if (flags.charAt(i) == flag) {
                n++;
            }
        }
        return n;
    }

    boolean has(char flag) {
        return flags.indexOf(String.valueOf(flag)) >= 0;
    }

    /**
     * The interpreter's configuration: these options merged with the environment {@code env}
     * (ignored under -E and -I), as CPython's PyConfig reads them.
     */
    Config configure(Map<String, String> env, String programName, String[] rawArgv) throws FatalError {
        Config c = new Config();
        c.programName = programName;
        List<String> orig = new ArrayList<>();
        orig.add(programName);
        orig.addAll(List.of(rawArgv));
        c.origArgv = orig;
        c.isolated = has('I');
        c.ignoreEnvironment = has('E') || c.isolated;
        Map<String, String> e = c.ignoreEnvironment ? Map.of() : env;
        c.debug = Math.max(count('d'), envFlag(e, "PYTHONDEBUG"));
        c.inspect = Math.max(count('i'), envFlag(e, "PYTHONINSPECT"));
        c.interactive = count('i');
        c.optimize = Math.max(count('O'), envFlag(e, "PYTHONOPTIMIZE"));
        c.dontWriteBytecode = has('B') || envFlag(e, "PYTHONDONTWRITEBYTECODE") > 0;
        c.noUserSite = has('s') || c.isolated || envFlag(e, "PYTHONNOUSERSITE") > 0;
        c.noSite = has('S');
        c.verbose = Math.max(count('v'), envFlag(e, "PYTHONVERBOSE"));
        c.bytesWarning = count('b');
        c.quiet = has('q');
        c.unbuffered = has('u') || envFlag(e, "PYTHONUNBUFFERED") > 0;
        c.safePath = has('P') || c.isolated || envFlag(e, "PYTHONSAFEPATH") > 0;
        c.skipFirstLine = has('x');
        c.checkHashPycsMode = checkHashPycs;
        c.xOptions.putAll(xoptions);
        c.devMode = xoptions.containsKey("dev") || nonEmpty(e.get("PYTHONDEVMODE"));
        c.utf8Mode = xoptions.containsKey("utf8") ? !"0".equals(xoptions.get("utf8")) : "1".equals(e.get("PYTHONUTF8"));
        c.warnDefaultEncoding = xoptions.containsKey("warn_default_encoding")
                || nonEmpty(e.get("PYTHONWARNDEFAULTENCODING"));

        String seed = e.get("PYTHONHASHSEED");
        if (nonEmpty(seed) && !seed.equals("random")) {
            long v = -1;
            try {
                v = Long.parseLong(seed);
            } catch (NumberFormatException ex) {
                // reported below
            }
            if (v < 0 || v > 4294967295L) {
                throw new FatalError("config_init_hash_seed: PYTHONHASHSEED must be \"random\" or an integer "
                        + "in range [0; 4294967295]");
            }
            c.hashSeed = seed;
            c.hashRandomization = v != 0;
        }

        if (xoptions.containsKey("int_max_str_digits")) {
            c.intMaxStrDigits = maxStrDigits(xoptions.get("int_max_str_digits"), "-X int_max_str_digits");
        } else if (nonEmpty(e.get("PYTHONINTMAXSTRDIGITS"))) {
            c.intMaxStrDigits = maxStrDigits(e.get("PYTHONINTMAXSTRDIGITS"), "PYTHONINTMAXSTRDIGITS");
        }

        // sys.warnoptions as CPython orders them: dev mode, PYTHONWARNINGS, -W, then -b/-bb.
        if (c.devMode) {
            c.warnOptions.add("default");
        }
        String pw = e.get("PYTHONWARNINGS");
        if (nonEmpty(pw)) {
            for (String w : pw.split(",")) {
                if (!w.isEmpty()) {
                    c.warnOptions.add(w);
                }
            }
        }
        c.warnOptions.addAll(warnOptions);
        if (c.bytesWarning > 0) {
            c.warnOptions.add(c.bytesWarning > 1 ? "error::BytesWarning" : "default::BytesWarning");
        }

        String pp = e.get("PYTHONPATH");
        if (nonEmpty(pp)) {
            for (String p : pp.split(":", -1)) {
                if (!p.isEmpty()) {
                    c.pythonPath.add(p);
                }
            }
        }
        c.startup = nonEmpty(e.get("PYTHONSTARTUP")) ? e.get("PYTHONSTARTUP") : null;
        c.ioEncoding = nonEmpty(e.get("PYTHONIOENCODING")) ? e.get("PYTHONIOENCODING") : null;
        return c;
    }

    private static boolean nonEmpty(String s) {
        return s != null && !s.isEmpty();
    }

    /**
     * A flag variable as CPython reads one: unset or empty is 0, a positive number is itself,
     * anything else (text, a negative number) counts as 1.
     */
    private static int envFlag(Map<String, String> env, String name) {
        String v = env.get(name);
        if (!nonEmpty(v)) {
            return 0;
        }
        try {
            int n = Integer.parseInt(v.strip());
            return n < 0 ? 1 : n;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static int maxStrDigits(String v, String where) throws FatalError {
        int n = -1;
        try {
            n = v == null ? -1 : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            // reported below
        }
        if (n != 0 && n < 640) {
            throw new FatalError("config_init_int_max_str_digits: " + where
                    + ": invalid limit; must be >= 640 or 0 for unlimited.");
        }
        return n;
    }
}
