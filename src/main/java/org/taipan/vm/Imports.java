package org.taipan.vm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.taipan.compiler.CodeUnit;
import org.taipan.compiler.Compiler;
import org.taipan.modules.BuiltinsModule;
import org.taipan.objects.Abstract;
import org.taipan.objects.Errors;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.Iter;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyException;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyList;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.parser.Parser;
import org.taipan.parser.PySyntaxError;
import org.taipan.parser.ast.Mod;

/**
 * The import system, minimal for now (CPython's import.c and importlib._bootstrap): modules
 * written in Java by name, then {@code NAME.py} and packages {@code NAME/__init__.py} along
 * {@code sys.path} (or the parent package's {@code __path__}), with relative imports.
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
        return importModule(name.toString(), f.globals, fromlist, ((PyInt) level).intValueExact());
    }

    /** {@code __import__(name, globals, locals, fromlist, level)}. */
    public static PyObject importModule(String name, PyDict globals, PyObject fromlist, int level) {
        if (level < 0) {
            throw Errors.valueError("level must be >= 0");
        }
        if (level == 0 && name.isEmpty()) {
            throw Errors.valueError("Empty module name");
        }
        String absName = level > 0 ? resolveRelative(name, globals, level) : name;
        PyObject module = load(absName);
        boolean hasFrom = fromlist != null && fromlist != PyNone.INSTANCE && Abstract.isTrue(fromlist);
        if (!hasFrom) {
            if (level == 0) {
                int dot = name.indexOf('.');
                return dot < 0 ? module : modules().getItem(PyStr.of(name.substring(0, dot)));
            }
            if (name.isEmpty()) {
                return module;
            }
            int dot = name.indexOf('.');
            if (dot < 0) {
                return module;
            }
            String top = absName.substring(0, absName.length() - (name.length() - dot));
            return modules().getItem(PyStr.of(top));
        }
        if (module instanceof PyModule m && m.instanceDict().getItem(PyStr.of("__path__")) != null) {
            handleFromlist(m, absName, fromlist);
        }
        return module;
    }

    /** Imports the submodules a {@code from package import a, b} names that are not attributes yet. */
    private static void handleFromlist(PyModule m, String absName, PyObject fromlist) {
        for (PyObject item : Iter.toArray(fromlist)) {
            if (!(item instanceof PyStr s)) {
                throw Errors.typeError("Item in " + absName + ".__all__ must be str, not " + item.type().name());
            }
            String n = s.toString();
            if (n.equals("*")) {
                PyObject all = m.instanceDict().getItem(PyStr.of("__all__"));
                if (all != null) {
                    handleFromlist(m, absName, all);
                }
                continue;
            }
            if (m.instanceDict().getItem(s) == null) {
                try {
                    load(absName + "." + n);
                } catch (PyException e) {
                    if (!(e.matches(ExceptionTypes.MODULE_NOT_FOUND_ERROR) && moduleNameOf(e).equals(absName + "." + n))) {
                        throw e;
                    }
                }
            }
        }
    }

    private static String moduleNameOf(PyException e) {
        PyObject n = e.value.field("name");
        return n instanceof PyStr s ? s.toString() : "";
    }

    private static String resolveRelative(String name, PyDict globals, int level) {
        if (globals == null) {
            throw Errors.keyError(PyStr.of("'__name__' not in globals"));
        }
        PyObject pkg = globals.getItem(PyStr.of("__package__"));
        if (pkg != null && pkg != PyNone.INSTANCE && !(pkg instanceof PyStr)) {
            throw Errors.typeError("package must be a string");
        }
        String packageName;
        if (pkg instanceof PyStr p) {
            packageName = p.toString();
        } else {
            PyObject modName = globals.getItem(PyStr.of("__name__"));
            if (modName == null) {
                throw Errors.keyError(PyStr.of("'__name__' not in globals"));
            }
            if (!(modName instanceof PyStr mn)) {
                throw Errors.typeError("__name__ must be a string");
            }
            packageName = mn.toString();
            if (globals.getItem(PyStr.of("__path__")) == null) {
                int dot = packageName.lastIndexOf('.');
                packageName = dot < 0 ? "" : packageName.substring(0, dot);
            }
        }
        if (packageName.isEmpty()) {
            throw Errors.of(ExceptionTypes.IMPORT_ERROR, "attempted relative import with no known parent package");
        }
        String base = packageName;
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw Errors.of(ExceptionTypes.IMPORT_ERROR, "attempted relative import beyond top-level package");
            }
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    private static PyDict modules() {
        return Interpreter.current().modules;
    }

    /** The module {@code absName}, imported (parents first) if it is not in sys.modules yet. */
    static PyObject load(String absName) {
        PyDict modules = modules();
        PyObject m = modules.getItem(PyStr.of(absName));
        if (m != null) {
            if (m == PyNone.INSTANCE) {
                throw notFound("import of " + absName + " halted; None in sys.modules", absName);
            }
            return m;
        }
        int dot = absName.lastIndexOf('.');
        PyObject searchPath = null;
        PyObject parent = null;
        if (dot >= 0) {
            String parentName = absName.substring(0, dot);
            parent = load(parentName);
            m = modules.getItem(PyStr.of(absName));
            if (m != null) {
                return m;
            }
            searchPath = Abstract.lookupAttr(parent, PyStr.of("__path__"));
            if (searchPath == null) {
                throw notFound("No module named '" + absName + "'; '" + parentName + "' is not a package", absName);
            }
        }
        PyModule module = find(absName, searchPath);
        if (module == null) {
            throw notFound("No module named '" + absName + "'", absName);
        }
        if (parent != null) {
            Abstract.setAttr(parent, PyStr.of(absName.substring(dot + 1)), modules.getItem(PyStr.of(absName)));
        }
        return modules.getItem(PyStr.of(absName));
    }

    private static PyException notFound(String msg, String name) {
        PyException e = Errors.of(ExceptionTypes.MODULE_NOT_FOUND_ERROR, msg);
        e.value.setField("name", PyStr.of(name));
        return e;
    }

    /** Finds, creates and runs the module; it is in sys.modules when this returns it. */
    private static PyModule find(String absName, PyObject searchPath) {
        Interpreter interp = Interpreter.current();
        PyModule builtin = searchPath == null ? interp.builtinModule(absName) : null;
        if (builtin != null) {
            interp.modules.setItem(PyStr.of(absName), builtin);
            return builtin;
        }
        String last = absName.substring(absName.lastIndexOf('.') + 1);
        PyObject path = searchPath != null ? searchPath : interp.sysAttr("path");
        if (path == null) {
            return null;
        }
        for (PyObject entry : Iter.toArray(path)) {
            if (!(entry instanceof PyStr dirName)) {
                continue;
            }
            String d = dirName.toString();
            if (d.equals(STDLIB) || d.startsWith(STDLIB + "/")) {
                String pkg = d + "/" + last;
                byte[] init = stdlibSource(pkg + "/__init__.py");
                if (init != null) {
                    return exec(absName, init, pkg + "/__init__.py", pkg, true);
                }
                byte[] mod = stdlibSource(pkg + ".py");
                if (mod != null) {
                    return exec(absName, mod, pkg + ".py", null, false);
                }
                continue;
            }
            Path dir = Path.of(d.isEmpty() ? "." : d);
            Path pkgInit = dir.resolve(last).resolve("__init__.py");
            if (Files.isRegularFile(pkgInit)) {
                return exec(absName, read(pkgInit), pkgInit.toString(), dir.resolve(last).toString(), true);
            }
            Path file = dir.resolve(last + ".py");
            if (Files.isRegularFile(file)) {
                return exec(absName, read(file), file.toString(), null, false);
            }
        }
        return null;
    }

    /** The entry of {@code sys.path} that stands for the standard library inside the jar (src/main/python). */
    public static final String STDLIB = "<stdlib>";

    /** The source of a standard-library file named {@code <stdlib>/…}, or null if there is none. */
    public static byte[] stdlibSource(String name) {
        String resource = "pylib" + name.substring(STDLIB.length());
        try (java.io.InputStream in = Imports.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw Errors.of(ExceptionTypes.IMPORT_ERROR, "cannot read " + file + ": " + e.getMessage());
        }
    }

    private static PyModule exec(String absName, byte[] source, String filename, String pkgDir, boolean isPackage) {
        Interpreter interp = Interpreter.current();
        PyDict globals = interp.newGlobals(absName, filename);
        globals.delItem(PyStr.of("__annotations__"));
        int dot = absName.lastIndexOf('.');
        globals.setItem(PyStr.of("__package__"), PyStr.of(isPackage ? absName : dot < 0 ? "" : absName.substring(0, dot)));
        if (isPackage) {
            globals.setItem(PyStr.of("__path__"), PyList.of(PyStr.of(pkgDir)));
        }
        PyModule module = new PyModule(absName, globals);
        PyStr key = PyStr.of(absName);
        interp.modules.setItem(key, module);
        try {
            CodeUnit unit;
            try {
                Mod mod = Parser.parse(source, filename, "exec");
                unit = Compiler.compile(mod, filename, "exec", 0, interp.optimize());
            } catch (PySyntaxError e) {
                throw BuiltinsModule.syntaxError(e);
            }
            interp.exec(new PyCode(unit), globals);
        } catch (PyException e) {
            interp.modules.delItem(key);
            throw e;
        }
        return module;
    }

    /** IMPORT_FROM: {@code module -- module attr}; a submodule not yet an attribute is looked up in sys.modules. */
    static PyObject importFrom(PyObject module, PyStr name) {
        PyObject v = Abstract.lookupAttr(module, name);
        if (v != null) {
            return v;
        }
        PyObject pkgName = Abstract.lookupAttr(module, PyStr.of("__name__"));
        if (pkgName instanceof PyStr pn) {
            PyObject sub = modules().getItem(PyStr.of(pn + "." + name));
            if (sub != null) {
                return sub;
            }
        }
        String modName = pkgName instanceof PyStr pn ? pn.toString() : "<unknown module name>";
        PyObject file = module instanceof PyModule m ? m.instanceDict().getItem(PyStr.of("__file__")) : null;
        String where = file instanceof PyStr fs ? fs.toString() : "unknown location";
        PyException e = Errors.of(ExceptionTypes.IMPORT_ERROR, "cannot import name '" + name + "' from '" + modName
                + "' (" + where + ")");
        e.value.setField("name", pkgName == null ? PyNone.INSTANCE : pkgName);
        throw e;
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
