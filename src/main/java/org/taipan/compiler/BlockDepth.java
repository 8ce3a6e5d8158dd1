package org.taipan.compiler;

import java.util.List;
import org.taipan.parser.ast.ExceptHandler;
import org.taipan.parser.ast.MatchCase;
import org.taipan.parser.ast.Stmt;

/** An upper bound of the compile-time blocks the statements can push (nested defs start afresh). */
final class BlockDepth {
    private BlockDepth() {}

    static int of(List<Stmt> body) {
        int max = 0;
        for (Stmt s : body) {
            max = Math.max(max, of(s));
        }
        return max;
    }

    private static int of(Stmt s) {
        return switch (s) {
            case Stmt.For f -> 1 + Math.max(of(f.body()), of(f.orelse()));
            case Stmt.AsyncFor f -> 1 + Math.max(of(f.body()), of(f.orelse()));
            case Stmt.While w -> 1 + Math.max(of(w.body()), of(w.orelse()));
            case Stmt.If i -> Math.max(of(i.body()), of(i.orelse()));
            case Stmt.With w -> w.items().size() + of(w.body());
            case Stmt.AsyncWith w -> w.items().size() + of(w.body());
            case Stmt.Match m -> {
                int max = 0;
                for (MatchCase c : m.cases()) {
                    max = Math.max(max, of(c.body()));
                }
                yield max;
            }
            case Stmt.Try t -> 2 + tryDepth(t.body(), t.handlers(), t.orelse(), t.finalbody());
            case Stmt.TryStar t -> 2 + tryDepth(t.body(), t.handlers(), t.orelse(), t.finalbody());
            default -> 0;
        };
    }

    private static int tryDepth(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
                                List<Stmt> finalbody) {
        int max = Math.max(Math.max(of(body), of(orelse)), of(finalbody));
        for (ExceptHandler h : handlers) {
            max = Math.max(max, of(h.body()));
        }
        return max;
    }
}
