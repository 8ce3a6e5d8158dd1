package org.taipan.objects;

import org.junit.jupiter.api.Test;

/** {@code str % args}: /str/percent.cases, results by CPython 3.11. */
class StrPercentTest {
    @Test
    void percentFormatting() {
        StrCases.check("percent");
    }
}
