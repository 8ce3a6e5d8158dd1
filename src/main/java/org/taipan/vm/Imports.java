package org.taipan.vm;

import org.taipan.imports.Importer;
import org.taipan.imports.Stdlib;
import org.taipan.modules.BuiltinsModule;
import org.taipan.objects.Abstract;
import org.taipan.objects.Errors;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.Iter;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;

/**
 * The eval loop's side of imports: IMPORT_NAME, IMPORT_FROM and IMPORT_STAR. The import system
 * itself (finders, loaders, the bytecode cache) is {@link org.taipan.imports.Importer}.
 */
public final class Imports {
    private Imports() {}

    /** IMPORT_NAME: {@code level fromlist -- module}, through {@code builtins.__import__}. */
    static PyObject importName(PyFrame f, PyStr name, PyObject fromlist, PyObject level) {
        PyObject imp = f.builtins.getItem(PyStr.of("__import__"));
        if (imp == null) {
            throw Errors.of(ExceptionTypes.IMPORT_ERROR, "__import__ not found");
        }
        if (!BuiltinsModule.isOwnImport(imp)) {
            PyObject locals = f.locals == null ? PyNone.INSTANCE : f.locals;
            return Abstract.call(imp, new PyObject[] {name, f.globals, locals, fromlist, level}, null);
        }
        return Importer.importModule(name.toString(), f.globals, fromlist, ((PyInt) level).intValueExact());
    }

    /** {@code __import__(name, globals, locals, fromlist, level)}. */
    public static PyObject importModule(String name, PyDict globals, PyObject fromlist, int level) {
        return Importer.importModule(name, globals, fromlist, level);
    }

    /** The entry of {@code sys.path} that stands for the standard library inside the jar (src/main/python). */
    public static final String STDLIB = Stdlib.PREFIX;

    /** The source of a standard-library file named {@code <stdlib>/…}, or null if there is none. */
    public static byte[] stdlibSource(String name) {
        return Stdlib.read(name);
    }

    /** IMPORT_FROM: {@code module -- module attr}. */
    static PyObject importFrom(PyObject module, PyStr name) {
        return Importer.importFrom(module, name);
    }

    /** IMPORT_STAR: copies the public names (or {@code __all__}) into the frame's locals. */
    static void importStar(PyFrame f, PyObject module) {
        if (f.locals == null) {
            throw Errors.of(ExceptionTypes.SYSTEM_ERROR, "no locals found during 'import *'");
        }
        PyObject all = Abstract.lookupAttr(module, PyStr.of("__all__"));
        boolean skipPrivate = false;
        PyObject[] names;
        if (all != null) {
            names = Iter.toArray(all);
        } else {
            PyObject dict = Abstract.lookupAttr(module, PyStr.of("__dict__"));
            if (dict == null) {
                throw Errors.of(ExceptionTypes.IMPORT_ERROR, "from-import-* object has no __dict__ and no __all__");
            }
            names = Iter.toArray(dict);
            skipPrivate = true;
        }
        for (PyObject n : names) {
            if (!(n instanceof PyStr s)) {
                PyObject modName = Abstract.lookupAttr(module, PyStr.of("__name__"));
                throw Errors.typeError((all != null ? "Item in " + modName + ".__all__" : "Key in " + modName
                        + ".__dict__") + " must be str, not " + n.type().name());
            }
            if (skipPrivate && s.toString().startsWith("_")) {
                continue;
            }
            Ops.storeName(f, s, Abstract.getAttr(module, s));
        }
    }
}
