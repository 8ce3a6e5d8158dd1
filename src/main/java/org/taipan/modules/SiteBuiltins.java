package org.taipan.modules;

import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.vm.Imports;

/**
 * The builtins CPython's {@code site} adds ({@code help}, {@code copyright}, {@code credits},
 * {@code license}), {@code breakpoint()} and {@code sys.breakpointhook}. {@code help} imports
 * the bundled {@code pydoc} only when called, so start-up does not pay for it.
 */
public final class SiteBuiltins {
    private SiteBuiltins() {}

    static void install(PyModule builtins) {
        builtins.set("help", new Helper());
        builtins.set("copyright", new Printer("copyright", "Taipan: written by the Taipan authors."));
        builtins.set("credits", new Printer("credits", "Taipan: a Python 3.11 virtual machine in Java, "
                + "following the behaviour of CPython 3.11.\nThanks to the Python community."));
        builtins.set("license", new Printer("license", "Taipan is written from scratch by the Taipan authors; "
                + "see the project's repository for its terms."));
        builtins.def("breakpoint", (self, args, start, kw) -> {
            PyObject sys = Imports.importModule("sys", null, PyTuple.EMPTY, 0);
            PyObject hook = Abstract.lookupAttr(sys, PyStr.of("breakpointhook"));
            if (hook == null) {
                throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "lost sys.breakpointhook");
            }
            return Abstract.call(hook, java.util.Arrays.copyOfRange(args, start, args.length), kw);
        });
    }

    /**
     * {@code sys.breakpointhook(*args, **kws)}: calls the function {@code $PYTHONBREAKPOINT} names
     * ("module.function"; "0" disables it). The default, {@code pdb.set_trace}, needs a pdb
     * module, which Taipan does not have yet: then, as for any name that cannot be imported, a
     * RuntimeWarning is printed and nothing else happens.
     */
    public static PyObject breakpointHook(PyObject self, PyObject[] args, int start, String[] kw) {
        String name = System.getenv("PYTHONBREAKPOINT");
        if (name == null || name.isEmpty()) {
            name = "pdb.set_trace";
        } else if (name.equals("0")) {
            return PyNone.INSTANCE;
        }
        int dot = name.lastIndexOf('.');
        String module = dot < 0 ? "builtins" : name.substring(0, dot), attr = name.substring(dot + 1);
        PyObject hook;
        try {
            PyObject m = Imports.importModule(module, null, PyTuple.of(PyStr.of(attr)), 0);
            hook = Abstract.getAttr(m, PyStr.of(attr));
        } catch (org.taipan.objects.PyException e) {
            if (!e.matches(ExceptionTypes.IMPORT_ERROR) && !e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) {
                throw e;
            }
            PyObject sys = Imports.importModule("sys", null, PyTuple.EMPTY, 0);
            PyObject err = Abstract.getAttr(sys, PyStr.of("stderr"));
            Abstract.call(Abstract.getAttr(err, PyStr.of("write")), new PyObject[] {PyStr.of(
                    "RuntimeWarning: Ignoring unimportable $PYTHONBREAKPOINT: \"" + name + "\"\n")}, null);
            return PyNone.INSTANCE;
        }
        return Abstract.call(hook, java.util.Arrays.copyOfRange(args, start, args.length), kw);
    }

    /** {@code help}: its repr says how to use it; calling it runs {@code pydoc.help}. */
    static final class Helper extends PyObject {
        static final PyType TYPE = PyType.builtin("_sitebuiltins._Helper", Helper.class, PyType.OBJECT, 0, t -> {
            t.repr = self -> PyStr.of("Type help() for interactive help, or help(object) for help about object.");
            t.call = (self, args, kw) -> {
                PyObject pydoc = Imports.importModule("pydoc", null, PyTuple.of(PyStr.of("help")), 0);
                return Abstract.call(Abstract.getAttr(pydoc, PyStr.of("help")), args, kw);
            };
        }, null);

        @Override
        public PyType type() {
            return TYPE;
        }
    }

    /** {@code copyright}, {@code credits}, {@code license}: the repr is the text; calling prints it. */
    static final class Printer extends PyObject {
        static final PyType TYPE = PyType.builtin("_sitebuiltins._Printer", Printer.class, PyType.OBJECT, 0, t -> {
            t.repr = self -> PyStr.of(((Printer) self).text);
            t.call = (self, args, kw) -> {
                ArgParser.unpack(((Printer) self).name, 0, 0).bind(args, 0, kw);
                PyObject sys = Imports.importModule("sys", null, PyTuple.EMPTY, 0);
                PyObject out = Abstract.getAttr(sys, PyStr.of("stdout"));
                Abstract.call(Abstract.getAttr(out, PyStr.of("write")),
                        new PyObject[] {PyStr.of(((Printer) self).text + "\n")}, null);
                return PyNone.INSTANCE;
            };
        }, null);

        private final String name;
        private final String text;

        Printer(String name, String text) {
            this.name = name;
            this.text = text;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }
}
