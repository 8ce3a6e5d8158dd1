package org.taipan.compiler;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The opcode table against CPython 3.11's dis module (src/test/resources/opcode/opcodes.txt, from its regen). */
class OpcodeTest {
    @Test
    void namesNumbersFlagsCachesAndStackEffectsMatchCPython() throws IOException {
        List<String> lines;
        try (var in = OpcodeTest.class.getResourceAsStream("/opcode/opcodes.txt")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        String[] args = lines.get(0).substring("# args: ".length()).split(" ");
        int checked = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(" ");
            int op = Integer.parseInt(f[0]);
            assertEquals(f[1], Opcode.name(op), "name of " + op);
            String[] flagNames = {"hasconst", "hasname", "hasjrel", "haslocal", "hascompare", "hasfree"};
            int[] flagBits = {Opcode.HAS_CONST, Opcode.HAS_NAME, Opcode.HAS_JREL, Opcode.HAS_LOCAL,
                    Opcode.HAS_COMPARE, Opcode.HAS_FREE};
            for (int k = 0; k < flagNames.length; k++) {
                assertEquals(List.of(f[2].split(",")).contains(flagNames[k]), Opcode.has(op, flagBits[k]),
                        flagNames[k] + " of " + f[1]);
            }
            assertEquals(Integer.parseInt(f[3]), Opcode.caches(op), "inline caches of " + f[1]);
            if (!Opcode.hasArgument(op)) {
                assertEquals(Integer.parseInt(f[4]), Opcode.stackEffect(op, 0, false), f[1]);
            } else {
                for (int k = 0; k < args.length; k++) {
                    String[] e = f[4 + k].split("/");
                    int arg = Integer.parseInt(args[k]);
                    assertEquals(Integer.parseInt(e[0]), Opcode.stackEffect(op, arg, false), f[1] + " " + arg);
                    assertEquals(Integer.parseInt(e[1]), Opcode.stackEffect(op, arg, true), f[1] + " " + arg + " jump");
                }
            }
            checked++;
        }
        assertEquals(110, checked, "every opcode of 3.11");
        long defined = java.util.stream.IntStream.range(0, 256).filter(op -> Opcode.name(op) != null).count();
        assertEquals(110, defined, "no extra opcodes");
    }
}
