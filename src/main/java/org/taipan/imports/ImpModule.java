package org.taipan.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyList;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.vm.PyCode;

/**
 * {@code _imp}: what the Python side of the import system (importlib, py_compile, compileall
 * in src/main/python) needs from Java. Names without an underscore are CPython's; the others
 * are Taipan's own.
 */
public final class ImpModule {
    private ImpModule() {}

    private static final ArgParser IMPORT = ArgParser.clinic("import_module", "name, package=None");
    private static final ArgParser FIND = ArgParser.clinic("find_spec", "name, path=None");
    private static final ArgParser COMPILE = ArgParser.clinic("compile_file", "source, cfile, dfile=None, optimize=-1");

    public static PyModule create() {
        PyModule m = new PyModule("_imp", new PyDict());
        m.builtin = true;
        m.set("MAGIC_NUMBER", new PyBytes(PycCache.magicBytes()));
        m.set("check_hash_based_pycs", PyStr.of("default"));
        m.set("ModuleSpec", ModuleSpec.TYPE);
        m.set("SourceFileLoader", Loaders.SOURCE);
        m.set("SourcelessFileLoader", Loaders.SOURCELESS);
        m.set("NamespaceLoader", Loaders.NamespaceLoader.TYPE);
        m.set("BuiltinImporter", Loaders.BuiltinImporter.TYPE);
        m.set("PathFinder", PathFinder.TYPE);
        m.def("lock_held", (self, a, start, kw) -> PyBool.FALSE);
        m.def("acquire_lock", (self, a, start, kw) -> PyNone.INSTANCE);
        m.def("release_lock", (self, a, start, kw) -> PyNone.INSTANCE);
        m.def("extension_suffixes", (self, a, start, kw) -> new PyList());
        m.def("is_builtin", (self, n) -> PyInt.of(Loaders.BuiltinImporter.find(Abstract.str(n).value(), null) == null
                ? 0 : 1));
        m.def("is_frozen", (self, n) -> PyBool.FALSE);
        m.def("import_module", (self, a, start, kw) -> {
            PyObject[] p = IMPORT.bind(a, start, kw);
            return importModule(Abstract.str(p[0]).value(), p[1]);
        });
        m.def("reload", (self, mod) -> Importer.reload(mod));
        m.def("find_spec", (self, a, start, kw) -> {
            PyObject[] p = FIND.bind(a, start, kw);
            PyObject spec = Importer.findSpec(Abstract.str(p[0]).value(), p[1] == PyNone.INSTANCE ? null : p[1]);
            return spec == null ? PyNone.INSTANCE : spec;
        });
        m.def("module_from_spec", (self, spec) -> Importer.moduleFromSpec(spec));
        m.def("cache_tag", (self, a, start, kw) -> PyStr.of(PycCache.CACHE_TAG));
        m.def("optimize", (self, a, start, kw) -> PyInt.of(Importer.optimizeLevel()));
        m.def("compile_file", (self, a, start, kw) -> {
            PyObject[] p = COMPILE.bind(a, start, kw);
            return compileFile(Abstract.str(p[0]).value(), Abstract.str(p[1]).value(),
                    p[2] == null || p[2] == PyNone.INSTANCE ? null : Abstract.str(p[2]).value(),
                    p[3] == null ? -1 : (int) org.taipan.objects.Seq.index(p[3]).longValue());
        });
        m.def("cache_is_current", (self, a, start, kw) -> {
            PyObject[] p = ArgParser.unpack("cache_is_current", 2, 2).bind(a, start, kw);
            return PyBool.of(cacheIsCurrent(Abstract.str(p[0]).value(), Abstract.str(p[1]).value()));
        });
        m.def("listdir", (self, d) -> listdir(Abstract.str(d).value()));
        m.def("isdir", (self, d) -> PyBool.of(Files.isDirectory(Path.of(Abstract.str(d).value()))));
        m.def("stats", (self, a, start, kw) -> {
            PyDict d = new PyDict();
            d.setItem(PyStr.of("compiled"), PyInt.of(Importer.stats[Importer.COMPILED]));
            d.setItem(PyStr.of("from_cache"), PyInt.of(Importer.stats[Importer.FROM_CACHE]));
            d.setItem(PyStr.of("written"), PyInt.of(Importer.stats[Importer.WRITTEN]));
            return d;
        });
        return m;
    }

    /** {@code importlib.import_module(name, package)}: the module itself, not its top package. */
    static PyObject importModule(String name, PyObject pkg) {
        int level = 0;
        while (level < name.length() && name.charAt(level) == '.') {
            level++;
        }
        String absName = name;
        if (level > 0) {
            if (pkg == null || pkg == PyNone.INSTANCE || !Abstract.isTrue(pkg)) {
                throw Errors.typeError("the 'package' argument is required to perform a relative import for "
                        + org.taipan.util.PyRepr.str(name));
            }
            absName = Importer.resolveName(name.substring(level), Abstract.str(pkg).value(), level);
        } else if (name.isEmpty()) {
            throw Errors.valueError("Empty module name");
        }
        return Importer.load(absName);
    }

    /**
     * py_compile: the source compiled into {@code cfile} (its directory made if need be). Returns
     * None, or for a syntax error (the SyntaxError, the report the interpreter would print).
     */
    static PyObject compileFile(String source, String cfile, String dfile, int optimize) {
        Path src = Path.of(source);
        byte[] data;
        long mtime;
        try {
            BasicFileAttributes a = Files.readAttributes(src, BasicFileAttributes.class);
            mtime = a.lastModifiedTime().to(TimeUnit.SECONDS);
            data = Files.readAllBytes(src);
        } catch (IOException e) {
            throw osError(e, source);
        }
        String name = dfile != null ? dfile : source;
        PyCode code;
        try {
            code = new PyCode(org.taipan.compiler.Compiler.compile(org.taipan.parser.Parser.parse(data, name, "exec"),
                    name, "exec", 0, optimize < 0 ? Importer.optimizeLevel() : optimize));
        } catch (org.taipan.parser.PySyntaxError e) {
            return org.taipan.objects.PyTuple.of(org.taipan.modules.BuiltinsModule.syntaxError(e).value,
                    PyStr.of(e.format()));
        }
        if (!PycCache.write(cfile, mtime, data.length, code)) {
            throw Errors.of(ExceptionTypes.OS_ERROR, "cannot write " + org.taipan.util.PyRepr.str(cfile));
        }
        Importer.stats[Importer.WRITTEN]++;
        return PyNone.INSTANCE;
    }

    static boolean cacheIsCurrent(String source, String cfile) {
        try {
            BasicFileAttributes a = Files.readAttributes(Path.of(source), BasicFileAttributes.class);
            byte[] data = Files.readAllBytes(Path.of(cfile));
            return PycCache.problem(data, "", a.lastModifiedTime().to(TimeUnit.SECONDS), a.size()) == null;
        } catch (IOException e) {
            return false;
        }
    }

    private static PyObject listdir(String dir) {
        try (Stream<Path> s = Files.list(Path.of(dir))) {
            return PyList.wrap(s.map(p -> (PyObject) PyStr.of(p.getFileName().toString())).sorted(
                    (x, y) -> ((PyStr) x).value().compareTo(((PyStr) y).value())).toArray(PyObject[]::new));
        } catch (IOException e) {
            throw osError(e, dir);
        }
    }

    private static RuntimeException osError(IOException e, String path) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return Errors.of(ExceptionTypes.FILE_NOT_FOUND_ERROR, "[Errno 2] No such file or directory: "
                    + org.taipan.util.PyRepr.str(path));
        }
        return Errors.of(ExceptionTypes.OS_ERROR, e.getMessage() + ": " + org.taipan.util.PyRepr.str(path));
    }
}
