package org.taipan.compiler;

import java.util.ArrayList;
import java.util.List;
import org.taipan.parser.ast.ComplexValue;
import org.taipan.parser.ast.ConstantValue;
import org.taipan.util.PyRepr;

/**
 * The normalised listing of a {@link CodeUnit} and its nested code, in exactly the format the
 * regen script prints for CPython's code objects (see there): co_* fields, constants,
 * instructions at their byte offsets (CACHE units left out) with positions, the exception table,
 * and the raw co_code, line table and exception table in hex.
 */
final class CodeGenListing {
    private CodeGenListing() {}

    static String of(CodeUnit co) {
        List<String> out = new ArrayList<>();
        dump(co, out);
        return String.join("\n", out) + "\n";
    }

    static String constRepr(Object c) {
        return switch (c) {
            case CodeUnit cu -> "<code " + cu.qualname() + ">";
            case CodeUnit.ConstFrozenset f -> {
                List<String> items = new ArrayList<>();
                for (Object o : f.items()) {
                    String r = constRepr(o);
                    if (!items.contains(r)) {
                        items.add(r);
                    }
                }
                items.sort(null);
                yield "frozenset({" + String.join(", ", items) + "})";
            }
            case CodeUnit.ConstTuple t -> {
                List<String> items = new ArrayList<>();
                for (Object o : t.items()) {
                    items.add(constRepr(o));
                }
                yield "(" + String.join(", ", items) + (items.size() == 1 ? ",)" : ")");
            }
            case Boolean b -> PyRepr.bool(b);
            case Long l -> PyRepr.integer(l);
            case java.math.BigInteger b -> PyRepr.integer(b);
            case Double d -> PyRepr.floatRepr(d);
            case ComplexValue x -> PyRepr.complex(x.real(), x.imag());
            case String s -> PyRepr.str(s);
            case org.taipan.parser.ast.CodePointString s -> PyRepr.str(s.codePoints());
            case byte[] b -> PyRepr.bytes(b);
            case ConstantValue v -> v == ConstantValue.NONE ? "None" : "Ellipsis";
            default -> String.valueOf(c);
        };
    }

    private static List<String> byKind(CodeUnit co, int kind) {
        List<String> r = new ArrayList<>();
        for (int i = 0; i < co.localsplusNames().size(); i++) {
            if ((co.localsplusKinds()[i] & kind) != 0) {
                r.add(co.localsplusNames().get(i));
            }
        }
        return r;
    }

    private static void dump(CodeUnit co, List<String> out) {
        out.add("== code " + co.qualname());
        out.add(String.format("name=%s firstlineno=%d argcount=%d posonlyargcount=%d kwonlyargcount=%d stacksize=%d"
                        + " flags=0x%x", co.name(), co.firstlineno(), co.argcount(), co.posonlyargcount(),
                co.kwonlyargcount(), co.stacksize(), co.flags()));
        List<String> varnames = byKind(co, CodeUnit.KIND_LOCAL);
        List<String> cellvars = byKind(co, CodeUnit.KIND_CELL);
        List<String> freevars = byKind(co, CodeUnit.KIND_FREE);
        out.add("varnames: " + String.join(" ", varnames));
        out.add("cellvars: " + String.join(" ", cellvars));
        out.add("freevars: " + String.join(" ", freevars));
        out.add("names: " + String.join(" ", co.names()));
        out.add("consts:");
        for (int i = 0; i < co.consts().size(); i++) {
            out.add("  " + i + " " + constRepr(co.consts().get(i)));
        }
        listing(co, out);
        for (Object c : co.consts()) {
            if (c instanceof CodeUnit cu) {
                dump(cu, out);
            }
        }
    }

    private static void listing(CodeUnit co, List<String> out) {
        byte[] code = co.code();
        int n = code.length / 2;
        List<int[]> positions = LineTable.positions(co.linetable(), co.firstlineno());
        out.add("code:");
        List<String> names = new ArrayList<>(co.localsplusNames());
        int ext = 0;
        for (int i = 0; i < n; i++) {
            int op = code[2 * i] & 0xff;
            int arg = (code[2 * i + 1] & 0xff) | ext;
            ext = op == Opcode.EXTENDED_ARG ? arg << 8 : 0;
            if (op == Opcode.CACHE) {
                continue;
            }
            String a;
            if (Opcode.has(op, Opcode.HAS_JREL)) {
                int next = i + 1 + Opcode.caches(op);
                a = "->" + 2 * (Opcode.isBackwardJump(op) ? next - arg : next + arg);
            } else if (!Opcode.hasArgument(op)) {
                a = "";
            } else if (op == Opcode.EXTENDED_ARG) {
                a = Integer.toString(arg);
            } else {
                a = arg + argrepr(co, names, op, arg);
            }
            int[] p = i < positions.size() ? positions.get(i) : new int[] {-1, -1, -1, -1};
            out.add("  " + 2 * i + " " + Opcode.name(op) + " " + a + " | " + pos(p[0]) + " " + pos(p[1]) + " "
                    + pos(p[2]) + " " + pos(p[3]));
        }
        out.add("exceptiontable:");
        for (ExceptionTable.Entry e : ExceptionTable.decode(co.exceptiontable())) {
            out.add("  " + 2 * e.start() + "-" + 2 * e.end() + " -> " + 2 * e.target() + " depth " + e.depth()
                    + (e.lasti() ? " lasti" : ""));
        }
        out.add("co_code: " + java.util.HexFormat.of().formatHex(code));
        out.add("co_linetable: " + java.util.HexFormat.of().formatHex(co.linetable()));
        out.add("co_exceptiontable: " + java.util.HexFormat.of().formatHex(co.exceptiontable()));
    }

    private static String pos(int v) {
        return v < 0 ? "None" : Integer.toString(v);
    }

    private static String argrepr(CodeUnit co, List<String> localsplus, int op, int arg) {
        if (Opcode.has(op, Opcode.HAS_CONST)) {
            return " (" + constRepr(co.consts().get(arg)) + ")";
        }
        if (Opcode.has(op, Opcode.HAS_NAME)) {
            if (op == Opcode.LOAD_GLOBAL) {
                return " (" + ((arg & 1) != 0 ? "NULL + " : "") + co.names().get(arg >> 1) + ")";
            }
            return " (" + co.names().get(arg) + ")";
        }
        if (Opcode.has(op, Opcode.HAS_LOCAL) || Opcode.has(op, Opcode.HAS_FREE)) {
            return " (" + localsplus.get(arg) + ")";
        }
        if (Opcode.has(op, Opcode.HAS_COMPARE)) {
            return " (" + Opcode.CMP_OPS[arg] + ")";
        }
        return "";
    }
}
