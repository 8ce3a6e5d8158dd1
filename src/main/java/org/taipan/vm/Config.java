package org.taipan.vm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How an interpreter is configured (CPython's PyConfig): what the command line and the
 * {@code PYTHON*} environment variables asked for, already merged. The command line fills one
 * in; {@code sys} ({@code flags}, {@code warnoptions}, {@code _xoptions}, {@code path}), imports
 * and the streams read it. An embedding that builds an {@link Interpreter} without one gets
 * these defaults.
 */
public final class Config {
    /** {@code sys.argv}: the script (or "-c", or the module's file, or "") and its arguments. */
    public List<String> argv = List.of("");
    /** {@code sys.orig_argv}: the command line as given, program name first. */
    public List<String> origArgv = List.of();
    /** What goes first on sys.path: the script's directory, "" for -c and stdin, the working
     *  directory for -m; null for none (-P, -I). */
    public String path0 = "";
    /** The name the program was started by (argv[0] of the process), for messages. */
    public String programName = "taipan";

    // sys.flags, in its order.
    public int debug;          // -d, PYTHONDEBUG
    public int inspect;        // -i, PYTHONINSPECT: a prompt after the program
    public int interactive;    // -i
    public int optimize;       // -O, PYTHONOPTIMIZE
    public boolean dontWriteBytecode; // -B, PYTHONDONTWRITEBYTECODE
    public boolean noUserSite; // -s, PYTHONNOUSERSITE
    public boolean noSite;     // -S
    public boolean ignoreEnvironment; // -E
    public int verbose;        // -v, PYTHONVERBOSE
    public int bytesWarning;   // -b
    public boolean quiet;      // -q
    public boolean hashRandomization = true; // false when PYTHONHASHSEED=0
    public boolean isolated;   // -I
    public boolean devMode;    // -X dev, PYTHONDEVMODE
    public boolean utf8Mode;   // -X utf8, PYTHONUTF8
    public boolean warnDefaultEncoding; // -X warn_default_encoding
    public boolean safePath;   // -P, PYTHONSAFEPATH
    /** -X int_max_str_digits, PYTHONINTMAXSTRDIGITS; -1 for the default (4300). */
    public int intMaxStrDigits = -1;

    /** -u, PYTHONUNBUFFERED. */
    public boolean unbuffered;
    /** -x: the script's first line is skipped. */
    public boolean skipFirstLine;
    /** {@code sys.warnoptions}: PYTHONWARNINGS entries, then -W ones, in order. */
    public final List<String> warnOptions = new ArrayList<>();
    /** {@code sys._xoptions}: a value of null stands for True ({@code -X name} without "="). */
    public final Map<String, String> xOptions = new LinkedHashMap<>();
    /** PYTHONPATH entries, put on sys.path before the standard library. */
    public final List<String> pythonPath = new ArrayList<>();
    /** PYTHONHASHSEED as given, or null (random). */
    public String hashSeed;
    /** PYTHONSTARTUP: a file run before the first prompt of an interactive session. */
    public String startup;
    /** PYTHONIOENCODING as given ("encoding[:errors]"), or null. */
    public String ioEncoding;
    /** --check-hash-based-pycs: "default", "always" or "never". */
    public String checkHashPycsMode = "default";
}
