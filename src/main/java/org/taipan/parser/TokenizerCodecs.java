package org.taipan.parser;

import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Map;

/**
 * Python's text codec names (with their aliases, as python3 lists them) mapped to Java
 * charsets, for coding cookies. Codecs Java lacks are missing and so reported as unknown.
 */
final class TokenizerCodecs {
    private TokenizerCodecs() {}

    /** Alias (normalised as Python does) to Python's canonical codec name. */
    private static final Map<String, String> ALIASES = parse(
            "037=cp037 1026=cp1026 1140=cp1140 1250=cp1250 1251=cp1251 1252=cp1252 1253=cp1253 " +
            "1254=cp1254 1255=cp1255 1256=cp1256 1257=cp1257 1258=cp1258 273=cp273 424=cp424 " +
            "437=cp437 500=cp500 646=ascii 775=cp775 850=cp850 852=cp852 855=cp855 857=cp857 " +
            "858=cp858 860=cp860 861=cp861 862=cp862 863=cp863 864=cp864 865=cp865 866=cp866 " +
            "869=cp869 8859=iso8859-1 932=cp932 936=gbk 949=cp949 950=cp950 ansi_x3.4_1968=ascii " +
            "ansi_x3.4_1986=ascii ansi_x3_4_1968=ascii arabic=iso8859-6 ascii=ascii " +
            "asmo_708=iso8859-6 big5=big5 big5_hkscs=big5hkscs big5_tw=big5 big5hkscs=big5hkscs " +
            "chinese=gb2312 cp037=cp037 cp1006=cp1006 cp1026=cp1026 cp1140=cp1140 cp1250=cp1250 " +
            "cp1251=cp1251 cp1252=cp1252 cp1253=cp1253 cp1254=cp1254 cp1255=cp1255 cp1256=cp1256 " +
            "cp1257=cp1257 cp1258=cp1258 cp1361=johab cp273=cp273 cp367=ascii cp424=cp424 " +
            "cp437=cp437 cp500=cp500 cp65001=utf-8 cp737=cp737 cp775=cp775 cp819=iso8859-1 " +
            "cp850=cp850 cp852=cp852 cp855=cp855 cp856=cp856 cp857=cp857 cp858=cp858 cp860=cp860 " +
            "cp861=cp861 cp862=cp862 cp863=cp863 cp864=cp864 cp865=cp865 cp866=cp866 cp869=cp869 " +
            "cp874=cp874 cp875=cp875 cp932=cp932 cp936=gbk cp949=cp949 cp950=cp950 cp_gr=cp869 " +
            "cp_is=cp861 csascii=ascii csbig5=big5 csibm037=cp037 csibm1026=cp1026 csibm273=cp273 " +
            "csibm424=cp424 csibm500=cp500 csibm855=cp855 csibm857=cp857 csibm858=cp858 " +
            "csibm860=cp860 csibm861=cp861 csibm863=cp863 csibm864=cp864 csibm865=cp865 " +
            "csibm866=cp866 csibm869=cp869 csiso2022jp=iso2022_jp csiso2022kr=iso2022_kr " +
            "csiso58gb231280=gb2312 csisolatin1=iso8859-1 csisolatin2=iso8859-2 " +
            "csisolatin3=iso8859-3 csisolatin4=iso8859-4 csisolatin5=iso8859-9 " +
            "csisolatinarabic=iso8859-6 csisolatincyrillic=iso8859-5 csisolatingreek=iso8859-7 " +
            "csisolatinhebrew=iso8859-8 cskoi8r=koi8-r cspc775baltic=cp775 " +
            "cspc850multilingual=cp850 cspc862latinhebrew=cp862 cspc8codepage437=cp437 " +
            "cspcp852=cp852 csshiftjis=shift_jis cyrillic=iso8859-5 ebcdic_cp_be=cp500 " +
            "ebcdic_cp_ca=cp037 ebcdic_cp_ch=cp500 ebcdic_cp_he=cp424 ebcdic_cp_nl=cp037 " +
            "ebcdic_cp_us=cp037 ebcdic_cp_wt=cp037 ecma_114=iso8859-6 ecma_118=iso8859-7 " +
            "elot_928=iso8859-7 euc_cn=gb2312 euc_jp=euc_jp euc_kr=euc_kr euccn=gb2312 " +
            "eucgb2312_cn=gb2312 eucjp=euc_jp euckr=euc_kr gb18030=gb18030 gb18030_2000=gb18030 " +
            "gb2312=gb2312 gb2312_1980=gb2312 gb2312_80=gb2312 gbk=gbk greek=iso8859-7 " +
            "greek8=iso8859-7 hebrew=iso8859-8 hkscs=big5hkscs ibm037=cp037 ibm039=cp037 " +
            "ibm1026=cp1026 ibm1140=cp1140 ibm273=cp273 ibm367=ascii ibm424=cp424 ibm437=cp437 " +
            "ibm500=cp500 ibm775=cp775 ibm819=iso8859-1 ibm850=cp850 ibm852=cp852 ibm855=cp855 " +
            "ibm857=cp857 ibm858=cp858 ibm860=cp860 ibm861=cp861 ibm862=cp862 ibm863=cp863 " +
            "ibm864=cp864 ibm865=cp865 ibm866=cp866 ibm869=cp869 idna=idna iso2022_jp=iso2022_jp " +
            "iso2022_jp_2=iso2022_jp_2 iso2022_kr=iso2022_kr iso2022jp=iso2022_jp " +
            "iso2022jp_2=iso2022_jp_2 iso2022kr=iso2022_kr iso646_us=ascii iso8859=iso8859-1 " +
            "iso8859_1=iso8859-1 iso8859_11=iso8859-11 iso8859_13=iso8859-13 iso8859_15=iso8859-15 " +
            "iso8859_16=iso8859-16 iso8859_2=iso8859-2 iso8859_3=iso8859-3 iso8859_4=iso8859-4 " +
            "iso8859_5=iso8859-5 iso8859_6=iso8859-6 iso8859_7=iso8859-7 iso8859_8=iso8859-8 " +
            "iso8859_9=iso8859-9 iso_2022_jp=iso2022_jp iso_2022_jp_2=iso2022_jp_2 " +
            "iso_2022_kr=iso2022_kr iso_646.irv_1991=ascii iso_8859_1=iso8859-1 " +
            "iso_8859_11=iso8859-11 iso_8859_11_2001=iso8859-11 iso_8859_13=iso8859-13 " +
            "iso_8859_15=iso8859-15 iso_8859_16=iso8859-16 iso_8859_16_2001=iso8859-16 " +
            "iso_8859_1_1987=iso8859-1 iso_8859_2=iso8859-2 iso_8859_2_1987=iso8859-2 " +
            "iso_8859_3=iso8859-3 iso_8859_3_1988=iso8859-3 iso_8859_4=iso8859-4 " +
            "iso_8859_4_1988=iso8859-4 iso_8859_5=iso8859-5 iso_8859_5_1988=iso8859-5 " +
            "iso_8859_6=iso8859-6 iso_8859_6_1987=iso8859-6 iso_8859_7=iso8859-7 " +
            "iso_8859_7_1987=iso8859-7 iso_8859_8=iso8859-8 iso_8859_8_1988=iso8859-8 " +
            "iso_8859_9=iso8859-9 iso_8859_9_1989=iso8859-9 iso_ir_100=iso8859-1 " +
            "iso_ir_101=iso8859-2 iso_ir_109=iso8859-3 iso_ir_110=iso8859-4 iso_ir_126=iso8859-7 " +
            "iso_ir_127=iso8859-6 iso_ir_138=iso8859-8 iso_ir_144=iso8859-5 iso_ir_148=iso8859-9 " +
            "iso_ir_166=tis-620 iso_ir_226=iso8859-16 iso_ir_58=gb2312 iso_ir_6=ascii johab=johab " +
            "koi8_r=koi8-r koi8_u=koi8-u korean=euc_kr ks_c_5601=euc_kr ks_c_5601_1987=euc_kr " +
            "ks_x_1001=euc_kr ksc5601=euc_kr ksx1001=euc_kr l1=iso8859-1 l10=iso8859-16 " +
            "l2=iso8859-2 l3=iso8859-3 l4=iso8859-4 l5=iso8859-9 l7=iso8859-13 l9=iso8859-15 " +
            "latin=iso8859-1 latin1=iso8859-1 latin10=iso8859-16 latin2=iso8859-2 latin3=iso8859-3 " +
            "latin4=iso8859-4 latin5=iso8859-9 latin7=iso8859-13 latin9=iso8859-15 " +
            "latin_1=iso8859-1 mac_arabic=mac-arabic mac_croatian=mac-croatian " +
            "mac_cyrillic=mac-cyrillic mac_greek=mac-greek mac_iceland=mac-iceland " +
            "mac_roman=mac-roman mac_turkish=mac-turkish maccyrillic=mac-cyrillic " +
            "macgreek=mac-greek maciceland=mac-iceland macintosh=mac-roman macroman=mac-roman " +
            "macturkish=mac-turkish ms1361=johab ms932=cp932 ms936=gbk ms949=cp949 ms950=cp950 " +
            "ms_kanji=cp932 mskanji=cp932 s_jis=shift_jis shift_jis=shift_jis shiftjis=shift_jis " +
            "sjis=shift_jis thai=iso8859-11 tis620=tis-620 tis_620=tis-620 tis_620_0=tis-620 " +
            "tis_620_2529_0=tis-620 tis_620_2529_1=tis-620 u16=utf-16 u32=utf-32 u8=utf-8 " +
            "u_jis=euc_jp uhc=cp949 ujis=euc_jp unicodebigunmarked=utf-16-be " +
            "unicodelittleunmarked=utf-16-le us=ascii us_ascii=ascii utf=utf-8 utf16=utf-16 " +
            "utf32=utf-32 utf8=utf-8 utf8_ucs2=utf-8 utf8_ucs4=utf-8 utf_16=utf-16 " +
            "utf_16_be=utf-16-be utf_16_le=utf-16-le utf_16be=utf-16-be utf_16le=utf-16-le " +
            "utf_32=utf-32 utf_32_be=utf-32-be utf_32_le=utf-32-le utf_32be=utf-32-be " +
            "utf_32le=utf-32-le utf_8=utf-8 utf_8_sig=utf-8-sig windows_1250=cp1250 " +
            "windows_1251=cp1251 windows_1252=cp1252 windows_1253=cp1253 windows_1254=cp1254 " +
            "windows_1255=cp1255 windows_1256=cp1256 windows_1257=cp1257 windows_1258=cp1258 " +
            "x_mac_japanese=shift_jis x_mac_korean=euc_kr x_mac_simp_chinese=gb2312 " +
            "x_mac_trad_chinese=big5 ");

    /** Canonical codec name to Java charset name. */
    private static final Map<String, String> CHARSETS = parse(
            "ascii=US-ASCII big5=Big5 big5hkscs=Big5-HKSCS cp037=IBM037 cp1006=x-IBM1006 " +
            "cp1026=IBM1026 cp1140=IBM01140 cp1250=windows-1250 cp1251=windows-1251 " +
            "cp1252=windows-1252 cp1253=windows-1253 cp1254=windows-1254 cp1255=windows-1255 " +
            "cp1256=windows-1256 cp1257=windows-1257 cp1258=windows-1258 cp273=IBM273 cp424=IBM424 " +
            "cp437=IBM437 cp500=IBM500 cp737=x-IBM737 cp775=IBM775 cp850=IBM850 cp852=IBM852 " +
            "cp855=IBM855 cp856=x-IBM856 cp857=IBM857 cp858=IBM00858 cp860=IBM860 cp861=IBM861 " +
            "cp862=IBM862 cp863=IBM863 cp864=IBM864 cp865=IBM865 cp866=IBM866 cp869=IBM869 " +
            "cp874=x-IBM874 cp875=x-IBM875 cp932=windows-31j cp949=x-windows-949 " +
            "cp950=x-windows-950 euc_jp=EUC-JP euc_kr=EUC-KR gb18030=GB18030 gb2312=GB2312 gbk=GBK " +
            "idna=US-ASCII iso2022_jp=ISO-2022-JP iso2022_jp_2=ISO-2022-JP-2 " +
            "iso2022_kr=ISO-2022-KR iso8859-1=ISO-8859-1 iso8859-11=x-iso-8859-11 " +
            "iso8859-13=ISO-8859-13 iso8859-15=ISO-8859-15 iso8859-16=ISO-8859-16 " +
            "iso8859-2=ISO-8859-2 iso8859-3=ISO-8859-3 iso8859-4=ISO-8859-4 iso8859-5=ISO-8859-5 " +
            "iso8859-6=ISO-8859-6 iso8859-7=ISO-8859-7 iso8859-8=ISO-8859-8 iso8859-9=ISO-8859-9 " +
            "johab=x-Johab koi8-r=KOI8-R koi8-u=KOI8-U mac-arabic=x-MacArabic " +
            "mac-croatian=x-MacCroatian mac-cyrillic=x-MacCyrillic mac-greek=x-MacGreek " +
            "mac-iceland=x-MacIceland mac-roman=x-MacRoman mac-turkish=x-MacTurkish " +
            "shift_jis=Shift_JIS tis-620=TIS-620 utf-16=UTF-16 utf-16-be=UTF-16BE " +
            "utf-16-le=UTF-16LE utf-32=UTF-32 utf-32-be=UTF-32BE utf-32-le=UTF-32LE utf-8=UTF-8 " +
            "utf-8-sig=UTF-8 ");

    private static Map<String, String> parse(String table) {
        Map<String, String> m = new HashMap<>();
        for (String entry : table.trim().split(" ")) {
            int eq = entry.indexOf('=');
            m.put(entry.substring(0, eq), entry.substring(eq + 1));
        }
        return m;
    }

    /** Python's normalisation of a codec name: lower case, other characters than [a-z0-9.] as '_'. */
    static String normalize(String name) {
        StringBuilder sb = new StringBuilder();
        boolean gap = false;
        for (char c : name.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.') {
                if (gap && sb.length() > 0) {
                    sb.append('_');
                }
                gap = false;
                sb.append(c);
            } else {
                gap = true;
            }
        }
        return sb.toString();
    }

    /** Python's canonical name for a cookie's encoding, or null if Python (or Java) lacks it. */
    static String canonical(String name) {
        return ALIASES.get(normalize(name));
    }

    static Charset charset(String canonical) {
        return Charset.forName(CHARSETS.get(canonical));
    }
}
