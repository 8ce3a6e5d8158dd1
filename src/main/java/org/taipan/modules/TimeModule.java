package org.taipan.modules;

import org.taipan.objects.Errors;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyFloat;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;

/** A minimal {@code time} module: the clocks and sleep. */
public final class TimeModule {
    private TimeModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("time", new PyDict());
        m.builtin = true;
        m.def("time", self -> {
            java.time.Instant now = java.time.Instant.now();
            return PyFloat.of(now.getEpochSecond() + now.getNano() / 1e9);
        });
        m.def("time_ns", self -> {
            java.time.Instant now = java.time.Instant.now();
            return PyInt.of(now.getEpochSecond() * 1_000_000_000L + now.getNano());
        });
        m.def("perf_counter", self -> PyFloat.of(System.nanoTime() / 1e9));
        m.def("perf_counter_ns", self -> PyInt.of(System.nanoTime()));
        m.def("monotonic", self -> PyFloat.of(System.nanoTime() / 1e9));
        m.def("monotonic_ns", self -> PyInt.of(System.nanoTime()));
        // CPU time of the whole JVM (compiler and collector threads included) and of this thread.
        m.def("process_time", self -> PyFloat.of(processCpuNanos() / 1e9));
        m.def("process_time_ns", self -> PyInt.of(processCpuNanos()));
        m.def("thread_time", self -> PyFloat.of(threadCpuNanos() / 1e9));
        m.def("thread_time_ns", self -> PyInt.of(threadCpuNanos()));
        m.def("sleep", (self, secs) -> {
            double s = secs instanceof PyFloat f ? f.value() : org.taipan.objects.Seq.index(secs).bigValue().doubleValue();
            if (Double.isNaN(s)) {
                throw Errors.valueError("Invalid value NaN (not a number)");
            }
            if (s < 0) {
                throw Errors.valueError("sleep length must be non-negative");
            }
            sleep(s);
            return PyNone.INSTANCE;
        });
        // As CPython's: the work is done by _strptime (src/main/python/_strptime.py).
        m.def("strptime", (self, a, start, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Errors.typeError("strptime() takes no keyword arguments");
            }
            PyObject mod = org.taipan.vm.Imports.importModule("_strptime", null,
                    PyTuple.of(PyStr.of("_strptime_time")), 0);
            PyObject fn = org.taipan.objects.Abstract.getAttr(mod, PyStr.of("_strptime_time"));
            return org.taipan.objects.Abstract.call(fn, java.util.Arrays.copyOfRange(a, start, a.length), null);
        });
        TimeCalendar.install(m);
        return m;
    }

    /**
     * Sleeps without the GIL, so that other threads run; {@code sleep(0)} hands the GIL to a
     * waiting thread, if any. Ctrl-C wakes the main thread: KeyboardInterrupt is raised, else
     * the sleep goes on to its end.
     */
    private static void sleep(double secs) {
        if (secs == 0) {
            org.taipan.vm.ThreadState.yieldGil();
            return;
        }
        long deadline = System.nanoTime() + (long) Math.min(secs * 1e9, Long.MAX_VALUE / 2);
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                // As CPython checks for signals after the call: an interrupt_main() that came meanwhile.
                org.taipan.vm.ThreadState.poll();
                return;
            }
            boolean interrupted = org.taipan.vm.ThreadState.blocking(() -> {
                try {
                    Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
                    return false;
                } catch (InterruptedException e) {
                    return true;
                }
            });
            if (interrupted) {
                org.taipan.vm.ThreadState.pollInterrupt();
            }
        }
    }

    private static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os && os.getProcessCpuTime() >= 0) {
            return os.getProcessCpuTime();
        }
        return threadCpuNanos();
    }

    private static long threadCpuNanos() {
        long t = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        return t >= 0 ? t : System.nanoTime();
    }
}
