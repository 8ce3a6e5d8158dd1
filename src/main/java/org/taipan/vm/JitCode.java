package org.taipan.vm;

import org.taipan.objects.PyObject;

/**
 * A code object translated to JVM bytecode by {@link Jit}. {@code entry} is the byte offset to
 * start at: 0 for a call, or a loop header when a running frame moves over from the eval loop
 * (its locals and stack are then read from the frame's slots).
 */
interface JitCode {
    PyObject run(ThreadState ts, PyFrame f, int entry);
}
