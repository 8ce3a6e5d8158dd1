package org.taipan.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;
import org.taipan.compiler.CodeUnit;
import org.taipan.compiler.Compiler;
import org.taipan.modules.BuiltinsModule;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyType;
import org.taipan.parser.Parser;
import org.taipan.parser.PySyntaxError;
import org.taipan.vm.Interpreter;
import org.taipan.vm.PyCode;

/**
 * The loaders of modules found on the path (CPython's SourceFileLoader and
 * SourcelessFileLoader): {@code exec_module} gets the module's code, from the bytecode cache
 * when it is valid, else by compiling the source and writing the cache, and runs it in the
 * module's namespace.
 */
public final class Loaders {
    private Loaders() {}

    private static final ArgParser NEW = ArgParser.clinic("FileLoader", "fullname, path");
    private static final ArgParser OPT_NAME = ArgParser.clinic("get_filename", "name=None");

    /** A file loader; its {@code name} and {@code path} are attributes in its dict, as on CPython's. */
    public static final class FileLoader extends PyObject {
        final boolean sourceless;
        private final PyDict dict = new PyDict();

        FileLoader(boolean sourceless, String name, String path) {
            this.sourceless = sourceless;
            dict.setItem(PyStr.of("name"), PyStr.of(name));
            dict.setItem(PyStr.of("path"), PyStr.of(path));
        }

        @Override
        public PyType type() {
            return sourceless ? SOURCELESS : SOURCE;
        }

        @Override
        public PyDict instanceDict() {
            return dict;
        }

        String name() {
            return Abstract.str(Abstract.getAttr(this, PyStr.of("name"))).value();
        }

        String path() {
            return Abstract.str(Abstract.getAttr(this, PyStr.of("path"))).value();
        }

        /** Runs the module's code in its namespace. */
        void exec(PyModule module) {
            PyCode code = getCode(Abstract.str(Abstract.getAttr(module, PyStr.of("__name__"))).value());
            Importer.run(code, module.instanceDict());
        }

        PyCode getCode(String fullname) {
            String path = path();
            if (sourceless) {
                return PycCache.sourceless(readFile(path, fullname), fullname, path);
            }
            return cachedOrCompiled(fullname, path);
        }
    }

    static final PyType SOURCE = fileLoaderType("_frozen_importlib_external.SourceFileLoader", false);
    static final PyType SOURCELESS = fileLoaderType("_frozen_importlib_external.SourcelessFileLoader", true);

    private static PyType fileLoaderType(String name, boolean sourceless) {
        return PyType.builtin(name, FileLoader.class, PyType.OBJECT, 0, t -> {
            t.repr = Loaders::objectRepr;
            t.tpNew = (type, a, kw) -> {
                PyObject[] p = NEW.bind(a, 0, kw);
                return new FileLoader(sourceless, Abstract.str(p[0]).value(), Abstract.str(p[1]).value());
            };
        }, t -> {
            t.method("create_module", (self, spec) -> PyNone.INSTANCE);
            t.method("exec_module", (self, m) -> {
                if (!(m instanceof PyModule mod)) {
                    throw org.taipan.objects.Errors.typeError("exec_module() needs a module");
                }
                ((FileLoader) self).exec(mod);
                return PyNone.INSTANCE;
            });
            t.method("load_module", (self, a, start, kw) -> {
                PyObject[] p = OPT_NAME.bind(a, start, kw);
                String n = p[0] == null || p[0] == PyNone.INSTANCE ? ((FileLoader) self).name() : Abstract.str(p[0]).value();
                return Importer.load(n);
            });
            t.method("get_filename", (self, a, start, kw) -> PyStr.of(((FileLoader) self).path()));
            t.method("get_code", (self, n) -> ((FileLoader) self).getCode(Abstract.str(n).value()));
            t.method("get_source", (self, n) -> {
                FileLoader l = (FileLoader) self;
                if (l.sourceless) {
                    return PyNone.INSTANCE;
                }
                byte[] b = Stdlib.contains(l.path()) ? Stdlib.read(l.path()) : readFile(l.path(), Abstract.str(n).value());
                return Abstract.call(PyStr.TYPE, new PyObject[] {new PyBytes(b), PyStr.of("utf-8")}, null);
            });
            t.method("get_data", (self, p) -> new PyBytes(readFile(Abstract.str(p).value(), null)));
            t.method("is_package", (self, n) -> {
                String file = ((FileLoader) self).path();
                String base = file.substring(file.lastIndexOf('/') + 1);
                return PyBool.of(base.startsWith("__init__."));
            });
        });
    }

    /** {@code <module.Name object at 0x…>}, as object.__repr__ shows a class of that module. */
    static PyObject objectRepr(PyObject self) {
        return PyStr.of("<" + self.type().qualname() + " object at " + org.taipan.objects.Ids.address(self) + ">");
    }

    static byte[] readFile(String path, String name) {
        try {
            byte[] b = Stdlib.contains(path) ? Stdlib.read(path) : Files.readAllBytes(Path.of(path));
            if (b == null) {
                throw new IOException("no such file");
            }
            return b;
        } catch (IOException | java.nio.file.InvalidPathException e) {
            throw Importer.importError("cannot read " + path + ": " + e.getMessage(), name, path);
        }
    }

    /** Source compiled for a module; a syntax error becomes Python's SyntaxError. */
    static PyCode compile(byte[] source, String filename) {
        try {
            CodeUnit unit = Compiler.compile(Parser.parse(source, filename, "exec"), filename, "exec", 0,
                    Importer.optimizeLevel());
            return new PyCode(unit);
        } catch (PySyntaxError e) {
            throw BuiltinsModule.syntaxError(e);
        }
    }

    /** The code of a source module: from its cache if that is valid, else compiled (and the cache written). */
    static PyCode cachedOrCompiled(String fullname, String path) {
        long mtime = -1, size = -1;
        String cpath;
        // The standard library's cache is part of the installation, like CPython's own .pyc
        // files: written even under -B, and not reported by -v.
        boolean stdlib = Stdlib.contains(path);
        if (stdlib) {
            long[] stat = Stdlib.stat(path);
            cpath = Stdlib.cachePath(path, Importer.optimizeLevel());
            if (stat != null && cpath != null) {
                mtime = stat[0];
                size = stat[1];
            }
        } else {
            try {
                BasicFileAttributes a = Files.readAttributes(Path.of(path), BasicFileAttributes.class);
                mtime = a.lastModifiedTime().to(TimeUnit.SECONDS);
                size = a.size();
            } catch (IOException | java.nio.file.InvalidPathException e) {
                // no stat: no cache either
            }
            cpath = PycCache.cacheFromSource(path, Importer.optimizeLevel());
        }
        if (mtime >= 0) {
            byte[] data = null;
            try {
                data = Files.readAllBytes(Path.of(cpath));
            } catch (IOException | java.nio.file.InvalidPathException | SecurityException e) {
                // no cache
            }
            if (data != null) {
                String problem = PycCache.problem(data, fullname, mtime, size);
                if (problem == null) {
                    PyCode code = PycCache.codeAfterHeader(data, path);
                    if (code != null) {
                        if (!stdlib) {
                            Importer.verbose("# " + cpath + " matches " + path);
                            Importer.verbose("# code object from '" + cpath + "'");
                        }
                        if (!stdlib) {
                            Importer.stats[Importer.FROM_CACHE]++;
                        }
                        return code;
                    }
                    problem = "bad marshal data in '" + fullname + "'";
                }
                if (!stdlib) {
                    Importer.verbose("# " + problem);
                }
            }
        }
        byte[] source = readFile(path, fullname);
        PyCode code = compile(source, path);
        Importer.stats[Importer.COMPILED]++;
        if (!stdlib) {
            Importer.verbose("# code object from " + path);
        }
        if (mtime >= 0 && (stdlib || !Importer.dontWriteBytecode())) {
            if (PycCache.write(cpath, mtime, source.length, code) && !stdlib) {
                Importer.stats[Importer.WRITTEN]++;
                Importer.verbose("# created '" + cpath + "'");
            }
        }
        return code;
    }

    /** Loader of namespace packages: nothing to run. */
    public static final class NamespaceLoader extends PyObject {
        static final PyType TYPE = PyType.builtin("_frozen_importlib_external.NamespaceLoader", NamespaceLoader.class,
                PyType.OBJECT, 0, t -> t.repr = Loaders::objectRepr, t -> {
                    t.method("create_module", (self, spec) -> PyNone.INSTANCE);
                    t.method("exec_module", (self, m) -> PyNone.INSTANCE);
                    t.method("is_package", (self, n) -> PyBool.TRUE);
                    t.method("get_source", (self, n) -> PyStr.of(""));
                    t.method("get_code", (self, n) -> compile(new byte[0], "<string>"));
                });

        @Override
        public PyType type() {
            return TYPE;
        }
    }

    /** Finder and loader of the modules written in Java ({@code sys}, {@code math}, {@code marshal} …). */
    public static final class BuiltinImporter extends PyObject {
        static final BuiltinImporter INSTANCE = new BuiltinImporter();
        private static final ArgParser FIND = ArgParser.clinic("find_spec", "fullname, path=None, target=None");

        static final PyType TYPE = PyType.builtin("_frozen_importlib.BuiltinImporter", BuiltinImporter.class,
                PyType.OBJECT, 0, t -> t.repr = self -> PyStr.of("<class '_frozen_importlib.BuiltinImporter'>"), t -> {
                    t.method("find_spec", (self, a, start, kw) -> {
                        PyObject[] p = FIND.bind(a, start, kw);
                        PyObject spec = find(Abstract.str(p[0]).value(), p[1]);
                        return spec == null ? PyNone.INSTANCE : spec;
                    });
                    t.method("create_module", (self, spec) -> create(((ModuleSpec) spec).name()));
                    t.method("exec_module", (self, m) -> PyNone.INSTANCE);
                    t.method("is_package", (self, n) -> PyBool.FALSE);
                    t.method("get_code", (self, n) -> PyNone.INSTANCE);
                    t.method("get_source", (self, n) -> PyNone.INSTANCE);
                });

        @Override
        public PyType type() {
            return TYPE;
        }

        static ModuleSpec find(String name, PyObject path) {
            if (path != null && path != PyNone.INSTANCE || Interpreter.current().builtinModule(name) == null) {
                return null;
            }
            return new ModuleSpec(name, INSTANCE, PyStr.of("built-in"), null);
        }

        static PyModule create(String name) {
            PyObject existing = Interpreter.current().modules.getItem(PyStr.of(name));
            if (existing instanceof PyModule m && m.builtin) {
                return m;
            }
            return Interpreter.current().builtinModule(name);
        }
    }
}
