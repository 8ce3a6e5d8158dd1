package org.taipan.modules.ast;

import java.util.ArrayList;
import java.util.List;
import org.taipan.modules.BuiltinsModule;
import org.taipan.objects.Abstract;
import org.taipan.objects.Errors;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyComplex;
import org.taipan.objects.PyEllipsis;
import org.taipan.objects.PyFloat;
import org.taipan.objects.PyFrozenSet;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyList;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.parser.ast.Loc;
import org.taipan.parser.ast.Mod;
import org.taipan.vm.CodeReplace;

/**
 * {@code ast} node objects back to the parser's records, for {@code compile(tree, ...)}, with
 * CPython's errors for a malformed tree: a sum is read as its attributes first and then the
 * first class it is an instance of; a product's fields are read from whatever object it is.
 */
public final class FromPython {
    private final AstModule.State state = AstModule.state();

    private FromPython() {}

    /** Whether {@code o} is an {@code ast.AST} instance. */
    public static boolean isAst(PyObject o) {
        return o.type().isSubtype(AstModule.AST);
    }

    /** The tree for {@code mode} ("exec", "eval", "single", "func_type"), checked as CPython checks it. */
    public static Mod convert(PyObject tree, String mode) {
        FromPython c = new FromPython();
        String want = switch (mode) {
            case "exec" -> "Module";
            case "eval" -> "Expression";
            case "single" -> "Interactive";
            default -> "FunctionType";
        };
        if (!BuiltinsModule.isInstance(tree, c.state.byName.get(want))) {
            throw Errors.typeError("expected " + want + " node, got " + tree.type().name());
        }
        try {
            Mod mod = (Mod) c.sum(NodeKinds.SUM_OF.get(Mod.class), tree);
            AstValidate.mod(mod);
            return mod;
        } catch (StackOverflowError e) {
            throw Errors.of(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded during compilation");
        }
    }

    private Object sum(NodeKinds.Sum sum, PyObject obj) {
        if (NodeKinds.isProduct(sum)) {
            NodeKinds.Node n = sum.members().get(0);
            Object[] args = fields(n, obj);
            if (sum.located()) {
                args[args.length - 1] = loc(sum, obj);
            }
            return construct(n, args);
        }
        Loc loc = sum.located() ? loc(sum, obj) : null;
        List<NodeKinds.Node> members = sum.members();
        for (int i = 0; i < members.size(); i++) {
            NodeKinds.Node n = members.get(i);
            if (sum.java().isEnum()) {
                if (BuiltinsModule.isInstance(obj, state.enumTypes.get((Enum<?>) sum.java().getEnumConstants()[i]))) {
                    return sum.java().getEnumConstants()[i];
                }
                continue;
            }
            if (BuiltinsModule.isInstance(obj, state.byJava.get(n.java()))) {
                Object[] args = fields(n, obj);
                if (loc != null) {
                    args[args.length - 1] = loc;
                }
                return construct(n, args);
            }
        }
        throw Errors.typeError("expected some sort of " + sum.name() + ", but got " + Abstract.repr(obj));
    }

    /** The constructor arguments in record order, with room for the Loc at the end when located. */
    private Object[] fields(NodeKinds.Node n, PyObject obj) {
        NodeKinds.Field[] fs = n.fields();
        Object[] args = new Object[n.ctor().getParameterCount()];
        for (int i = 0; i < fs.length; i++) {
            NodeKinds.Field f = fs[i];
            PyObject v = Abstract.lookupAttr(obj, PyStr.of(f.name()));
            if (f.quant() == NodeKinds.Quant.LIST) {
                if (v == null) {
                    throw Errors.typeError("required field \"" + f.name() + "\" missing from " + n.name());
                }
                if (!(v instanceof PyList list)) {
                    throw Errors.typeError(n.name() + " field \"" + f.name() + "\" must be a list, not a " + v.type().name());
                }
                boolean nullable = (n.name() + "." + f.name()).equals("Dict.keys")
                        || (n.name() + "." + f.name()).equals("arguments.kw_defaults");
                List<Object> out = new ArrayList<>(list.size());
                for (int k = 0; k < list.size(); k++) {
                    // A None in kw_defaults or in Dict.keys is CPython's NULL: kept as null.
                    PyObject item = list.get(k);
                    out.add(item == PyNone.INSTANCE && nullable ? null : one(f, item, n));
                }
                args[i] = java.util.Collections.unmodifiableList(out);
            } else if (v == null || v == PyNone.INSTANCE && !f.asdl().equals("constant")) {
                if (f.quant() == NodeKinds.Quant.ONE) {
                    if (v == null) {
                        throw Errors.typeError("required field \"" + f.name() + "\" missing from " + n.name());
                    }
                    if (f.asdl().equals("int")) {
                        throw Errors.valueError("invalid integer value: None");
                    }
                    throw Errors.valueError("field '" + f.name() + "' is required for " + n.name());
                }
                args[i] = f.asdl().equals("int") ? 0 : null;
            } else {
                args[i] = one(f, v, n);
            }
        }
        return args;
    }

    private Object one(NodeKinds.Field f, PyObject v, NodeKinds.Node owner) {
        return switch (f.asdl()) {
            case "identifier" -> {
                if (!(v instanceof PyStr s)) {
                    throw Errors.typeError("AST identifier must be of type str");
                }
                yield s.value();
            }
            case "string" -> {
                if (!(v instanceof PyStr s)) {
                    throw Errors.typeError("AST string must be of type str");
                }
                yield s.value();
            }
            case "int" -> toInt(v);
            case "constant" -> {
                checkConstant(v);
                yield CodeReplace.constant(v);
            }
            default -> sum(NodeKinds.SUM_OF.get(f.java()), v);
        };
    }

    private static int toInt(PyObject v) {
        if (!(v instanceof PyInt i)) {
            throw Errors.valueError("invalid integer value: " + Abstract.repr(v));
        }
        if (!i.isLong() || i.longValue() != (int) i.longValue()) {
            throw Errors.of(ExceptionTypes.OVERFLOW_ERROR, "Python int too large to convert to C int");
        }
        return (int) i.longValue();
    }

    /** CPython accepts exactly these types (and tuples and frozensets of them) as a Constant's value. */
    private static void checkConstant(PyObject v) {
        PyType t = v.type();
        if (v == PyNone.INSTANCE || v == PyEllipsis.INSTANCE || t == PyBool.TYPE || t == PyInt.TYPE
                || t == PyFloat.TYPE || t == PyComplex.TYPE || t == PyStr.TYPE || t == PyBytes.TYPE) {
            return;
        }
        if (t == PyTuple.TYPE || t == PyFrozenSet.TYPE) {
            for (PyObject item : org.taipan.objects.Iter.toArray(v)) {
                checkConstant(item);
            }
            return;
        }
        throw Errors.typeError("got an invalid type in Constant: " + t.name());
    }

    private static Loc loc(NodeKinds.Sum sum, PyObject obj) {
        int lineno = required(sum, obj, "lineno");
        int col = required(sum, obj, "col_offset");
        int endLineno = lineno;
        int endCol = col;
        PyObject v = Abstract.lookupAttr(obj, PyStr.of("end_lineno"));
        if (v != null && v != PyNone.INSTANCE) {
            endLineno = toInt(v);
        } else if (!sum.endOptional()) {
            throw Errors.typeError("required field \"end_lineno\" missing from " + sum.name());
        }
        v = Abstract.lookupAttr(obj, PyStr.of("end_col_offset"));
        if (v != null && v != PyNone.INSTANCE) {
            endCol = toInt(v);
        } else if (!sum.endOptional()) {
            throw Errors.typeError("required field \"end_col_offset\" missing from " + sum.name());
        }
        return new Loc(lineno, col, endLineno, endCol);
    }

    private static int required(NodeKinds.Sum sum, PyObject obj, String name) {
        PyObject v = Abstract.lookupAttr(obj, PyStr.of(name));
        if (v == null) {
            throw Errors.typeError("required field \"" + name + "\" missing from " + sum.name());
        }
        return toInt(v);
    }

    private static Object construct(NodeKinds.Node n, Object[] args) {
        try {
            return n.ctor().newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + n.name(), e);
        }
    }
}
