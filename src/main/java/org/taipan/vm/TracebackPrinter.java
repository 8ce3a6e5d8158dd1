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
import org.taipan.objects.ExceptionGroups;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.Iter;
import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyException;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyList;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.parser.Parser;
import org.taipan.parser.PySyntaxError;
import org.taipan.parser.ast.Expr;
import org.taipan.parser.ast.Mod;
import org.taipan.util.EastAsianWidth;
import org.taipan.util.Utf8;

/**
 * Formats an uncaught exception the way CPython 3.11's default excepthook prints it: the chain
 * of causes and contexts first, each traceback with its source lines and markers under the
 * failing expression ({@code ~~~^^^} anchors under binary operators and subscripts), repeated
 * recursive frames collapsed, and exception groups drawn as nested boxes.
 */
public final class TracebackPrinter {
    private static final int MAX_GROUP_WIDTH = 15;
    private static final int MAX_GROUP_DEPTH = 10;

    private final StringBuilder out = new StringBuilder();
    /** Unraisable reports at shutdown show frames without their source lines, as CPython's do then. */
    private boolean noSource;
    private final Map<String, List<String>> sources = new HashMap<>();
    /** Nesting level of exception groups; lines inside a group get a "| " margin. */
    private int groupDepth;
    private boolean needClose;

    private TracebackPrinter() {}

    /** The report after "Exception ignored in: …" during shutdown: no chain, frames without source lines. */
    static String formatUnraisable(PyBaseException e) {
        TracebackPrinter p = new TracebackPrinter();
        p.noSource = true;
        p.one(e, new IdentityHashMap<>());
        return p.out.toString();
    }

    public static String format(PyBaseException e) {
        TracebackPrinter p = new TracebackPrinter();
        p.chain(e, new IdentityHashMap<>());
        return p.out.toString();
    }

    // ---- output with the group margin

    private String indent() {
        return " ".repeat(2 * groupDepth);
    }

    /** Emits text (one or more lines, each ending in "\n") with the current margin. */
    private void emit(String text, char margin) {
        String prefix = indent() + (groupDepth > 0 ? margin + " " : "");
        int i = 0;
        while (i < text.length()) {
            int nl = text.indexOf('\n', i);
            int end = nl < 0 ? text.length() : nl + 1;
            out.append(prefix).append(text, i, end);
            i = end;
        }
    }

    private void emit(String text) {
        emit(text, '|');
    }

    // ---- the chain and each exception

    private void chain(PyBaseException e, IdentityHashMap<Object, Boolean> seen) {
        seen.put(e, true);
        if (e.cause instanceof PyBaseException c && !seen.containsKey(c)) {
            chain(c, seen);
            emit("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (e.cause == null && e.context instanceof PyBaseException c && !e.suppressContext
                && !seen.containsKey(c)) {
            chain(c, seen);
            emit("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        one(e, seen);
    }

    private void one(PyBaseException e, IdentityHashMap<Object, Boolean> seen) {
        if (!ExceptionGroups.isGroup(e)) {
            if (e.traceback != null) {
                emit("Traceback (most recent call last):\n");
                emit(frames((PyTraceback) e.traceback));
            }
            emit(exceptionOnly(e));
            return;
        }
        if (groupDepth > MAX_GROUP_DEPTH) {
            emit("... (max_group_depth is " + MAX_GROUP_DEPTH + ")\n");
            return;
        }
        boolean topLevel = groupDepth == 0;
        if (topLevel) {
            groupDepth++;
        }
        if (e.traceback != null) {
            emit("Exception Group Traceback (most recent call last):\n", topLevel ? '+' : '|');
            emit(frames((PyTraceback) e.traceback));
        }
        emit(exceptionOnly(e));
        PyObject[] subs = ExceptionGroups.exceptions(e).toArray();
        int n = Math.min(subs.length, MAX_GROUP_WIDTH + 1);
        needClose = false;
        for (int i = 0; i < n; i++) {
            boolean last = i == n - 1;
            if (last) {
                needClose = true;
            }
            boolean truncated = i >= MAX_GROUP_WIDTH;
            String title = truncated ? "..." : Integer.toString(i + 1);
            out.append(indent()).append(i == 0 ? "+-" : "  ").append("+---------------- ").append(title)
                    .append(" ----------------\n");
            groupDepth++;
            if (!truncated) {
                chain((PyBaseException) subs[i], seen);
            } else {
                int remaining = subs.length - MAX_GROUP_WIDTH;
                emit("and " + remaining + " more exception" + (remaining > 1 ? "s" : "") + "\n");
            }
            if (last && needClose) {
                out.append(indent()).append("+------------------------------------\n");
                needClose = false;
            }
            groupDepth--;
        }
        if (topLevel) {
            groupDepth = 0;
        }
    }

    // ---- frames

    private record Entry(String file, int line, String name, PyCode code, int lasti) {
        boolean sameSpot(Entry o) {
            return o != null && o.file.equals(file) && o.line == line && o.name.equals(name);
        }
    }

    private String frames(PyTraceback tb) {
        StringBuilder sb = new StringBuilder();
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
                flushRepeats(sb, repeats);
                repeats = 0;
            }
            last = en;
            frame(sb, en);
        }
        flushRepeats(sb, repeats);
        return sb.toString();
    }

    private static void flushRepeats(StringBuilder sb, int repeats) {
        if (repeats >= 3) {
            int more = repeats - 2;
            sb.append("  [Previous line repeated ").append(more).append(" more time").append(more == 1 ? "" : "s")
                    .append("]\n");
        }
    }

    private void frame(StringBuilder sb, Entry en) {
        sb.append("  File \"").append(en.file).append("\", line ").append(en.line).append(", in ").append(en.name)
                .append('\n');
        String line = noSource ? null : sourceLine(en.file, en.line);
        if (line == null) {
            return;
        }
        int[] cps = line.codePoints().toArray();
        int indent = 0;
        while (indent < cps.length && (cps[indent] == ' ' || cps[indent] == '\t' || cps[indent] == '\f')) {
            indent++;
        }
        if (indent == cps.length) {
            return;
        }
        sb.append("    ").appendCodePoint(cps[indent]).append(line, line.offsetByCodePoints(0, indent + 1), line.length())
                .append('\n');
        LocationTable lt = en.code.locations();
        int unit = en.lasti / 2;
        if (unit < 0 || unit >= lt.cols.length || lt.cols[unit] < 0 || lt.endCols[unit] < 0
                || lt.lines[unit] != en.line || lt.endLines[unit] < 0) {
            return;
        }
        sb.append(markers(line, cps, indent, lt.cols[unit], lt.endCols[unit], lt.endLines[unit] == lt.lines[unit]));
    }

    /**
     * For the {@code traceback} module, which places its markers by its own rules: the failing
     * segment parsed as an expression, as {kind, a, b} in UTF-8 offsets: kind 1 a binary
     * operation (end of the left operand, start of the right one), kind 2 a subscript (end of
     * the value, end of the index); null for any other expression or one that does not parse.
     */
    public static int[] expressionParts(String segment) {
        Expr e;
        try {
            Mod m = Parser.parse(segment, "<traceback>", "eval");
            if (!(m instanceof Mod.Expression ex)) {
                return null;
            }
            e = ex.body();
        } catch (RuntimeException ex) {
            return null;
        }
        if (e instanceof Expr.BinOp op) {
            return new int[] {1, loc(op.left()).endColOffset(), loc(op.right()).colOffset()};
        }
        if (e instanceof Expr.Subscript sub) {
            return new int[] {2, loc(sub.value()).endColOffset(), loc(sub.slice()).endColOffset()};
        }
        return null;
    }

    /**
     * The marker line under a source line (empty when there is none), as CPython 3.11 draws it:
     * offsets from the UTF-8 columns, {@code ~~^^~~} anchors for binary operators and subscripts,
     * nothing when plain markers would cover the whole line, and each character's markers as wide
     * as the character is displayed (two columns for East Asian wide ones).
     */
    static String markers(String line, int[] cps, int indent, int startByte, int endByte, boolean oneLine) {
        int start = Utf8.charIndex(line, startByte);
        int end;
        int[] anchors = null;
        if (oneLine) {
            end = Utf8.charIndex(line, endByte);
            if (start < end && end <= cps.length) {
                anchors = anchors(new String(cps, start, end - start));
            }
        } else {
            // to the last non-blank character of the first line: CPython finds it scanning the line's
            // UTF-8 bytes from the index of its last character (so before any multi-byte text's end)
            byte[] bytes = line.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            int i = cps.length;
            while (--i >= 0 && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\f')) {
                // trailing blanks
            }
            end = i + 1;
        }
        if (end - start == cps.length - indent && anchors == null) {
            return "";
        }
        StringBuilder marks = new StringBuilder("    ");
        for (int c = indent; c < end; c++) {
            char m = c < start ? ' ' : anchors != null && c - start >= anchors[0] && c - start < anchors[1] ? '^'
                    : anchors != null ? '~' : '^';
            int w = c < cps.length ? EastAsianWidth.width(cps[c]) : 1;
            for (int k = 0; k < w; k++) {
                marks.append(m);
            }
        }
        return marks.append('\n').toString();
    }

    /**
     * For a failing binary operation or subscript, the part of {@code segment} to mark with
     * {@code ^} (the operator, or the brackets) as [start, end) character offsets; the operands
     * get {@code ~}. Null for any other expression, or one that does not parse on its own.
     */
    static int[] anchors(String segment) {
        Expr e;
        try {
            Mod m = Parser.parse(segment, "<traceback>", "eval");
            if (!(m instanceof Mod.Expression ex)) {
                return null;
            }
            e = ex.body();
        } catch (RuntimeException ex) {
            return null;
        }
        // CPython scans the segment's UTF-8 bytes; the anchors are converted to characters at the end
        byte[] b = segment.getBytes(StandardCharsets.UTF_8);
        int left, right;
        if (e instanceof Expr.BinOp op) {
            int rightStart = loc(op.right()).colOffset();
            left = -1;
            right = -1;
            for (int i = loc(op.left()).endColOffset(); i < rightStart; i++) {
                if (blank(b[i])) {
                    continue;
                }
                left = i;
                right = i + 1;
                if (i + 1 < rightStart && !blank(b[i + 1])) {
                    right++; // a two-character operator (or an operator glued to a parenthesis)
                }
                if (i + 1 < rightStart && b[i] == ')') {
                    continue; // the left operand's closing parentheses
                }
                break;
            }
            if (left < 0) {
                return null;
            }
        } else if (e instanceof Expr.Subscript sub) {
            left = loc(sub.value()).endColOffset();
            right = loc(sub.slice()).endColOffset() + 1;
            while (left < b.length && b[left] != '[') {
                left++;
            }
            while (right < b.length && b[right] != ']') {
                right++;
            }
            if (right < b.length) {
                right++;
            }
        } else {
            return null;
        }
        return new int[] {Utf8.charIndex(segment, left), Utf8.charIndex(segment, right)};
    }

    private static boolean blank(byte c) {
        return c == ' ' || c == '\t' || c == '\f';
    }

    private static org.taipan.parser.ast.Loc loc(Expr e) {
        return ((org.taipan.parser.ast.Located) e).loc();
    }

    // ---- the exception itself

    /** The last lines: SyntaxError's location block, "Type: message", then any notes. */
    private static String exceptionOnly(PyBaseException e) {
        StringBuilder sb = new StringBuilder();
        PyType t = e.type();
        String module = t.moduleName();
        String name = module.equals("builtins") || module.equals("__main__") ? t.qualname() : module + "." + t.qualname();
        if (t.isSubtype(ExceptionTypes.SYNTAX_ERROR) && e.field("lineno") instanceof PyInt) {
            sb.append(syntaxErrorBlock(e, name));
        } else {
            String msg = safeStr(e);
            String suggestion = Suggestions.forException(e);
            if (suggestion != null) {
                msg += ". Did you mean: '" + suggestion + "'?";
            }
            sb.append(msg.isEmpty() ? name : name + ": " + msg).append('\n');
        }
        PyObject notes = e.instanceDict().getItem(PyStr.of("__notes__"));
        if (notes != null) {
            if (notes instanceof PyList || notes instanceof PyTuple) {
                for (PyObject n : Iter.toArray(notes)) {
                    sb.append(n instanceof PyStr s ? s.toString() : safeStrOf(n)).append('\n');
                }
            } else {
                String r;
                try {
                    r = Abstract.repr(notes).toString();
                } catch (PyException x) {
                    r = "<__notes__ repr() failed>";
                }
                sb.append(r).append('\n');
            }
        }
        return sb.toString();
    }

    private static String safeStr(PyBaseException e) {
        if (e.type().isSubtype(ExceptionTypes.KEY_ERROR) && e.args.size() == 1) {
            try {
                return Abstract.repr(e.args.get(0)).toString();
            } catch (PyException x) {
                return "<exception str() failed>";
            }
        }
        try {
            return Abstract.str(e).toString();
        } catch (PyException x) {
            return "<exception str() failed>";
        }
    }

    private static String safeStrOf(PyObject o) {
        try {
            return Abstract.str(o).toString();
        } catch (PyException x) {
            return "<note str() failed>";
        }
    }

    private static String syntaxErrorBlock(PyBaseException e, String name) {
        PyObject msg = e.field("msg");
        PyObject filename = e.field("filename");
        PyObject text = e.field("text");
        return PySyntaxError.format(name, msg == null ? "" : safeStrOf(msg),
                filename instanceof PyStr f ? f.toString() : "<string>", intField(e, "lineno"),
                intField(e, "offset"), intField(e, "end_lineno"), intField(e, "end_offset"),
                text instanceof PyStr s ? s.toString() : null);
    }

    private static int intField(PyBaseException e, String field) {
        PyObject v = e.field(field);
        return v instanceof PyInt i && i.isLong() ? (int) i.longValue() : 0;
    }

    /** The final line alone: the exception's qualified type name and its str(), if that is not empty. */
    static String lastLine(PyBaseException e) {
        String s = exceptionOnly(e);
        return s.substring(0, s.indexOf('\n'));
    }

    private static List<String> readLines(String file) {
        try {
            Path p = Path.of(file);
            return Files.isRegularFile(p) ? Files.readAllLines(p, StandardCharsets.UTF_8) : null;
        } catch (IOException | RuntimeException ex) {
            return null;
        }
    }

    private String sourceLine(String file, int lineno) {
        List<String> lines = sources.computeIfAbsent(file, f -> {
            if (f.startsWith(Imports.STDLIB + "/")) {
                byte[] src = Imports.stdlibSource(f);
                return src == null ? List.of() : new String(src, StandardCharsets.UTF_8).lines().toList();
            }
            List<String> found = readLines(f);
            if (found == null) {
                // as CPython: the file's last component looked up in each sys.path directory
                String tail = f.substring(f.lastIndexOf('/') + 1);
                Interpreter interp = Interpreter.current();
                PyObject path = interp == null ? null : interp.sysAttr("path");
                if (path instanceof PyList dirs) {
                    for (PyObject dir : dirs.toArray()) {
                        if (dir instanceof PyStr d && (found = readLines(d + "/" + tail)) != null) {
                            break;
                        }
                    }
                }
            }
            return found == null ? List.of() : found;
        });
        return lineno >= 1 && lineno <= lines.size() ? lines.get(lineno - 1) : null;
    }
}
