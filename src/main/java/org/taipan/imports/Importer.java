package org.taipan.imports;

import org.taipan.modules.SysModule;
import org.taipan.objects.Abstract;
import org.taipan.objects.Errors;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.Iter;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyException;
import org.taipan.objects.PyList;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.vm.Interpreter;
import org.taipan.vm.PyCode;

/**
 * The import system (CPython's import.c and importlib._bootstrap): {@code __import__}, finding
 * a module's spec through {@code sys.meta_path}, making the module from the spec and running
 * it with its loader. The finders and loaders of Taipan's own are called directly; a finder or
 * loader written in Python is called through its methods.
 */
public final class Importer {
    private Importer() {}

    /** {@code -v}: report each module's source, cache and loader on stderr, as CPython's verbose mode does. */
    public static int verboseLevel;
    /** {@code -B}: no bytecode cache is written (the environment's PYTHONDONTWRITEBYTECODE does the same). */
    public static boolean noWriteFlag;
    /** {@code -E}/{@code -I}: PYTHONPATH and PYTHONDONTWRITEBYTECODE are ignored. */
    public static boolean ignoreEnvironment;

    static final int COMPILED = 0, FROM_CACHE = 1, WRITTEN = 2;
    /** Source modules compiled, code objects loaded from a cache, caches written (in this process). */
    static final long[] stats = new long[3];

    /** Sets up {@code sys} for imports: meta_path, path_hooks, PYTHONPATH, dont_write_bytecode. */
    public static void install(Interpreter interp) {
        PyModule.loadedModule = n -> Interpreter.current().modules.getItem(PyStr.of(n));
        PyModule sys = interp.sys;
        sys.set("meta_path", PyList.of(Loaders.BuiltinImporter.INSTANCE, PathFinder.INSTANCE));
        sys.set("path_hooks", new PyList());
        sys.set("path_importer_cache", new PyDict());
        String env = ignoreEnvironment ? null : System.getenv("PYTHONDONTWRITEBYTECODE");
        sys.set("dont_write_bytecode", PyBool.of(noWriteFlag || env != null && !env.isEmpty()));
        String pythonpath = ignoreEnvironment ? null : System.getenv("PYTHONPATH");
        if (pythonpath != null && !pythonpath.isEmpty() && interp.sysAttr("path") instanceof PyList path) {
            int at = 1;
            for (String p : pythonpath.split(":")) {
                if (!p.isEmpty()) {
                    Abstract.call(Abstract.getAttr(path, PyStr.of("insert")), new PyObject[] {
                        org.taipan.objects.PyInt.of(at++), PyStr.of(p)}, null);
                }
            }
        }
        for (PyModule m : new PyModule[] {interp.builtins, interp.sys}) {
            ModuleSpec spec = new ModuleSpec(m.name(), Loaders.BuiltinImporter.INSTANCE, PyStr.of("built-in"), null);
            initModuleAttrs(m, spec, false);
        }
    }

    static boolean dontWriteBytecode() {
        PyObject v = Interpreter.current().sysAttr("dont_write_bytecode");
        return v != null && Abstract.isTrue(v);
    }

    static int optimizeLevel() {
        return Interpreter.current().optimize();
    }

    static void verbose(String message) {
        if (verboseLevel > 0) {
            SysModule.writeStderr(message + "\n");
        }
    }

    private static PyDict modules() {
        return Interpreter.current().modules;
    }

    static PyException importError(String msg, String name, String path) {
        PyException e = Errors.of(ExceptionTypes.IMPORT_ERROR, msg);
        e.value.setField("name", name == null ? PyNone.INSTANCE : PyStr.of(name));
        e.value.setField("path", path == null ? PyNone.INSTANCE : PyStr.of(path));
        return e;
    }

    static PyException notFound(String msg, String name) {
        PyException e = Errors.of(ExceptionTypes.MODULE_NOT_FOUND_ERROR, msg);
        e.value.setField("name", PyStr.of(name));
        return e;
    }

    /** {@code __import__(name, globals, locals, fromlist, level)}. */
    public static PyObject importModule(String name, PyDict globals, PyObject fromlist, int level) {
        if (level < 0) {
            throw Errors.valueError("level must be >= 0");
        }
        if (level == 0 && name.isEmpty()) {
            throw Errors.valueError("Empty module name");
        }
        String absName = level > 0 ? resolveName(name, packageOf(globals), level) : name;
        PyObject module = load(absName);
        boolean hasFrom = fromlist != null && fromlist != PyNone.INSTANCE && Abstract.isTrue(fromlist);
        if (!hasFrom) {
            // `import a.b.c` binds the top package: for a relative name, the package the first part is in
            int dot = name.indexOf('.');
            if (name.isEmpty() || dot < 0) {
                return module;
            }
            String top = absName.substring(0, absName.length() - (name.length() - dot));
            PyObject t = modules().getItem(PyStr.of(top));
            if (t == null) {
                throw Errors.keyError(PyStr.of(top));
            }
            return t;
        }
        if (module instanceof PyModule m && m.instanceDict().getItem(PyStr.of("__path__")) != null) {
            handleFromlist(m, absName, fromlist, false);
        }
        return module;
    }

    /** Imports the submodules a {@code from package import a, b} names that are not attributes yet. */
    private static void handleFromlist(PyModule m, String absName, PyObject fromlist, boolean fromAll) {
        for (PyObject item : Iter.toArray(fromlist)) {
            if (!(item instanceof PyStr s)) {
                String where = fromAll ? absName + ".__all__" : "``from list''";
                throw Errors.typeError("Item in " + where + " must be str, not " + item.type().name());
            }
            String n = s.value();
            if (n.equals("*")) {
                PyObject all = m.instanceDict().getItem(PyStr.of("__all__"));
                if (!fromAll && all != null) {
                    handleFromlist(m, absName, all, true);
                }
                continue;
            }
            if (Abstract.lookupAttr(m, s) == null) {
                String sub = absName + "." + n;
                try {
                    load(sub);
                } catch (PyException e) {
                    // A submodule that is not there is not an error here: IMPORT_FROM reports the name.
                    if (!(e.matches(ExceptionTypes.MODULE_NOT_FOUND_ERROR) && e.value.field("name") instanceof PyStr en
                            && en.value().equals(sub) && modules().getItem(PyStr.of(sub)) == null)) {
                        throw e;
                    }
                }
            }
        }
    }

    /** The package a relative import in a module with these globals is relative to. */
    private static String packageOf(PyDict globals) {
        if (globals == null) {
            throw Errors.keyError(PyStr.of("'__name__' not in globals"));
        }
        PyObject pkg = globals.getItem(PyStr.of("__package__"));
        if (pkg != null && pkg != PyNone.INSTANCE) {
            if (!(pkg instanceof PyStr p)) {
                throw Errors.typeError("package must be a string");
            }
            return p.value();
        }
        PyObject spec = globals.getItem(PyStr.of("__spec__"));
        if (spec != null && spec != PyNone.INSTANCE) {
            return Abstract.str(Abstract.getAttr(spec, PyStr.of("parent"))).value();
        }
        PyObject modName = globals.getItem(PyStr.of("__name__"));
        if (modName == null) {
            throw Errors.keyError(PyStr.of("'__name__' not in globals"));
        }
        if (!(modName instanceof PyStr mn)) {
            throw Errors.typeError("__name__ must be a string");
        }
        String p = mn.value();
        if (globals.getItem(PyStr.of("__path__")) == null) {
            int dot = p.lastIndexOf('.');
            p = dot < 0 ? "" : p.substring(0, dot);
        }
        return p;
    }

    /** {@code importlib.util.resolve_name}: the absolute name of a relative import. */
    static String resolveName(String name, String packageName, int level) {
        if (packageName == null || packageName.isEmpty()) {
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

    /** The module {@code absName}, imported (parents first) if it is not in sys.modules yet. */
    public static PyObject load(String absName) {
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
        PyObject spec = findSpec(absName, searchPath);
        if (spec == null) {
            throw notFound("No module named '" + absName + "'", absName);
        }
        PyObject module = loadFromSpec(spec);
        if (parent != null) {
            Abstract.setAttr(parent, PyStr.of(absName.substring(dot + 1)), module);
        }
        return module;
    }

    /** The first spec a finder on {@code sys.meta_path} gives, or null. */
    public static PyObject findSpec(String name, PyObject path) {
        PyObject metaPath = Interpreter.current().sysAttr("meta_path");
        if (metaPath == null) {
            throw Errors.of(ExceptionTypes.IMPORT_ERROR, "sys.meta_path is None, Python is likely shutting down");
        }
        for (PyObject finder : Iter.toArray(metaPath)) {
            PyObject spec;
            if (finder == Loaders.BuiltinImporter.INSTANCE) {
                spec = Loaders.BuiltinImporter.find(name, path);
            } else if (finder == PathFinder.INSTANCE) {
                spec = PathFinder.find(name, path);
            } else {
                PyObject find = Abstract.lookupAttr(finder, PyStr.of("find_spec"));
                if (find == null) {
                    continue;
                }
                spec = Abstract.call(find, new PyObject[] {PyStr.of(name), path == null ? PyNone.INSTANCE : path,
                    PyNone.INSTANCE}, null);
            }
            if (spec != null && spec != PyNone.INSTANCE) {
                return spec;
            }
        }
        return null;
    }

    /** {@code importlib.util.module_from_spec}: the loader's module or a new one, with the import attributes set. */
    public static PyModule moduleFromSpec(PyObject spec) {
        PyObject loader = Abstract.getAttr(spec, PyStr.of("loader"));
        PyObject module = null;
        if (loader instanceof Loaders.BuiltinImporter) {
            module = Loaders.BuiltinImporter.create(Abstract.str(Abstract.getAttr(spec, PyStr.of("name"))).value());
        } else if (!(loader instanceof Loaders.FileLoader) && loader != PyNone.INSTANCE) {
            PyObject create = Abstract.lookupAttr(loader, PyStr.of("create_module"));
            if (create == null) {
                throw Errors.of(ExceptionTypes.IMPORT_ERROR, "loaders that define exec_module() must also define create_module()");
            }
            PyObject m = Abstract.call(create, new PyObject[] {spec}, null);
            module = m == PyNone.INSTANCE ? null : m;
        }
        if (module == null) {
            module = new PyModule(Abstract.str(Abstract.getAttr(spec, PyStr.of("name"))).value(), new PyDict());
        }
        if (!(module instanceof PyModule pm)) {
            throw Errors.typeError("create_module() must return a module, not " + module.type().name());
        }
        initModuleAttrs(pm, spec, false);
        return pm;
    }

    /** Sets {@code __name__ __loader__ __package__ __spec__ __path__ __file__ __cached__} from the spec. */
    static void initModuleAttrs(PyModule m, PyObject spec, boolean override) {
        PyDict d = m.instanceDict();
        set(d, "__name__", Abstract.getAttr(spec, PyStr.of("name")), override);
        PyObject loader = Abstract.getAttr(spec, PyStr.of("loader"));
        set(d, "__loader__", loader, override);
        set(d, "__package__", Abstract.getAttr(spec, PyStr.of("parent")), override);
        d.setItem(PyStr.of("__spec__"), spec);
        PyObject locations = Abstract.lookupAttr(spec, PyStr.of("submodule_search_locations"));
        if (locations != null && locations != PyNone.INSTANCE) {
            set(d, "__path__", locations, override);
        }
        if (loader instanceof Loaders.NamespaceLoader) {
            set(d, "__file__", PyNone.INSTANCE, override);
        }
        PyObject hasLocation = Abstract.lookupAttr(spec, PyStr.of("has_location"));
        if (hasLocation != null && Abstract.isTrue(hasLocation)) {
            set(d, "__file__", Abstract.getAttr(spec, PyStr.of("origin")), override);
            PyObject cached = Abstract.lookupAttr(spec, PyStr.of("cached"));
            if (cached != null) {
                set(d, "__cached__", cached, override);
            }
        }
    }

    private static void set(PyDict d, String key, PyObject v, boolean override) {
        PyStr k = PyStr.of(key);
        if (override || d.getItem(k) == null || d.getItem(k) == PyNone.INSTANCE) {
            d.setItem(k, v);
        }
    }

    /** Creates, registers and runs the module of a spec; returns what sys.modules then holds. */
    static PyObject loadFromSpec(PyObject spec) {
        String name = Abstract.str(Abstract.getAttr(spec, PyStr.of("name"))).value();
        PyObject loader = Abstract.getAttr(spec, PyStr.of("loader"));
        PyStr key = PyStr.of(name);
        PyDict modules = modules();
        if (!(loader instanceof Loaders.FileLoader || loader instanceof Loaders.BuiltinImporter
                || loader instanceof Loaders.NamespaceLoader) && loader != PyNone.INSTANCE
                && Abstract.lookupAttr(loader, PyStr.of("exec_module")) == null) {
            // An old-style loader: load_module does everything.
            return Abstract.call(Abstract.getAttr(loader, PyStr.of("load_module")), new PyObject[] {key}, null);
        }
        PyModule module = moduleFromSpec(spec);
        modules.setItem(key, module);
        Abstract.setAttr(spec, PyStr.of("_initializing"), PyBool.TRUE);
        try {
            exec(loader, module);
        } catch (PyException e) {
            modules.delItem(key);
            throw e;
        } finally {
            Abstract.setAttr(spec, PyStr.of("_initializing"), PyBool.FALSE);
        }
        // The module may have put something else in its place; it moves to the end, as in CPython.
        PyObject result = modules.delItem(key);
        if (result == null) {
            throw Errors.keyError(key);
        }
        modules.setItem(key, result);
        if (verboseLevel > 0) {
            verbose("import '" + name + "' # " + Abstract.repr(loader));
        }
        return result;
    }

    static void exec(PyObject loader, PyModule module) {
        if (loader instanceof Loaders.FileLoader fl) {
            fl.exec(module);
        } else if (loader instanceof Loaders.BuiltinImporter || loader instanceof Loaders.NamespaceLoader) {
            return;
        } else if (loader != PyNone.INSTANCE) {
            Abstract.call(Abstract.getAttr(loader, PyStr.of("exec_module")), new PyObject[] {module}, null);
        }
    }

    /** Runs a module's code in its namespace, as exec() does (adding {@code __builtins__}). */
    static void run(PyCode code, PyDict globals) {
        Interpreter interp = Interpreter.current();
        if (globals.getItem(PyStr.of("__builtins__")) == null) {
            globals.setItem(PyStr.of("__builtins__"), interp.builtins);
        }
        interp.exec(code, globals);
    }

    /** {@code importlib.reload(module)}: finds the module again and runs it in the same namespace. */
    public static PyObject reload(PyObject module) {
        if (!(module instanceof PyModule m)) {
            throw Errors.typeError("reload() argument must be a module");
        }
        PyObject nameObj = m.instanceDict().getItem(PyStr.of("__name__"));
        if (!(nameObj instanceof PyStr ns)) {
            throw Errors.typeError("module.__name__ must be a string");
        }
        String name = ns.value();
        if (modules().getItem(ns) != module) {
            throw importError("module " + name + " not in sys.modules", name, null);
        }
        PyObject path = null;
        int dot = name.lastIndexOf('.');
        if (dot >= 0) {
            String parentName = name.substring(0, dot);
            PyObject parent = modules().getItem(PyStr.of(parentName));
            if (parent == null) {
                throw importError("parent " + org.taipan.util.PyRepr.str(parentName) + " not in sys.modules",
                        parentName, null);
            }
            path = Abstract.lookupAttr(parent, PyStr.of("__path__"));
        }
        PyObject spec = findSpec(name, path);
        if (spec == null) {
            throw notFound("spec not found for the module " + org.taipan.util.PyRepr.str(name), name);
        }
        initModuleAttrs(m, spec, true);
        PyObject loader = Abstract.getAttr(spec, PyStr.of("loader"));
        if (loader instanceof Loaders.BuiltinImporter) {
            return module;
        }
        exec(loader, m);
        PyObject result = modules().getItem(ns);
        return result == null ? module : result;
    }

    /** Why {@code -m NAME} cannot run: the message printed after "taipan: ". */
    public static final class MainError extends Exception {
        MainError(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * For {@code -m NAME} (CPython's runpy): the spec of the module to run as __main__, its
     * parent packages imported first; a package runs its {@code __main__} submodule.
     */
    public static PyObject mainSpec(String name) throws MainError {
        if (name.startsWith(".")) {
            throw new MainError("Relative module names not supported");
        }
        int dot = name.lastIndexOf('.');
        PyObject parentPath = null;
        try {
            if (dot >= 0) {
                String parent = name.substring(0, dot);
                PyObject pm;
                try {
                    pm = load(parent);
                } catch (PyException e) {
                    throw new MainError("Error while finding module specification for " + org.taipan.util.PyRepr.str(name)
                            + " (" + e.value.type().name() + ": " + Abstract.str(e.value) + ")");
                }
                parentPath = Abstract.lookupAttr(pm, PyStr.of("__path__"));
                if (parentPath == null) {
                    throw new MainError("Error while finding module specification for " + org.taipan.util.PyRepr.str(name)
                            + " (ModuleNotFoundError: __path__ attribute not found on "
                            + org.taipan.util.PyRepr.str(parent) + " while trying to find " + org.taipan.util.PyRepr.str(name)
                            + ")");
                }
            }
            PyObject existing = modules().getItem(PyStr.of(name));
            PyObject spec = existing instanceof PyModule m && m.instanceDict().getItem(PyStr.of("__spec__")) instanceof
                    ModuleSpec s ? s : findSpec(name, parentPath);
            if (spec == null) {
                throw new MainError("No module named " + name);
            }
            PyObject locations = Abstract.lookupAttr(spec, PyStr.of("submodule_search_locations"));
            if (locations != null && locations != PyNone.INSTANCE) {
                if (name.equals("__main__") || name.endsWith(".__main__")) {
                    throw new MainError("Cannot use package as __main__ module");
                }
                try {
                    load(name);
                    return mainSpec(name + ".__main__");
                } catch (MainError e) {
                    throw new MainError(e.getMessage() + "; " + org.taipan.util.PyRepr.str(name)
                            + " is a package and cannot be directly executed");
                }
            }
            return spec;
        } catch (PyException e) {
            if (!e.matches(ExceptionTypes.IMPORT_ERROR)) {
                throw e;
            }
            throw new MainError("Error while finding module specification for " + org.taipan.util.PyRepr.str(name)
                    + " (" + e.value.type().name() + ": " + Abstract.str(e.value) + ")");
        }
    }

    /** The code of the module a spec names, from its loader ({@code get_code}), or null. */
    public static PyCode codeOf(PyObject spec) {
        PyObject loader = Abstract.getAttr(spec, PyStr.of("loader"));
        String name = Abstract.str(Abstract.getAttr(spec, PyStr.of("name"))).value();
        if (loader instanceof Loaders.FileLoader fl) {
            return fl.getCode(name);
        }
        PyObject get = Abstract.lookupAttr(loader, PyStr.of("get_code"));
        PyObject code = get == null ? null : Abstract.call(get, new PyObject[] {PyStr.of(name)}, null);
        return code instanceof PyCode c ? c : null;
    }

    /** Fills a __main__ namespace from the spec of the module run by {@code -m}. */
    public static void initMain(PyModule main, PyObject spec) {
        initModuleAttrs(main, spec, true);
    }

    /** The code of a .pyc run as a script; RuntimeError when it is not Taipan's. */
    public static PyCode scriptPyc(byte[] data) {
        if (data.length < PycCache.HEADER_SIZE || !java.util.Arrays.equals(data, 0, 4, PycCache.magicBytes(), 0, 4)) {
            throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "Bad magic number in .pyc file");
        }
        return (PyCode) org.taipan.modules.Marshal.loadsCode(data, PycCache.HEADER_SIZE, null);
    }

    /** Whether a script file is a .pyc (by its name or its magic number), as CPython decides. */
    public static boolean isPyc(String filename, byte[] data) {
        return filename.endsWith(".pyc") || data.length >= 4
                && java.util.Arrays.equals(data, 0, 4, PycCache.magicBytes(), 0, 4);
    }

    /** IMPORT_FROM: {@code module -- module attr}; a submodule not yet an attribute is looked up in sys.modules. */
    public static PyObject importFrom(PyObject module, PyStr name) {
        PyObject v = Abstract.lookupAttr(module, name);
        if (v != null) {
            return v;
        }
        PyObject pkgName = Abstract.lookupAttr(module, PyStr.of("__name__"));
        if (pkgName instanceof PyStr pn) {
            PyObject sub = modules().getItem(PyStr.of(pn.value() + "." + name.value()));
            if (sub != null) {
                return sub;
            }
        }
        String modName = pkgName instanceof PyStr pn ? pn.value() : "<unknown module name>";
        PyObject file = module instanceof PyModule m ? m.instanceDict().getItem(PyStr.of("__file__")) : null;
        String where = file instanceof PyStr fs ? fs.value() : "unknown location";
        String msg = initializing(module)
                ? "cannot import name '" + name + "' from partially initialized module '" + modName
                        + "' (most likely due to a circular import) (" + where + ")"
                : "cannot import name '" + name + "' from '" + modName + "' (" + where + ")";
        PyException e = Errors.of(ExceptionTypes.IMPORT_ERROR, msg);
        e.value.setField("name", pkgName == null ? PyNone.INSTANCE : pkgName);
        e.value.setField("path", file instanceof PyStr ? file : PyNone.INSTANCE);
        throw e;
    }

    /** Whether the module is still running its body (its spec's {@code _initializing}). */
    public static boolean initializing(PyObject module) {
        if (!(module instanceof PyModule m)) {
            return false;
        }
        PyObject spec = m.instanceDict().getItem(PyStr.of("__spec__"));
        if (spec == null || spec == PyNone.INSTANCE) {
            return false;
        }
        try {
            PyObject init = Abstract.lookupAttr(spec, PyStr.of("_initializing"));
            return init != null && Abstract.isTrue(init);
        } catch (PyException e) {
            return false;
        }
    }
}
