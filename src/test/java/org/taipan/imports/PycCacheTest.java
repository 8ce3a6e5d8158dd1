package org.taipan.imports;

import static org.junit.jupiter.api.Assertions.*;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taipan.cli.ScriptRunner;
import org.taipan.modules.Console;
import org.taipan.objects.Abstract;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyStr;
import org.taipan.vm.Interpreter;

/**
 * The bytecode cache: each test runs programs as {@code ./taipan main.py} would, in a fresh
 * interpreter with the temporary directory as {@code sys.path[0]} and bytecode writing on
 * (the machines' PYTHONDONTWRITEBYTECODE=1 is overridden as an unset variable would leave it).
 */
class PycCacheTest {
    @TempDir
    Path dir;

    private long compiled, fromCache, written;

    @BeforeEach
    void remember() {
        snapshot();
    }

    @AfterEach
    void resetFlags() {
        Importer.noWriteFlag = false;
    }

    private void snapshot() {
        compiled = Importer.stats[Importer.COMPILED];
        fromCache = Importer.stats[Importer.FROM_CACHE];
        written = Importer.stats[Importer.WRITTEN];
    }

    /** Runs {@code source} as the main program; returns its stdout (stderr must be empty). */
    private String run(String source, boolean writeBytecode) throws Exception {
        snapshot();
        StringWriter out = new StringWriter(), err = new StringWriter();
        Console.redirect(out, err);
        int status;
        try {
            Interpreter interp = new Interpreter(List.of(dir.resolve("main.py").toString()));
            interp.sys.set("dont_write_bytecode", PyBool.of(!writeBytecode));
            Abstract.setItem(interp.sysAttr("path"), PyInt.of(0), PyStr.of(dir.toString()));
            status = ScriptRunner.run(interp, source.getBytes(StandardCharsets.UTF_8), dir.resolve("main.py").toString());
        } finally {
            Console.reset();
        }
        assertEquals("", err.toString());
        assertEquals(0, status);
        return out.toString();
    }

    private String run(String source) throws Exception {
        return run(source, true);
    }

    private long compiledSince() {
        return Importer.stats[Importer.COMPILED] - compiled;
    }

    private long cachedSince() {
        return Importer.stats[Importer.FROM_CACHE] - fromCache;
    }

    private long writtenSince() {
        return Importer.stats[Importer.WRITTEN] - written;
    }

    private Path module(String name, String text) throws Exception {
        Path p = dir.resolve(name + ".py");
        Files.writeString(p, text);
        return p;
    }

    private Path cacheOf(String name) {
        return dir.resolve("__pycache__").resolve(name + ".taipan-311.pyc");
    }

    @Test
    void firstImportCompilesAndWritesTheCacheSecondLoadsIt() throws Exception {
        Path src = module("mod", "X = [1, 2.5, 'three', (4, None), {5}]\ndef f(a, *b, c=1, **d):\n    return a + c\n");
        assertEquals("[1, 2.5, 'three', (4, None), {5}] 2\n", run("import mod\nprint(mod.X, mod.f(1))\n"));
        assertEquals(1, compiledSince());
        assertEquals(1, writtenSince());
        byte[] pyc = Files.readAllBytes(cacheOf("mod"));
        // PEP 552 header: magic, flags 0, source mtime and size (little-endian uint32s)
        assertArrayEquals(PycCache.magicBytes(), java.util.Arrays.copyOf(pyc, 4));
        assertEquals(0, intAt(pyc, 4));
        assertEquals((int) Files.getLastModifiedTime(src).to(java.util.concurrent.TimeUnit.SECONDS), intAt(pyc, 8));
        assertEquals((int) Files.size(src), intAt(pyc, 12));

        assertEquals("[1, 2.5, 'three', (4, None), {5}] 2\n", run("import mod\nprint(mod.X, mod.f(1))\n"));
        assertEquals(0, compiledSince(), "a valid cache compiles nothing");
        assertEquals(1, cachedSince());
        assertEquals(0, writtenSince());
    }

    @Test
    void cachedCodeHasTheSourcesFileNameAndLines() throws Exception {
        module("tb", "def boom():\n    return 1 / 0\n");
        String prog = "import tb\ntry:\n    tb.boom()\nexcept ZeroDivisionError as e:\n"
                + "    t = e.__traceback__.tb_next\n    print(t.tb_frame.f_code.co_filename.endswith('tb.py'), t.tb_lineno)\n";
        assertEquals("True 2\n", run(prog));
        assertEquals("True 2\n", run(prog));
        assertEquals(1, cachedSince());
    }

    @Test
    void staleCacheIsRecompiledAndRewritten() throws Exception {
        Path src = module("st", "V = 1\n");
        run("import st\n");
        module("st", "V = 22\n");
        assertEquals("22\n", run("import st\nprint(st.V)\n"));
        assertEquals(1, compiledSince());
        assertEquals(1, writtenSince());
        // same size, other mtime
        Files.writeString(src, "V = 33\n");
        Files.setLastModifiedTime(src, FileTime.fromMillis(Files.getLastModifiedTime(src).toMillis() + 5000));
        assertEquals("33\n", run("import st\nprint(st.V)\n"));
        assertEquals(1, compiledSince());
        assertEquals("33\n", run("import st\nprint(st.V)\n"));
        assertEquals(0, compiledSince());
    }

    @Test
    void corruptOrForeignCachesAreReplacedNeverFatal() throws Exception {
        module("cm", "V = 'fine'\n");
        run("import cm\n");
        byte[] good = Files.readAllBytes(cacheOf("cm"));
        List<byte[]> bad = List.of(
                new byte[0],
                "garbage".getBytes(StandardCharsets.US_ASCII),
                java.util.Arrays.copyOf(good, 10),                       // truncated header
                java.util.Arrays.copyOf(good, good.length - 3),          // truncated code
                withTail(good, new byte[] {'?', '?', '?'}),              // unknown type code after the header
                withMagic(good, new byte[] {(byte) 0xa7, 0x0d, '\r', '\n'}), // CPython 3.11's magic
                withFlags(good, 3));                                      // a hash-based pyc
        for (byte[] b : bad) {
            Files.write(cacheOf("cm"), b);
            assertEquals("fine\n", run("import cm\nprint(cm.V)\n"));
            assertEquals(1, compiledSince());
            assertArrayEquals(good, Files.readAllBytes(cacheOf("cm")), "the cache is written again");
        }
    }

    @Test
    void noWritingWhenDisabled() throws Exception {
        module("nw", "V = 1\n");
        assertEquals("1\n", run("import nw\nprint(nw.V)\n", false));
        assertFalse(Files.exists(cacheOf("nw")));
        assertEquals(0, writtenSince());
        // -B sets sys.dont_write_bytecode in a new interpreter
        Importer.noWriteFlag = true;
        Interpreter interp = new Interpreter();
        assertEquals(PyBool.TRUE, interp.sysAttr("dont_write_bytecode"));
    }

    @Test
    void unwritableCacheDirectoryIsSkippedSilently() throws Exception {
        module("ro", "V = 'ro'\n");
        Files.writeString(dir.resolve("__pycache__"), "a file where the directory would be");
        assertEquals("ro\n", run("import ro\nprint(ro.V)\n"));
        assertEquals(0, writtenSince());
        Files.delete(dir.resolve("__pycache__"));
        Path cache = Files.createDirectory(dir.resolve("__pycache__"));
        if (cache.toFile().setWritable(false) && !Files.isWritable(cache)) {
            try {
                assertEquals("ro\n", run("import ro\nprint(ro.V)\n"));
                assertEquals(0, writtenSince());
            } finally {
                cache.toFile().setWritable(true);
            }
        }
    }

    @Test
    void sourcelessPycImportsAndRuns() throws Exception {
        module("sl", "print('sourceless ran', __name__)\n");
        run("import sl\n");
        Files.move(cacheOf("sl"), dir.resolve("sl.pyc"));
        Files.delete(dir.resolve("sl.py"));
        assertEquals("sourceless ran sl\nTrue\n", run("import sl\nprint(sl.__file__.endswith('sl.pyc'))\n"));
        assertEquals(0, compiledSince());
    }

    @Test
    void pyCompileAndCompileallWriteCaches() throws Exception {
        module("pc", "V = 1\n");
        Files.createDirectories(dir.resolve("tree/sub"));
        Files.writeString(dir.resolve("tree/sub/m.py"), "W = 2\n");
        String prog = "import py_compile, compileall\n"
                + "c = py_compile.compile(" + Abstract.repr(PyStr.of(dir.resolve("pc.py").toString())) + ")\n"
                + "print(c.endswith('__pycache__/pc.taipan-311.pyc'))\n"
                + "print(compileall.compile_dir(" + Abstract.repr(PyStr.of(dir.resolve("tree").toString()))
                + ", quiet=1))\n";
        assertEquals("True\nTrue\n", run(prog, false));
        assertTrue(Files.exists(cacheOf("pc")));
        assertTrue(Files.exists(dir.resolve("tree/sub/__pycache__/m.taipan-311.pyc")));
        assertEquals("1\n", run("import pc\nprint(pc.V)\n"));
        assertEquals(0, compiledSince());
    }

    private static int intAt(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | b[at + 3] << 24;
    }

    private static byte[] withTail(byte[] pyc, byte[] tail) {
        byte[] out = java.util.Arrays.copyOf(pyc, PycCache.HEADER_SIZE + tail.length);
        System.arraycopy(tail, 0, out, PycCache.HEADER_SIZE, tail.length);
        return out;
    }

    private static byte[] withMagic(byte[] pyc, byte[] magic) {
        byte[] out = pyc.clone();
        System.arraycopy(magic, 0, out, 0, 4);
        return out;
    }

    private static byte[] withFlags(byte[] pyc, int flags) {
        byte[] out = pyc.clone();
        out[4] = (byte) flags;
        return out;
    }
}
