package org.taipan.compiler;

/**
 * The instruction set: CPython 3.11's opcodes with their names and numbers (so {@code dis.opmap}
 * is CPython's), each instruction two bytes (opcode, argument) with {@code EXTENDED_ARG}
 * prefixes for wider arguments, followed by CPython's number of inline {@code CACHE} units
 * ({@link #caches}), zero in the code so that {@code co_code} is byte for byte CPython's; the eval
 * loop steps over them, and quickening keeps its caches beside the code, indexed by instruction
 * offset. The compiler (stack depth), the eval loop and {@code dis} all read this one table.
 *
 * <p>Stack diagrams below read {@code before -- after}, top of stack rightmost.
 */
public final class Opcode {
    private Opcode() {}

    public static final int CACHE = 0;
    public static final int POP_TOP = 1;                 // v --
    public static final int PUSH_NULL = 2;               // -- NULL
    public static final int NOP = 9;
    public static final int UNARY_POSITIVE = 10;         // v -- +v
    public static final int UNARY_NEGATIVE = 11;         // v -- -v
    public static final int UNARY_NOT = 12;              // v -- not v
    public static final int UNARY_INVERT = 15;           // v -- ~v
    public static final int BINARY_SUBSCR = 25;          // container key -- container[key]
    public static final int GET_LEN = 30;                // obj -- obj len(obj)
    public static final int MATCH_MAPPING = 31;          // subject -- subject is_mapping
    public static final int MATCH_SEQUENCE = 32;         // subject -- subject is_sequence
    public static final int MATCH_KEYS = 33;             // subject keys -- subject keys values_or_None
    public static final int PUSH_EXC_INFO = 35;          // exc -- prev_exc exc
    public static final int CHECK_EXC_MATCH = 36;        // exc type -- exc matches
    public static final int CHECK_EG_MATCH = 37;         // eg type -- rest match
    public static final int WITH_EXCEPT_START = 49;      // exit lasti prev_exc exc -- ... exc res
    public static final int GET_AITER = 50;              // obj -- aiter
    public static final int GET_ANEXT = 51;              // aiter -- aiter awaitable
    public static final int BEFORE_ASYNC_WITH = 52;      // mgr -- exit awaitable
    public static final int BEFORE_WITH = 53;            // mgr -- exit value
    public static final int END_ASYNC_FOR = 54;          // aiter exc --
    public static final int STORE_SUBSCR = 60;           // value container key --
    public static final int DELETE_SUBSCR = 61;          // container key --
    public static final int GET_ITER = 68;               // iterable -- iter
    public static final int GET_YIELD_FROM_ITER = 69;    // iterable -- iter
    public static final int PRINT_EXPR = 70;             // v --          (interactive mode)
    public static final int LOAD_BUILD_CLASS = 71;       // -- __build_class__
    public static final int LOAD_ASSERTION_ERROR = 74;   // -- AssertionError
    public static final int RETURN_GENERATOR = 75;       // (makes the frame a generator)
    public static final int LIST_TO_TUPLE = 82;          // list -- tuple
    public static final int RETURN_VALUE = 83;           // v -- (return)
    public static final int IMPORT_STAR = 84;            // module --
    public static final int SETUP_ANNOTATIONS = 85;
    public static final int YIELD_VALUE = 86;            // v -- sent
    public static final int ASYNC_GEN_WRAP = 87;         // v -- wrapped
    public static final int PREP_RERAISE_STAR = 88;      // orig list -- exc
    public static final int POP_EXCEPT = 89;             // prev_exc --

    /** Opcodes from here on use their argument. */
    public static final int HAVE_ARGUMENT = 90;

    public static final int STORE_NAME = 90;             // v --            names[arg] = v
    public static final int DELETE_NAME = 91;
    public static final int UNPACK_SEQUENCE = 92;        // seq -- v[arg-1] … v[0]
    public static final int FOR_ITER = 93;               // iter -- iter next | (exhausted: pop, jump)
    public static final int UNPACK_EX = 94;              // seq -- (arg&0xFF before) list (arg>>8 after)
    public static final int STORE_ATTR = 95;             // v obj --        obj.names[arg] = v
    public static final int DELETE_ATTR = 96;            // obj --
    public static final int STORE_GLOBAL = 97;           // v --
    public static final int DELETE_GLOBAL = 98;
    public static final int SWAP = 99;                   // swaps top with the arg-th item
    public static final int LOAD_CONST = 100;            // -- consts[arg]
    public static final int LOAD_NAME = 101;             // -- names[arg]
    public static final int BUILD_TUPLE = 102;           // v1 … vn -- tuple
    public static final int BUILD_LIST = 103;            // v1 … vn -- list
    public static final int BUILD_SET = 104;             // v1 … vn -- set
    public static final int BUILD_MAP = 105;             // k1 v1 … kn vn -- dict
    public static final int LOAD_ATTR = 106;             // obj -- obj.names[arg]
    public static final int COMPARE_OP = 107;            // a b -- a op b   (arg: index into CMP_OPS)
    public static final int IMPORT_NAME = 108;           // level fromlist -- module
    public static final int IMPORT_FROM = 109;           // module -- module attr
    public static final int JUMP_FORWARD = 110;
    public static final int JUMP_IF_FALSE_OR_POP = 111;
    public static final int JUMP_IF_TRUE_OR_POP = 112;
    public static final int POP_JUMP_FORWARD_IF_FALSE = 114;
    public static final int POP_JUMP_FORWARD_IF_TRUE = 115;
    public static final int LOAD_GLOBAL = 116;           // -- [NULL] globals[names[arg>>1]]
    public static final int IS_OP = 117;                 // a b -- a is b (arg 1: is not)
    public static final int CONTAINS_OP = 118;           // a b -- a in b (arg 1: not in)
    public static final int RERAISE = 119;               // exc -- (raise)
    public static final int COPY = 120;                  // pushes the arg-th item
    public static final int BINARY_OP = 122;             // a b -- a op b   (arg: NB_* index)
    public static final int SEND = 123;                  // receiver v -- receiver result
    public static final int LOAD_FAST = 124;             // -- locals[arg]
    public static final int STORE_FAST = 125;            // v --
    public static final int DELETE_FAST = 126;
    public static final int POP_JUMP_FORWARD_IF_NOT_NONE = 128;
    public static final int POP_JUMP_FORWARD_IF_NONE = 129;
    public static final int RAISE_VARARGS = 130;         // [exc [cause]] --
    public static final int GET_AWAITABLE = 131;         // obj -- awaitable
    public static final int MAKE_FUNCTION = 132;         // [defaults kwdefaults annotations closure] code -- function
    public static final int BUILD_SLICE = 133;           // start stop [step] -- slice
    public static final int JUMP_BACKWARD_NO_INTERRUPT = 134;
    public static final int MAKE_CELL = 135;
    public static final int LOAD_CLOSURE = 136;          // -- cell
    public static final int LOAD_DEREF = 137;            // -- cell contents
    public static final int STORE_DEREF = 138;           // v --
    public static final int DELETE_DEREF = 139;
    public static final int JUMP_BACKWARD = 140;
    public static final int CALL_FUNCTION_EX = 142;      // NULL|self func args [kwargs] -- result
    public static final int EXTENDED_ARG = 144;
    public static final int LIST_APPEND = 145;           // list … v -- list …
    public static final int SET_ADD = 146;
    public static final int MAP_ADD = 147;               // dict … k v -- dict …
    public static final int LOAD_CLASSDEREF = 148;
    public static final int COPY_FREE_VARS = 149;
    public static final int RESUME = 151;
    public static final int MATCH_CLASS = 152;           // subject cls names -- attrs_or_None
    public static final int FORMAT_VALUE = 155;          // v [spec] -- str
    public static final int BUILD_CONST_KEY_MAP = 156;   // v1 … vn keys -- dict
    public static final int BUILD_STRING = 157;          // s1 … sn -- s
    public static final int LOAD_METHOD = 160;           // obj -- method self | NULL attr
    public static final int LIST_EXTEND = 162;
    public static final int SET_UPDATE = 163;
    public static final int DICT_MERGE = 164;
    public static final int DICT_UPDATE = 165;
    public static final int PRECALL = 166;
    public static final int CALL = 171;                  // NULL|self callable args… -- result
    public static final int KW_NAMES = 172;              // (sets the keyword names of the next CALL)
    public static final int POP_JUMP_BACKWARD_IF_NOT_NONE = 173;
    public static final int POP_JUMP_BACKWARD_IF_NONE = 174;
    public static final int POP_JUMP_BACKWARD_IF_FALSE = 175;
    public static final int POP_JUMP_BACKWARD_IF_TRUE = 176;

    /** The comparison operators COMPARE_OP's argument indexes (CPython's cmp_op). */
    public static final String[] CMP_OPS = {"<", "<=", "==", "!=", ">", ">="};

    public static final int HAS_CONST = 1, HAS_NAME = 2, HAS_JREL = 4, HAS_LOCAL = 8, HAS_COMPARE = 16, HAS_FREE = 32;

    private static final String[] NAMES = new String[256];
    private static final int[] FLAGS = new int[256];
    private static final byte[] CACHES = new byte[256];

    static {
        for (java.lang.reflect.Field f : Opcode.class.getFields()) {
            if (f.getType() == int.class && !f.getName().startsWith("HAS") && !f.getName().equals("HAVE_ARGUMENT")) {
                try {
                    NAMES[f.getInt(null)] = f.getName();
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        flag(HAS_CONST, LOAD_CONST, KW_NAMES);
        flag(HAS_NAME, STORE_NAME, DELETE_NAME, STORE_ATTR, DELETE_ATTR, STORE_GLOBAL, DELETE_GLOBAL, LOAD_NAME,
                LOAD_ATTR, IMPORT_NAME, IMPORT_FROM, LOAD_GLOBAL, LOAD_METHOD);
        flag(HAS_JREL, FOR_ITER, JUMP_FORWARD, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP, POP_JUMP_FORWARD_IF_FALSE,
                POP_JUMP_FORWARD_IF_TRUE, SEND, POP_JUMP_FORWARD_IF_NOT_NONE, POP_JUMP_FORWARD_IF_NONE,
                JUMP_BACKWARD_NO_INTERRUPT, JUMP_BACKWARD, POP_JUMP_BACKWARD_IF_NOT_NONE, POP_JUMP_BACKWARD_IF_NONE,
                POP_JUMP_BACKWARD_IF_FALSE, POP_JUMP_BACKWARD_IF_TRUE);
        flag(HAS_LOCAL, LOAD_FAST, STORE_FAST, DELETE_FAST);
        flag(HAS_COMPARE, COMPARE_OP);
        flag(HAS_FREE, MAKE_CELL, LOAD_CLOSURE, LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLASSDEREF);
        // CPython 3.11's inline cache sizes (dis._inline_cache_entries); the eval loop's cases repeat them
        CACHES[BINARY_SUBSCR] = 4;
        CACHES[STORE_SUBSCR] = 1;
        CACHES[UNPACK_SEQUENCE] = 1;
        CACHES[STORE_ATTR] = 4;
        CACHES[LOAD_ATTR] = 4;
        CACHES[COMPARE_OP] = 2;
        CACHES[LOAD_GLOBAL] = 5;
        CACHES[BINARY_OP] = 1;
        CACHES[LOAD_METHOD] = 10;
        CACHES[PRECALL] = 1;
        CACHES[CALL] = 4;
    }

    /** The number of CACHE code units that follow the instruction in the code. */
    public static int caches(int op) {
        return CACHES[op];
    }

    private static void flag(int flag, int... ops) {
        for (int op : ops) {
            FLAGS[op] |= flag;
        }
    }

    /** The opcode's name, or null for an unused number. */
    public static String name(int op) {
        return NAMES[op];
    }

    public static boolean has(int op, int flag) {
        return (FLAGS[op] & flag) != 0;
    }

    public static boolean hasArgument(int op) {
        return op >= HAVE_ARGUMENT;
    }

    /** Whether the jump goes backwards (its argument counts code units back from the next instruction). */
    public static boolean isBackwardJump(int op) {
        return op == JUMP_BACKWARD || op == JUMP_BACKWARD_NO_INTERRUPT || (op >= POP_JUMP_BACKWARD_IF_NOT_NONE
                && op <= POP_JUMP_BACKWARD_IF_TRUE);
    }

    /**
     * The change in stack depth, as {@code dis.stack_effect(op, arg, jump=...)} reports it.
     * {@code jump} selects the branch taken for conditional jumps.
     */
    public static int stackEffect(int op, int arg, boolean jump) {
        return switch (op) {
            case NOP, EXTENDED_ARG, RESUME, CACHE, UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_NOT, UNARY_INVERT,
                 CHECK_EXC_MATCH, CHECK_EG_MATCH, GET_AITER, GET_ITER, GET_YIELD_FROM_ITER, RETURN_GENERATOR,
                 LIST_TO_TUPLE, SETUP_ANNOTATIONS, YIELD_VALUE, ASYNC_GEN_WRAP, DELETE_NAME, DELETE_GLOBAL, SWAP,
                 LOAD_ATTR, JUMP_FORWARD, DELETE_FAST, GET_AWAITABLE, JUMP_BACKWARD_NO_INTERRUPT, MAKE_CELL,
                 DELETE_DEREF, JUMP_BACKWARD, COPY_FREE_VARS, KW_NAMES -> 0;
            case POP_TOP, BINARY_SUBSCR, PRINT_EXPR, RETURN_VALUE, IMPORT_STAR, PREP_RERAISE_STAR, POP_EXCEPT,
                 STORE_NAME, DELETE_ATTR, STORE_GLOBAL, COMPARE_OP, IMPORT_NAME, POP_JUMP_FORWARD_IF_FALSE,
                 POP_JUMP_FORWARD_IF_TRUE, IS_OP, CONTAINS_OP, RERAISE, BINARY_OP, STORE_FAST,
                 POP_JUMP_FORWARD_IF_NOT_NONE, POP_JUMP_FORWARD_IF_NONE, STORE_DEREF, LIST_APPEND, SET_ADD,
                 LIST_EXTEND, SET_UPDATE, DICT_MERGE, DICT_UPDATE, CALL, POP_JUMP_BACKWARD_IF_NOT_NONE,
                 POP_JUMP_BACKWARD_IF_NONE, POP_JUMP_BACKWARD_IF_FALSE, POP_JUMP_BACKWARD_IF_TRUE -> -1;
            case PUSH_NULL, GET_LEN, MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS, PUSH_EXC_INFO, WITH_EXCEPT_START,
                 GET_ANEXT, BEFORE_ASYNC_WITH, BEFORE_WITH, LOAD_BUILD_CLASS, LOAD_ASSERTION_ERROR, LOAD_CONST,
                 LOAD_NAME, IMPORT_FROM, COPY, LOAD_FAST, LOAD_CLOSURE, LOAD_DEREF, LOAD_CLASSDEREF,
                 LOAD_METHOD -> 1;
            case END_ASYNC_FOR, DELETE_SUBSCR, STORE_ATTR, MAP_ADD, MATCH_CLASS -> -2;
            case STORE_SUBSCR -> -3;
            case UNPACK_SEQUENCE -> arg - 1;
            case UNPACK_EX -> (arg & 0xFF) + (arg >> 8);
            case FOR_ITER -> jump ? -1 : 1;
            case SEND -> jump ? -1 : 0;
            case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP -> jump ? 0 : -1;
            case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING -> 1 - arg;
            case BUILD_MAP -> 1 - 2 * arg;
            case BUILD_CONST_KEY_MAP -> -arg;
            case LOAD_GLOBAL -> (arg & 1) + 1;
            case RAISE_VARARGS -> -arg;
            case MAKE_FUNCTION -> -Integer.bitCount(arg & 0xF);
            case BUILD_SLICE -> arg == 3 ? -2 : -1;
            case CALL_FUNCTION_EX -> -2 - (arg & 1);
            case PRECALL -> -arg;
            case FORMAT_VALUE -> (arg & 0x4) != 0 ? -1 : 0;
            default -> throw new IllegalArgumentException("unknown opcode " + op);
        };
    }
}
