package org.taipan.imports;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.Iter;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyList;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyType;
import org.taipan.vm.Interpreter;

/**
 * Finds modules along {@code sys.path} (or a package's {@code __path__}), as CPython's
 * PathFinder with its FileFinders does: in each directory a package {@code NAME/__init__.py},
 * then {@code NAME.py}, then a sourceless {@code NAME.pyc}; a directory {@code NAME} without
 * {@code __init__} is a portion of a namespace package, which is made only if no entry has the
 * module itself.
 */
public final class PathFinder extends PyObject {
    static final PathFinder INSTANCE = new PathFinder();
    private static final ArgParser FIND = ArgParser.clinic("find_spec", "fullname, path=None, target=None");

    static final PyType TYPE = PyType.builtin("_frozen_importlib_external.PathFinder", PathFinder.class,
            PyType.OBJECT, 0, t -> t.repr = self -> PyStr.of("<class '_frozen_importlib_external.PathFinder'>"), t -> {
                t.method("find_spec", (self, a, start, kw) -> {
                    PyObject[] p = FIND.bind(a, start, kw);
                    PyObject spec = find(Abstract.str(p[0]).value(), p[1]);
                    return spec == null ? PyNone.INSTANCE : spec;
                });
                t.method("invalidate_caches", (self, a, start, kw) -> PyNone.INSTANCE);
            });

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The spec of {@code fullname} along {@code path} (sys.path when None), or null. */
    static ModuleSpec find(String fullname, PyObject path) {
        if (path == null || path == PyNone.INSTANCE) {
            path = Interpreter.current().sysAttr("path");
            if (path == null) {
                return null;
            }
        }
        String last = fullname.substring(fullname.lastIndexOf('.') + 1);
        List<String> portions = null;
        for (PyObject entry : Iter.toArray(path)) {
            if (!(entry instanceof PyStr e)) {
                continue;
            }
            String dir = e.value();
            if (Stdlib.contains(dir)) {
                ModuleSpec s = inStdlib(fullname, dir + "/" + last);
                if (s != null) {
                    return s;
                }
                continue;
            }
            if (dir.isEmpty()) {
                dir = System.getProperty("user.dir");
            }
            String base = dir.endsWith("/") ? dir + last : dir + "/" + last;
            Path pkg;
            try {
                pkg = Path.of(base);
            } catch (InvalidPathException ex) {
                continue;
            }
            boolean isDir = Files.isDirectory(pkg);
            if (isDir) {
                for (String init : new String[] {"__init__.py", "__init__.pyc"}) {
                    if (Files.isRegularFile(pkg.resolve(init))) {
                        return fileSpec(fullname, base + "/" + init, init.endsWith("c"), PyList.of(PyStr.of(base)));
                    }
                }
            }
            if (Files.isRegularFile(Path.of(base + ".py"))) {
                return fileSpec(fullname, base + ".py", false, null);
            }
            if (Files.isRegularFile(Path.of(base + ".pyc"))) {
                return fileSpec(fullname, base + ".pyc", true, null);
            }
            if (isDir) {
                if (portions == null) {
                    portions = new ArrayList<>();
                }
                portions.add(base);
            }
        }
        if (portions == null) {
            return null;
        }
        PyObject[] locations = new PyObject[portions.size()];
        for (int i = 0; i < locations.length; i++) {
            locations[i] = PyStr.of(portions.get(i));
        }
        return new ModuleSpec(fullname, new Loaders.NamespaceLoader(), null, PyList.wrap(locations));
    }

    private static ModuleSpec inStdlib(String fullname, String base) {
        if (Stdlib.exists(base + "/__init__.py")) {
            return fileSpec(fullname, base + "/__init__.py", false, PyList.of(PyStr.of(base)));
        }
        if (Stdlib.exists(base + ".py")) {
            return fileSpec(fullname, base + ".py", false, null);
        }
        return null;
    }

    static ModuleSpec fileSpec(String fullname, String file, boolean sourceless, PyObject locations) {
        ModuleSpec s = new ModuleSpec(fullname, new Loaders.FileLoader(sourceless, fullname, file), PyStr.of(file),
                locations);
        s.set("_set_fileattr", PyBool.TRUE);
        return s;
    }
}
