package org.taipan.modules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.Locale;
import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.PyFloat;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.Seq;

/**
 * The calendar half of {@code time}: {@code struct_time}, gmtime, localtime, mktime, asctime,
 * ctime, strftime (glibc's directives in the C locale) and the time zone constants, over
 * java.time in the JVM's default zone (which follows {@code TZ}).
 */
final class TimeCalendar {
    private TimeCalendar() {}

    private static final String[] FIELDS = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
        "tm_wday", "tm_yday", "tm_isdst"};
    private static final String[] EXTRA = {"tm_zone", "tm_gmtoff"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    static final PyType STRUCT_TIME = StructSeq.newType("time.struct_time", FIELDS);

    static {
        STRUCT_TIME.tpNew = (type, args, kw) -> {
            PyObject[] a = ArgParser.clinic("struct_time", "sequence, dict=None").bind(args, 0, kw);
            PyObject[] items = org.taipan.objects.Iter.toArray(a[0]);
            if (items.length < 9) {
                throw Errors.typeError("time.struct_time() takes an at least 9-sequence (" + items.length
                        + "-sequence given)");
            }
            if (items.length > 11) {
                throw Errors.typeError("time.struct_time() takes an at most 11-sequence (" + items.length
                        + "-sequence given)");
            }
            PyObject[] extra = {PyNone.INSTANCE, PyNone.INSTANCE};
            for (int i = 9; i < items.length; i++) {
                extra[i - 9] = items[i];
            }
            return StructSeq.withExtra(STRUCT_TIME, FIELDS, java.util.Arrays.copyOf(items, 9), EXTRA, extra);
        };
    }

    static void install(PyModule m) {
        m.set("struct_time", STRUCT_TIME);
        m.def("gmtime", (self, a, start, kw) -> {
            PyObject[] p = ArgParser.unpack("gmtime", 0, 1).varargs().bind(a, start, kw);
            return structTime(ZonedDateTime.ofInstant(Instant.ofEpochSecond(seconds(p[0])), ZoneOffset.UTC), "GMT");
        });
        m.def("localtime", (self, a, start, kw) -> {
            PyObject[] p = ArgParser.unpack("localtime", 0, 1).varargs().bind(a, start, kw);
            return local(seconds(p[0]));
        });
        m.def("mktime", (self, t) -> PyFloat.of(mktime(fields(t, "mktime"))));
        m.def("asctime", (self, a, start, kw) -> {
            PyObject[] p = ArgParser.unpack("asctime", 0, 1).varargs().bind(a, start, kw);
            PyObject t = p[0] == null ? local(seconds(null)) : p[0];
            return PyStr.of(asctime(checked(fields(t, "asctime"))));
        });
        m.def("ctime", (self, a, start, kw) -> {
            PyObject[] p = ArgParser.unpack("ctime", 0, 1).varargs().bind(a, start, kw);
            return PyStr.of(asctime(fields(local(seconds(p[0])), "ctime")));
        });
        m.def("strftime", (self, a, start, kw) -> {
            PyObject[] p = ArgParser.unpack("strftime", 1, 2).varargs().bind(a, start, kw);
            if (!(p[0] instanceof PyStr fmt)) {
                throw Errors.typeError("strftime() argument 1 must be str, not " + p[0].type().name());
            }
            PyObject t = p[1] == null ? local(seconds(null)) : p[1];
            long[] f = checked(fields(t, "strftime"));
            PyObject zone = StructSeq.extra(t, 0), off = StructSeq.extra(t, 1);
            return PyStr.of(strftime(fmt.toString(), f, zone instanceof PyStr z ? z.toString() : null,
                    off instanceof PyInt o ? o.longValue() : Long.MIN_VALUE));
        });
        ZoneId zone = ZoneId.systemDefault();
        java.time.zone.ZoneRules rules = zone.getRules();
        int year = LocalDate.now(zone).getYear();
        ZonedDateTime jan = LocalDateTime.of(year, 1, 1, 0, 0).atZone(zone);
        ZonedDateTime jul = LocalDateTime.of(year, 7, 1, 0, 0).atZone(zone);
        boolean janDst = rules.isDaylightSavings(jan.toInstant());
        ZonedDateTime std = janDst ? jul : jan, dst = janDst ? jan : jul;
        boolean daylight = !rules.isFixedOffset() && !std.getOffset().equals(dst.getOffset());
        m.set("timezone", PyInt.of(-std.getOffset().getTotalSeconds()));
        m.set("altzone", PyInt.of(-(daylight ? dst : std).getOffset().getTotalSeconds()));
        m.set("daylight", PyInt.of(daylight ? 1 : 0));
        m.set("tzname", PyTuple.of(PyStr.of(zoneName(std)), PyStr.of(zoneName(daylight ? dst : std))));
    }

    private static String zoneName(ZonedDateTime t) {
        String n = t.format(DateTimeFormatter.ofPattern("zzz", Locale.US));
        return n.equals("Z") || n.equals("GMT") && t.getZone().getId().equals("UTC") ? "UTC" : n;
    }

    /** A timestamp argument (None: now), floored to whole seconds. */
    private static long seconds(PyObject o) {
        if (o == null || o == PyNone.INSTANCE) {
            return Math.floorDiv(System.currentTimeMillis(), 1000);
        }
        if (o instanceof PyFloat f) {
            double d = f.value();
            if (Double.isNaN(d)) {
                throw Errors.valueError("Invalid value NaN (not a number)");
            }
            if (Math.abs(d) > 1e17) {
                throw Errors.overflowError("timestamp out of range for platform time_t");
            }
            return (long) Math.floor(d);
        }
        PyInt i = Seq.index(o);
        if (!i.isLong() || Math.abs(i.longValue()) > 67767976233316800L) {
            throw Errors.overflowError("timestamp out of range for platform time_t");
        }
        return i.longValue();
    }

    private static PyObject local(long secs) {
        ZonedDateTime t = ZonedDateTime.ofInstant(Instant.ofEpochSecond(secs), ZoneId.systemDefault());
        return structTime(t, zoneName(t));
    }

    private static PyObject structTime(ZonedDateTime t, String zone) {
        boolean dst = t.getZone().getRules().isDaylightSavings(t.toInstant());
        PyObject[] v = {PyInt.of(t.getYear()), PyInt.of(t.getMonthValue()), PyInt.of(t.getDayOfMonth()),
            PyInt.of(t.getHour()), PyInt.of(t.getMinute()), PyInt.of(t.getSecond()),
            PyInt.of(t.getDayOfWeek().getValue() - 1), PyInt.of(t.getDayOfYear()), PyInt.of(dst ? 1 : 0)};
        return StructSeq.withExtra(STRUCT_TIME, FIELDS, v, EXTRA,
                new PyObject[] {PyStr.of(zone), PyInt.of(t.getOffset().getTotalSeconds())});
    }

    /** The nine fields of a time tuple. */
    private static long[] fields(PyObject t, String fn) {
        PyTuple items = StructSeq.items(t);
        if (items == null) {
            throw Errors.typeError("Tuple or struct_time argument required");
        }
        if (items.size() != 9) {
            throw Errors.typeError(fn + "(): illegal time tuple argument");
        }
        long[] f = new long[9];
        for (int i = 0; i < 9; i++) {
            PyObject v = items.get(i);
            if (v instanceof PyFloat) {
                throw Errors.typeError("'float' object cannot be interpreted as an integer");
            }
            f[i] = Seq.asSsize(v);
        }
        return f;
    }

    /** CPython's checks of a time tuple for asctime and strftime (month, day and yday 0 mean 1). */
    private static long[] checked(long[] f) {
        if (f[1] == 0) {
            f[1] = 1;
        }
        if (f[2] == 0) {
            f[2] = 1;
        }
        if (f[7] == 0) {
            f[7] = 1;
        }
        check(f[1] >= 1 && f[1] <= 12, "month out of range");
        check(f[2] >= 1 && f[2] <= 31, "day of month out of range");
        check(f[3] >= 0 && f[3] <= 23, "hour out of range");
        check(f[4] >= 0 && f[4] <= 59, "minute out of range");
        check(f[5] >= 0 && f[5] <= 61, "seconds out of range");
        // CPython shifts to C's Sunday-first count before checking: -1 is Sunday.
        long cw = (f[6] + 1) % 7;
        check(cw >= 0, "day of week out of range");
        f[6] = (cw + 6) % 7;
        check(f[7] >= 1 && f[7] <= 366, "day of year out of range");
        return f;
    }

    private static void check(boolean ok, String msg) {
        if (!ok) {
            throw Errors.valueError(msg);
        }
    }

    private static double mktime(long[] f) {
        try {
            LocalDateTime t = LocalDateTime.of((int) f[0], 1, 1, 0, 0).plusMonths(f[1] - 1).plusDays(f[2] - 1)
                    .plusHours(f[3]).plusMinutes(f[4]).plusSeconds(f[5]);
            return t.atZone(ZoneId.systemDefault()).toEpochSecond();
        } catch (java.time.DateTimeException | ArithmeticException e) {
            throw Errors.overflowError("mktime argument out of range");
        }
    }

    private static String asctime(long[] f) {
        return String.format("%s %s %2d %02d:%02d:%02d %d", DAYS[(int) f[6]].substring(0, 3),
                MONTHS[(int) f[1] - 1].substring(0, 3), f[2], f[3], f[4], f[5], f[0]);
    }

    static String strftime(String fmt, long[] f, String zone, long gmtoff) {
        StringBuilder sb = new StringBuilder();
        int cw = (int) ((f[6] + 1) % 7); // C's tm_wday: Sunday is 0
        long yday0 = f[7] - 1;
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%' || i + 1 == fmt.length()) {
                sb.append(c);
                continue;
            }
            char d = fmt.charAt(++i);
            switch (d) {
                case 'a' -> sb.append(DAYS[(int) f[6]], 0, 3);
                case 'A' -> sb.append(DAYS[(int) f[6]]);
                case 'b', 'h' -> sb.append(MONTHS[(int) f[1] - 1], 0, 3);
                case 'B' -> sb.append(MONTHS[(int) f[1] - 1]);
                case 'c' -> sb.append(strftime("%a %b %e %H:%M:%S %Y", f, zone, gmtoff));
                case 'C' -> sb.append(String.format("%02d", Math.floorDiv(f[0], 100)));
                case 'd' -> sb.append(String.format("%02d", f[2]));
                case 'D', 'x' -> sb.append(strftime("%m/%d/%y", f, zone, gmtoff));
                case 'e' -> sb.append(String.format("%2d", f[2]));
                case 'F' -> sb.append(strftime("%Y-%m-%d", f, zone, gmtoff));
                case 'H' -> sb.append(String.format("%02d", f[3]));
                case 'I' -> sb.append(String.format("%02d", (f[3] + 11) % 12 + 1));
                case 'j' -> sb.append(String.format("%03d", f[7]));
                case 'k' -> sb.append(String.format("%2d", f[3]));
                case 'l' -> sb.append(String.format("%2d", (f[3] + 11) % 12 + 1));
                case 'm' -> sb.append(String.format("%02d", f[1]));
                case 'M' -> sb.append(String.format("%02d", f[4]));
                case 'n' -> sb.append('\n');
                case 'p' -> sb.append(f[3] < 12 ? "AM" : "PM");
                case 'P' -> sb.append(f[3] < 12 ? "am" : "pm");
                case 'r' -> sb.append(strftime("%I:%M:%S %p", f, zone, gmtoff));
                case 'R' -> sb.append(strftime("%H:%M", f, zone, gmtoff));
                case 's' -> sb.append((long) mktime(f));
                case 'S' -> sb.append(String.format("%02d", f[5]));
                case 't' -> sb.append('\t');
                case 'T', 'X' -> sb.append(strftime("%H:%M:%S", f, zone, gmtoff));
                case 'u' -> sb.append(f[6] + 1);
                case 'U' -> sb.append(String.format("%02d", (yday0 + 7 - cw) / 7));
                case 'w' -> sb.append(cw);
                case 'W' -> sb.append(String.format("%02d", (yday0 + 7 - (cw + 6) % 7) / 7));
                case 'y' -> sb.append(String.format("%02d", Math.floorMod(f[0], 100)));
                case 'Y' -> sb.append(f[0]);
                case 'G', 'g', 'V' -> {
                    LocalDate date = LocalDate.ofYearDay((int) f[0], (int) Math.min(f[7], 365));
                    int wy = date.get(IsoFields.WEEK_BASED_YEAR), wk = date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                    sb.append(d == 'G' ? String.valueOf(wy) : String.format("%02d", d == 'g' ? Math.floorMod(wy, 100) : wk));
                }
                case 'z' -> {
                    long off = gmtoff != Long.MIN_VALUE ? gmtoff
                            : ZoneId.systemDefault().getRules().getOffset(Instant.now()).getTotalSeconds();
                    long a = Math.abs(off);
                    sb.append(off < 0 ? '-' : '+').append(String.format("%02d%02d", a / 3600, a / 60 % 60));
                }
                case 'Z' -> sb.append(zone != null ? zone : localZoneName(f[8] > 0));
                case '%' -> sb.append('%');
                default -> sb.append('%').append(d);
            }
        }
        return sb.toString();
    }

    /** The local zone's name in or out of daylight saving time (for a tuple without tm_zone). */
    private static String localZoneName(boolean dst) {
        ZoneId zone = ZoneId.systemDefault();
        ZonedDateTime now = ZonedDateTime.now(zone);
        boolean nowDst = zone.getRules().isDaylightSavings(now.toInstant());
        return nowDst == dst ? zoneName(now) : zoneName(now.plusMonths(6));
    }
}
