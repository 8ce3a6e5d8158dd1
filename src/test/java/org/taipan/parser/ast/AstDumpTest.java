package org.taipan.parser.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-built trees for a few sources; each expected string is python3's
 * {@code ast.dump(ast.parse(SOURCE), include_attributes=...)} for the source in the comment.
 * The parser corpus (CorpusTest) covers the rest.
 */
class AstDumpTest {
    private static Loc loc(int l, int c, int el, int ec) {
        return new Loc(l, c, el, ec);
    }

    @Test
    void assignWithAttributes() {
        // x = 1
        Mod m = new Mod.Module(List.of(new Stmt.Assign(
                List.of(new Expr.Name("x", ExprContext.Store, loc(1, 0, 1, 1))),
                new Expr.Constant(1L, null, loc(1, 4, 1, 5)), null, loc(1, 0, 1, 5))), List.of());
        assertEquals("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, "
                + "end_lineno=1, end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, "
                + "end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], "
                + "type_ignores=[])", AstDump.dump(m, true));
        assertEquals("Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], "
                + "type_ignores=[])", AstDump.dump(m, false));
    }

    @Test
    void renamedClassesAndOptionalFields() {
        // import a.b as c
        // from . import x
        Mod m = new Mod.Module(List.of(
                new Stmt.Import(List.of(new Alias("a.b", "c", loc(3, 7, 3, 15))), loc(3, 0, 3, 15)),
                new Stmt.ImportFrom(null, List.of(new Alias("x", null, loc(4, 14, 4, 15))), 1, loc(4, 0, 4, 15))),
                List.of());
        assertEquals("Module(body=[Import(names=[alias(name='a.b', asname='c', lineno=3, col_offset=7, "
                + "end_lineno=3, end_col_offset=15)], lineno=3, col_offset=0, end_lineno=3, end_col_offset=15), "
                + "ImportFrom(names=[alias(name='x', lineno=4, col_offset=14, end_lineno=4, end_col_offset=15)], "
                + "level=1, lineno=4, col_offset=0, end_lineno=4, end_col_offset=15)], type_ignores=[])",
                AstDump.dump(m, true));
    }

    @Test
    void constantsAndNoneInLists() {
        // {**a, 1: 2}; u'x'; ...; None; True; b'\x00'; 1j; 1.5; 10**30
        Expr.Dict d = new Expr.Dict(java.util.Arrays.asList(null, new Expr.Constant(1L, null, loc(1, 6, 1, 7))),
                List.of(new Expr.Name("a", ExprContext.Load, loc(1, 3, 1, 4)),
                        new Expr.Constant(2L, null, loc(1, 8, 1, 9))), loc(1, 0, 1, 10));
        assertEquals("Dict(keys=[None, Constant(value=1)], values=[Name(id='a', ctx=Load()), Constant(value=2)])",
                AstDump.dump(d, false));
        Loc z = loc(1, 0, 1, 1);
        assertEquals("Constant(value='x', kind='u')", AstDump.dump(new Expr.Constant("x", "u", z), false));
        assertEquals("Constant(value=Ellipsis)", AstDump.dump(new Expr.Constant(ConstantValue.ELLIPSIS, null, z), false));
        assertEquals("Constant(value=None)", AstDump.dump(new Expr.Constant(ConstantValue.NONE, null, z), false));
        assertEquals("Constant(value=True)", AstDump.dump(new Expr.Constant(true, null, z), false));
        assertEquals("Constant(value=b'\\x00')", AstDump.dump(new Expr.Constant(new byte[1], null, z), false));
        assertEquals("Constant(value=1j)", AstDump.dump(new Expr.Constant(new ComplexValue(0, 1), null, z), false));
        assertEquals("Constant(value=1.5)", AstDump.dump(new Expr.Constant(1.5, null, z), false));
        assertEquals("Constant(value=1000000000000000000000000000000)", AstDump.dump(
                new Expr.Constant(java.math.BigInteger.TEN.pow(30), null, z), false));
    }

    @Test
    void functionArguments() {
        // def f(a, /, b=1, *c, d, e=2, **g) -> int: pass   (and: lambda: 0)
        Arguments args = new Arguments(List.of(new Arg("a", null, null, loc(1, 6, 1, 7))),
                List.of(new Arg("b", null, null, loc(1, 12, 1, 13))), new Arg("c", null, null, loc(1, 18, 1, 19)),
                List.of(new Arg("d", null, null, loc(1, 21, 1, 22)), new Arg("e", null, null, loc(1, 24, 1, 25))),
                java.util.Arrays.asList(null, new Expr.Constant(2L, null, loc(1, 26, 1, 27))),
                new Arg("g", null, null, loc(1, 31, 1, 32)), List.of(new Expr.Constant(1L, null, loc(1, 14, 1, 15))));
        Stmt f = new Stmt.FunctionDef("f", args, List.of(new Stmt.Pass(loc(1, 42, 1, 46))), List.of(),
                new Expr.Name("int", ExprContext.Load, loc(1, 37, 1, 40)), null, loc(1, 0, 1, 46));
        assertEquals("FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], "
                + "vararg=arg(arg='c'), kwonlyargs=[arg(arg='d'), arg(arg='e')], kw_defaults=[None, "
                + "Constant(value=2)], kwarg=arg(arg='g'), defaults=[Constant(value=1)]), body=[Pass()], "
                + "decorator_list=[], returns=Name(id='int', ctx=Load()))", AstDump.dump(f, false));
        Arguments none = new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
        assertEquals("Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), "
                + "body=Constant(value=0))", AstDump.dump(new Expr.Lambda(none,
                        new Expr.Constant(0L, null, loc(2, 8, 2, 9)), loc(2, 0, 2, 9)), false));
    }

    @Test
    void matchAndComprehension() {
        // match x:
        //  case None: pass
        //  case {1: _, **r}: pass
        Loc z = loc(1, 0, 1, 1);
        Stmt m = new Stmt.Match(new Expr.Name("x", ExprContext.Load, z), List.of(
                new MatchCase(new Pattern.MatchSingleton(ConstantValue.NONE, z), null, List.of(new Stmt.Pass(z))),
                new MatchCase(new Pattern.MatchMapping(List.of(new Expr.Constant(1L, null, z)),
                        List.of(new Pattern.MatchAs(null, null, z)), "r", z), null, List.of(new Stmt.Pass(z)))), z);
        assertEquals("Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchSingleton(value=None), "
                + "body=[Pass()]), match_case(pattern=MatchMapping(keys=[Constant(value=1)], patterns=[MatchAs()], "
                + "rest='r'), body=[Pass()])])", AstDump.dump(m, false));
        // [x async for x in y if z]
        Expr c = new Expr.ListComp(new Expr.Name("x", ExprContext.Load, z), List.of(new Comprehension(
                new Expr.Name("x", ExprContext.Store, z), new Expr.Name("y", ExprContext.Load, z),
                List.of(new Expr.Name("z", ExprContext.Load, z)), 1)), z);
        assertEquals("ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', "
                + "ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[Name(id='z', ctx=Load())], is_async=1)])",
                AstDump.dump(c, false));
    }

    @Test
    void fstringAndTypeIgnore() {
        // f'{a!r}'   and   x # type: ignore[a]   (type_comments=True)
        Loc z = loc(1, 0, 1, 1);
        Expr j = new Expr.JoinedStr(List.of(new Expr.FormattedValue(new Expr.Name("a", ExprContext.Load, z),
                'r', null, z)), z);
        assertEquals("JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=114)])",
                AstDump.dump(j, false));
        Mod m = new Mod.Module(List.of(new Stmt.ExprStmt(new Expr.Name("x", ExprContext.Load, loc(1, 0, 1, 1)),
                loc(1, 0, 1, 1))), List.of(new TypeIgnore(1, "[a]")));
        assertEquals("Module(body=[Expr(value=Name(id='x', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, "
                + "end_col_offset=1), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], "
                + "type_ignores=[TypeIgnore(lineno=1, tag='[a]')])", AstDump.dump(m, true));
    }
}
