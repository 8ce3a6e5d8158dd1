package org.taipan.vm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.taipan.objects.Abstract;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyException;
import org.taipan.objects.PyType;
import org.taipan.util.Utf8;

/**
 * Formats an uncaught exception the way CPython 3.11's default excepthook prints it: the chain
 * of causes and contexts first, each traceback with its source lines and {@code ^} markers
 * under the failing expression, repeated recursive frames collapsed.
 */
public final class TracebackPrinter {
    private final StringBuilder out = new StringBuilder();
    private final Map<String, List<String>> sources = new HashMap<>();

    private TracebackPrinter() {}

    public static String format(PyBaseException e) {
        TracebackPrinter p = new TracebackPrinter();
        p.chain(e, new IdentityHashMap<>());
        return p.out.toString();
    }

    private void chain(PyBaseException e, IdentityHashMap<Object, Boolean> seen) {
        seen.put(e, true);
        if (e.cause instanceof PyBaseException c && !seen.containsKey(c)) {
            chain(c, seen);
            out.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (e.context instanceof PyBaseException c && !e.suppressContext && !seen.containsKey(c)) {
            chain(c, seen);
            out.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        if (e.traceback != null) {
            out.append("Traceback (most recent call last):\n");
            frames((PyTraceback) e.traceback);
        }
        out.append(lastLine(e)).append('\n');
    }

    private record Entry(String file, int line, String name, PyCode code, int lasti) {
        boolean sameSpot(Entry o) {
            return o != null && o.file.equals(file) && o.line == line && o.name.equals(name);
        }
    }

    private void frames(PyTraceback tb) {
        List<Entry> entries = new ArrayList<>();
        for (PyTraceback t = tb; t != null; t = (PyTraceback) t.next) {
            PyCode co = t.frame.code;
            entries.add(new Entry(co.filename, co.lineOf(t.lasti), co.name, co, t.lasti));
        }
        Entry last = null;
        int repeats = 0;
        for (Entry en : entries) {
            if (en.sameSpot(last)) {
                repeats++;
                if (repeats >= 3) {
                    continue;
                }
            } else {
                flushRepeats(repeats);
                repeats = 0;
            }
            last = en;
            frame(en);
        }
        flushRepeats(repeats);
    }

    private void flushRepeats(int repeats) {
        if (repeats >= 3) {
            int more = repeats - 2;
            out.append("  [Previous line repeated ").append(more).append(" more time").append(more == 1 ? "" : "s")
                    .append("]\n");
        }
    }

    private void frame(Entry en) {
        out.append("  File \"").append(en.file).append("\", line ").append(en.line).append(", in ").append(en.name)
                .append('\n');
        String line = sourceLine(en.file, en.line);
        if (line == null) {
            return;
        }
        String stripped = line.strip();
        if (stripped.isEmpty()) {
            return;
        }
        out.append("    ").append(stripped).append('\n');
        LocationTable lt = en.code.locations();
        int unit = en.lasti / 2;
        if (unit < 0 || unit >= lt.cols.length || lt.cols[unit] < 0 || lt.endCols[unit] < 0) {
            return;
        }
        int indent = line.length() - line.stripLeading().length();
        int start = Utf8.charIndex(line, lt.cols[unit]);
        int end = lt.endLines[unit] == lt.lines[unit] ? Utf8.charIndex(line, lt.endCols[unit])
                : indent + stripped.length();
        // Markers only when they do not cover the whole line: they would add nothing.
        if (end - start < stripped.length() && end > start) {
            out.append("    ").append(" ".repeat(Math.max(0, start - indent))).append("^".repeat(end - start))
                    .append('\n');
        }
    }

    /** The final line: the exception's qualified type name and its str(), if that is not empty. */
    static String lastLine(PyBaseException e) {
        PyType t = e.type();
        String module = t.moduleName();
        String name = module.equals("builtins") || module.equals("__main__") ? t.qualname() : module + "." + t.qualname();
        String msg;
        try {
            msg = Abstract.str(e).toString();
        } catch (PyException failed) {
            msg = "<exception str() failed>";
        }
        if (t.isSubtype(ExceptionTypes.KEY_ERROR) && e.args.size() == 1) {
            msg = Abstract.repr(e.args.get(0)).toString();
        }
        return msg.isEmpty() ? name : name + ": " + msg;
    }

    private String sourceLine(String file, int lineno) {
        List<String> lines = sources.computeIfAbsent(file, f -> {
            try {
                return Files.readAllLines(Path.of(f), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException ex) {
                return List.of();
            }
        });
        return lineno >= 1 && lineno <= lines.size() ? lines.get(lineno - 1) : null;
    }
}
