package org.taipan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandLineTest {
    private static CommandLine parse(String... argv) throws CommandLine.UsageError {
        return CommandLine.parse(argv);
    }

    @Test
    void scriptEndsOptions() throws Exception {
        CommandLine c = parse("-X", "ast-dump", "f.py", "-X", "x");
        assertEquals("f.py", c.script);
        assertEquals(List.of("f.py", "-X", "x"), c.args);
        assertTrue(c.xoptions.containsKey("ast-dump"));
        assertEquals(1, c.xoptions.size());
    }

    @Test
    void attachedAndClusteredArguments() throws Exception {
        CommandLine c = parse("-bBXparse-bench=3", "-cprint(1)", "a");
        assertEquals("3", c.xoptions.get("parse-bench"));
        assertEquals("print(1)", c.command);
        assertEquals(List.of("-c", "a"), c.args);
        assertEquals("bB", c.flags.toString());
        assertNull(c.script);
    }

    @Test
    void moduleAndDashDash() throws Exception {
        assertEquals("json.tool", parse("-m", "json.tool", "x").module);
        assertEquals("-f.py", parse("--", "-f.py").script);
        assertEquals("-", parse("-").script);
    }

    @Test
    void usageErrorsWordedAsCPython() {
        // Messages from python3 3.11: `python3 -X`, `python3 -Q`, `python3 --foo`.
        assertEquals("Argument expected for the -X option",
                assertThrows(CommandLine.UsageError.class, () -> parse("-X")).getMessage());
        assertEquals("Unknown option: -Q",
                assertThrows(CommandLine.UsageError.class, () -> parse("-Q")).getMessage());
        assertEquals("unknown option --foo",
                assertThrows(CommandLine.UsageError.class, () -> parse("--foo")).getMessage());
    }

    @Test
    void configMergesFlagsAndEnvironment() throws Exception {
        // sys.flags.verbose as python3 -vv and PYTHONVERBOSE=3 set it (checked here: -v's import
        // trace on stderr keeps it out of CliTest).
        org.taipan.vm.Config c = parse("-vv", "-c", "pass").configure(Map.of(), "taipan", new String[0]);
        assertEquals(2, c.verbose);
        c = parse("-v", "-c", "pass").configure(Map.of("PYTHONVERBOSE", "3"), "taipan", new String[0]);
        assertEquals(3, c.verbose);
        c = parse("-E", "-c", "pass").configure(Map.of("PYTHONVERBOSE", "3", "PYTHONPATH", "/a"), "taipan",
                new String[0]);
        assertEquals(0, c.verbose);
        assertTrue(c.pythonPath.isEmpty());
        c = parse("-c", "pass").configure(Map.of("PYTHONPATH", "/a::/b", "PYTHONSTARTUP", "s.py"), "taipan",
                new String[0]);
        assertEquals(List.of("/a", "/b"), c.pythonPath);
        assertEquals("s.py", c.startup);
    }
}
