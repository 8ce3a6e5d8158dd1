package org.taipan.modules.itertools;

import org.taipan.objects.PyDict;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyType;

/** The {@code itertools} module: every 3.11 iterator type, written in Java for speed. */
public final class ItertoolsModule {
    private ItertoolsModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("itertools", new PyDict());
        m.builtin = true;
        for (PyType t : new PyType[] {Infinite.Count.TYPE, Infinite.Cycle.TYPE, Infinite.Repeat.TYPE,
            Terminating.Accumulate.TYPE, Terminating.Chain.TYPE, Terminating.Compress.TYPE,
            Terminating.Predicated.DROPWHILE, Terminating.Predicated.TAKEWHILE, Terminating.Predicated.FILTERFALSE,
            Terminating.Starmap.TYPE, Terminating.Pairwise.TYPE, Regrouping.GroupBy.TYPE, Regrouping.Grouper.TYPE,
            Regrouping.ISlice.TYPE, Regrouping.Tee.TYPE, Regrouping.ZipLongest.TYPE, Combinatoric.Product.TYPE,
            Combinatoric.Permutations.TYPE, Combinatoric.Combinations.TYPE, Combinatoric.Combinations.TYPE_WR}) {
            m.set(t.qualname(), t);
        }
        m.def("tee", (self, args, start, kw) -> Regrouping.Tee.tee(
                java.util.Arrays.copyOfRange(args, start, args.length), kw));
        return m;
    }
}
